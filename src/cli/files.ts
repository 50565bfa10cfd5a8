import { problem } from '../errors.js';
import type { SurveyInput } from '../index.js';
import type { Io } from './io.js';

/** A file named on the command line, or standard input for `-`. */
export function readInput(io: Io, file: string): SurveyInput {
  if (file === '-') {
    if (io.stdinIsTTY) throw problem('usage', {}, { message: 'standard input is a terminal; pipe a CSV into kano, or name a file' });
    return { name: '<stdin>', content: io.readStdin() };
  }
  try {
    return { name: file, content: io.readFile(file) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw problem('file-not-found', {}, { path: file });
    throw problem('file-unreadable', {}, { path: file, reason: systemReason(error) });
  }
}

/** The result to stdout, or whole to a file. */
export function deliver(io: Io, output: string | undefined, text: string): void {
  if (output === undefined) {
    io.stdout.write(text);
    return;
  }
  writeFile(io, output, text);
}

/** A file written whole (or not at all), its failure worded for the user. */
export function writeFile(io: Io, path: string, text: string): void {
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
