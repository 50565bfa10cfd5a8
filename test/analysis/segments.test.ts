import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseFeatures } from '../../src/analysis/analyse.js';
import { analyseSurvey } from '../../src/index.js';
import { mergeTallies } from '../../src/stats/merge.js';
import { readSurvey } from '../../src/survey.js';
import { failure } from '../support/failure.js';

const row = (plan: string, a: string, b: string, times: number) => `${plan},${a},${b}\n`.repeat(times);

describe('--segment', () => {
  // Feature X: Free answer (like, dislike) O ×30 and (like, neutral) A ×10; Pro: O ×10, A ×30.
  // Segment × category table [[30, 10], [10, 30]] (columns O, A): every expected count 20,
  // χ² = 4 · 10² / 20 = 20, df 1, V = sqrt(20 / 80) = 0.5, p = 7.744e-6.
  // Feature Y: the same answers in both plans, O ×20 and A ×20 each → χ² = 0, p = 1.
  // Free: 20 × (X O, Y O), 10 × (X O, Y A), 10 × (X A, Y A); Pro: 10 × (X O, Y O), 10 × (X A, Y O), 20 × (X A, Y A).
  // A third plan with 3 respondents is reported, not tested.
  const content =
    'plan,X (functional),X (dysfunctional),Y (functional),Y (dysfunctional)\n' +
    row('Free', '1,5', '1,5', 20) + row('Free', '1,5', '1,3', 10) + row('Free', '1,3', '1,3', 10) +
    row('Pro', '1,5', '1,5', 10) + row('Pro', '1,3', '1,5', 10) + row('Pro', '1,3', '1,3', 20) +
    row('Trial', '1,5', '1,5', 3);
  const report = analyseSurvey([{ name: 's.csv', content }], { segment: 'Plan', minSegment: 10 });

  it('classifies each segment on its own', () => {
    expect(Object.keys(report.segments ?? {})).toEqual(['Free', 'Pro', 'Trial']);
    expect(report.segments?.Free?.features[0]).toMatchObject({ code: 'O', counts: { O: 30, A: 10 } });
    expect(report.segments?.Pro?.features[0]).toMatchObject({ code: 'A', counts: { O: 10, A: 30 } });
    expect(report.input.segment).toEqual({
      column: 'Plan',
      minSegment: 10,
      values: [
        { value: 'Free', respondents: 40, tested: true },
        { value: 'Pro', respondents: 40, tested: true },
        { value: 'Trial', respondents: 3, tested: false },
      ],
    });
    expect(report.warnings.map((w) => w.code)).toContain('small-segments');
  });

  it('tests segment × category per feature with the figures worked out by hand, Holm-adjusted', () => {
    const [x, y] = report.features;
    expect(x?.segmentTest).toMatchObject({ chi2: 20, df: 1, pMethod: 'asymptotic', significant: true });
    expect(x?.segmentTest?.cramersV).toBeCloseTo(0.5, 12);
    expect(x?.segmentTest?.p).toBeCloseTo(7.744216e-6, 10);
    // Holm over two features: the smaller p doubled; Y's p = 1 stays 1.
    expect(x?.segmentTest?.pAdjusted).toBeCloseTo(2 * 7.744216e-6, 10);
    expect(y?.segmentTest).toMatchObject({ chi2: 0, p: 1, pAdjusted: 1, significant: false });
  });

  it('keeps the whole-survey figures equal to the sum of the segments', () => {
    expect(report.features[0]?.counts).toEqual({ A: 40, O: 43, M: 0, I: 0, R: 0, Q: 0 });
  });

  it('names a missing segment column', () => {
    expect(failure(() => analyseSurvey([{ name: 's.csv', content }], { segment: 'Country' }))).toMatchObject({
      code: 'segment-column-missing',
      message: 'no column "Country" to segment by',
    });
  });
});

describe('merge law', () => {
  it('gives the analysis of the whole when the tallies of two shards are added', () => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'mobile-banking.csv'), 'utf8');
    const lines = text.split('\r\n');
    // Split between respondent records (a comment spans lines, so cut at a record that starts an ID).
    const cut = lines.findIndex((l) => l.includes(',MB-1037,'));
    const first = lines.slice(0, cut).join('\r\n');
    const second = [lines[0], ...lines.slice(cut)].join('\r\n');
    const whole = readSurvey([{ name: 'whole.csv', content: text }]);
    const a = readSurvey([{ name: 'a.csv', content: first }]);
    const b = readSurvey([{ name: 'b.csv', content: second }]);
    expect(a.rows.read + b.rows.read).toBe(whole.rows.read);
    const merged = whole.features.map((f, i) => ({ name: f.name, tally: mergeTallies([a.features[i]!.tally, b.features[i]!.tally]) }));
    expect(merged.map((f) => f.tally)).toEqual(whole.features.map((f) => f.tally));
    expect(analyseFeatures(merged, { ci: 0.95, resamples: 200 })).toEqual(analyseFeatures(whole.features, { ci: 0.95, resamples: 200 }));
  });
});
