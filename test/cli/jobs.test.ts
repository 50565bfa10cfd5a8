import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { autoJobs, defaultJobs, SHARDS_FROM_CELLS } from '../../src/cli/jobs.js';

describe('defaultJobs', () => {
  // 10 rows of 7 cells in 70 bytes each: a cell every 10 bytes.
  const head = new TextEncoder().encode(`a,bbbbbbbb,c,d,e,f,${'g'.repeat(50)}\n`.repeat(10));

  it('is auto for a file of SHARDS_FROM_CELLS cells or more, estimated from its first bytes', () => {
    expect(head.length).toBe(700);
    expect(defaultJobs(head, 10 * SHARDS_FROM_CELLS - 10)).toBe(1);
    expect(defaultJobs(head, 10 * SHARDS_FROM_CELLS)).toBe(autoJobs());
    expect(autoJobs()).toBe(Math.min(availableParallelism(), 8));
  });

  it('counts semicolons and tabs as separators too, and an empty file as none', () => {
    const semicolons = head.map((byte) => (byte === 0x2c ? 0x3b : byte));
    const tabs = head.map((byte) => (byte === 0x2c ? 0x09 : byte));
    for (const other of [semicolons, tabs]) expect(defaultJobs(other, 10 * SHARDS_FROM_CELLS)).toBe(autoJobs());
    expect(defaultJobs(new Uint8Array(0), 10 * SHARDS_FROM_CELLS)).toBe(1);
  });
});
