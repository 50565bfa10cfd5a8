import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { analyseSurvey } from '../src/index.js';
import { ANSWERS, type Answer } from '../src/model/answers.js';
import { LANGUAGES } from '../src/model/languages.js';
import { QUESTIONNAIRES } from '../src/model/questionnaire.js';
import { createAnswerDecoder } from '../src/normalise/answer-decoder.js';
import { parseCodes } from '../src/normalise/codes.js';
import { buildTemplate, parseFeatureList } from '../src/template.js';

const FEATURES = ['Dark mode', 'Offline sync', 'Export to PDF'];
// Per feature, three respondents: (like, dislike) O, (expect, dislike) M, (like, neutral) A.
const PAIRS: [Answer, Answer][] = [['like', 'dislike'], ['expect', 'dislike'], ['like', 'neutral']];

describe.each(LANGUAGES.flatMap((lang) => (['generic', 'google-forms'] as const).flatMap((platform) => [false, true].map((importance) => ({ lang, platform, importance })))))(
  'kano template --lang $lang --platform $platform, importance $importance',
  ({ lang, platform, importance }) => {
    const template = buildTemplate(FEATURES, { lang, platform, importance });
    const q = QUESTIONNAIRES[lang];

    it('names every feature and the five answers in the questionnaire', () => {
      for (const answer of ANSWERS) expect(template.text).toContain(q.answers[answer]);
      for (const feature of FEATURES) expect(template.text).toContain(feature);
    });

    it('round-trips: the response sheet filled in is analysed as it is', () => {
      const [header = []] = parse(template.csv) as string[][];
      const rows = PAIRS.map((pair, r) =>
        header.map((column) => {
          if (column === 'respondent' || column === 'Timestamp') return String(r + 1);
          if (/\(importance\)$|importan|importancia|重要|важн/i.test(column)) return '7';
          const functional = column.endsWith('(functional)') || column.startsWith(q.gridFunctional);
          return q.answers[pair[functional ? 0 : 1]];
        }),
      );
      const report = analyseSurvey([{ name: 'filled.csv', content: template.csv + rows.map((r) => r.join(',')).join('\r\n') }]);
      expect(header.length).toBe(1 + FEATURES.length * (importance ? 3 : 2));
      expect(report.features.map((f) => [f.name, f.counts])).toEqual(FEATURES.map((name) => [name, { A: 1, O: 1, M: 1, I: 0, R: 0, Q: 0 }]));
      expect(report.input.sources[0]?.platform).toBe(platform);
      expect(report.input.rows.used).toBe(3);
    });
  },
);

describe('template answers and features', () => {
  it('uses only wordings that kano reads back', () => {
    const decoder = createAnswerDecoder({ codes: parseCodes('1=like') });
    for (const lang of LANGUAGES) for (const answer of ANSWERS) expect(decoder.decode(QUESTIONNAIRES[lang].answers[answer])).toBe(answer);
  });

  it.each([
    [' , ', 'names no feature'],
    ['Dark mode, dark  mode', 'names "dark  mode" twice'],
    ['Grid [x]', 'square brackets'],
  ])('rejects --features %j', (list, message) => {
    expect(() => parseFeatureList(list)).toThrow(message);
  });
});
