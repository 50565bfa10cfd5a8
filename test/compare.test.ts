import { describe, expect, it } from 'vitest';
import { newcombe } from '../src/analysis/newcombe.js';
import { direction } from '../src/compare.js';
import { analyseSurvey, compareSurveys } from '../src/index.js';
import { failure } from './support/failure.js';

describe('newcombe', () => {
  // Newcombe (1998), "Interval estimation for the difference between independent proportions",
  // Statistics in Medicine 17, Table II, method 10 (hybrid score interval), 95 %.
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [6, 7, 2, 7, 0.0582, 0.8062],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [10, 10, 0, 20, 0.6791, 1],
  ])('%d/%d − %d/%d → %d to %d (Newcombe 1998, Table II)', (x1, n1, x2, n2, lo, hi) => {
    const interval = newcombe(x1, n1, x2, n2, 0.95);
    expect(interval?.[0]).toBeCloseTo(lo, 4);
    expect(interval?.[1]).toBeCloseTo(hi, 4);
  });
});

describe('life cycle direction', () => {
  it.each([
    ['I', 'A', 'along'], ['A', 'O', 'along'], ['O', 'M', 'along'], ['I', 'M', 'along'],
    ['M', 'O', 'against'], ['A', 'I', 'against'], ['O', 'O', 'none'], ['R', 'R', 'none'], ['A', 'R', 'off-cycle'], ['Q', 'M', 'off-cycle'],
  ] as const)('%s → %s is %s', (from, to, expected) => {
    expect(direction(from, to)).toBe(expected);
  });
});

const wave = (rows: string[]) => ({ name: 'w.csv', content: ['X (functional),X (dysfunctional),Y (functional),Y (dysfunctional)', ...rows].join('\n') });
const times = (row: string, n: number) => Array<string>(n).fill(row);

describe('compareSurveys', () => {
  // X: old (like, neutral) A ×30 + (like, dislike) O ×10; new A ×10 + O ×30.
  //   Wave × category [[30, 10], [10, 30]] (columns A, O): χ² = 20, df 1, p = 7.744216e-6.
  //   Better stays 1 (A + O over A + O); |Worse| goes from 10/40 to 30/40: +0.5.
  // Y: only in the old wave; Z: only in the new one.
  const older = wave([...times('1,3,1,5', 30), ...times('1,5,1,5', 10)]);
  const newer = {
    name: 'n.csv',
    content: ['X (functional),X (dysfunctional),Z (functional),Z (dysfunctional)', ...times('1,3,1,5', 10), ...times('1,5,1,5', 30)].join('\n'),
  };
  const comparison = compareSurveys(older, newer);

  it('gives the transition, the test and the changes worked out by hand', () => {
    const [x] = comparison.features;
    expect(x?.transition).toEqual({ from: 'A', to: 'O', direction: 'along' });
    expect(x?.test).toMatchObject({ chi2: 20, df: 1, pMethod: 'asymptotic', significant: true });
    expect(x?.test?.p).toBeCloseTo(7.744216e-6, 10);
    expect(x?.change.better?.difference).toBe(0);
    expect(x?.change.worse?.difference).toBeCloseTo(0.5, 12);
    expect(x?.change.worse?.interval).toEqual(newcombe(30, 40, 10, 40, 0.95));
  });

  it('lists the features of one wave only', () => {
    expect(comparison.features.map((f) => f.name)).toEqual(['X']);
    expect(comparison.onlyOld).toEqual(['Y']);
    expect(comparison.onlyNew).toEqual(['Z']);
  });

  it('reads a wave from a JSON result as from its survey', () => {
    const json = JSON.stringify(analyseSurvey([older]));
    expect(compareSurveys({ name: 'old.json', content: json }, newer)).toEqual({ ...comparison, waves: { old: 'old.json', new: 'n.csv' } });
  });

  it('refuses JSON that is not a kano result', () => {
    expect(failure(() => compareSurveys({ name: 'x.json', content: '{"features": 3}' }, newer))).toMatchObject({
      code: 'compare-input',
      message: 'cannot compare this wave: not a result of kano analyze --format json (schemaVersion 1)',
    });
    expect(failure(() => compareSurveys({ name: 'x.json', content: '{nope' }, newer)).message).toContain('not valid JSON');
  });
});
