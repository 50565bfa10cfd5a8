import { describe, expect, it } from 'vitest';
import { classify, rankCategories } from '../../src/analysis/classify.js';
import { fongTest } from '../../src/analysis/fong.js';
import type { CategoryCounts } from '../../src/model/categories.js';

const counts = (partial: Partial<CategoryCounts>): CategoryCounts => ({ A: 0, O: 0, M: 0, I: 0, R: 0, Q: 0, ...partial });

describe('classify', () => {
  it('takes the most frequent category, with strengths worked out by hand', () => {
    // A 10, O 5, M 20, I 15, R 0, Q 0 → N 50; M first (20), I second (15).
    // Category strength = 20/50 − 15/50 = 0.10; total strength = (10 + 5 + 20)/50 = 0.70.
    // Fong: 1.65·sqrt(35·(100 − 35)/100) = 1.65·sqrt(22.75) = 1.65·4.76970 = 7.87001; |20 − 15| = 5 < 7.87 → mixed.
    const result = classify(counts({ A: 10, O: 5, M: 20, I: 15 }));
    expect(result.n).toBe(50);
    expect(result.strength.category).toBeCloseTo(0.1, 12);
    expect(result.strength.total).toBeCloseTo(0.7, 12);
    expect(result.fong?.threshold).toBeCloseTo(7.87001, 4);
    expect(result.fong?.significant).toBe(false);
    expect(result.mixed).toEqual(['M', 'I']);
    expect(result.code).toBe('M');
  });

  it('is not mixed when the top pair differs significantly', () => {
    // A 30, I 10, N 40: threshold 1.65·sqrt(40·40/80) = 1.65·sqrt(20) = 7.37902; |30 − 10| = 20 ≥ 7.38.
    const result = classify(counts({ A: 30, I: 10 }));
    expect(result.code).toBe('A');
    expect(result.mixed).toBeNull();
    expect(result.fong).toEqual({ a: 30, b: 10, threshold: expect.closeTo(7.37902, 4), significant: true });
    expect(result.strength.category).toBeCloseTo(0.5, 12);
  });

  it('reports a not-significant top pair as mixed, primary first, under every rule', () => {
    // O 27, M 25, A 8, I 10 (N 70): threshold 1.65·sqrt(52·88/140) = 1.65·5.71714 = 9.43328; |27 − 25| = 2 → mixed.
    const c = counts({ O: 27, M: 25, A: 8, I: 10 });
    expect(classify(c)).toMatchObject({ code: 'O', mixed: ['O', 'M'] });
    expect(classify(c).fong?.threshold).toBeCloseTo(9.43328, 4);
    // fong: the first of the pair in M > O > A > I > R > Q, even though it is less frequent.
    expect(classify(c, { rule: 'fong' })).toMatchObject({ code: 'M', mixed: ['M', 'O'] });
  });

  it.each([
    [{ M: 5, O: 5 }, 'M'],
    [{ O: 5, A: 5 }, 'O'],
    [{ A: 5, I: 5 }, 'A'],
    [{ I: 5, R: 5 }, 'I'],
    [{ R: 5, Q: 5 }, 'R'],
    [{ A: 4, O: 4, M: 4, I: 4, R: 4, Q: 4 }, 'M'],
  ])('breaks the tie %j by impact order: %s', (partial, code) => {
    expect(rankCategories(counts(partial))[0]).toBe(code);
    expect(classify(counts(partial)).code).toBe(code);
  });

  it('gives null figures, not NaN, without valid pairs', () => {
    expect(classify(counts({}))).toEqual({ code: null, mixed: null, n: 0, strength: { category: null, total: null }, fong: null });
  });

  it('does not apply Fong when only one category was answered', () => {
    // One answer: Fong's threshold 1.65·sqrt(1·1/2) = 1.17 would call a lone I "mixed" with an unanswered category.
    const result = classify(counts({ I: 1 }));
    expect(result).toMatchObject({ code: 'I', mixed: null, fong: null, strength: { category: 1, total: 0 } });
  });
});

describe('classification rules, on counts worked out by hand', () => {
  it('aom: the largest of M, O, A when A + O + M > I + R + Q, else the largest of I, R, Q', () => {
    // I 40 is the mode, but A 15 + O 20 + M 10 = 45 > I 40 + R 0 + Q 0 = 40 → largest of M, O, A: O.
    expect(classify(counts({ A: 15, O: 20, M: 10, I: 40 }), { rule: 'aom' }).code).toBe('O');
    // A 30 is the mode, but A 30 + O 0 + M 0 = 30 < I 25 + R 10 + Q 0 = 35 → largest of I, R, Q: I.
    expect(classify(counts({ A: 30, I: 25, R: 10 }), { rule: 'aom' }).code).toBe('I');
    expect(classify(counts({ A: 30, I: 25, R: 10 }), { rule: 'mode' }).code).toBe('A');
  });

  it('strength: below the threshold the first of the top two in M > O > A > I', () => {
    // A 26, O 24, I 50 → N 100; strength (50 − 26)/100 = 0.24 ≥ 0.06 → the mode, I.
    expect(classify(counts({ A: 26, O: 24, I: 50 }), { rule: 'strength' }).code).toBe('I');
    // A 52, O 48 → strength (52 − 48)/100 = 0.04 < 0.06 → O, the first of A and O in impact order.
    expect(classify(counts({ A: 52, O: 48 }), { rule: 'strength' }).code).toBe('O');
    // With a 3 % threshold 0.04 is enough: the mode, A.
    expect(classify(counts({ A: 52, O: 48 }), { rule: 'strength', strengthThreshold: 0.03 }).code).toBe('A');
  });
});

describe('Pouliot evaluation table', () => {
  it('makes (expect, expect) and (tolerate, tolerate) questionable, and nothing else different', async () => {
    const { EVALUATION_TABLES } = await import('../../src/model/evaluation-table.js');
    const differing: string[] = [];
    EVALUATION_TABLES.standard.forEach((row, r) =>
      row.forEach((code, c) => {
        if (EVALUATION_TABLES.pouliot[r]?.[c] !== code) differing.push(`${r},${c}:${code}->${EVALUATION_TABLES.pouliot[r]?.[c]}`);
      }),
    );
    expect(differing).toEqual(['1,1:I->Q', '3,3:I->Q']);
  });
});

describe('fongTest', () => {
  it('matches the formula at the boundary', () => {
    // a 30, b 20, N 63: 1.65·sqrt(50·76/126) = 1.65·sqrt(30.15873) = 1.65·5.49170 = 9.06130; |30 − 20| = 10 ≥ 9.06.
    expect(fongTest(30, 20, 63)).toEqual({ a: 30, b: 20, threshold: expect.closeTo(9.0613, 3), significant: true });
    // a 28, b 20, N 63: 1.65·sqrt(48·78/126) = 1.65·5.45108 = 8.99428; |28 − 20| = 8 < 8.99.
    expect(fongTest(28, 20, 63).significant).toBe(false);
  });
});
