import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { tallied } from '../src/analyse-survey.js';
import { countsDocument } from '../src/counts.js';
import { analyseSurvey } from '../src/index.js';
import type { FeatureResult, Report } from '../src/model/report.js';
import { renderCsv } from '../src/render/csv.js';
import { mergeTallies } from '../src/stats/merge.js';
import { readSurvey } from '../src/survey.js';
import { fakeIo } from './support/fake-io.js';

// Fixed seed: a failure prints it with the shrunk counterexample, and reruns are the same.
const SEED = 20261122;
const ANSWERS = ['I like it', 'I expect it', 'I am neutral', 'I can tolerate it', 'I dislike it', '1', '2', '3', '4', '5', ''];

/** A survey: features × respondents of answer cells (blanks included). */
const surveys = fc
  .record({ features: fc.integer({ min: 1, max: 5 }), respondents: fc.integer({ min: 1, max: 25 }) })
  .chain(({ features, respondents }) =>
    fc.record({
      features: fc.constant(features),
      rows: fc.array(fc.array(fc.constantFrom(...ANSWERS), { minLength: 2 * features, maxLength: 2 * features }), {
        minLength: respondents,
        maxLength: respondents,
      }),
    }),
  );

type Survey = { features: number; rows: string[][] };
const name = (f: number) => `Feature ${f + 1}`;

function wide({ features, rows }: Survey, order: number[] = [...Array(features).keys()]): string {
  const header = ['id', ...order.flatMap((f) => [`${name(f)} (functional)`, `${name(f)} (dysfunctional)`])];
  return [header, ...rows.map((r, i) => [String(i + 1), ...order.flatMap((f) => [r[2 * f] ?? '', r[2 * f + 1] ?? ''])])].map((r) => r.join(',')).join('\n');
}

/** The figures that must not depend on how the survey was laid out or ordered, by feature name. */
function figures(report: Report): Record<string, Omit<FeatureResult, 'rank'>> {
  return Object.fromEntries(report.features.map(({ rank: _, ...f }) => [f.name, f]));
}

const analyse = (content: string) => analyseSurvey([{ name: 's.csv', content }], { ci: 0.95, resamples: 50 });

describe('properties', () => {
  it('any bytes end in a result or a clean error (exit 0 or 2, never a stack trace or exit 3)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const fake = fakeIo(['analyze', 'in.csv'], { files: { 'in.csv': bytes } });
        const code = await run(fake.io);
        expect([0, 2]).toContain(code);
        expect(fake.stderr()).not.toMatch(/^\s+at |internal error/m);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('any CSV-like text ends in a result or a clean error', async () => {
    const cell = fc.oneof(fc.constantFrom(...ANSWERS, '"', '""', ',', '\n', '\r\n', 'x (functional)', 'x (dysfunctional)', '\ufeff'), fc.string({ maxLength: 6 }));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }), async (rows) => {
        const text = rows.map((r) => r.join(',')).join('\n');
        const fake = fakeIo(['analyze', 'in.csv', '--json'], { files: { 'in.csv': text } });
        const code = await run(fake.io);
        expect([0, 2]).toContain(code);
        expect(fake.stderr()).not.toMatch(/^\s+at |internal error/m);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('accounts for every row: read = used + blank + incomplete + invalid + excluded', () => {
    fc.assert(
      fc.property(surveys, (s) => {
        const { rows } = analyse(wide(s)).input;
        const excluded = Object.values(rows.excluded).reduce((a, b) => a + b, 0);
        expect(rows.read).toBe(s.rows.length);
        expect(rows.read).toBe(rows.used + rows.blank + rows.incomplete + rows.invalid + excluded);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('gives the same figures whatever the order of rows and columns', () => {
    fc.assert(
      fc.property(
        surveys.chain((s) => fc.tuple(fc.constant(s), fc.shuffledSubarray([...s.rows.keys()], { minLength: s.rows.length }), fc.shuffledSubarray([...Array(s.features).keys()], { minLength: s.features }))),
        ([s, rowOrder, columnOrder]) => {
          const reordered = { ...s, rows: rowOrder.map((i) => s.rows[i]!) };
          expect(figures(analyse(wide(reordered, columnOrder)))).toEqual(figures(analyse(wide(s))));
        },
      ),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('gives the whole when the tallies of two shards are added', () => {
    fc.assert(
      fc.property(surveys.filter((s) => s.rows.length >= 2).chain((s) => fc.tuple(fc.constant(s), fc.integer({ min: 1, max: s.rows.length - 1 }))), ([s, cut]) => {
        const whole = readSurvey([{ name: 'w.csv', content: wide(s) }]);
        const a = readSurvey([{ name: 'a.csv', content: wide({ ...s, rows: s.rows.slice(0, cut) }) }]);
        const b = readSurvey([{ name: 'b.csv', content: wide({ ...s, rows: s.rows.slice(cut) }) }]);
        whole.features.forEach((f, i) => expect(mergeTallies([a.features[i]!.tally, b.features[i]!.tally])).toEqual(f.tally));
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('gives the same figures for the survey laid out wide, long, as paired files and as counts', () => {
    fc.assert(
      fc.property(surveys, (s) => {
        const expected = figures(analyse(wide(s)));
        const long = ['respondent,feature,functional,dysfunctional', ...s.rows.flatMap((r, i) => [...Array(s.features).keys()].map((f) => `${i + 1},${name(f)},${r[2 * f]},${r[2 * f + 1]}`))].join('\n');
        const side = (offset: number) =>
          [['id', ...[...Array(s.features).keys()].map(name)].join(','), ...s.rows.map((r, i) => [String(i + 1), ...[...Array(s.features).keys()].map((f) => r[2 * f + offset])].join(','))].join('\n');
        const paired = analyseSurvey([{ name: 'f.csv', content: side(0) }, { name: 'd.csv', content: side(1) }], { ci: 0.95, resamples: 50 });
        const counts = JSON.stringify(countsDocument(tallied([{ name: 's.csv', content: wide(s) }], {})));
        // Long rows are per respondent and feature, so only the per-feature figures compare.
        expect(figures(analyse(long))).toEqual(expected);
        expect(figures(paired)).toEqual(expected);
        expect(figures(analyse(counts))).toEqual(expected);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('writes JSON and CSV that parse back to the same numbers', () => {
    fc.assert(
      fc.property(surveys, (s) => {
        const report = analyse(wide(s));
        expect(JSON.parse(JSON.stringify(report))).toEqual(report);
        const records = parse(renderCsv(report), { columns: true }) as Record<string, string>[];
        for (const record of records) {
          const f = report.features.find((x) => x.name === record.feature)!;
          const number = (v: string | undefined) => (v === '' || v === undefined ? null : Number(v));
          expect([number(record.n), number(record.better), number(record.worse), number(record.stability)]).toEqual([f.n, f.better, f.worse, f.ci?.stability ?? null]);
          for (const c of ['A', 'O', 'M', 'I', 'R', 'Q'] as const) expect(Number(record[c])).toBe(f.counts[c]);
        }
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});
