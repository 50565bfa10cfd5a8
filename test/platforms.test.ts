import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseSurvey, type AnalyseOptions } from '../src/index.js';
import type { CategoryCounts } from '../src/model/categories.js';
import type { RowAccount } from '../src/model/report.js';
import { account } from './support/accounts.js';
import { failure } from './support/failure.js';

// Every fixture answers its features with three patterns of 10 respondents (test/fixtures/README.md),
// counted by hand from the evaluation table:
//   P1: (like, dislike) ×3 O, (expect, dislike) ×4 M, (like, neutral) ×2 A, (neutral, neutral) ×1 I
//   P2: (like, neutral) ×5 A, (neutral, neutral) ×3 I, (like, dislike) ×1 O, (dislike, like) ×1 R
//   P3: (neutral, neutral) ×6 I, (like, like) ×1 Q, (expect, dislike) ×2 M, (like, expect) ×1 A
// A partial response, where a fixture has one, adds a single (expect, dislike) M pair to the first feature.
const P1: CategoryCounts = { A: 2, O: 3, M: 4, I: 1, R: 0, Q: 0 };
const P1_PARTIAL: CategoryCounts = { ...P1, M: 5 };
const P2: CategoryCounts = { A: 5, O: 1, M: 0, I: 3, R: 1, Q: 0 };
const P3: CategoryCounts = { A: 1, O: 0, M: 2, I: 6, R: 0, Q: 1 };

interface Case {
  file: string;
  options?: AnalyseOptions;
  platform: string;
  encoding?: string;
  delimiter?: string;
  features: [name: string, counts: CategoryCounts][];
  rows: RowAccount;
}

const fixture = (file: string) => ({ name: file, content: new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', file))) });

const CASES: Case[] = [
  {
    file: 'platforms/google-forms-es.csv',
    platform: 'google-forms',
    features: [['Modo oscuro', P1], ['Pago con QR', P2], ['Widget', P3]],
    rows: account({ read: 10, used: 10 }),
  },
  {
    file: 'platforms/google-forms-ru.csv',
    platform: 'google-forms',
    features: [['Тёмная тема', P1_PARTIAL], ['Оплата по QR', P2]],
    rows: account({ read: 11, used: 11 }),
  },
  {
    file: 'platforms/google-forms-zh.csv',
    platform: 'google-forms',
    features: [['夜间模式', P1], ['扫码支付', P2], ['桌面小组件', P3]],
    rows: account({ read: 10, used: 10 }),
  },
  {
    file: 'platforms/surveymonkey.csv',
    platform: 'surveymonkey',
    features: [['Dark mode', P1], ['Offline sync', P2]],
    rows: account({ read: 10, used: 10 }),
  },
  {
    file: 'platforms/qualtrics.csv',
    platform: 'qualtrics',
    features: [['Dark mode', P1_PARTIAL], ['Offline sync', P2], ['Widgets', P3]],
    rows: account({ read: 13, used: 11, excluded: { preview: 1, test: 0, spam: 1, partial: 0, questionable: 0 }, partial: 1 }),
  },
  {
    file: 'platforms/qualtrics.csv',
    options: { completeOnly: true },
    platform: 'qualtrics',
    features: [['Dark mode', P1], ['Offline sync', P2], ['Widgets', P3]],
    rows: account({ read: 13, used: 10, excluded: { preview: 1, test: 0, spam: 1, partial: 1, questionable: 0 }, partial: 1 }),
  },
  {
    file: 'platforms/qualtrics-numeric.csv',
    options: { codes: '1=like' },
    platform: 'qualtrics',
    features: [['Dark mode', P1_PARTIAL], ['Offline sync', P2], ['Widgets', P3]],
    rows: account({ read: 13, used: 11, excluded: { preview: 1, test: 0, spam: 1, partial: 0, questionable: 0 }, partial: 1 }),
  },
  {
    file: 'platforms/typeform.csv',
    platform: 'typeform',
    features: [['dark mode', P1_PARTIAL], ['offline sync', P2]],
    rows: account({ read: 11, used: 11, partial: 1 }),
  },
  {
    file: 'platforms/limesurvey.csv',
    platform: 'limesurvey',
    features: [['SQ001', P1_PARTIAL], ['SQ002', P2], ['SQ003', P3]],
    rows: account({ read: 11, used: 11, partial: 1 }),
  },
  {
    file: 'platforms/ms-forms.csv',
    platform: 'ms-forms',
    features: [['le mode sombre', P1], ['la synchronisation hors ligne', P2]],
    rows: account({ read: 10, used: 10 }),
  },
  {
    file: 'platforms/sosci.tsv',
    platform: 'sosci',
    delimiter: '\t',
    features: [['01', P1_PARTIAL], ['02', P2]],
    rows: account({ read: 11, used: 11, partial: 1 }),
  },
  {
    file: 'languages/zh-Hant.csv',
    platform: 'generic',
    features: [['深色模式', P1], ['離線同步', P2], ['桌面小工具', P3]],
    rows: account({ read: 10, used: 10 }),
  },
  {
    file: 'languages/pt.csv',
    platform: 'generic',
    features: [['Modo escuro', P1], ['Sincronização offline', P2], ['Widgets', P3]],
    rows: account({ read: 10, used: 10 }),
  },
  {
    file: 'languages/ja.csv',
    platform: 'generic',
    features: [['ダークモード', P1], ['オフライン同期', P2], ['ウィジェット', P3]],
    rows: account({ read: 10, used: 10 }),
  },
  {
    file: 'languages/zh-Hant-satisfaction.csv',
    options: { answers: fixture('../../examples/satisfaction-answers.json') },
    platform: 'generic',
    features: [['深色模式', P1], ['離線同步', P2]],
    rows: account({ read: 10, used: 10 }),
  },
  {
    file: 'dialects/utf16le-tab.txt',
    platform: 'generic',
    encoding: 'utf-16le',
    delimiter: '\t',
    features: [['Modo escuro', P1], ['Sincronização offline', P2]],
    rows: account({ read: 10, used: 10 }),
  },
  {
    file: 'dialects/windows-1252-semicolon.csv',
    options: { encoding: 'windows-1252' },
    platform: 'generic',
    encoding: 'windows-1252',
    delimiter: ';',
    features: [['Modo oscuro', P1], ['Sincronización', P2]],
    rows: account({ read: 10, used: 10 }),
  },
  {
    file: 'dialects/cr-line-endings.csv',
    platform: 'generic',
    features: [['Dark mode', P1], ['Offline sync', P2]],
    rows: account({ read: 10, used: 10 }),
  },
  {
    file: 'dialects/pipe.csv',
    platform: 'generic',
    delimiter: '|',
    features: [['Dark mode', P1], ['Offline sync', P2]],
    rows: account({ read: 10, used: 10 }),
  },
  {
    file: 'dialects/sep-hint-trailing-columns.csv',
    platform: 'generic',
    delimiter: ';',
    features: [['Dark mode', P1], ['Offline sync', P2]],
    rows: account({ read: 10, used: 10 }),
  },
];

describe.each(CASES)('$file $options', ({ file, options, platform, encoding = 'utf-8', delimiter = ',', features, rows }) => {
  const report = analyseSurvey([fixture(file)], options);

  it(`is read as a ${platform} export`, () => {
    expect(report.input.sources[0]).toMatchObject({ platform, encoding, delimiter });
  });

  it('gives every feature its hand-counted figures', () => {
    expect(report.features.map((f) => [f.name, f.counts])).toEqual(features);
  });

  it('accounts for every row: read = used + blank + incomplete + invalid + excluded', () => {
    const { read, used, blank, incomplete, invalid, excluded } = report.input.rows;
    expect(report.input.rows).toEqual(rows);
    expect(read).toBe(used + blank + incomplete + invalid + Object.values(excluded).reduce((a, b) => a + b, 0));
  });
});

describe('heading variants', () => {
  it('reads a LimeSurvey export with full-text headings, the empty submit date as partial', () => {
    const report = analyseSurvey([
      {
        name: 'lime-full.csv',
        content:
          'Response ID,Date submitted,Last page,Start language,How would you feel with it? [Sync],How would you feel without it? [Sync]\n' +
          '1,2024-05-14,2,en,I like it,I dislike it\n2,,1,en,I expect it,\n',
      },
    ]);
    expect(report.input.sources[0]?.platform).toBe('limesurvey');
    expect(report.features[0]).toMatchObject({ name: 'Sync', counts: { O: 1 }, pairs: { incomplete: 1 } });
    expect(report.input.rows).toEqual(account({ read: 2, used: 1, incomplete: 1, partial: 1 }));
  });
});

describe('exports that need the user', () => {
  it('asks for --codes when Qualtrics answers are numeric recode values', () => {
    expect(failure(() => analyseSurvey([fixture('platforms/qualtrics-numeric.csv')]))).toMatchObject({
      code: 'codes-required',
      message: expect.stringContaining('the Qualtrics export holds numeric answers'),
    });
  });

  it('needs --answers for a satisfaction-worded scale', () => {
    expect(failure(() => analyseSurvey([fixture('languages/zh-Hant-satisfaction.csv')]))).toMatchObject({
      code: 'unrecognised-answers',
      hint: expect.stringContaining('--answers FILE'),
    });
  });

  it('refuses a file that is not UTF-8 and points at --encoding', () => {
    expect(failure(() => analyseSurvey([fixture('dialects/windows-1252-semicolon.csv')]))).toMatchObject({
      code: 'not-decodable',
      location: { source: 'dialects/windows-1252-semicolon.csv', line: 1 },
      hint: expect.stringContaining('--encoding'),
    });
  });

  it('reads an unknown platform as a generic CSV, and --source forces one', () => {
    expect(analyseSurvey([fixture('languages/pt.csv')]).input.sources[0]?.platform).toBe('generic');
    expect(analyseSurvey([fixture('platforms/google-forms-es.csv')], { source: 'generic' }).input.sources[0]?.platform).toBe('generic');
  });

  it('says how the question groups were told apart', () => {
    expect(analyseSurvey([fixture('platforms/google-forms-ru.csv')]).input.questionGroups?.by).toBe('negation');
    expect(analyseSurvey([fixture('platforms/limesurvey.csv')]).input.questionGroups).toEqual({ functional: 'FUNC', dysfunctional: 'DYSF', by: 'order' });
    const swapped = analyseSurvey([fixture('platforms/limesurvey.csv')], { functional: 'DYSF', dysfunctional: 'FUNC' });
    // Read the other way round, (expect, dislike) becomes (dislike, expect): R.
    expect(swapped.features[0]?.counts.R).toBeGreaterThan(0);
    expect(swapped.input.questionGroups?.by).toBe('option');
  });
});
