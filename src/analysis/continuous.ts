import { ANSWERS } from '../model/answers.js';
import { DYSFUNCTIONAL_SCORES, FUNCTIONAL_SCORES } from '../model/scores.js';
import type { AnswerMatrix } from '../model/matrix.js';
import type { ContinuousFigures, Quadrant } from '../model/report.js';


/** Where the quadrant lines are drawn on the 0–4 range: a convention, not a law. */
export const QUADRANT_SPLIT = 2;

/** Mean and sample standard deviation (n − 1) of a score distribution given as counts per score. */
function moments(counts: number[], scores: number[]): { n: number; mean: number; sd: number | null } {
  let n = 0;
  let sum = 0;
  let squares = 0;
  counts.forEach((count, i) => {
    const score = scores[i] ?? 0;
    n += count;
    sum += count * score;
    squares += count * score * score;
  });
  const mean = sum / n;
  // Σ(x − x̄)² = Σx² − n·x̄², clamped at 0 against rounding.
  return { n, mean, sd: n < 2 ? null : Math.sqrt(Math.max(0, squares - n * mean * mean) / (n - 1)) };
}

/**
 * Quadrant of (mean dysfunctional X̄, mean functional Ȳ), split at 2: Ȳ > 2 and X̄ ≤ 2 exciting, both > 2
 * expected, Ȳ ≤ 2 and X̄ > 2 basic, both ≤ 2 indifferent; a negative mean points to reverse.
 */
export function quadrant(functional: number, dysfunctional: number): Quadrant {
  if (functional < 0 || dysfunctional < 0) return 'reverse';
  const high = (x: number) => x > QUADRANT_SPLIT;
  if (high(functional)) return high(dysfunctional) ? 'expected' : 'exciting';
  return high(dysfunctional) ? 'basic' : 'indifferent';
}

/**
 * Continuous analysis of one feature's answer matrix (KANO-METHODS.md §5), with the importance-weighted
 * means X̄w = Σ wᵢdᵢ / Σ wᵢ from the weighted sums; null without valid pairs.
 */
export function continuous(matrix: AnswerMatrix, weighted: { weight: number; functional: number; dysfunctional: number }): ContinuousFigures | null {
  const rows = matrix.map((row) => row.reduce((a, b) => a + b, 0));
  const columns = ANSWERS.map((_, c) => matrix.reduce((sum, row) => sum + (row[c] ?? 0), 0));
  const functional = moments(rows, ANSWERS.map((a) => FUNCTIONAL_SCORES[a]));
  const dysfunctional = moments(columns, ANSWERS.map((a) => DYSFUNCTIONAL_SCORES[a]));
  if (functional.n === 0) return null;
  return {
    n: functional.n,
    functional: { mean: functional.mean, sd: functional.sd },
    dysfunctional: { mean: dysfunctional.mean, sd: dysfunctional.sd },
    quadrant: quadrant(functional.mean, dysfunctional.mean),
    weighted: weighted.weight === 0 ? null : { functional: weighted.functional / weighted.weight, dysfunctional: weighted.dysfunctional / weighted.weight },
  };
}
