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
  // Each category's resampled counts, one after another, sorted at the end for the percentiles.
  const draws = new Int32Array(CATEGORY_CODES.length * resamples);
  const drawn = new Int32Array(CATEGORY_CODES.length);
  let stays = 0;
  for (let r = 0; r < resamples; r++) {
    multinomial(n, probabilities, uniform, drawn);
    let top = 0;
    for (let i = 0; i < drawn.length; i++) {
      draws[i * resamples + r] = drawn[i]!;
      if (drawn[i]! > drawn[top]!) top = i;
    }
    if (top === target) stays++;
  }
  const tail = (1 - level) / 2;
  const shares = {} as Record<CategoryCode, [number, number]>;
  const sorted = new Array<number>(resamples);
  for (const c of COUNT_ORDER) {
    const i = CATEGORY_CODES.indexOf(c);
    const counts = sortCounts(draws.subarray(i * resamples, (i + 1) * resamples), n);
    for (let k = 0; k < resamples; k++) sorted[k] = counts[k]! / n;
    shares[c] = [quantileSorted(sorted, tail), quantileSorted(sorted, 1 - tail)];
  }
  return { shares, stability: stays / resamples };
}

/**
 * Resampled counts (whole numbers 0…n) in ascending order, in place: counted into a histogram when
 * there are fewer possible counts than draws (linear), else sorted (a histogram would cost a pass
 * over 0…n per category: a million steps at a million respondents).
 */
export function sortCounts(counts: Int32Array, n: number): Int32Array {
  if (n >= counts.length) return counts.sort();
  const histogram = new Int32Array(n + 1);
  for (const count of counts) histogram[count]! += 1;
  let at = 0;
  histogram.forEach((times, count) => counts.fill(count, at, (at += times)));
  return counts;
}
