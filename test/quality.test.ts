import { describe, expect, it } from 'vitest';
import { analyseSurvey } from '../src/index.js';
import { account } from './support/accounts.js';
import { countsDocument, tallySurvey } from '../src/counts.js';

const renderCounts = (inputs: { name: string; content: string }[]) => JSON.stringify(countsDocument(tallySurvey(inputs, {})));

// Three features; codes 1 like … 5 dislike. Per respondent, counted by hand from the evaluation table:
//   line 2: (1,5) O, (1,5) O, (1,5) O                → Q 0, R 0
//   line 3: (1,1) Q, (5,5) Q, (1,5) O                → Q 2, R 0
//   line 4: (1,1) Q, (5,1) R, (2,2) I                → Q 1, R 1 (standard table); (2,2) is Q under Pouliot → Q 2
//   line 5: (1,1) Q, (1,1) Q, (5,5) Q                → Q 3
const content = [
  'A (functional),A (dysfunctional),B (functional),B (dysfunctional),C (functional),C (dysfunctional)',
  '1,5,1,5,1,5',
  '1,1,5,5,1,5',
  '1,1,5,1,2,2',
  '1,1,1,1,5,5',
].join('\n');
const survey = [{ name: 'q.csv', content }];

describe('respondent quality', () => {
  it('counts questionable and reverse pairs per respondent, by line', () => {
    // Totals: lines 3, 4 and 5 have questionable pairs (2 + 1 + 3 = 6 of them), line 4 a reverse one.
    expect(analyseSurvey(survey).input.quality).toEqual({
      maxQuestionable: null,
      questionableRespondents: 3,
      questionablePairs: 6,
      reverseRespondents: 1,
      respondents: [
        { source: 'q.csv', line: 3, questionable: 2, reverse: 0 },
        { source: 'q.csv', line: 4, questionable: 1, reverse: 1 },
        { source: 'q.csv', line: 5, questionable: 3, reverse: 0 },
      ],
    });
  });

  it('adds the totals and lists of counts documents, old ones (with the list only) included', () => {
    const document = JSON.parse(renderCounts(survey));
    const { questionableRespondents, questionablePairs, reverseRespondents, ...listOnly } = document.input.quality;
    expect([questionableRespondents, questionablePairs, reverseRespondents]).toEqual([3, 6, 1]);
    const old = JSON.stringify({ ...document, input: { ...document.input, quality: listOnly } });
    const read = analyseSurvey([{ name: 'old.json', content: old }, { name: 'new.json', content: renderCounts(survey) }], { input: 'counts' }).input.quality;
    expect([read.questionableRespondents, read.questionablePairs, read.reverseRespondents]).toEqual([6, 12, 2]);
    expect(read.respondents.map((r) => `${r.source}:${r.line}`)).toEqual(['q.csv:3', 'q.csv:4', 'q.csv:5', 'q.csv:3', 'q.csv:4', 'q.csv:5']);
  });

  it('leaves out respondents over --max-questionable, whole, and accounts for them', () => {
    const report = analyseSurvey(survey, { maxQuestionable: 1 });
    expect(report.input.rows).toEqual(account({ read: 4, used: 2, excluded: { preview: 0, test: 0, spam: 0, partial: 0, questionable: 2 } }));
    // Kept: lines 2 and 4 → A: O, Q; B: O, R; C: O, I.
    expect(report.features.map((f) => f.counts)).toEqual([
      { A: 0, O: 1, M: 0, I: 0, R: 0, Q: 1 },
      { A: 0, O: 1, M: 0, I: 0, R: 1, Q: 0 },
      { A: 0, O: 1, M: 0, I: 1, R: 0, Q: 0 },
    ]);
    // Under Pouliot (expect, expect) is questionable too, so line 4 has 2 and is left out as well.
    expect(analyseSurvey(survey, { maxQuestionable: 1, table: 'pouliot' }).input.rows.used).toBe(1);
  });

  it('warns about features with a high share of questionable pairs', () => {
    // A: Q 3 of 4 = 75 %; B: Q 2 of 4 = 50 %; C: Q 1 of 4 = 25 %: all above 10 %, only A above 60 %.
    expect(analyseSurvey(survey).warnings.filter((w) => w.code === 'questionable-share').map((w) => w.feature)).toEqual(['A', 'B', 'C']);
    expect(analyseSurvey(survey, { questionableWarning: 0.6 }).warnings.filter((w) => w.code === 'questionable-share')).toEqual([
      { code: 'questionable-share', feature: 'A', args: { share: 0.75, threshold: 0.6 }, message: '75% of the valid pairs are questionable (above 60%): the question may be misunderstood' },
    ]);
  });
});
