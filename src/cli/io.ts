import { closeSync, fstatSync, mkdirSync, openSync, readSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { isatty } from 'node:tty';
import type { ByteStream } from '../inputs.js';

export interface OutputStream {
  write(text: string): void;
  isTTY?: boolean;
  hasColors?(): boolean;
  /** Width of the terminal, when it is one. */
  columns?: number;
}

/** An input opened for reading: whole, or in pieces as they are read; its size when known. */
export interface OpenedInput {
  content: Uint8Array | ByteStream;
  size: number | null;
}

/**
 * Pieces of 64 KiB: enough in the first to tell a file's kind and dialect, and small enough that the
 * rows read from each die young (pieces of 1 MiB made peak memory 1.7× and the run 1.5× slower).
 */
const PIECE_SIZE = 64 * 1024;

/**
 * Reads a file descriptor in pieces, so that a survey of any size is never held whole; with a range,
 * only the bytes from `start` to `end` of a file. A pipe or terminal may be non-blocking (EAGAIN): wait
 * briefly and read again.
 */
function readPieces(fd: number, close: boolean, range?: { start: number; end: number }): OpenedInput {
  const stat = fstatSync(fd);
  let position = range?.start ?? null;
  const read = (buffer: Uint8Array, at: number): number => {
    const wanted = range && position !== null ? Math.min(buffer.length - at, range.end - position) : buffer.length - at;
    if (wanted <= 0) return 0;
    for (;;) {
      try {
        const n = readSync(fd, buffer, at, wanted, position);
        if (position !== null) position += n;
        return n;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
      }
    }
  };
  const head = new Uint8Array(PIECE_SIZE);
  let filled = 0;
  for (let n = -1; n !== 0 && filled < PIECE_SIZE; filled += n) n = read(head, filled);
  const ended = filled < PIECE_SIZE;
  if (ended && close) closeSync(fd);
  function* rest(): Generator<Uint8Array> {
    try {
      for (;;) {
        const piece = new Uint8Array(PIECE_SIZE);
        const n = read(piece, 0);
        if (n === 0) return;
        yield piece.subarray(0, n);
      }
    } finally {
      if (close) closeSync(fd);
    }
  }
  const size = range ? range.end - range.start : stat.isFile() ? stat.size : null;
  return { content: { head: head.subarray(0, filled), rest: ended ? [] : rest() }, size };
}

function readFileRange(path: string, start: number, end: number): OpenedInput {
  return readPieces(openSync(path, 'r'), true, { start, end });
}

/** The world the CLI touches, injected so tests can drive `run` without a process. */
export interface Io {
  argv: string[];
  env: Record<string, string | undefined>;
  stdout: OutputStream;
  stderr: OutputStream;
  stdinIsTTY: boolean;
  readStdin(): OpenedInput;
  readFile(path: string): OpenedInput;
  /** Bytes `start` to `end` of a file: a shard of a survey file (see shards.ts). */
  readFileRange(path: string, start: number, end: number): OpenedInput;
  /** Writes the whole file or nothing: a temporary file beside it, renamed over it when complete. */
  writeFileAtomic(path: string, text: string | Iterable<string>): void;
  /** Creates a folder and its parents, if missing. */
  makeFolder(path: string): void;
  /** The clock, read only when a report is asked to carry its time (--timestamp). */
  now(): Date;
}

// Temporary files are named by process and count: unique without loading node:crypto (6 ms of every start).
let temporaries = 0;

export function processIo(): Io {
  return {
    argv: process.argv.slice(2),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    // Not process.stdin: opening it would make a pipe non-blocking and start reading it.
    stdinIsTTY: isatty(0),
    readStdin: () => readPieces(0, false),
    readFile: (path) => readPieces(openSync(path, 'r'), true),
    readFileRange,
    now: () => new Date(),
    makeFolder: (path) => void mkdirSync(path, { recursive: true }),
    writeFileAtomic(path, text) {
      // A device, FIFO or socket (/dev/null, /dev/stdout, a named pipe) is written as it is: renaming a
      // file over it would replace it. A symbolic link is followed, so the link stays a link.
      let target = path;
      try {
        if (!statSync(path).isFile()) {
          writeText(path, text);
          return;
        }
        target = realpathSync(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${(temporaries++).toString(36)}.tmp`);
      try {
        writeText(temporary, text);
        renameSync(temporary, target);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw error;
      }
    },
  };
}

/** Writes text, whole or piece by piece, to a file (created or emptied first). */
function writeText(path: string, text: string | Iterable<string>): void {
  if (typeof text === 'string') return writeFileSync(path, text);
  const fd = openSync(path, 'w');
  try {
    for (const piece of text) writeFileSync(fd, piece);
  } finally {
    closeSync(fd);
  }
}
