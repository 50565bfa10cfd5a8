// A worker thread that tallies one shard of a survey file (see shards.ts) and posts the tallies back.
import { parentPort, workerData } from 'node:worker_threads';
import { tallied } from '../analyse-survey.js';
import { processIo } from './io.js';
import type { ShardJob } from './shards.js';

const { file, start, end, options } = workerData as ShardJob;
try {
  const { content } = processIo().readFileRange(file, start, end);
  parentPort?.postMessage({ tallied: tallied([{ name: file, content }], options) });
} catch {
  parentPort?.postMessage({ failed: true });
}
