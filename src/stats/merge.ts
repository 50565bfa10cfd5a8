import { CATEGORY_CODES, emptyCounts } from '../model/categories.js';
import type { FeatureTally } from '../model/counts.js';
import { emptyFeatureTally } from './tally.js';

/**
 * The tally of the union of two sets of respondents is the sum of their tallies: matrices and counts add.
 * This is what makes shards, segments and pre-aggregated counts give the same figures as the whole.
 * Percentages without n (`shares`) add only to other percentages: callers check that first.
 */
export function mergeTallies(tallies: readonly FeatureTally[]): FeatureTally {
  const merged = emptyFeatureTally();
  for (const tally of tallies) {
    tally.matrix.forEach((row, r) => row.forEach((count, c) => (merged.matrix[r]![c]! += count)));
    merged.incomplete += tally.incomplete;
    merged.blank += tally.blank;
    merged.invalid += tally.invalid;
    tally.importance.forEach((count, level) => (merged.importance[level]! += count));
    merged.weighted.weight += tally.weighted.weight;
    merged.weighted.functional += tally.weighted.functional;
    merged.weighted.dysfunctional += tally.weighted.dysfunctional;
    if (tally.categories) {
      const sum = (merged.categories ??= emptyCounts());
      for (const code of CATEGORY_CODES) sum[code] += tally.categories[code];
    }
    if (tally.shares) merged.shares = true;
  }
  return merged;
}
