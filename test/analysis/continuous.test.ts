import { mean, sampleStandardDeviation } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { continuous, quadrant } from '../../src/analysis/continuous.js';
import { DYSFUNCTIONAL_SCORES, FUNCTIONAL_SCORES } from '../../src/model/scores.js';
import { ANSWERS } from '../../src/model/answers.js';
import type { AnswerMatrix } from '../../src/model/matrix.js';

const NO_WEIGHTS = { weight: 0, functional: 0, dysfunctional: 0 };

describe('continuous analysis (DuMouchel, in Berger et al. 1993)', () => {
  // Six pairs: (like, dislike) ×3, (expect, dislike) ×1, (like, neutral) ×1, (neutral, neutral) ×1.
  const matrix: AnswerMatrix = [
    [0, 0, 1, 0, 3],
    [0, 0, 0, 0, 1],
    [0, 0, 1, 0, 0],
    [0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0],
  ];

  it('gives the means and sample SDs worked out by hand', () => {
    // Functional scores: like 4 ×4, expect 2 ×1, neutral 0 ×1 → mean 18/6 = 3;
    //   Σ(x − 3)² = 4·1 + 1·1 + 1·9 = 14 → SD sqrt(14/5) = 1.673320.
    // Dysfunctional scores: dislike 4 ×4, neutral 0 ×2 → mean 16/6 = 2.666667;
    //   Σx² = 64, n·x̄² = 6·7.111111 = 42.666667 → SD sqrt(21.333333/5) = 2.065591.
    const result = continuous(matrix, NO_WEIGHTS);
    expect(result?.n).toBe(6);
    expect(result?.functional.mean).toBeCloseTo(3, 12);
    expect(result?.functional.sd).toBeCloseTo(1.67332, 5);
    expect(result?.dysfunctional.mean).toBeCloseTo(2.666667, 5);
    expect(result?.dysfunctional.sd).toBeCloseTo(2.065591, 5);
    expect(result?.quadrant).toBe('expected');
  });

  it('agrees with simple-statistics on the expanded scores', () => {
    const functional: number[] = [];
    const dysfunctional: number[] = [];
    matrix.forEach((row, r) =>
      row.forEach((count, c) => {
        for (let i = 0; i < count; i++) {
          functional.push(FUNCTIONAL_SCORES[ANSWERS[r] ?? 'neutral']);
          dysfunctional.push(DYSFUNCTIONAL_SCORES[ANSWERS[c] ?? 'neutral']);
        }
      }),
    );
    const result = continuous(matrix, NO_WEIGHTS);
    expect(result?.functional.mean).toBeCloseTo(mean(functional), 12);
    expect(result?.functional.sd).toBeCloseTo(sampleStandardDeviation(functional), 12);
    expect(result?.dysfunctional.mean).toBeCloseTo(mean(dysfunctional), 12);
    expect(result?.dysfunctional.sd).toBeCloseTo(sampleStandardDeviation(dysfunctional), 12);
  });

  it('is null without pairs, with a null SD for one pair', () => {
    expect(continuous([[0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]], NO_WEIGHTS)).toBeNull();
    expect(continuous([[0, 0, 0, 0, 1], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]], NO_WEIGHTS)).toMatchObject({
      functional: { mean: 4, sd: null },
      dysfunctional: { mean: 4, sd: null },
    });
  });

  it.each([
    [3, 1, 'exciting'],
    [3, 3, 'expected'],
    [1, 3, 'basic'],
    [1, 1, 'indifferent'],
    [2, 2, 'indifferent'],
    [-0.5, 3, 'reverse'],
    [3, -0.1, 'reverse'],
  ] as const)('puts functional %d, dysfunctional %d in the %s quadrant (split at 2)', (f, d, q) => {
    expect(quadrant(f, d)).toBe(q);
  });
});
