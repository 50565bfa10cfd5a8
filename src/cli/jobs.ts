// How many shards to read a survey file in (see shards.ts): apart from it, as the option parser needs
// it at start-up and shards.ts brings the whole reading engine with it.
import { availableParallelism } from 'node:os';

/**
 * A survey file of this many cells (answers, ids, any field) is read in shards unless --jobs says
 * otherwise; below it a worker's start is not repaid. Cells, not bytes, as the time goes by cell: on 2
 * cores, 2 shards broke even near 40,000 respondents × 30 features with answer text (30 MB) and near
 * 55,000 with numeric codes (7 MB), about 2.5 and 3.3 million cells; at 5 MB of text they took 1.4× the
 * time of one.
 */
export const SHARDS_FROM_CELLS = 3_000_000;

/** --jobs auto: one shard per core, up to 8. */
export function autoJobs(): number {
  return Math.min(availableParallelism(), 8);
}

/**
 * The shards to read a file in without --jobs, from its first bytes and its size: auto when its cells,
 * estimated from the separators and line ends of those bytes (any of , ; tab, as the delimiter is not
 * known yet), are SHARDS_FROM_CELLS or more; else 1.
 */
export function defaultJobs(head: Uint8Array, size: number): number {
  let separators = 0;
  for (const byte of head) if (byte === 0x2c || byte === 0x3b || byte === 0x09 || byte === 0x0a) separators++;
  return head.length > 0 && (separators / head.length) * size >= SHARDS_FROM_CELLS ? autoJobs() : 1;
}
