import { quantileSorted } from 'simple-statistics';
import { CATEGORY_CODES, COUNT_ORDER, type CategoryCode, type CategoryCounts } from '../model/categories.js';
import { multinomial } from './binomial.js';
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
  // Draw in impact order M, O, A, I, R, Q so that the first largest count is the classification's mode.
  const n = CATEGORY_CODES.reduce((sum, c) => sum + counts[c], 0);
  const probabilities = Float64Array.from(CATEGORY_CODES, (c) => counts[c] / n);
  const target = CATEGORY_CODES.indexOf(code);
  // A resampled count is a whole number 0…n, so each category's draws are kept as a histogram and
  // laid out sorted in linear time (a counting sort) for the percentiles.
  const histograms = CATEGORY_CODES.map(() => new Int32Array(n + 1));
  const drawn = new Int32Array(CATEGORY_CODES.length);
  let stays = 0;
  for (let r = 0; r < resamples; r++) {
    multinomial(n, probabilities, uniform, drawn);
    let top = 0;
    for (let i = 0; i < drawn.length; i++) {
      histograms[i]![drawn[i]!]! += 1;
      if (drawn[i]! > drawn[top]!) top = i;
    }
    if (top === target) stays++;
  }
  const tail = (1 - level) / 2;
  const shares = {} as Record<CategoryCode, [number, number]>;
  const sorted = new Array<number>(resamples);
  for (const c of COUNT_ORDER) {
    let at = 0;
    histograms[CATEGORY_CODES.indexOf(c)]!.forEach((times, count) => {
      for (let t = 0; t < times; t++) sorted[at++] = count / n;
    });
    shares[c] = [quantileSorted(sorted, tail), quantileSorted(sorted, 1 - tail)];
  }
  return { shares, stability: stays / resamples };
}
