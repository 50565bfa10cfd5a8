import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

export interface OutputStream {
  write(text: string): void;
  isTTY?: boolean;
  hasColors?(): boolean;
  /** Width of the terminal, when it is one. */
  columns?: number;
}

/** The world the CLI touches, injected so tests can drive `run` without a process. */
export interface Io {
  argv: string[];
  env: Record<string, string | undefined>;
  stdout: OutputStream;
  stderr: OutputStream;
  stdinIsTTY: boolean;
  readStdin(): Uint8Array;
  readFile(path: string): Uint8Array;
  /** Writes the whole file or nothing: a temporary file beside it, renamed over it when complete. */
  writeFileAtomic(path: string, text: string): void;
  /** Creates a folder and its parents, if missing. */
  makeFolder(path: string): void;
  /** The clock, read only when a report is asked to carry its time (--timestamp). */
  now(): Date;
}

export function processIo(): Io {
  return {
    argv: process.argv.slice(2),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    stdinIsTTY: process.stdin.isTTY === true,
    readStdin: () => readFileSync(0),
    readFile: (path) => readFileSync(path),
    now: () => new Date(),
    makeFolder: (path) => void mkdirSync(path, { recursive: true }),
    writeFileAtomic(path, text) {
      // A device, FIFO or socket (/dev/null, /dev/stdout, a named pipe) is written as it is: renaming a
      // file over it would replace it. A symbolic link is followed, so the link stays a link.
      let target = path;
      try {
        if (!statSync(path).isFile()) {
          writeFileSync(path, text);
          return;
        }
        target = realpathSync(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
      try {
        writeFileSync(temporary, text);
        renameSync(temporary, target);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw error;
      }
    },
  };
}
