import { quantileSorted } from 'simple-statistics';
import { COUNT_ORDER, type CategoryCode, type CategoryCounts } from '../model/categories.js';
import { multinomial } from './binomial.js';
import { rankCategories } from './classify.js';
import type { Uniform } from './random.js';

export interface BootstrapResult {
  /** Percentile interval of each category's share. */
  shares: Record<CategoryCode, [number, number]>;
  /** Share of resamples in which `code` stays the most frequent category. */
  stability: number;
}

/**
 * Nonparametric bootstrap over a feature's category counts: each resample draws n answers from the
 * observed shares, which for counts is one multinomial draw (so the cost does not grow with n). Gives
 * percentile intervals of the shares and how often the assigned category stays the most frequent
 * (ties broken by M > O > A > I > R > Q, as in the classification).
 */
export function bootstrapCounts(counts: CategoryCounts, code: CategoryCode, resamples: number, level: number, uniform: Uniform): BootstrapResult {
  const n = COUNT_ORDER.reduce((sum, c) => sum + counts[c], 0);
  const probabilities = COUNT_ORDER.map((c) => counts[c] / n);
  const samples = COUNT_ORDER.map(() => new Float64Array(resamples));
  let stays = 0;
  const resample = {} as CategoryCounts;
  for (let r = 0; r < resamples; r++) {
    const drawn = multinomial(n, probabilities, uniform);
    COUNT_ORDER.forEach((c, i) => {
      resample[c] = drawn[i] ?? 0;
      samples[i]![r] = (drawn[i] ?? 0) / n;
    });
    if (rankCategories(resample)[0] === code) stays++;
  }
  const tail = (1 - level) / 2;
  const shares = {} as Record<CategoryCode, [number, number]>;
  COUNT_ORDER.forEach((c, i) => {
    const sorted = Array.from(samples[i]!).sort((x, y) => x - y);
    shares[c] = [quantileSorted(sorted, tail), quantileSorted(sorted, 1 - tail)];
  });
  return { shares, stability: stays / resamples };
}
