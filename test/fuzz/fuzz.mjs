// npm run fuzz: feeds generated inputs through the parser and the analysis of the built library and
// fails on anything but a result or a KanoError (a clean, located error). Deterministic for a seed.
//   node test/fuzz/fuzz.mjs [--runs N] [--seed S]
import fc from 'fast-check';
import { analyseSurvey, KanoError } from '../../dist/index.js';

const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const runs = option('--runs', 100_000);
const seed = option('--seed', 20261122);

const ANSWERS = ['I like it', 'I expect it', 'I am neutral', 'I can tolerate it', 'I dislike it', 'Me gusta', '不喜欢', '1', '5', '9', '-9', ''];
const HEADERS = ['id', 'Timestamp', 'A (functional)', 'A (dysfunctional)', 'B_f', 'B_d', 'Q [x]', 'Q not [x]', 'feature', 'functional', 'dysfunctional', 'A (importance)', 'Respondent ID', 'Collector ID', '#', 'Response Type'];
const cell = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...ANSWERS) },
  { weight: 2, arbitrary: fc.constantFrom(...HEADERS) },
  { weight: 1, arbitrary: fc.constantFrom('"', '""', ',', ';', '\t', '\n', '\r', '\r\n', '\ufeff', '\u0000', '{"ImportId":"QID1"}', 'sep=;') },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const text = fc
  .tuple(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 10 }), fc.constantFrom(',', ';'))
  .map(([rows, delimiter]) => rows.map((r) => r.join(delimiter)).join('\n'));
const bytes = fc.uint8Array({ maxLength: 300 });
// Near-valid surveys: real headers and answers, with the odd corrupted cell, so that the analysis
// (not only the parser's errors) is exercised.
const answer = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...ANSWERS) }, { weight: 1, arbitrary: cell });
const survey = fc.record({ features: fc.integer({ min: 1, max: 4 }), rows: fc.integer({ min: 1, max: 12 }), extra: fc.constantFrom('', ',Comments', ',A (importance)') }).chain(({ features, rows, extra }) =>
  fc.array(fc.array(answer, { minLength: 2 * features, maxLength: 2 * features }), { minLength: rows, maxLength: rows }).map((cells) => {
    const header = Array.from({ length: features }, (_, f) => `F${f} (functional),F${f} (dysfunctional)`).join(',') + extra;
    const fill = extra === '' ? '' : ',7';
    return [header, ...cells.map((r) => r.map((c) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',') + fill)].join('\n');
  }),
);
const input = fc.oneof({ weight: 3, arbitrary: text }, { weight: 1, arbitrary: bytes }, { weight: 4, arbitrary: survey });
const options = fc.record(
  {
    layout: fc.constantFrom(undefined, 'wide', 'long'),
    onInvalid: fc.constantFrom('stop', 'skip'),
    relaxColumns: fc.boolean(),
    completeOnly: fc.boolean(),
    ci: fc.constantFrom(undefined, 0.9),
    resamples: fc.constant(20),
    maxQuestionable: fc.constantFrom(undefined, 0, 1),
  },
  { requiredKeys: [] },
);

const started = performance.now();
let results = 0;
let errors = 0;
fc.assert(
  fc.property(input, options, (content, opts) => {
    try {
      analyseSurvey([{ name: 'fuzz.csv', content }], opts);
      results++;
    } catch (error) {
      if (!(error instanceof KanoError)) throw error;
      errors++;
    }
  }),
  { seed, numRuns: runs },
);
const seconds = (performance.now() - started) / 1000;
console.log(`fuzz: ${runs} generated inputs in ${seconds.toFixed(1)} s (seed ${seed}): ${results} results, ${errors} clean errors, 0 failures`);
