import { describe, expect, it } from 'vitest';
import { coefficients } from '../../src/analysis/coefficients.js';

describe('coefficients (Timko, in Berger et al. 1993)', () => {
  it('leaves R and Q out of the denominator', () => {
    // A 8, O 14, M 37, I 10, R 0, Q 2: denominator 69; Better 22/69 = 0.318841; Worse −51/69 = −0.739130.
    const { better, worse } = coefficients({ A: 8, O: 14, M: 37, I: 10, R: 0, Q: 2 });
    expect(better).toBeCloseTo(0.318841, 6);
    expect(worse).toBeCloseTo(-0.73913, 6);
  });

  it('gives 0, not -0, for no dissatisfaction', () => {
    expect(Object.is(coefficients({ A: 3, O: 0, M: 0, I: 1, R: 0, Q: 0 }).worse, 0)).toBe(true);
  });

  it('is undefined (null) when A + O + M + I = 0', () => {
    expect(coefficients({ A: 0, O: 0, M: 0, I: 0, R: 4, Q: 2 })).toEqual({ better: null, worse: null });
  });
});
