import { describe, expect, it } from 'vitest';
import { bootstrapCounts, sortCounts } from '../../src/analysis/bootstrap.js';
import { seededUniform } from '../../src/analysis/random.js';
import { wilson } from '../../src/analysis/wilson.js';
import { analyseSurvey } from '../../src/index.js';

describe('wilson', () => {
  // Newcombe (1998), "Two-sided confidence intervals for the single proportion", Statistics in
  // Medicine 17, Table I, method 3 (Wilson score interval without continuity correction), 95 %.
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%d/%d → %d to %d (Newcombe 1998, Table I)', (x, n, lo, hi) => {
    const interval = wilson(x, n, 0.95);
    expect(interval?.[0]).toBeCloseTo(lo, 4);
    expect(interval?.[1]).toBeCloseTo(hi, 4);
  });

  it('is null for n = 0 and narrows as the level drops', () => {
    expect(wilson(0, 0, 0.95)).toBeNull();
    const [lo90, hi90] = wilson(30, 100, 0.9) as [number, number];
    const [lo95, hi95] = wilson(30, 100, 0.95) as [number, number];
    expect(lo90).toBeGreaterThan(lo95);
    expect(hi90).toBeLessThan(hi95);
  });
});

describe('bootstrap over counts', () => {
  const counts = { A: 600, O: 400, M: 500, I: 300, R: 100, Q: 100 };

  it('is the same for the same seed and differs for another', () => {
    const a = bootstrapCounts(counts, 'A', 500, 0.95, seededUniform(42));
    expect(bootstrapCounts(counts, 'A', 500, 0.95, seededUniform(42))).toEqual(a);
    expect(bootstrapCounts(counts, 'A', 500, 0.95, seededUniform(43))).not.toEqual(a);
  });

  it('covers the analytic Wilson interval of each share within 0.01 on a large sample (N 2000)', () => {
    const { shares } = bootstrapCounts(counts, 'A', 4000, 0.95, seededUniform(1));
    for (const code of ['A', 'O', 'M', 'I', 'R', 'Q'] as const) {
      const analytic = wilson(counts[code], 2000, 0.95) as [number, number];
      expect(Math.abs(shares[code][0] - analytic[0]), code).toBeLessThan(0.01);
      expect(Math.abs(shares[code][1] - analytic[1]), code).toBeLessThan(0.01);
    }
  });

  it('measures how often the category stays on top', () => {
    // A 600 vs M 500 of 2000: the difference is about 4.7 standard errors, so A nearly always stays first.
    expect(bootstrapCounts(counts, 'A', 1000, 0.95, seededUniform(1)).stability).toBeGreaterThan(0.99);
    // A 50 vs O 50: a coin toss, broken towards O on ties.
    const tied = bootstrapCounts({ A: 50, O: 50, M: 0, I: 0, R: 0, Q: 0 }, 'O', 2000, 0.95, seededUniform(1)).stability;
    expect(tied).toBeGreaterThan(0.45);
    expect(tied).toBeLessThan(0.65);
  });

  it('sorts the resampled counts as a plain sort does, by histogram (n below the draws) or not', () => {
    const draw = seededUniform(7);
    for (const [n, draws] of [[0, 10], [5, 300], [299, 300], [300, 300], [5000, 300], [1_000_000, 50]] as const) {
      const counts = Int32Array.from({ length: draws }, () => Math.floor(draw() * (n + 1)));
      const plain = [...counts].sort((a, b) => a - b);
      expect([...sortCounts(counts, n)], `n ${n}`).toEqual(plain);
    }
  });
});

describe('analyseSurvey with intervals', () => {
  const survey = { name: 's.csv', content: `A (functional),A (dysfunctional)\n${'1,5\n'.repeat(30)}${'2,5\n'.repeat(10)}${'3,3\n'.repeat(20)}` };

  it('gives Wilson intervals of Better and Worse (negative, bracketing worse) and bootstrap shares', () => {
    // O 30, M 10, I 20 → Better 30/60, |Worse| 40/60.
    const { features, method } = analyseSurvey([survey], { ci: 0.95, resamples: 500, seed: 3 });
    const ci = features[0]?.ci;
    expect(ci?.better).toEqual(wilson(30, 60, 0.95));
    const worse = wilson(40, 60, 0.95) as [number, number];
    expect(ci?.worse).toEqual([-worse[1], -worse[0]]);
    expect(ci?.worse?.[0]).toBeLessThan(features[0]?.worse ?? 0);
    expect(ci?.shares.O[0]).toBeLessThan(0.5);
    expect(ci?.shares.O[1]).toBeGreaterThan(0.5);
    expect(method.intervals).toMatchObject({ level: 0.95, resamples: 500, seed: 3 });
  });

  it('keeps a feature\'s intervals when other features are added (one random stream per feature)', () => {
    const one = analyseSurvey([survey], { ci: 0.95, resamples: 300, seed: 9 }).features[0]?.ci;
    const withOther = analyseSurvey(
      [{ name: 's.csv', content: survey.content.replace('A (functional),A (dysfunctional)\n', '').split('\n').filter(Boolean).map((l) => `${l},1,1`).join('\n').replace(/^/, 'A (functional),A (dysfunctional),B (functional),B (dysfunctional)\n') }],
      { ci: 0.95, resamples: 300, seed: 9 },
    ).features[0]?.ci;
    expect(withOther).toEqual(one);
  });
});

describe('normalQuantile (AS241)', () => {
  // Reference values: Python 3 statistics.NormalDist().inv_cdf, an independent implementation of AS241.
  it.each([
    [0.975, 1.9599639845400536],
    [0.95, 1.6448536269514715],
    [0.995, 2.5758293035489],
    [0.999, 3.090232306167813],
    [0.5, 0],
    [0.6, 0.2533471031357998],
    [1e-10, -6.361340902404056],
    [0.02425, -1.9729610513118845],
    [0.9, 1.2815515655446008],
  ])('Φ⁻¹(%d) = %d', async (p, z) => {
    const { normalQuantile } = await import('../../src/analysis/normal-quantile.js');
    expect(normalQuantile(p)).toBeCloseTo(z, 12);
  });
});
