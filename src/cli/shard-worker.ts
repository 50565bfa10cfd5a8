// A worker thread that tallies one shard of a survey file (see shards.ts) and posts the tallies back.
import { parentPort, workerData } from 'node:worker_threads';
import { tallied } from '../analyse-survey.js';
import { packQuality } from '../model/quality.js';
import { processIo } from './io.js';
import type { ShardJob, ShardResult } from './shards.js';

const { file, start, end, options } = workerData as ShardJob;
try {
  const { content } = processIo().readFileRange(file, start, end);
  const shard = tallied([{ name: file, content }], options);
  // The respondents with questionable or reverse pairs go as columns of numbers, not as a list.
  const { quality, ...input } = shard.input;
  const result: ShardResult = { tallied: { ...shard, input }, quality: packQuality(quality) };
  parentPort?.postMessage(result);
} catch {
  parentPort?.postMessage({ failed: true });
}
