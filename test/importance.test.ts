import { mean, sampleStandardDeviation } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { analyseSurvey } from '../src/index.js';
import { readImportance } from '../src/normalise/importance.js';
import { failure } from './support/failure.js';

describe('readImportance', () => {
  it.each([
    ['7', 7], [' 9 ', 9], ['9 - Extremely important', 9], ['3. Moderately', 3], ['1) Not at all', 1],
    ['Very important', 4], ['extremely important', 5], ['Muy importante', 4], ['非常重要', 5], ['Совсем не важно', 1], ['Sehr wichtig', 4],
    ['', 'blank'], ['0', 'invalid'], ['10', 'invalid'], ['important-ish', 'invalid'],
  ] as const)('reads %j as %s', (cell, level) => {
    expect(readImportance(cell)).toBe(level);
  });
});

// Codes 1 like … 5 dislike. Feature A, three respondents: (1,5) O imp 9, (2,5) M imp 7, (1,3) A imp 2.
//   Importance: mean 18/3 = 6, SD sqrt(((9−6)² + (7−6)² + (2−6)²)/2) = sqrt(13) = 3.605551.
//   Weighted functional mean: (9·4 + 7·2 + 2·4)/18 = 58/18 = 3.222222;
//   weighted dysfunctional mean: (9·4 + 7·4 + 2·0)/18 = 64/18 = 3.555556.
// Feature B: (1,3) A imp 2, (1,3) A imp 3, (3,3) I imp blank → importance mean 2.5, n 2.
// Yang's threshold: (6 + 2.5)/2 = 4.25 → A (mode O/M/A tie → M by M > O > A) is critical; B (A) is less attractive.
const content = ['A (functional),A (dysfunctional),A (importance),B (functional),B (dysfunctional),B_importance', '1,5,9,1,3,2', '2,5,7,1,3,3', '1,3,2,3,3,'].join('\n');

describe('importance', () => {
  const report = analyseSurvey([{ name: 'i.csv', content }], { refined: true });
  const [a, b] = report.features;

  it('finds the columns and gives mean, SD and n worked out by hand (checked with simple-statistics)', () => {
    expect(a?.importance?.mean).toBeCloseTo(6, 12);
    expect(a?.importance?.sd).toBeCloseTo(3.605551, 6);
    expect(a?.importance?.sd).toBeCloseTo(sampleStandardDeviation([9, 7, 2]), 12);
    expect(a?.importance?.n).toBe(3);
    expect(b?.importance).toEqual({ mean: mean([2, 3]), sd: sampleStandardDeviation([2, 3]), n: 2 });
    expect(report.input.ignoredColumns).toEqual([]);
  });

  it('gives importance-weighted continuous means', () => {
    expect(a?.continuous?.weighted?.functional).toBeCloseTo(3.222222, 6);
    expect(a?.continuous?.weighted?.dysfunctional).toBeCloseTo(3.555556, 6);
  });

  it('splits categories by importance (Yang 2005) at the mean of the feature means', () => {
    expect(a?.code).toBe('M');
    expect(a?.refined).toBe('critical');
    expect(b?.refined).toBe('less-attractive');
    expect(report.method.importance).toMatchObject({ scale: 9, threshold: 4.25 });
  });

  it('sorts by importance and by importance-weighted priority', () => {
    expect(analyseSurvey([{ name: 'i.csv', content }], { sort: 'importance' }).features.map((f) => f.rank)).toEqual([1, 2]);
    expect(analyseSurvey([{ name: 'i.csv', content }], { sort: 'weighted' }).features.map((f) => f.rank)).toEqual([1, 2]);
  });

  it('detects a 5-point scale, and refuses levels beyond a declared one', () => {
    const five = ['A (functional),A (dysfunctional),A (importance)', '1,5,Very important', '2,5,2'].join('\n');
    expect(analyseSurvey([{ name: 'f.csv', content: five }]).method.importance?.scale).toBe(5);
    expect(failure(() => analyseSurvey([{ name: 'i.csv', content }], { importanceScale: 5 }))).toMatchObject({
      code: 'unrecognised-answers',
      details: ['"9" × 1, first at i.csv:2:3 (A (importance))', '"7" × 1, first at i.csv:3:3 (A (importance))'],
    });
  });

  it('reads importance grids, --importance-pattern and the long layout\'s importance column', () => {
    const grid = [
      'Timestamp,If it had it? [A],If it did not have it? [A],How important is it to you? [A]',
      '2026-01-01,I like it,I dislike it,8',
    ].join('\n');
    expect(analyseSurvey([{ name: 'g.csv', content: grid }]).features[0]?.importance?.mean).toBe(8);
    const custom = ['A (functional),A (dysfunctional),Weight of A', '1,5,6'].join('\n');
    expect(analyseSurvey([{ name: 'c.csv', content: custom }], { importancePattern: 'Weight of {feature}' }).features[0]?.importance?.mean).toBe(6);
    const long = ['feature,functional,dysfunctional,importance', 'A,1,5,4', 'A,2,5,6'].join('\n');
    expect(analyseSurvey([{ name: 'l.csv', content: long }]).features[0]?.importance).toMatchObject({ mean: 5, n: 2 });
  });
});
