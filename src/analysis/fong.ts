import type { FongTest } from '../model/report.js';

/** z for a two-sided α of about 0.10, as Fong (1996) uses. */
export const FONG_Z = 1.65;

/**
 * Fong's test (Fong 1996) on the counts a ≥ b of the two most frequent categories among n answers:
 * the difference is not significant when |a − b| < 1.65 · sqrt((a + b)(2n − a − b) / (2n)).
 */
export function fongTest(a: number, b: number, n: number): FongTest {
  const threshold = FONG_Z * Math.sqrt(((a + b) * (2 * n - a - b)) / (2 * n));
  return { a, b, threshold, significant: Math.abs(a - b) >= threshold };
}
