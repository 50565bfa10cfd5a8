import { CATEGORY_CODES, impactRank, type CategoryCode, type CategoryCounts } from '../model/categories.js';
import type { FongTest } from '../model/report.js';
import { total } from './counts.js';
import { fongTest } from './fong.js';

export interface Classification {
  code: CategoryCode | null;
  mixed: [CategoryCode, CategoryCode] | null;
  n: number;
  strength: { category: number | null; total: number | null };
  fong: FongTest | null;
}

/** Categories from most to least frequent, equal counts in impact order M > O > A > I > R > Q. */
export function rankCategories(counts: CategoryCounts): CategoryCode[] {
  return [...CATEGORY_CODES].sort((x, y) => counts[y] - counts[x] || impactRank(x) - impactRank(y));
}

/**
 * A feature's category from its counts (KANO-METHODS.md §3): the most frequent, ties broken by
 * M > O > A > I > R > Q (Berger et al. 1993). When Fong's test finds the top two not significantly
 * different the feature is mixed, and the primary category is the first of the two in that order.
 * Category strength is the share of the first minus the share of the second, total strength
 * (A + O + M) / N (Lee & Newcomb 1997). Fong's test needs a second category with answers.
 */
export function classify(counts: CategoryCounts): Classification {
  const n = total(counts);
  const [first, second] = rankCategories(counts) as [CategoryCode, CategoryCode];
  if (n === 0) return { code: null, mixed: null, n, strength: { category: null, total: null }, fong: null };
  const strength = { category: (counts[first] - counts[second]) / n, total: (counts.A + counts.O + counts.M) / n };
  const fong = counts[second] > 0 ? fongTest(counts[first], counts[second], n) : null;
  if (fong && !fong.significant) {
    const mixed = [first, second].sort((x, y) => impactRank(x) - impactRank(y)) as [CategoryCode, CategoryCode];
    return { code: mixed[0], mixed, n, strength, fong };
  }
  return { code: first, mixed: null, n, strength, fong };
}
