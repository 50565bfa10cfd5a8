import { describe, expect, it } from 'vitest';
import { analyseSurvey } from '../src/index.js';
import { account } from './support/accounts.js';
import { failure } from './support/failure.js';

const csv = (...lines: string[]) => `${lines.join('\n')}\n`;
const survey = (name: string, ...lines: string[]) => ({ name, content: csv(...lines) });

describe('analyseSurvey, wide layout', () => {
  // Two features, four respondents, counted by hand from the evaluation table:
  // Speed: (like, dislike) O, (expect, dislike) M, (like, neutral) A, (neutral, neutral) I → A1 O1 M1 I1.
  // Price: (expect, dislike) M ×2, (like, like) Q, one incomplete (dislike, blank).
  const file = survey(
    'wide.csv',
    'id,Speed (functional),Speed (dysfunctional),Price (functional),Price (dysfunctional),Comments',
    '1,I like it,I dislike it,I expect it,I dislike it,fast please',
    '2,I expect it,I dislike it,I expect it,I dislike it,',
    '3,I like it,I am neutral,I like it,I like it,',
    '4,I am neutral,I am neutral,I dislike it,,',
  );

  it('counts every pair into the matrix and classifies by hand-checked counts', () => {
    const report = analyseSurvey([file]);
    const [speed, price] = report.features;
    expect(speed).toMatchObject({ name: 'Speed', n: 4, counts: { A: 1, O: 1, M: 1, I: 1, R: 0, Q: 0 }, code: 'M', mixed: ['M', 'O'] });
    expect(speed?.better).toBeCloseTo(2 / 4, 12);
    expect(speed?.worse).toBeCloseTo(-2 / 4, 12);
    expect(speed?.matrix).toEqual([
      [0, 0, 1, 0, 1],
      [0, 0, 0, 0, 1],
      [0, 0, 1, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
    ]);
    // Price: M 2, Q 1 → N 3; Fong 1.65·sqrt(3·3/6) = 2.02 > |2 − 1| → mixed M/Q.
    expect(price).toMatchObject({ n: 3, counts: { M: 2, Q: 1 }, code: 'M', mixed: ['M', 'Q'], pairs: { incomplete: 1, blank: 0, invalid: 0 } });
    expect(price?.better).toBe(0);
    expect(price?.worse).toBe(-1);
  });

  it('accounts for every row and pair, and lists ignored columns', () => {
    const { input } = analyseSurvey([file]);
    expect(input.layout).toBe('wide');
    expect(input.rows).toEqual(account({ read: 4, used: 4, blank: 0, incomplete: 0, invalid: 0 }));
    expect(input.pairs).toEqual({ used: 7, incomplete: 1, blank: 0, invalid: 0 });
    expect(input.ignoredColumns.map((c) => c.column)).toEqual(['id', 'Comments']);
  });

  it('pairs survey-grid columns by the negated question', () => {
    const report = analyseSurvey([
      survey(
        'grid.csv',
        'Timestamp,How would you feel if the app had it? [Sync],How would you feel if the app had it? [Export],' +
          'How would you feel if the app did not have it? [Sync],How would you feel if the app did not have it? [Export]',
        '2026-01-01,I like it,I expect it,I dislike it,I dislike it',
      ),
    ]);
    expect(report.features.map((f) => [f.name, f.code])).toEqual([['Sync', 'O'], ['Export', 'M']]);
  });

  it('reports blank and incomplete respondents rather than dropping them', () => {
    const { input } = analyseSurvey([
      survey('b.csv', 'A (functional),A (dysfunctional),B (functional),B (dysfunctional)', '1,5,2,5', ',,,', '1,,,', 'x,,,'),
    ], { onInvalid: 'skip' });
    expect(input.rows).toEqual(account({ read: 4, used: 1, blank: 1, incomplete: 1, invalid: 1 }));
    expect(input.pairs).toEqual({ used: 2, incomplete: 1, blank: 4, invalid: 1 });
  });

  it('lists every distinct unrecognised answer with its count and first place', () => {
    const error = failure(() =>
      analyseSurvey([survey('u.csv', 'id,A (functional),A (dysfunctional)', '1,Sure,I dislike it', '2,Sure,7', '3,I like it,Nope')]),
    );
    expect(error.code).toBe('unrecognised-answers');
    expect(error.location).toEqual({ source: 'u.csv', line: 2, column: 2, columnName: 'A (functional)' });
    expect(error.details).toEqual([
      '"Sure" × 2, first at u.csv:2:2 (A (functional))',
      '"7" × 1, first at u.csv:3:3 (A (dysfunctional))',
      '"Nope" × 1, first at u.csv:4:3 (A (dysfunctional))',
    ]);
  });

  it('skips pairs with unrecognised answers under onInvalid skip, per feature', () => {
    const report = analyseSurvey(
      [survey('u.csv', 'id,A (functional),A (dysfunctional)', '1,Sure,I dislike it', '2,I like it,I dislike it')],
      { onInvalid: 'skip' },
    );
    expect(report.features[0]).toMatchObject({ n: 1, pairs: { invalid: 1 } });
    expect(report.warnings).toContainEqual({ code: 'invalid-skipped', feature: 'A', args: { pairs: 1 }, message: expect.stringContaining('1 pair') });
  });

  it('gives null figures and warnings for degenerate features, never NaN', () => {
    const report = analyseSurvey([
      survey('d.csv', 'A (functional),A (dysfunctional),B (functional),B (dysfunctional)', '1,1,,', '5,5,,', '1,,,'),
    ]);
    const [a, b] = report.features;
    expect(a).toMatchObject({ code: 'Q', n: 2, better: null, worse: null });
    expect(b).toMatchObject({ code: null, category: null, n: 0, better: null, worse: null, strength: { category: null, total: null } });
    expect(report.warnings.map((w) => [w.code, w.feature])).toEqual([
      ['questionable-share', 'A'],
      ['coefficients-undefined', 'A'],
      ['no-valid-pairs', 'B'],
    ]);
    expect(JSON.stringify(report)).not.toContain('NaN');
  });

  it('reads numeric codes in the direction given', () => {
    const file = survey('n.csv', 'A (functional),A (dysfunctional)', '5,1');
    expect(analyseSurvey([file]).features[0]?.code).toBe('R');
    expect(analyseSurvey([file], { codes: '5=like' }).features[0]?.code).toBe('O');
  });

  it('names a feature that has only one of its two columns', () => {
    const error = failure(() => analyseSurvey([survey('l.csv', 'id,A (functional),A (dysfunctional),B (functional)', '1,1,5,2')]));
    expect(error.code).toBe('lone-feature-column');
    expect(error.message).toBe('feature "B" has no dysfunctional column');
    expect(error.location).toEqual({ source: 'l.csv', line: 1, column: 4, columnName: 'B (functional)' });
  });

  it('says when no Kano columns are found', () => {
    expect(failure(() => analyseSurvey([survey('x.csv', 'name,age', 'a,1')])).code).toBe('no-features');
  });
});

describe('analyseSurvey, paired files', () => {
  const functional = survey('f.csv', 'Respondent ID,Speed,Price', 'r1,1,2', 'r2,2,2', 'r3,1,1');
  const dysfunctional = survey('d.csv', 'Respondent ID,Price,Speed', 'r3,1,3', 'r1,5,5', 'r2,5,5');

  it('matches rows by the respondent id and features by name', () => {
    const report = analyseSurvey([functional, dysfunctional]);
    expect(report.input).toMatchObject({ layout: 'paired', matchedBy: { column: 'Respondent ID' } });
    // Speed: r1 (1,5) O, r2 (2,5) M, r3 (1,3) A. Price: r1 (2,5) M, r2 (2,5) M, r3 (1,1) Q.
    expect(report.features.map((f) => [f.name, f.counts])).toEqual([
      ['Speed', { A: 1, O: 1, M: 1, I: 0, R: 0, Q: 0 }],
      ['Price', { A: 0, O: 0, M: 2, I: 0, R: 0, Q: 1 }],
    ]);
    expect(report.input.sources.map((s) => s.role)).toEqual(['functional', 'dysfunctional']);
  });

  it('counts answers without a partner as incomplete, with a warning', () => {
    const extra = survey('d.csv', 'Respondent ID,Price,Speed', 'r3,1,3', 'r1,5,5', 'r9,5,5');
    const report = analyseSurvey([functional, extra]);
    expect(report.input.rows).toEqual(account({ read: 4, used: 2, blank: 0, incomplete: 2, invalid: 0 }));
    expect(report.warnings[0]).toMatchObject({ code: 'unmatched-ids', message: expect.stringContaining('1 respondent only in the functional file and 1 only') });
  });

  it('reads the dysfunctional file only as far ahead as a partner is, and walks the rows left over last', () => {
    // Every answer is 1 (like), so a respondent with both rows has one pair (like, like) = Q and is
    // listed under quality by the line of its functional row; one with a single row has an incomplete
    // pair and is not listed. Functional: r1, r2, a row without id, r3, r4; dysfunctional: another
    // order, with r9 and a row without id, and without r4.
    const f = survey('f.csv', 'id,A', 'r1,1', 'r2,1', ',1', 'r3,1', 'r4,1');
    const d = survey('d.csv', 'id,A', 'r3,1', ',1', 'r9,1', 'r1,1', 'r2,1');
    const report = analyseSurvey([f, d]);
    // Walked: r1 (d line 5), r2 (d line 6), blank id (no partner), r3 (d line 2), r4 (none: the rest of
    // d read ahead), then the rows left over in d in file order: the blank id (line 3) and r9 (line 4).
    expect(report.input.quality.respondents.map((r) => `${r.source}:${r.line}`)).toEqual(['f.csv:2', 'f.csv:3', 'f.csv:5']);
    expect(report.features[0]).toMatchObject({ n: 3, counts: { Q: 3 }, pairs: { incomplete: 4 } });
    expect(report.warnings[0]).toMatchObject({ code: 'unmatched-ids', args: { functionalOnly: 2, dysfunctionalOnly: 2 } });
    // A repeated id is found wherever it is, even after its first row was matched.
    expect(failure(() => analyseSurvey([f, survey('d.csv', 'id,A', 'r1,1', 'r2,1', 'r1,1')]))).toMatchObject({
      code: 'duplicate-id',
      location: { source: 'd.csv', line: 4 },
    });
  });

  it('walks a respondent whose partner is further ahead than it reads later, and lists everything in file order all the same', () => {
    // The dysfunctional rows of r1 and r0 come last of 2,500, each further ahead than the walk reads for
    // one partner, so r1 and r0 are walked after everyone else. Every pair is (like, like) = Q; r0's
    // and r5's dysfunctional rows hold "banana".
    const ids = Array.from({ length: 2500 }, (_, i) => `r${i}`);
    const f = survey('f.csv', 'id,A', ...ids.map((id) => `${id},1`));
    const dysfunctionalRow = (id: string) => `${id},${id === 'r0' || id === 'r5' ? 'banana' : '1'}`;
    const d = survey('d.csv', 'id,A', ...ids.slice(2).map(dysfunctionalRow), dysfunctionalRow('r1'), dysfunctionalRow('r0'));
    // The first unrecognised answer in the order of the functional file is r0's (d.csv line 2501), not r5's.
    expect(failure(() => analyseSurvey([f, d]))).toMatchObject({ code: 'unrecognised-answers', location: { source: 'd.csv', line: 2501 } });
    const report = analyseSurvey([f, d], { onInvalid: 'skip' });
    // Listed by line of the functional file (r_i on line i + 2), r1 first; r0 and r5 have no valid pair.
    expect(report.input.quality.respondents.map((r) => r.line)).toEqual(ids.filter((id) => id !== 'r0' && id !== 'r5').map((id) => ids.indexOf(id) + 2));
    expect(report.features[0]).toMatchObject({ n: 2498, counts: { Q: 2498 }, pairs: { incomplete: 0, invalid: 2 } });
    expect(report.warnings.filter((w) => w.code === 'unmatched-ids')).toEqual([]);
  });

  it('matches by row order without an id column, warning when the counts differ', () => {
    const f = survey('f.csv', 'Speed', '1', '2');
    const d = survey('d.csv', 'Speed', '5');
    const report = analyseSurvey([f, d]);
    expect(report.input.matchedBy).toBe('row-order');
    expect(report.features[0]).toMatchObject({ n: 1, counts: { O: 1 }, pairs: { incomplete: 1 } });
    expect(report.warnings[0]?.code).toBe('row-count-mismatch');
  });

  it('rejects repeated ids, unknown --id columns and features missing from one file', () => {
    expect(failure(() => analyseSurvey([survey('f.csv', 'id,A', '1,1', '1,2'), survey('d.csv', 'id,A', '1,5')]))).toMatchObject({
      code: 'duplicate-id',
      location: { source: 'f.csv', line: 3, column: 1 },
    });
    expect(failure(() => analyseSurvey([functional, dysfunctional], { id: 'token' })).code).toBe('id-column-missing');
    expect(failure(() => analyseSurvey([survey('f.csv', 'id,A,B', '1,1,1'), survey('d.csv', 'id,A', '1,5')]))).toMatchObject({
      code: 'paired-columns',
      details: ['column: B'],
    });
  });
});

describe('analyseSurvey, long layout', () => {
  it('reads one row per respondent and feature, features in order of appearance', () => {
    const report = analyseSurvey([
      survey('long.csv', 'respondent,Feature,Functional,Dysfunctional', '1,Speed,I like it,I dislike it', '1,Price,I expect it,I dislike it', '2,Speed,I like it,I am neutral', '2,Price,,'),
    ]);
    expect(report.input.layout).toBe('long');
    // Speed: (like, dislike) O and (like, neutral) A tie, so O by impact order; Price: (expect, dislike) M.
    expect(report.features.map((f) => [f.name, f.n, f.code])).toEqual([['Speed', 2, 'O'], ['Price', 1, 'M']]);
    expect(report.input.rows).toEqual(account({ read: 4, used: 3, blank: 1, incomplete: 0, invalid: 0 }));
    expect(report.input.ignoredColumns.map((c) => c.column)).toEqual(['respondent']);
  });

  it('takes a feature written differently (spaces, case, full-width letters) as one, named as first written', () => {
    const report = analyseSurvey([
      survey(
        'long.csv',
        'respondent,feature,functional,dysfunctional',
        '1,Dark mode,I like it,I dislike it',
        '1,Price,I expect it,I dislike it',
        '2, dark  MODE ,I like it,I am neutral',
        '2,Price,I expect it,I dislike it',
        '3,Ｄａｒｋ ｍｏｄｅ,I like it,I dislike it',
        '3,Dark mode,I am neutral,I am neutral',
      ),
    ]);
    // Dark mode: (like, dislike) O ×2, (like, neutral) A, (neutral, neutral) I; Price: (expect, dislike) M ×2.
    expect(report.features.map((f) => [f.name, f.n, f.counts])).toEqual([
      ['Dark mode', 4, { A: 1, O: 2, M: 0, I: 1, R: 0, Q: 0 }],
      ['Price', 2, { A: 0, O: 0, M: 2, I: 0, R: 0, Q: 0 }],
    ]);
    const blankAfterNamed = survey('l.csv', 'feature,functional,dysfunctional', 'Speed,1,5', ',,', 'Speed,1,5', ' ,1,5');
    expect(failure(() => analyseSurvey([blankAfterNamed]))).toMatchObject({
      code: 'long-missing-feature',
      location: { line: 5, column: 1 },
    });
  });

  it('needs the three columns when forced, and a feature name on rows with answers', () => {
    expect(failure(() => analyseSurvey([survey('l.csv', 'feature,answer', 'a,1')], { layout: 'long' }))).toMatchObject({
      code: 'long-columns',
      message: expect.stringContaining('missing: functional, dysfunctional'),
    });
    expect(failure(() => analyseSurvey([survey('l.csv', 'feature,functional,dysfunctional', ',1,5')]))).toMatchObject({
      code: 'long-missing-feature',
      location: { line: 2, column: 1 },
    });
  });
});
