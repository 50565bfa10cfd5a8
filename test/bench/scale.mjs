// npm run bench (second part): kano analyze (as run, and single-threaded: --jobs 1) on generated surveys of growing size, against
// baselines run on the same files in the same session: the floor (Node reading the file and counting
// newlines), csv-parse alone parsing it, and a pandas peer (test/bench/pandas-peer.py, the analyst's
// usual alternative; its figures are checked against kano's first). Wall time, MB/s and peak RSS, as
// medians of interleaved runs, ratios printed, everything written to test/artifacts/bench-scale.json.
// Then the example survey's start-up against bare `node -e 0` and against commander and cli-table3 alone
// printing the same table (test/bench/table-floor.mjs), the floor of kano's fixed dependencies.
// The peer needs a Python with pandas (Debian: apt-get install python3-pandas; or KANO_BENCH_PYTHON).
//   node test/bench/scale.mjs [--sizes 1000,200000] [--features 30] [--runs 3]
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { build } from 'rolldown';
import { median } from 'simple-statistics';
import { seededUniform } from '../../dist/analysis/random.js';
import { autoJobs } from '../../dist/cli/jobs.js';

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

// Node reads the certificates named by NODE_EXTRA_CA_CERTS at every start (some sandboxes set it), which
// takes longer than the rest of Node's start-up: measured processes run without it, as on users' machines.
const { NODE_EXTRA_CA_CERTS: _, ...env } = process.env;

/** Runs one process (a Node script unless the command names its program); its wall time in seconds and peak RSS in MB. */
function measure(command) {
  const [program, args] = Array.isArray(command) ? [process.execPath, ['--require', probe, ...command]] : [command.program, command.args];
  const started = process.hrtime.bigint();
  const child = spawnSync(program, args, { env, stdio: ['ignore', 'ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) throw new Error(`${program} ${args.join(' ')} exited with ${child.status}: ${child.stderr}`);
  return { seconds, rssMB: Number(child.output[3]) / 1024 };
}

const kano = join(root, 'bin', 'kano.cjs');

// The pandas peer, run by a Python that has pandas, reporting its peak RSS (in KB, as Node's) on fd 3.
const python = [process.env.KANO_BENCH_PYTHON, '/usr/bin/python3', 'python3'].find(
  (candidate) => candidate && spawnSync(candidate, ['-c', 'import pandas'], { stdio: 'ignore' }).status === 0,
);
const peerScript = join(import.meta.dirname, 'pandas-peer.py');
const peerWithRss = `import atexit, os, resource, runpy, sys
atexit.register(lambda: os.write(3, str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss).encode()))
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")`;
const peer = (file) => ({ program: python, args: ['-c', peerWithRss, peerScript, file] });
const pandasVersion = python ? spawnSync(python, ['-c', 'import pandas; print(pandas.__version__)'], { encoding: 'utf8' }).stdout.trim() : null;
if (!python) console.error('pandas peer: no Python with pandas found (apt-get install python3-pandas, or set KANO_BENCH_PYTHON); left out');

/** The peer must find kano's counts and coefficients, or the comparison would not be of the same work. */
function checkPeer(file) {
  const run = (program, args) => {
    const child = spawnSync(program, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (child.status !== 0) throw new Error(`${program} ${args.join(' ')} exited with ${child.status}: ${child.stderr}`);
    return child.stdout;
  };
  const figures = (csv) => {
    const [head, ...lines] = csv.trim().split('\n');
    const columns = head.split(',');
    return new Map(
      lines.map((line) => {
        const cells = Object.fromEntries(line.split(',').map((cell, i) => [columns[i], cell]));
        return [cells.feature, ['A', 'O', 'M', 'I', 'R', 'Q', 'better', 'worse'].map((k) => Number(cells[k]))];
      }),
    );
  };
  const ours = figures(run(process.execPath, [kano, 'analyze', file, '--quiet', '--format', 'csv']));
  const theirs = figures(run(python, [peerScript, file]));
  if (ours.size !== theirs.size) throw new Error(`pandas peer: ${theirs.size} features, kano ${ours.size}`);
  for (const [feature, values] of ours) {
    const other = theirs.get(feature);
    if (!other || values.some((v, i) => Math.abs(v - (other[i] ?? NaN)) > 1e-12)) throw new Error(`pandas peer: ${feature} is ${other}, kano says ${values}`);
  }
}

/** Medians over interleaved runs of each command, so that drift of the machine hits all alike. */
function compare(commands, times) {
  const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < times; i++) for (const [name, args] of Object.entries(commands)) samples[name].push(measure(args));
  return Object.fromEntries(
    Object.entries(samples).map(([name, s]) => [name, { seconds: median(s.map((x) => x.seconds)), rssMB: median(s.map((x) => x.rssMB)) }]),
  );
}

const results = { machine: { cpus: cpus().length, jobsAuto: autoJobs(), cpu: cpus()[0]?.model ?? 'unknown', memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, pandas: pandasVersion }, features, runs, surveys: [] };
const fixed = (x, digits = 2) => x.toFixed(digits);

console.log(`kano analyze at scale: ${features} features, medians of ${runs} interleaved runs (${results.machine.cpus} × ${results.machine.cpu}, Node ${process.version}${pandasVersion ? `, pandas ${pandasVersion}` : ''})`);

/** What each measured command is called in the printed tables. */
const LABELS = {
  floor: 'floor: newlines counted',
  csvParse: 'csv-parse alone',
  pandas: 'pandas peer',
  kano: 'kano analyze',
  kanoJson: 'kano analyze, JSON out',
  kanoOneJob: 'kano analyze --jobs 1',
};

for (const respondents of sizes) {
  for (const [kind, answers] of [['text', WORDS], ['codes', CODES]]) {
    const file = join(work, `survey-${respondents}-${kind}.csv`);
    generate(file, respondents, answers);
    const sizeMB = statSync(file).size / 1e6;
    if (python) checkPeer(file);
    // The CSV result is the same size at any scale; the JSON one lists every respondent with a
    // questionable or reverse pair (input.quality.respondents), so its text grows with them (it is
    // written in pieces: its memory should not). As run, kano reads a file of 3 million cells or more
    // in shards, one per core; --jobs 1 is its single-threaded figure.
    const m = compare(
      {
        floor: [floor, file],
        csvParse: [csvParse, file],
        ...(python ? { pandas: peer(file) } : {}),
        kano: [kano, 'analyze', file, '--quiet', '--format', 'csv'],
        kanoJson: [kano, 'analyze', file, '--quiet', '--format', 'json'],
        kanoOneJob: [kano, 'analyze', file, '--quiet', '--format', 'csv', '--jobs', '1'],
      },
      runs,
    );
    for (const measured of Object.values(m)) measured.MBps = sizeMB / measured.seconds;
    const row = {
      respondents,
      answers: kind,
      sizeMB,
      ...m,
      kanoOverFloor: m.kano.seconds / m.floor.seconds,
      csvParseOverFloor: m.csvParse.seconds / m.floor.seconds,
      kanoOverCsvParse: m.kano.seconds / m.csvParse.seconds,
      kanoOverPandas: m.pandas ? m.kano.seconds / m.pandas.seconds : null,
      oneJobOverFloor: m.kanoOneJob.seconds / m.floor.seconds,
    };
    results.surveys.push(row);
    rmSync(file);
    console.log(`\n${respondents} respondents, answer ${kind}, ${fixed(sizeMB, 1)} MB`);
    console.log(`  ${'command'.padEnd(24)}  ${'s'.padStart(6)}  ${'MB/s'.padStart(6)}  ${'× floor'.padStart(7)}  ${'peak RSS MB'.padStart(11)}`);
    for (const [name, measured] of Object.entries(m)) {
      const cells = [fixed(measured.seconds), fixed(measured.MBps, 1), fixed(measured.seconds / m.floor.seconds, 1), fixed(measured.rssMB, 0)];
      console.log(`  ${LABELS[name].padEnd(24)}  ${cells[0].padStart(6)}  ${cells[1].padStart(6)}  ${cells[2].padStart(7)}  ${cells[3].padStart(11)}`);
    }
    const versus = [`${fixed(row.kanoOverCsvParse)}× csv-parse`, ...(m.pandas ? [`${fixed(row.kanoOverPandas)}× the pandas peer`] : [])];
    console.log(`  kano analyze takes ${fixed(row.kanoOverFloor, 1)}× the floor, ${versus.join(', ')}`);
  }
}

/**
 * The start-up floor of kano's fixed dependencies: test/bench/table-floor.mjs (commander and cli-table3
 * alone, printing kano's own table for the survey, cell by cell) bundled as kano is and started by a copy
 * of bin/kano.cjs, so that it runs with a code cache as kano does. The command that runs it.
 */
async function tableFloor(survey) {
  const folder = join(work, 'table-floor');
  mkdirSync(join(folder, 'bin'), { recursive: true });
  const table = spawnSync(process.execPath, [kano, 'analyze', survey, '--quiet'], { env, encoding: 'utf8' }).stdout;
  const tableLines = (text) => text.split('\n').filter((line) => /^[┌│├└]/u.test(line));
  const cells = tableLines(table).filter((line) => line.startsWith('│')).map((line) => line.split('│').slice(1, -1).map((cell) => cell.trim()));
  writeFileSync(join(folder, 'cells.json'), JSON.stringify(cells));
  await build({
    platform: 'node',
    logLevel: 'warn',
    input: { kano: join(import.meta.dirname, 'table-floor.mjs') },
    output: { dir: join(folder, 'dist', 'bundle'), format: 'cjs', codeSplitting: false, entryFileNames: '[name].cjs' },
  });
  copyFileSync(kano, join(folder, 'bin', 'kano.cjs'));
  const command = [join(folder, 'bin', 'kano.cjs'), join(folder, 'cells.json'), '--quiet'];
  // The first run writes the code cache (as npm run build's warm-up run does for kano); its table must be kano's.
  const printed = spawnSync(process.execPath, command, { env, encoding: 'utf8' }).stdout;
  if (tableLines(printed).join('\n').length !== tableLines(table).join('\n').length) throw new Error(`table floor printed:\n${printed}\nkano printed:\n${table}`);
  return command;
}

// A small survey as a user runs it, against Node starting and doing nothing, and against the floor of
// kano's fixed dependencies (above): how far start-up could go while the table is drawn by cli-table3.
const example = join(root, 'examples', 'mobile-banking.csv');
const small = compare(
  {
    node: ['-e', '0'],
    tableFloor: await tableFloor(example),
    kano: [kano, 'analyze', example, '--quiet'],
    kanoJson: [kano, 'analyze', example, '--quiet', '--json'],
  },
  3 * runs + 1,
);
results.smallSurvey = {
  ...small,
  kanoOverNode: small.kano.seconds / small.node.seconds,
  tableFloorOverNode: small.tableFloor.seconds / small.node.seconds,
  kanoJsonOverNode: small.kanoJson.seconds / small.node.seconds,
};
const SMALL_LABELS = {
  node: 'node -e 0',
  tableFloor: 'commander + cli-table3 alone, the same table',
  kano: 'kano analyze',
  kanoJson: 'kano analyze --json',
};
console.log(`\nsmall survey (examples/mobile-banking.csv), medians of ${3 * runs + 1} interleaved runs:`);
console.log(`  ${'command'.padEnd(46)}  ${'s'.padStart(6)}  ${'× node'.padStart(6)}`);
for (const [name, measured] of Object.entries(small)) {
  console.log(`  ${SMALL_LABELS[name].padEnd(46)}  ${fixed(measured.seconds, 3).padStart(6)}  ${fixed(measured.seconds / small.node.seconds, 1).padStart(6)}`);
}

mkdirSync(join(root, 'test', 'artifacts'), { recursive: true });
writeFileSync(join(root, 'test', 'artifacts', 'bench-scale.json'), `${JSON.stringify(results, null, 2)}\n`);
