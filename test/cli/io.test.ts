import { execFileSync, spawn } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processIo } from '../../src/cli/io.js';
import { temporaryFolder } from '../support/temporary.js';

describe('writeFileAtomic', () => {
  const io = processIo();
  const work = temporaryFolder('kano-io-');

  it('replaces a file whole and leaves no temporary file behind', () => {
    const dir = mkdtempSync(join(work, 'case-'));
    const path = join(dir, 'out.txt');
    writeFileSync(path, 'old');
    io.writeFileAtomic(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });

  it('writes through a symbolic link, which stays a link', () => {
    const dir = mkdtempSync(join(work, 'case-'));
    writeFileSync(join(dir, 'real.txt'), 'old');
    symlinkSync(join(dir, 'real.txt'), join(dir, 'link.txt'));
    io.writeFileAtomic(join(dir, 'link.txt'), 'new');
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.txt'), 'utf8')).toBe('new');
  });

  it('writes into a named pipe instead of replacing it', async () => {
    const dir = mkdtempSync(join(work, 'case-'));
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    // The reader is another process, so the blocking open for writing finds it.
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.on('data', (chunk: Buffer) => (read += chunk.toString()));
    const done = new Promise((resolve) => reader.on('close', resolve));
    io.writeFileAtomic(fifo, 'through the pipe');
    await done;
    expect(read).toBe('through the pipe');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });
});
