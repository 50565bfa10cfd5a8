import { describe, expect, it } from 'vitest';
import { hypergeometric, tableWithMargins } from '../../src/analysis/hypergeometric.js';
import { seededUniform } from '../../src/analysis/random.js';

describe('hypergeometric', () => {
  it('draws each count as often as its probability, C(K, x) C(N − K, n − x) / C(N, n)', () => {
    // N 20, K 7, n 8: the probabilities worked out from the binomial coefficients.
    const choose = (n: number, k: number): number => (k < 0 || k > n ? 0 : k === 0 ? 1 : (choose(n - 1, k - 1) * n) / k);
    const exact = Array.from({ length: 8 }, (_, x) => (choose(7, x) * choose(13, 8 - x)) / choose(20, 8));
    const uniform = seededUniform(1);
    const seen = new Array<number>(9).fill(0);
    for (let i = 0; i < 50000; i++) seen[hypergeometric(20, 7, 8, uniform)]! += 1;
    expect(seen[8]).toBe(0);
    exact.forEach((p, x) => expect(Math.abs(seen[x]! / 50000 - p), `x = ${x}`).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / 50000) + 1e-4));
  });

  it('has the mean nK/N and variance nK(N − K)(N − n) / (N²(N − 1)) at a million', () => {
    for (const [N, K, n] of [[1_000_000, 300_000, 500_000], [1_000_000, 7, 400_000], [90_007, 6, 40_001]] as const) {
      const uniform = seededUniform(2);
      const draws = Array.from({ length: 20000 }, () => hypergeometric(N, K, n, uniform));
      const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
      const variance = draws.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (draws.length - 1);
      const expectedMean = (n * K) / N;
      const expectedVariance = (n * K * (N - K) * (N - n)) / (N * N * (N - 1));
      expect(Math.abs(mean - expectedMean), `mean, N ${N} K ${K} n ${n}`).toBeLessThan(4 * Math.sqrt(expectedVariance / draws.length));
      expect(variance / expectedVariance).toBeGreaterThan(0.95);
      expect(variance / expectedVariance).toBeLessThan(1.05);
    }
  });

  it('stays within what the population allows, and gives the only count there is', () => {
    const uniform = seededUniform(3);
    expect(hypergeometric(10, 4, 0, uniform)).toBe(0);
    expect(hypergeometric(10, 0, 5, uniform)).toBe(0);
    expect(hypergeometric(10, 4, 10, uniform)).toBe(4);
    expect(hypergeometric(10, 10, 3, uniform)).toBe(3);
    for (let i = 0; i < 1000; i++) {
      const x = hypergeometric(12, 9, 8, uniform);
      expect(x).toBeGreaterThanOrEqual(5);
      expect(x).toBeLessThanOrEqual(8);
    }
  });
});

describe('tableWithMargins', () => {
  it('keeps the row and column totals it is given, empty rows and columns included', () => {
    const uniform = seededUniform(4);
    for (let t = 0; t < 500; t++) {
      const columns = Array.from({ length: 2 + (t % 5) }, (_, j) => (j === 1 ? 0 : Math.floor(uniform() * 40)));
      const n = columns.reduce((a, b) => a + b, 0);
      // Rows that add up to the same n: cut it at random places.
      const cuts = Array.from({ length: 1 + (t % 3) }, () => Math.floor(uniform() * (n + 1))).sort((a, b) => a - b);
      const rows = [...cuts, n].map((cut, i) => cut - (i === 0 ? 0 : cuts[i - 1]!));
      const table = tableWithMargins(rows, columns, uniform, new Int32Array(rows.length * columns.length));
      rows.forEach((total, i) => expect(table.subarray(i * columns.length, (i + 1) * columns.length).reduce((a, b) => a + b, 0)).toBe(total));
      columns.forEach((total, j) => expect(rows.reduce((sum, _, i) => sum + table[i * columns.length + j]!, 0)).toBe(total));
      expect(table.every((cell) => cell >= 0)).toBe(true);
    }
  });
});
