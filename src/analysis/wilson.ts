import { normalQuantile } from './normal-quantile.js';

/** z for a two-sided confidence level: 1.959964 for 0.95. */
export function zFor(level: number): number {
  return normalQuantile(1 - (1 - level) / 2);
}

/**
 * Wilson score interval for a binomial proportion x / n (Wilson 1927; Newcombe 1998, method 3):
 * (p + z²/2n ± z·sqrt(p(1 − p)/n + z²/4n²)) / (1 + z²/n). Null when n = 0.
 */
export function wilson(x: number, n: number, level: number): [number, number] | null {
  if (n === 0) return null;
  const z = zFor(level);
  const p = x / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
