import { gammaln } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { binomial, multinomial, stirlingCorrection } from '../../src/analysis/binomial.js';
import { seededUniform } from '../../src/analysis/random.js';

describe('binomial sampler', () => {
  it('uses Stirling corrections equal to ln k! − (k + ½) ln(k + 1) + (k + 1) − ½ ln 2π (checked with simple-statistics gammaln)', () => {
    for (const k of [0, 1, 5, 9, 10, 25, 200]) {
      const exact = gammaln(k + 1) - (k + 0.5) * Math.log(k + 1) + (k + 1) - 0.5 * Math.log(2 * Math.PI);
      expect(stirlingCorrection(k)).toBeCloseTo(exact, 9);
    }
  });

  it.each([
    [20, 0.1],
    [40, 0.5],
    [200, 0.3],
    [1000, 0.02],
    [5000, 0.7],
    [100000, 0.45],
  ])('draws Binomial(%d, %d) with the right mean and variance', (n, p) => {
    const uniform = seededUniform(7);
    const draws = 20000;
    let sum = 0;
    let squares = 0;
    let low = Infinity;
    let high = -Infinity;
    for (let i = 0; i < draws; i++) {
      const x = binomial(n, p, uniform);
      low = Math.min(low, x);
      high = Math.max(high, x);
      sum += x;
      squares += x * x;
    }
    expect(low).toBeGreaterThanOrEqual(0);
    expect(high).toBeLessThanOrEqual(n);
    const mean = sum / draws;
    const variance = squares / draws - mean * mean;
    const npq = n * p * (1 - p);
    // The sample mean is within 4 standard errors; the variance within 5 %.
    expect(Math.abs(mean - n * p)).toBeLessThan(4 * Math.sqrt(npq / draws));
    expect(variance / npq).toBeGreaterThan(0.95);
    expect(variance / npq).toBeLessThan(1.05);
  });

  it('matches the Binomial(60, 0.3) probabilities cell by cell (BTRD region, n·p = 18)', () => {
    const uniform = seededUniform(11);
    const draws = 200000;
    const seen = new Array<number>(61).fill(0);
    for (let i = 0; i < draws; i++) seen[binomial(60, 0.3, uniform)]! += 1;
    for (let k = 8; k <= 28; k++) {
      const pmf = Math.exp(gammaln(61) - gammaln(k + 1) - gammaln(61 - k) + k * Math.log(0.3) + (60 - k) * Math.log(0.7));
      const expected = pmf * draws;
      expect(Math.abs((seen[k] ?? 0) - expected)).toBeLessThan(5 * Math.sqrt(expected) + 5);
    }
  });

  it('keeps multinomial totals and is the same for the same seed', () => {
    const a = multinomial(500, [0.1, 0.2, 0.3, 0.25, 0.1, 0.05], seededUniform(3), new Array<number>(6));
    expect(a.reduce((x, y) => x + y, 0)).toBe(500);
    expect(multinomial(500, [0.1, 0.2, 0.3, 0.25, 0.1, 0.05], seededUniform(3), new Array<number>(6))).toEqual(a);
    expect(multinomial(10, [0, 1, 0, 0, 0, 0], seededUniform(3), new Array<number>(6))).toEqual([0, 10, 0, 0, 0, 0]);
  });
});
