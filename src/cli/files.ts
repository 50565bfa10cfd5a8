import { problem } from '../errors.js';
import type { SurveyInput } from '../index.js';
import type { ByteStream } from '../inputs.js';
import type { Io, OpenedInput } from './io.js';

/** Bytes `start` to `end` of a file of `of` bytes. */
export interface Shard {
  start: number;
  end: number;
  of: number;
}

/**
 * A file named on the command line, or standard input for `-`, read as the analysis asks for it; with
 * a range, only those bytes of the file (a shard, see shards.ts).
 */
export function readInput(io: Io, file: string, { quiet = false, range }: { quiet?: boolean; range?: Shard } = {}): SurveyInput {
  const name = file === '-' ? '<stdin>' : file;
  if (file === '-' && io.stdinIsTTY) throw problem('usage', {}, { message: 'standard input is a terminal; pipe a CSV into kano, or name a file' });
  let opened: OpenedInput;
  try {
    opened = file === '-' ? io.readStdin() : range ? io.readFileRange(file, range.start, range.end) : io.readFile(file);
  } catch (error) {
    throw unreadable(file, error);
  }
  const { content, size } = opened;
  if (content instanceof Uint8Array) return { name, content };
  return { name, content: { head: content.head, rest: pieces(io, name, file, content, size, !quiet, range?.of ?? null) } };
}

function unreadable(file: string, error: unknown) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return problem('file-not-found', {}, { path: file });
  return problem('file-unreadable', {}, { path: file, reason: systemReason(error) });
}

/** Inputs larger than this show a progress line while they are read, on a terminal. */
const PROGRESS_FROM = 50 * 1024 * 1024;

/**
 * The pieces after the head, read errors worded for the user. On a terminal (never in a pipe or CI
 * log, nor under --quiet), an input over PROGRESS_FROM shows how much has been read on one stderr
 * line, cleared at the end.
 */
function* pieces(io: Io, name: string, file: string, stream: ByteStream, size: number | null, progress: boolean, whole: number | null): Generator<Uint8Array> {
  const show = progress && io.stderr.isTTY === true && !io.env.CI;
  const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));
  let read = stream.head.length;
  let shown = '';
  const iterator = stream.rest[Symbol.iterator]();
  try {
    for (;;) {
      let piece: IteratorResult<Uint8Array>;
      try {
        piece = iterator.next();
      } catch (error) {
        throw unreadable(file, error);
      }
      if (piece.done) return;
      read += piece.value.length;
      if (show && (whole ?? size ?? read) > PROGRESS_FROM) {
        // A shard's share read stands for the file's (`whole` bytes): the shards are read side by side.
        const percent = size === null ? 0 : Math.floor((100 * read) / size);
        const line =
          size === null
            ? `kano: reading ${name}: ${mb(read)} MB`
            : `kano: reading ${name}: ${percent}% of ${mb(whole ?? size)} MB${whole === null ? '' : ' (in shards)'}`;
        if (line !== shown) io.stderr.write(`\r${line}`);
        shown = line;
      }
      yield piece.value;
    }
  } finally {
    iterator.return?.();
    if (shown !== '') io.stderr.write('\r\u001b[K');
  }
}

/** The result to stdout, or whole to a file. */
export function deliver(io: Io, output: string | undefined, text: string | Iterable<string>): void {
  if (output === undefined) {
    for (const piece of typeof text === 'string' ? [text] : text) io.stdout.write(piece);
    return;
  }
  writeFile(io, output, text);
}

/** A file written whole (or not at all), its failure worded for the user. */
export function writeFile(io: Io, path: string, text: string | Iterable<string>): void {
  try {
    io.writeFileAtomic(path, text);
  } catch (error) {
    throw problem('write-failed', {}, { path, reason: systemReason(error) });
  }
}

export function systemReason(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EISDIR: 'it is a folder',
    ENOTDIR: 'a part of the path is not a folder',
    EROFS: 'read-only file system',
  };
  return (code && reasons[code]) || message;
}
