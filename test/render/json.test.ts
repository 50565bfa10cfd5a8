import { describe, expect, it } from 'vitest';
import { analyseSurvey, readCounts, countsDocument, tallied } from '../../src/index.js';
import { jsonPieces, renderJson } from '../../src/render/json.js';

// Respondent r (line r + 1) answers (like, like) on feature A, questionable, when r is odd, and
// (dislike, like) on feature B, reverse, when r is a multiple of 3; else (like, dislike), expected.
const size = 10_000;
const rows = Array.from({ length: size }, (_, r) => [r % 2 === 1 ? '1,1' : '1,5', r % 3 === 0 ? '5,1' : '1,5'].join(','));
const survey = [{ name: 'big.csv', content: ['A (functional),A (dysfunctional),B (functional),B (dysfunctional)', ...rows].join('\n') }];

describe('JSON output', () => {
  it('is the text of JSON.stringify, written in pieces, the respondents a few thousand at a time', () => {
    const report = analyseSurvey(survey);
    const pieces = [...renderJson(report)];
    // Respondents flagged: odd r (5,000) or r a multiple of 3 (3,334), both for 1,667: 6,667, so
    // seven pieces of them (1,024 a piece) between the head and the tail.
    expect(report.input.quality).toMatchObject({ questionableRespondents: 5_000, questionablePairs: 5_000, reverseRespondents: 3_334 });
    expect(pieces.length).toBe(9);
    expect(pieces.join('')).toBe(`${JSON.stringify(report, null, 2)}\n`);
    expect(JSON.parse(pieces.join('')).input.quality.respondents).toHaveLength(6_667);
  });

  it('finds the place of the list even if a name in the report reads like its placeholder', () => {
    const report = analyseSurvey(survey);
    report.input.sources[0]!.name = '\u0000respondents 0\u0000';
    expect([...renderJson(report)].join('')).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });

  it('writes an empty list and a list read back from a counts document the same way', () => {
    const clean = analyseSurvey([{ name: 'clean.csv', content: 'A (functional),A (dysfunctional)\n1,5\n2,5' }]);
    expect([...renderJson(clean)].join('')).toBe(`${JSON.stringify(clean, null, 2)}\n`);
    const counts = JSON.stringify(countsDocument(tallied(survey, {})));
    const fromCounts = analyseSurvey([{ name: 'big.json', content: counts }], { input: 'counts' });
    expect(readCounts({ name: 'big.json', content: counts }).input.quality.respondents).toHaveLength(6_667);
    expect([...renderJson(fromCounts)].join('')).toBe(`${JSON.stringify(fromCounts, null, 2)}\n`);
  });

  it('writes counts documents (compact) in pieces the same way', () => {
    const big = countsDocument(tallied(survey, {}));
    expect([...jsonPieces(big, 0)]).toHaveLength(9);
    expect([...jsonPieces(big, 0)].join('')).toBe(`${JSON.stringify(big)}\n`);
    const clean = countsDocument(tallied([{ name: 'clean.csv', content: 'A (functional),A (dysfunctional)\n1,5' }], {}));
    expect([...jsonPieces(clean, 0)].join('')).toBe(`${JSON.stringify(clean)}\n`);
  });
});
