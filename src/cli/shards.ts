import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tallied } from '../analyse-survey.js';
import { mergeShards, type Tallied } from '../counts.js';
import { looksLikeJson } from '../inputs.js';
import { shardPlan, type AnalyseOptions } from '../survey.js';
import { unpackQuality, type PackedQuality } from '../model/quality.js';
import { readInput } from './files.js';
import { defaultJobs, SHARDS_FROM_CELLS } from './jobs.js';
import type { Io } from './io.js';

/** Bytes looked at for the header and the first rows, and for the line end where a shard starts. */
const WINDOW = 64 * 1024;

/**
 * A worker's young generation, in MB. V8's default (48 MB with three 16 MB semi-spaces) is made for one
 * long-lived heap; a shard's garbage is short-lived rows, and at a million respondents 8 MB took the
 * peak RSS of 2 shards from 156 to 132 MB, in the same time.
 */
const WORKER_YOUNG_MB = 8;

/** What a worker is given: a shard of a file, and the options with the file's header and dialect. */
export interface ShardJob {
  file: string;
  start: number;
  end: number;
  options: AnalyseOptions;
}

/**
 * The tallies of a survey file read in `jobs` shards side by side (--jobs; unset: see defaultJobs), and
 * how many there were: the file cut at line ends into that many parts, each tallied on its own (the
 * first here, the others in worker threads), the tallies added. Tallies add exactly, so this is the
 * result of reading the file at once whenever every cut is at a row boundary; a cut inside a quoted
 * cell makes the shard before it end in an unterminated quote. So on any problem in any shard, null:
 * the caller reads the file at once, and reports what is wrong as it always does. Null too for files
 * that cannot be cut (see shardPlan) and for stdin. Options go to workers as they are: an --answers
 * file must be whole bytes, not a stream.
 */
export async function talliedInShards(io: Io, file: string, jobs: number | undefined, options: AnalyseOptions, quiet: boolean): Promise<{ tallied: Tallied; shards: number } | null> {
  if ((jobs !== undefined && jobs < 2) || file === '-' || options.input === 'counts') return null;
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return null;
    size = stat.size;
  } catch {
    return null;
  }
  // A cell takes a byte at least: a file of fewer bytes than SHARDS_FROM_CELLS is not looked into.
  if (jobs === undefined && size < SHARDS_FROM_CELLS) return null;
  const head = bytesAt(file, 0);
  const parts = jobs ?? defaultJobs(head, size);
  if (parts < 2) return null;
  const lastLineEnd = head.lastIndexOf(0x0a);
  if (lastLineEnd < 0 || looksLikeJson(head)) return null;
  const plan = shardPlan({ name: file, content: head.subarray(0, lastLineEnd + 1) }, options);
  if (plan === null) return null;
  const cuts = shardBounds(size, parts, plan.dataStart, (at) => {
    const lineEnd = bytesAt(file, at).indexOf(0x0a);
    return lineEnd < 0 ? -1 : at + lineEnd;
  });
  if (cuts === null) return null;

  const shared: AnalyseOptions = { ...options, ...plan.reading };
  const workers = cuts.slice(1, -1).map((start, i) => runShard({ file, start, end: cuts[i + 2] ?? size, options: shared }));
  let first: Tallied | null = null;
  try {
    first = tallied([readInput(io, file, { quiet, range: { start: 0, end: cuts[1] ?? size, of: size } })], options);
  } catch {
    first = null;
  }
  const shards = [first, ...(await Promise.all(workers))];
  if (!shards.every((t): t is Tallied => t !== null)) return null;
  return { tallied: mergeShards(shards), shards: shards.length };
}

/**
 * Where the shards of `size` bytes begin, and the last ends: up to `parts` of them, each after the first
 * line end (found by `lineEndFrom`, -1 if none is near) at or past its even share, and none before
 * `dataStart` (the header and label rows are the first shard's). Null when there would be fewer than
 * two, or a line end is not found.
 */
export function shardBounds(size: number, parts: number, dataStart: number, lineEndFrom: (at: number) => number): number[] | null {
  const cuts = [0];
  for (let k = 1; k < parts; k++) {
    const lineEnd = lineEndFrom(Math.max(Math.floor((k * size) / parts), dataStart - 1));
    if (lineEnd < 0) return null;
    if (lineEnd + 1 > (cuts.at(-1) ?? 0) && lineEnd + 1 < size) cuts.push(lineEnd + 1);
  }
  cuts.push(size);
  return cuts.length < 3 ? null : cuts;
}

/** The first bytes of a file from `at` (WINDOW of them at most). */
function bytesAt(file: string, at: number): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const buffer = new Uint8Array(WINDOW);
    return buffer.subarray(0, readSync(fd, buffer, 0, WINDOW, at));
  } finally {
    closeSync(fd);
  }
}

/** What a worker posts back: the tallies, their quality summary packed apart (see packQuality). */
export interface ShardResult {
  tallied: Omit<Tallied, 'input'> & { input: Omit<Tallied['input'], 'quality'> };
  quality: PackedQuality;
}

/** A shard tallied in a worker thread; null if it could not be. */
function runShard(job: ShardJob): Promise<Tallied | null> {
  // Required here, as only reading in shards needs it (about 1 ms of every start otherwise); a dynamic
  // import would not do, as the bundle is compiled as a script (see bin/kano.cjs).
  const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  return new Promise((resolve) => {
    // The worker's own bundle, beside this one (npm run build); CommonJS, as an ES module would start
    // Node's ESM loader in every worker (4 ms each).
    const worker = new Worker(new URL('./shard-worker.cjs', import.meta.url), { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    worker.once('message', (result: ShardResult | { failed: true }) =>
      resolve('tallied' in result ? { ...result.tallied, input: { ...result.tallied.input, quality: unpackQuality(result.quality) } } : null),
    );
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null));
  });
}
