import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseTallied, tallied } from '../../src/analyse-survey.js';
import { shardBounds } from '../../src/cli/shards.js';
import { mergeShards, type Tallied } from '../../src/counts.js';
import { packQuality, unpackQuality } from '../../src/model/quality.js';
import { renderJson } from '../../src/render/json.js';
import { shardPlan, type AnalyseOptions } from '../../src/survey.js';

// Large files are read in shards by default, so reading in shards must never change a report. This is
// what talliedInShards does, in process: the file cut where it cuts it, the first shard read with the
// options and the others with the file's plan (as the workers read them), their quality columns packed
// and unpacked (as they are posted back), the tallies merged. Whenever no shard fails, the report must
// be that of the file read at once, byte for byte; when one fails, the file is read at once anyway.

const SEED = 20261122;
// Mostly answered, as exports are; a blank, an unrecognised answer or a comment over two lines now and then.
const answer = fc.oneof(
  { weight: 30, arbitrary: fc.constantFrom('I like it', 'I expect it', 'I am neutral', 'I can tolerate it', 'I dislike it') },
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constant('maybe') },
);
const comment = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('fine', '', '"a, b"', '"say ""hi"""') },
  { weight: 1, arbitrary: fc.constantFrom('"line one\nline two"', '"two\r\nlines, and ""quotes"""') },
);

/**
 * The header rows of an export: a generic one, or a platform's with label rows under its header
 * (Qualtrics: labels and ImportIds, with a status column; SurveyMonkey: each question over its columns,
 * row labels beneath), with the plan and comment columns given.
 */
function headerRows(platform: 'generic' | 'qualtrics' | 'surveymonkey', features: number, extra: string[]): string[][] {
  const numbers = [...Array(features).keys()].map((f) => f + 1);
  if (platform === 'generic') return [['id', ...extra, ...numbers.flatMap((f) => [`Feature ${f} (functional)`, `Feature ${f} (dysfunctional)`])]];
  const questions = ['How would you feel if it had this feature?', 'How would you feel if it did not have this feature?'];
  if (platform === 'qualtrics') {
    const names = ['ResponseId', 'Status', ...extra, ...[1, 2].flatMap((q) => numbers.map((f) => `Q${q}_${f}`))];
    const labels = ['Response ID', 'Response Type', ...extra, ...questions.flatMap((q) => numbers.map((f) => `${q} - Feature ${f}`))];
    const ids = names.map((name) => `"{""ImportId"":""${/^Q\d/.test(name) ? `QID${name.slice(1)}` : name}""}"`);
    return [names, labels, ids];
  }
  const spread = (question: string) => numbers.map((f) => (f === 1 ? question : ''));
  return [
    ['Respondent ID', 'Collector ID', ...extra, ...spread(questions[0]!), ...spread(questions[1]!)],
    ['', '', ...extra.map(() => ''), ...numbers.map((f) => `Feature ${f}`), ...numbers.map((f) => `Feature ${f}`)],
  ];
}

/** A wide survey export as text: a platform's header rows, optional plan and comment columns, blank lines, LF or CRLF. */
const exports = fc
  .record({
    platform: fc.constantFrom('generic' as const, 'qualtrics' as const, 'surveymonkey' as const),
    features: fc.integer({ min: 1, max: 3 }),
    plan: fc.boolean(),
    comment: fc.boolean(),
    crlf: fc.boolean(),
    lastLineEnd: fc.boolean(),
  })
  .chain((shape) =>
    fc.record({
      shape: fc.constant(shape),
      rows: fc.array(
        fc.oneof(
          { weight: 1, arbitrary: fc.constant(null) },
          {
            weight: 9,
            arbitrary: fc.record({
              status: fc.constantFrom('IP Address', 'IP Address', 'IP Address', 'Survey Preview', 'Survey Test'),
              plan: fc.constantFrom('Free', 'Pro', ''),
              answers: fc.array(answer, { minLength: 2 * shape.features, maxLength: 2 * shape.features }),
              comment,
            }),
          },
        ),
        { minLength: 8, maxLength: 60 },
      ),
    }),
  )
  .map(({ shape, rows }) => {
    const extra = [...(shape.plan ? ['Plan'] : []), ...(shape.comment ? ['Comment'] : [])];
    const head = headerRows(shape.platform, shape.features, extra);
    const lines = rows.map((row, i) => {
      if (row === null) return '';
      const first = shape.platform === 'qualtrics' ? [`R_${i + 1}`, row.status] : shape.platform === 'surveymonkey' ? [String(1000 + i), '42'] : [String(i + 1)];
      return [...first, ...(shape.plan ? [row.plan] : []), ...(shape.comment ? [row.comment] : []), ...row.answers].join(',');
    });
    const end = shape.crlf ? '\r\n' : '\n';
    return { text: [...head.map((cells) => cells.join(',')), ...lines].join(end) + (shape.lastLineEnd ? end : ''), plan: shape.plan, platform: shape.platform };
  });

const OPTIONS: AnalyseOptions[] = [{}, { onInvalid: 'skip' }, { maxQuestionable: 0 }, { completeOnly: true }, { onInvalid: 'skip', segment: 'Plan' }];

function attempt(read: () => Tallied): Tallied | Error {
  try {
    return read();
  } catch (error) {
    return error as Error;
  }
}

const json = (read: Tallied, options: AnalyseOptions) => [...renderJson(analyseTallied(read, options))].join('');

describe('reading in shards', () => {
  it('gives the report of the file read at once, or fails in a shard (then the file is read at once)', () => {
    let compared = 0;
    fc.assert(
      fc.property(exports, fc.integer({ min: 2, max: 6 }), fc.constantFrom(...OPTIONS), ({ text, plan: hasPlan }, parts, options) => {
        if (options.segment && !hasPlan) return;
        const bytes = new TextEncoder().encode(text);
        const head = bytes.subarray(0, bytes.lastIndexOf(0x0a) + 1);
        const plan = shardPlan({ name: 's.csv', content: head }, options);
        const cuts = plan && shardBounds(bytes.length, parts, plan.dataStart, (at) => bytes.indexOf(0x0a, at));
        if (!plan || !cuts) return;
        const shards = cuts.slice(0, -1).map((start, i) =>
          attempt(() => {
            const content = bytes.subarray(start, cuts[i + 1]);
            if (i === 0) return tallied([{ name: 's.csv', content }], options);
            const { input, ...shard } = tallied([{ name: 's.csv', content }], { ...options, ...plan.reading });
            return { ...shard, input: { ...input, quality: unpackQuality(packQuality(input.quality)) } };
          }),
        );
        const whole = attempt(() => tallied([{ name: 's.csv', content: bytes }], options));
        if (shards.some((s) => s instanceof Error)) return;
        expect(whole).not.toBeInstanceOf(Error);
        expect(json(mergeShards(shards as Tallied[]), options)).toBe(json(whole as Tallied, options));
        compared++;
      }),
      { seed: SEED, numRuns: 1500 },
    );
    // Not vacuous: most generated files are cut and read in shards.
    expect(compared).toBeGreaterThan(500);
  });
});

describe('shardBounds', () => {
  const lineEnds = (text: string) => (at: number) => text.indexOf('\n', at);

  it('cuts after the first line end at or past each even share', () => {
    const text = 'aaaa\nbb\ncccccc\nd\n';
    expect(shardBounds(text.length, 2, 0, lineEnds(text))).toEqual([0, 15, 17]);
    expect(shardBounds(text.length, 3, 0, lineEnds(text))).toEqual([0, 8, 15, 17]);
  });

  it('starts no shard before the first row of data', () => {
    // Header, two label rows, then rows r1 (at byte 8) to r5.
    const text = 'h\nL1\nL2\nr1\nr2\nr3\nr4\nr5\n';
    expect(shardBounds(text.length, 8, 0, lineEnds(text))).toEqual([0, 5, 8, 11, 14, 17, 20, 23]);
    expect(shardBounds(text.length, 8, 8, lineEnds(text))).toEqual([0, 8, 11, 14, 17, 20, 23]);
    expect(shardBounds(text.length, 2, 17, lineEnds(text))).toEqual([0, 17, 23]);
  });

  it('merges shards that would start at the same line, and gives null for fewer than two', () => {
    const text = `${'x'.repeat(20)}\ny\n`;
    expect(shardBounds(text.length, 4, 0, lineEnds(text))).toEqual([0, 21, 23]);
    expect(shardBounds(text.length, 2, 0, () => text.length - 1)).toBeNull();
    expect(shardBounds(text.length, 2, 0, () => -1)).toBeNull();
  });
});
