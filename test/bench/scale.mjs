// npm run bench (second part): kano analyze (and with --jobs auto) on generated surveys of growing size, against two
// baselines run on the same files in the same session: the floor (Node reading the file and counting
// newlines) and csv-parse alone parsing it. Wall time, MB/s and peak RSS, as medians of interleaved
// runs, ratios printed, everything written to test/artifacts/bench-scale.json.
//   node test/bench/scale.mjs [--sizes 1000,200000] [--features 30] [--runs 3]
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { median } from 'simple-statistics';
import { seededUniform } from '../../dist/analysis/random.js';

const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : fallback;
};
const sizes = option('--sizes', '1000,200000').split(',').map(Number);
const features = Number(option('--features', 30));
const runs = Number(option('--runs', 3));

const root = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'kano-scale-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

// Each measured process reports its own peak RSS at exit (Node cannot read a child's).
const probe = join(work, 'peak-rss.cjs');
// Worker threads load the probe too (--require is inherited): only the main thread reports.
writeFileSync(
  probe,
  `if (require('worker_threads').isMainThread) process.on('exit', () => require('fs').writeSync(3, String(process.resourceUsage().maxRSS)));\n`,
);
const floor = join(work, 'floor.mjs');
writeFileSync(
  floor,
  `import { createReadStream } from 'node:fs';
let lines = 0;
for await (const chunk of createReadStream(process.argv[2])) for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
console.log(lines);
`,
);
const csvParse = join(work, 'csv-parse.mjs');
writeFileSync(
  csvParse,
  `import { createReadStream } from 'node:fs';
import { parse } from ${JSON.stringify(import.meta.resolve('csv-parse'))};
let records = 0;
for await (const _ of createReadStream(process.argv[2]).pipe(parse({ relax_column_count: true }))) records++;
console.log(records);
`,
);

const WORDS = ['I like it', 'I expect it', 'I am neutral', 'I can tolerate it', 'I dislike it'];
const CODES = ['1', '2', '3', '4', '5'];
// Answer pairs (functional, dysfunctional; 0 = like … 4 = dislike) that give each category.
const PAIRS = {
  A: [[0, 1], [0, 2], [0, 3]],
  O: [[0, 4]],
  M: [[1, 4], [2, 4], [3, 4]],
  I: [[1, 1], [1, 2], [2, 2], [2, 3], [3, 3], [1, 3], [2, 1], [3, 2], [3, 1]],
};
const CATEGORIES = Object.keys(PAIRS);

/**
 * Writes a deterministic wide survey, a chunk of rows at a time, so that 1M rows need no big string.
 * Answers follow a Kano-like mix, as real surveys do: each feature leans to one category (60%), the
 * others share 35%, and 5% of pairs are random (which is where questionable and reverse pairs come from).
 */
function generate(file, respondents, answers) {
  const uniform = seededUniform(respondents);
  const pick = (list) => list[Math.floor(uniform() * list.length)];
  const pair = (f) => {
    const u = uniform();
    if (u < 0.05) return [Math.floor(uniform() * 5), Math.floor(uniform() * 5)];
    const category = u < 0.65 ? CATEGORIES[f % 4] : pick(CATEGORIES);
    return pick(PAIRS[category]);
  };
  const fd = openSync(file, 'w');
  const header = ['id', ...Array.from({ length: features }, (_, f) => [`Feature ${f + 1} (functional)`, `Feature ${f + 1} (dysfunctional)`]).flat()];
  writeSync(fd, `${header.join(',')}\n`);
  let chunk = [];
  for (let r = 0; r < respondents; r++) {
    const cells = [String(r + 1)];
    for (let f = 0; f < features; f++) for (const a of pair(f)) cells.push(answers[a]);
    chunk.push(cells.join(','));
    if (chunk.length === 10_000) {
      writeSync(fd, `${chunk.join('\n')}\n`);
      chunk = [];
    }
  }
  if (chunk.length > 0) writeSync(fd, `${chunk.join('\n')}\n`);
  closeSync(fd);
}

/** Runs one Node process; its wall time in seconds and peak RSS in MB. */
function measure(args) {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--require', probe, ...args], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) throw new Error(`${args.join(' ')} exited with ${child.status}: ${child.stderr}`);
  return { seconds, rssMB: Number(child.output[3]) / 1024 };
}

/** Medians over interleaved runs of each command, so that drift of the machine hits all alike. */
function compare(commands, times) {
  const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < times; i++) for (const [name, args] of Object.entries(commands)) samples[name].push(measure(args));
  return Object.fromEntries(
    Object.entries(samples).map(([name, s]) => [name, { seconds: median(s.map((x) => x.seconds)), rssMB: median(s.map((x) => x.rssMB)) }]),
  );
}

const kano = join(root, 'bin', 'kano.js');
const results = { machine: { cpus: cpus().length, jobsAuto: Math.min(availableParallelism(), 8), cpu: cpus()[0]?.model ?? 'unknown', memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version }, features, runs, surveys: [] };
const fixed = (x, digits = 2) => x.toFixed(digits);

console.log(`kano analyze at scale: ${features} features, medians of ${runs} interleaved runs (${results.machine.cpus} × ${results.machine.cpu}, Node ${process.version})`);
console.log('respondents  answers  size MB  kano s  MB/s   × floor  × csv-parse  csv-parse × floor  kano RSS MB  (JSON out)  floor RSS MB  --jobs auto: × floor  RSS MB');
for (const respondents of sizes) {
  for (const [kind, answers] of [['text', WORDS], ['codes', CODES]]) {
    const file = join(work, `survey-${respondents}-${kind}.csv`);
    generate(file, respondents, answers);
    const sizeMB = statSync(file).size / 1e6;
    // The CSV result is the same size at any scale; the JSON one lists every respondent with a
    // questionable or reverse pair (input.quality.respondents), so it grows with them.
    const m = compare(
      {
        floor: [floor, file],
        csvParse: [csvParse, file],
        kano: [kano, 'analyze', file, '--quiet', '--format', 'csv'],
        kanoJson: [kano, 'analyze', file, '--quiet', '--format', 'json'],
        kanoJobs: [kano, 'analyze', file, '--quiet', '--format', 'csv', '--jobs', 'auto'],
      },
      runs,
    );
    const row = {
      respondents,
      answers: kind,
      sizeMB,
      ...m,
      kanoMBps: sizeMB / m.kano.seconds,
      kanoOverFloor: m.kano.seconds / m.floor.seconds,
      csvParseOverFloor: m.csvParse.seconds / m.floor.seconds,
      kanoOverCsvParse: m.kano.seconds / m.csvParse.seconds,
      jobsOverFloor: m.kanoJobs.seconds / m.floor.seconds,
    };
    results.surveys.push(row);
    rmSync(file);
    console.log(
      [
        String(respondents).padStart(11),
        kind.padStart(7),
        fixed(sizeMB, 1).padStart(8),
        fixed(m.kano.seconds).padStart(7),
        fixed(row.kanoMBps, 1).padStart(5),
        fixed(row.kanoOverFloor, 1).padStart(8),
        fixed(row.kanoOverCsvParse).padStart(12),
        fixed(row.csvParseOverFloor, 1).padStart(17),
        fixed(m.kano.rssMB, 0).padStart(12),
        fixed(m.kanoJson.rssMB, 0).padStart(11),
        fixed(m.floor.rssMB, 0).padStart(13),
        fixed(row.jobsOverFloor, 1).padStart(20),
        fixed(m.kanoJobs.rssMB, 0).padStart(6),
      ].join('  '),
    );
  }
}

// A small survey as a user runs it, against Node starting and doing nothing.
const small = compare({ node: ['-e', '0'], kano: [kano, 'analyze', join(root, 'examples', 'mobile-banking.csv'), '--quiet'] }, 3 * runs + 1);
results.smallSurvey = { ...small, kanoOverNode: small.kano.seconds / small.node.seconds };
console.log(`small survey (examples/mobile-banking.csv): kano analyze ${fixed(small.kano.seconds)} s, ${fixed(results.smallSurvey.kanoOverNode, 1)}× bare node -e 0`);

mkdirSync(join(root, 'test', 'artifacts'), { recursive: true });
writeFileSync(join(root, 'test', 'artifacts', 'bench-scale.json'), `${JSON.stringify(results, null, 2)}\n`);
