import { CATEGORY_CODES, impactRank, type CategoryCode, type CategoryCounts } from '../model/categories.js';
import type { FongTest } from '../model/report.js';
import { DEFAULT_STRENGTH_THRESHOLD, type Rule } from '../model/rules.js';
import { total } from './counts.js';
import { fongTest } from './fong.js';

export interface Classification {
  code: CategoryCode | null;
  mixed: [CategoryCode, CategoryCode] | null;
  n: number;
  strength: { category: number | null; total: number | null };
  fong: FongTest | null;
}

export interface RuleOptions {
  rule?: Rule;
  /** Category-strength threshold of the `strength` rule. */
  strengthThreshold?: number;
}

/** Categories from most to least frequent, equal counts in impact order M > O > A > I > R > Q. */
export function rankCategories(counts: CategoryCounts, among: readonly CategoryCode[] = CATEGORY_CODES): CategoryCode[] {
  return [...among].sort((x, y) => counts[y] - counts[x] || impactRank(x) - impactRank(y));
}

const byImpact = (x: CategoryCode, y: CategoryCode) => impactRank(x) - impactRank(y);

/**
 * A feature's category from its counts (KANO-METHODS.md §3) under a published rule (model/rules.ts).
 * Whatever the rule, Fong's test on the top two is reported: a not-significant pair is `mixed`, listed
 * primary first when the primary is one of them. Category strength is the share of the first minus the
 * share of the second; total strength is (A + O + M) / N (Lee & Newcomb 1997). Fong's test needs a
 * second category with answers, and counts: for percentages whose n is unknown (`shares`) it is not
 * applied, and the `fong` rule falls back to the mode.
 */
export function classify(
  counts: CategoryCounts,
  { rule = 'mode', strengthThreshold = DEFAULT_STRENGTH_THRESHOLD }: RuleOptions = {},
  shares = false,
): Classification {
  const n = total(counts);
  if (n === 0) return { code: null, mixed: null, n, strength: { category: null, total: null }, fong: null };
  const [first, second] = rankCategories(counts) as [CategoryCode, CategoryCode];
  const strength = { category: (counts[first] - counts[second]) / n, total: (counts.A + counts.O + counts.M) / n };
  const fong = counts[second] > 0 && !shares ? fongTest(counts[first], counts[second], n) : null;
  const notSignificant = fong !== null && !fong.significant;
  const code = primary();
  const pair: [CategoryCode, CategoryCode] = code === second ? [second, first] : [first, second];
  return { code, mixed: notSignificant ? pair : null, n, strength, fong };

  function primary(): CategoryCode {
    switch (rule) {
      case 'mode':
        return first;
      case 'fong':
        return notSignificant ? ([first, second].sort(byImpact)[0] as CategoryCode) : first;
      case 'strength':
        return counts[second] > 0 && strength.category < strengthThreshold ? ([first, second].sort(byImpact)[0] as CategoryCode) : first;
      case 'aom': {
        const attractive = counts.A + counts.O + counts.M > counts.I + counts.R + counts.Q;
        return rankCategories(counts, attractive ? ['M', 'O', 'A'] : ['I', 'R', 'Q'])[0] as CategoryCode;
      }
    }
  }
}
