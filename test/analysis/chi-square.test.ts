import { chiSquaredDistributionTable } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { chiSquareTail, chiSquareTest, holm, pearson } from '../../src/analysis/chi-square.js';
import { tableWithMargins } from '../../src/analysis/hypergeometric.js';
import { seededUniform } from '../../src/analysis/random.js';

describe('chi-square distribution', () => {
  it.each([1, 2, 3, 4, 5, 10, 20])('gives the tabulated tail probabilities for %d degrees of freedom (simple-statistics table)', (df) => {
    const table = chiSquaredDistributionTable as unknown as Record<number, Record<number, number>>;
    // The table rounds critical values to 0.01, so the true critical value lies within ±0.005 of it:
    // the tail probability there must bracket the tabulated level. (Below 0.005 the table reads 0.)
    for (const tail of [0.995, 0.9, 0.5, 0.1, 0.05, 0.01]) {
      const critical = table[df]?.[tail] as number;
      if (critical === 0) continue;
      expect(chiSquareTail(critical - 0.005, df)).toBeGreaterThanOrEqual(tail);
      expect(chiSquareTail(critical + 0.005, df)).toBeLessThanOrEqual(tail);
    }
  });

  it('matches closed forms: df 2 is exp(−x/2); df 1 is 2·(1 − Φ(sqrt x))', () => {
    for (const x of [0.5, 2, 5.991464547, 10]) expect(chiSquareTail(x, 2)).toBeCloseTo(Math.exp(-x / 2), 12);
    // 3.841458821 is 1.959963985² (the 95 % two-sided z), so the tail is 0.05.
    expect(chiSquareTail(3.841458820694124, 1)).toBeCloseTo(0.05, 10);
  });
});

describe('chiSquareTest', () => {
  it('computes the statistic, df and Cramér\'s V worked out by hand', () => {
    // Segments × categories [[30, 10], [10, 30]]: every expected count is 20, so
    // χ² = 4 · (10² / 20) = 20, df 1, V = sqrt(20 / 80) = 0.5.
    const test = chiSquareTest([[30, 10], [10, 30]], 0, seededUniform(1));
    expect(test).toMatchObject({ chi2: 20, df: 1, pMethod: 'asymptotic' });
    expect(test.cramersV).toBeCloseTo(0.5, 12);
    // P(χ²₁ ≥ 20) = 2·(1 − Φ(4.4721)) = 7.744216e-6 (R: pchisq(20, 1, lower.tail = FALSE)).
    expect(test.p).toBeCloseTo(7.744216e-6, 10);
  });

  it('switches to a Monte-Carlo p with fixed margins when an expected count is below 5, reproducibly', () => {
    // [[5, 1], [1, 5]]: expected 3 everywhere; χ² = 4 · (2² / 3) = 5.3333. The exact two-sided Fisher
    // p for this table is 0.08009 (the hypergeometric tail), which the simulated p approaches.
    const table = [[5, 1], [1, 5]];
    expect(pearson(table).chi2).toBeCloseTo(16 / 3, 12);
    const test = chiSquareTest(table, 20000, seededUniform(5));
    expect(test.pMethod).toBe('monte-carlo');
    expect(test.p).toBeGreaterThan(0.065);
    expect(test.p).toBeLessThan(0.095);
    expect(chiSquareTest(table, 2000, seededUniform(5))).toEqual(chiSquareTest(table, 2000, seededUniform(5)));
  });

  it('counts the simulated tables as pearson would, table by table (the same draws, the same p)', () => {
    // The plain way: draw each table with the margins, as a table of rows, and take pearson's statistic.
    function plainP(table: number[][], simulations: number, seed: number): number {
      const uniform = seededUniform(seed);
      const rows = table.map((row) => row.reduce((a, b) => a + b, 0));
      const columns = table[0]!.map((_, j) => table.reduce((sum, row) => sum + row[j]!, 0));
      const { chi2 } = pearson(table);
      let atLeast = 0;
      for (let s = 0; s < simulations; s++) {
        const cells = tableWithMargins(rows, columns, uniform, new Int32Array(rows.length * columns.length));
        const simulated = rows.map((_, i) => [...cells.subarray(i * columns.length, (i + 1) * columns.length)]);
        if (pearson(simulated).chi2 >= chi2 - 1e-7 * Math.max(1, chi2)) atLeast++;
      }
      return (1 + atLeast) / (simulations + 1);
    }
    const draw = seededUniform(42);
    let simulated = 0;
    for (let t = 0; t < 100; t++) {
      // Small tables with small counts, some zero rows or columns: nearly all go to Monte-Carlo.
      const columns = 2 + Math.floor(draw() * 5);
      const table = Array.from({ length: 2 + Math.floor(draw() * 3) }, () => Array.from({ length: columns }, () => Math.floor(draw() * (draw() < 0.3 ? 3 : 12))));
      const test = chiSquareTest(table, 300, seededUniform(t));
      if (test.pMethod !== 'monte-carlo') continue;
      expect(test.p).toBe(plainP(table, 300, t));
      simulated++;
    }
    expect(simulated).toBeGreaterThan(90);
  });

  it('approaches the exact p of 2 × 2 tables, however many respondents they hold', () => {
    // Exact: the sum of the hypergeometric probabilities of the tables with these margins whose χ² is at
    // least the observed one (all tables are listed: the second column holds 7 at most).
    const logFactorial = (k: number) => Array.from({ length: k }, (_, i) => Math.log(i + 1)).reduce((a, b) => a + b, 0);
    for (const [a, b, c, d] of [[5, 1, 1, 5], [700, 3, 300, 4], [50000, 1, 40000, 6]] as const) {
      const [r1, r2, c1, c2] = [a + b, c + d, a + c, b + d];
      const observed = pearson([[a, b], [c, d]]).chi2;
      let exact = 0;
      for (let x = Math.max(0, c2 - r2); x <= Math.min(c2, r1); x++) {
        const cells = [r1 - x, x, c1 - r1 + x, c2 - x];
        const log = logFactorial(r1) + logFactorial(r2) + logFactorial(c1) + logFactorial(c2) - logFactorial(r1 + r2) - cells.reduce((sum, k) => sum + logFactorial(k), 0);
        if (pearson([[cells[0]!, cells[1]!], [cells[2]!, cells[3]!]]).chi2 >= observed - 1e-7 * Math.max(1, observed)) exact += Math.exp(log);
      }
      const test = chiSquareTest([[a, b], [c, d]], 20000, seededUniform(3));
      expect(test.pMethod).toBe('monte-carlo');
      // Four standard errors of a Monte-Carlo p over 20,000 tables.
      expect(Math.abs(test.p - exact), `${a},${b},${c},${d}: exact ${exact}`).toBeLessThan(4 * Math.sqrt((exact * (1 - exact)) / 20000) + 1e-4);
    }
  });
});

describe('holm', () => {
  it('adjusts step-down, keeping order and nulls (worked by hand)', () => {
    // Sorted 0.01, 0.02, 0.04, 0.30 with m = 4: 4·0.01 = 0.04, 3·0.02 = 0.06, 2·0.04 = 0.08, 1·0.30 = 0.30.
    expect(holm([0.04, null, 0.01, 0.3, 0.02])).toEqual([0.08, null, 0.04, 0.3, 0.06]);
    // Monotone: 0.01·3 = 0.03, then 0.011·2 = 0.022 → raised to 0.03, then 0.5.
    expect(holm([0.011, 0.01, 0.5])).toEqual([0.03, 0.03, 0.5]);
    // 2·0.6 = 1.2 → 1, and 0.7 is raised to 1 to keep the order.
    expect(holm([0.6, 0.7])).toEqual([1, 1]);
  });
});
