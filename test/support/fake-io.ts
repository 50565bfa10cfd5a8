import type { Io } from '../../src/cli/io.js';

export interface FakeWorld {
  files?: Record<string, string | Uint8Array>;
  stdin?: string;
  stdinIsTTY?: boolean;
  env?: Record<string, string>;
  stdoutIsTTY?: boolean;
  /** Make writing the --output file fail with this errno code. */
  writeFails?: string;
}

/** An Io over in-memory files that records what the CLI writes. */
export function fakeIo(argv: string[], world: FakeWorld = {}) {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, string>();
  const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });
  const io: Io = {
    argv,
    env: world.env ?? {},
    stdout: { write: (s) => void (stdout += s), isTTY: world.stdoutIsTTY ?? false, hasColors: () => true },
    stderr: { write: (s) => void (stderr += s), isTTY: false },
    stdinIsTTY: world.stdinIsTTY ?? false,
    readStdin: () => ({ content: new TextEncoder().encode(world.stdin ?? ''), size: null }),
    now: () => new Date('2026-11-22T12:00:00Z'),
    makeFolder: () => undefined,
    readFile(path) {
      const content = world.files?.[path];
      if (content === undefined) throw errno('ENOENT');
      return { content: typeof content === 'string' ? new TextEncoder().encode(content) : content, size: content.length };
    },
    readFileRange(path, start, end) {
      const { content } = io.readFile(path);
      return { content: (content as Uint8Array).subarray(start, end), size: end - start };
    },
    writeFileAtomic(path, text) {
      if (world.writeFails) throw errno(world.writeFails);
      written.set(path, typeof text === 'string' ? text : [...text].join(''));
    },
  };
  return { io, stdout: () => stdout, stderr: () => stderr, written };
}
