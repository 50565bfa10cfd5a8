import type { CategoryCounts } from '../model/categories.js';

export interface Coefficients {
  better: number | null;
  worse: number | null;
}

/**
 * Customer-satisfaction coefficients (Timko, in Berger et al. 1993):
 * Better = (A + O) / (A + O + M + I) in [0, 1], Worse = −(O + M) / (A + O + M + I) in [−1, 0].
 * R and Q are left out of the denominator; with A + O + M + I = 0 both are undefined (null).
 */
export function coefficients({ A, O, M, I }: CategoryCounts): Coefficients {
  const denominator = A + O + M + I;
  if (denominator === 0) return { better: null, worse: null };
  const worse = -(O + M) / denominator;
  // -0 would print as "-0"; no dissatisfaction is plain 0.
  return { better: (A + O) / denominator, worse: worse === 0 ? 0 : worse };
}
