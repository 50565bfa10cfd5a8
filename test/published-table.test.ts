import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { countsDocument } from '../src/counts.js';
import { tallied } from '../src/analyse-survey.js';
import { analyseSurvey, type AnalyseOptions } from '../src/index.js';
import type { FeatureResult, Report } from '../src/model/report.js';
import { failure } from './support/failure.js';

const counts = (text: string, options: AnalyseOptions = {}) => analyseSurvey([{ name: 't.csv', content: text }], { input: 'counts', ...options });
const byName = (report: Report, name: string) => report.features.find((f) => f.name === name) as FeatureResult;
/** The figures a published table carries: everything but what needs the answer pairs. */
const discrete = ({ name, code, mixed, n, counts: c, better, worse, strength, fong, ci }: FeatureResult) => ({ name, code, mixed, n, counts: c, better, worse, strength, fong, ci });

const TABLE = 'feature,A,O,M,I,R,Q\nDark mode,23,10,5,12,0,2\nOffline sync,5,20,22,3,1,0\n';

describe('a published table of category counts (--input counts)', () => {
  it('gives the figures worked out by hand from its counts', () => {
    const report = counts(TABLE);
    const dark = byName(report, 'Dark mode');
    // n = 52; Better = (23 + 10) / (23 + 10 + 5 + 12) = 33/50; Worse = -(10 + 5)/50; strength (23 - 12)/52;
    // Fong: 1.65 · sqrt(35 · (104 − 35) / 104) = 7.952 < |23 − 12| = 11, significant.
    expect(dark).toMatchObject({ code: 'A', n: 52, better: 0.66, worse: -0.3, mixed: null, continuous: null, importance: null });
    expect(dark.strength.category).toBeCloseTo(11 / 52, 12);
    expect(dark.strength.total).toBeCloseTo(38 / 52, 12);
    expect(dark.fong).toMatchObject({ a: 23, b: 12, significant: true });
    expect(dark.fong?.threshold).toBeCloseTo(1.65 * Math.sqrt((35 * 69) / 104), 10);
    // n = 51; M 22 vs O 20: 1.65 · sqrt(42 · 60 / 102) = 8.20 > 2, not significant: mixed M/O.
    const sync = byName(report, 'Offline sync');
    expect(sync).toMatchObject({ code: 'M', mixed: ['M', 'O'], n: 51, better: 0.5, worse: -0.84 });
    expect(report.input).toMatchObject({ layout: 'table', counts: ['t.csv'], pairs: { used: 103 }, rows: { read: 2, used: 2 } });
    expect(report.features.map((f) => [f.name, f.rank])).toEqual([['Dark mode', 2], ['Offline sync', 1]]);
  });

  it('gives the figures of the raw survey from its published counts, intervals included', () => {
    const file = join(import.meta.dirname, '..', 'examples', 'mobile-banking.csv');
    const options: AnalyseOptions = { ci: 0.9, rule: 'fong' };
    const raw = analyseSurvey([{ name: 'mobile-banking.csv', content: new Uint8Array(readFileSync(file)) }], options);
    const table = ['feature,A,O,M,I,R,Q', ...raw.features.map((f) => [JSON.stringify(f.name), f.counts.A, f.counts.O, f.counts.M, f.counts.I, f.counts.R, f.counts.Q].join(','))].join('\n');
    const published = counts(table, options);
    expect(published.features.map(discrete)).toEqual(raw.features.map(discrete));
  });

  it('reads percentages with n (a column, or --n) as the counts they come from, by category names in any of its languages', () => {
    const percent = 'Feature,Attractive,One-dimensional,Must-be,Indifferent,Reverse,Questionable,n\nDark mode,44.2%,19.2%,9.6%,23.1%,0%,3.8%,52\nOffline sync,9.8,39.2,43.1,5.9,2,0,51\n';
    expect(counts(percent).features.map(discrete)).toEqual(counts(TABLE).features.map(discrete));
    const spanish = 'Característica,Atractiva,De desempeño,Básica,Indiferente,Inversa,Cuestionable\nDark mode,44.2,19.2,9.6,23.1,0,3.8\n';
    expect(byName(counts(spanish, { n: [52] }), 'Dark mode').counts).toEqual({ A: 23, O: 10, M: 5, I: 12, R: 0, Q: 2 });
    const chinese = '功能,魅力型,期望型,必备型,无差异型\n深色模式,50%,20%,10%,20%\n';
    expect(byName(counts(chinese, { n: [10] }), '深色模式').counts).toEqual({ A: 5, O: 2, M: 1, I: 2, R: 0, Q: 0 });
  });

  it('keeps percentages without n as percentages: coefficients and category, but no n, Fong or intervals', () => {
    const report = counts('feature,A,O,M,I,R,Q\nDark mode,44.2%,19.2%,9.6%,23.1%,0%,3.8%\n', { ci: 0.95 });
    const dark = byName(report, 'Dark mode');
    expect(dark).toMatchObject({ code: 'A', n: null, fong: null, mixed: null, ci: null, counts: { A: 44.2, O: 19.2, M: 9.6, I: 23.1, R: 0, Q: 3.8 } });
    expect(dark.better).toBeCloseTo((44.2 + 19.2) / (44.2 + 19.2 + 9.6 + 23.1), 12);
    expect(dark.worse).toBeCloseTo(-(19.2 + 9.6) / (44.2 + 19.2 + 9.6 + 23.1), 12);
    expect(report.warnings.map((w) => w.code)).toEqual(['n-unknown']);
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'src', 'render', 'report.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    expect(validate(JSON.parse(JSON.stringify(report))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('keeps its counts through --format counts and back', () => {
    for (const table of [TABLE, 'feature,A,O,M,I\nDark mode,50%,20%,10%,20%\n']) {
      const document = JSON.stringify(countsDocument(tallied([{ name: 't.csv', content: table }], { input: 'counts' })));
      expect(analyseSurvey([{ name: 't.json', content: document }]).features).toEqual(counts(table).features);
    }
  });

  it('says what is wrong, and where', () => {
    expect(failure(() => counts('name,A,O,Must-be\nx,1,2,3\n'))).toMatchObject({
      code: 'bad-counts',
      location: { source: 't.csv', line: 1 },
      message: 'cannot read these counts: a table of category counts needs the columns feature, A, O, M, I (missing: I)',
    });
    expect(failure(() => counts('feature,A,O,M,I\nx,1,two,3,4\n'))).toMatchObject({
      location: { source: 't.csv', line: 2, column: 3, columnName: 'O' },
      message: 'cannot read these counts: "two" is not a count or a percentage',
    });
    expect(failure(() => counts('feature,A,O,M,I\nx,10%,20%,30%,20%\n')).message).toBe('cannot read these counts: x: the percentages add up to 80, not 100');
    expect(failure(() => counts('feature,A,O,M,I,n\nx,10,20,30,20,90\n')).message).toBe(
      'cannot read these counts: x: the values add up to 80: neither n (90) nor 100 percent',
    );
    expect(failure(() => counts('feature,A,O,M,I\nx,9.8,39.2,43.1,7.9\n', { n: [52] })).message).toBe(
      'cannot read these counts: x: the percentages give 51 of n = 52 answers; is n right?',
    );
    const shares = { name: 'p.csv', content: 'feature,A,O,M,I\nx,50%,20%,10%,20%\n' };
    expect(failure(() => analyseSurvey([shares, { name: 'c.csv', content: 'feature,A,O,M,I\nx,5,2,1,2\n' }], { input: 'counts' })).message).toBe(
      'cannot read these counts: feature "x": percentages without n cannot be added to other counts (give --n)',
    );
    expect(failure(() => analyseSurvey([shares, shares], { input: 'counts', n: [1, 2, 3] })).message).toBe(
      '--n gives 3 sizes for 2 files: give one for all, or one per file',
    );
  });
});

describe('a table of answer-pair counts (--input counts)', () => {
  it('reads answers as keywords, wordings or codes, and empty answers as incomplete or blank pairs', () => {
    // Dark mode: 3 × (like, neutral) = A, 2 × (like, dislike) = O, 1 × (expect, dislike) = M, 1 incomplete, 2 blank.
    const text =
      'feature,functional,dysfunctional,count\nDark mode,like,neutral,2\nDark mode,I like it,I am neutral,1\nDark mode,1,5,2\n' +
      'Dark mode,expect,dislike,1\nDark mode,like,,1\nDark mode,,,2\n';
    const report = counts(text);
    const dark = byName(report, 'Dark mode');
    expect(dark).toMatchObject({ n: 6, counts: { A: 3, O: 2, M: 1, I: 0, R: 0, Q: 0 }, pairs: { incomplete: 1, blank: 2, invalid: 0 } });
    expect(dark.matrix[0]).toEqual([0, 0, 3, 0, 2]);
    expect(dark.matrix[1]).toEqual([0, 0, 0, 0, 1]);
    // DuMouchel means over the 6 pairs: functional (5 × 4 + 2) / 6; dysfunctional (3 × 0 + 3 × 4) / 6.
    expect(dark.continuous?.functional.mean).toBeCloseTo(22 / 6, 12);
    expect(dark.continuous?.dysfunctional.mean).toBeCloseTo(2, 12);
    expect(report.input.pairs).toEqual({ used: 6, incomplete: 1, blank: 2, invalid: 0 });
  });

  it('says which cell is not an answer or not a count', () => {
    expect(failure(() => counts('feature,functional,dysfunctional,count\nx,like,maybe,1\n'))).toMatchObject({
      location: { line: 2, column: 3, columnName: 'dysfunctional' },
      message: 'cannot read these counts: "maybe" is not an answer (like, expect, neutral, tolerate, dislike)',
    });
    expect(failure(() => counts('feature,functional,dysfunctional,count\nx,like,neutral,1.5\n'))).toMatchObject({
      location: { line: 2, column: 4 },
      message: 'cannot read these counts: "1.5" is not a whole count',
    });
  });
});
