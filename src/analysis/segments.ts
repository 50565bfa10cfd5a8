import { COUNT_ORDER } from '../model/categories.js';
import type { FeatureResult, SegmentTest } from '../model/report.js';
import type { FeatureTally } from '../model/counts.js';
import { analyseFeatures, type AnalysisOptions } from './analyse.js';
import { chiSquareTest, holm } from './chi-square.js';
import { SEGMENT_ALPHA } from './defaults.js';
import { seededUniform, streamSeed } from './random.js';


export interface SegmentGroup {
  value: string;
  respondents: number;
  tallies: FeatureTally[];
}

export interface SegmentAnalysis {
  /** Per segment value: its respondents and the per-feature figures, as in the main result. */
  results: { value: string; respondents: number; tested: boolean; features: FeatureResult[] }[];
  /** Per feature (input order): the segment × category test, or null when it cannot be run. */
  tests: (SegmentTest | null)[];
}

/**
 * Classifies each segment on its own and tests, per feature, whether the category depends on the
 * segment: Pearson's chi-square on segment × category counts (Monte-Carlo p when expected counts are
 * small), Cramér's V, and Holm's adjustment across features. Segments with fewer than `minSegment`
 * respondents are reported but left out of the tests, never merged into others.
 */
export function analyseSegments(
  names: string[],
  groups: SegmentGroup[],
  options: AnalysisOptions,
  { minSegment, simulations, seed }: { minSegment: number; simulations: number; seed: number },
): SegmentAnalysis {
  const results = groups.map((g) => ({
    value: g.value,
    respondents: g.respondents,
    tested: g.respondents >= minSegment,
    features: analyseFeatures(names.map((name, i) => ({ name, tally: g.tallies[i]! })), options).features,
  }));
  const raw = names.map((name, i) => {
    const rows = results
      .filter((r) => r.tested)
      .map((r) => COUNT_ORDER.map((c) => r.features[i]!.counts[c]))
      .filter((row) => row.some((count) => count > 0));
    const used = COUNT_ORDER.map((_, c) => rows.some((row) => row[c]! > 0));
    const table = rows.map((row) => row.filter((_, c) => used[c]));
    if (table.length < 2 || (table[0]?.length ?? 0) < 2) return null;
    return chiSquareTest(table, simulations, seededUniform(streamSeed(seed, `segments:${name}`)));
  });
  const adjusted = holm(raw.map((t) => t?.p ?? null));
  const tests = raw.map((t, i): SegmentTest | null =>
    t === null
      ? null
      : {
          chi2: t.chi2,
          df: t.df,
          p: t.p,
          pAdjusted: adjusted[i] ?? t.p,
          pMethod: t.pMethod,
          cramersV: t.cramersV,
          significant: (adjusted[i] ?? t.p) < SEGMENT_ALPHA,
        },
  );
  return { results, tests };
}
