import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInput } from '../src/cli/files.js';
import type { Io } from '../src/cli/io.js';
import { analyseSurvey, type AnalyseOptions } from '../src/index.js';
import type { ByteStream, SurveyInput } from '../src/inputs.js';
import { failure } from './support/failure.js';

const root = join(import.meta.dirname, '..');
const bytes = (file: string) => new Uint8Array(readFileSync(join(root, file)));

/** The bytes as a stream of pieces of `size`, as the CLI reads a file. */
function stream(content: Uint8Array, size: number): ByteStream {
  function* rest() {
    for (let at = size; at < content.length; at += size) yield content.subarray(at, at + size);
  }
  return { head: content.subarray(0, size), rest: rest() };
}

const CASES: { files: string[]; options?: AnalyseOptions }[] = [
  { files: ['examples/mobile-banking.csv'], options: { segment: 'Plan', maxQuestionable: 1 } },
  { files: ['examples/hotline-functional.csv', 'examples/hotline-dysfunctional.csv'] },
  { files: ['test/fixtures/platforms/qualtrics.csv'], options: { codes: '1=like' } },
  { files: ['test/fixtures/platforms/surveymonkey.csv'] },
  { files: ['test/fixtures/platforms/typeform.csv'], options: { completeOnly: true } },
  { files: ['test/fixtures/platforms/sosci.tsv'] },
  { files: ['test/fixtures/dialects/utf16le-tab.txt'] },
  { files: ['test/fixtures/dialects/windows-1252-semicolon.csv'], options: { encoding: 'windows-1252' } },
  { files: ['test/fixtures/dialects/cr-line-endings.csv'] },
  { files: ['test/fixtures/dialects/sep-hint-trailing-columns.csv'], options: { relaxColumns: true } },
];

describe('reading inputs in pieces', () => {
  it.each(CASES)('gives the report of the whole file, whatever the pieces: $files.0', ({ files, options }) => {
    const whole = analyseSurvey(files.map((file) => ({ name: file, content: bytes(file) })), options);
    for (const size of [1, 2, 3, 7, 64, 4096]) {
      const inputs: SurveyInput[] = files.map((file) => ({ name: file, content: stream(bytes(file), size) }));
      expect(analyseSurvey(inputs, options), `pieces of ${size} bytes`).toEqual(whole);
    }
  });

  it('walks paired files matched by row order in step, whatever the pieces, and counts rows without a partner', () => {
    // The hotline files without their id column: matched by order; the dysfunctional file two rows short.
    const withoutId = (file: string, drop = 0) => {
      const lines = new TextDecoder().decode(bytes(file)).split(/\r?\n/).filter((l) => l !== '');
      return new TextEncoder().encode(`${lines.slice(0, lines.length - drop).map((l) => l.split(',').slice(1).join(',')).join('\n')}\n`);
    };
    const functional = withoutId('examples/hotline-functional.csv');
    const dysfunctional = withoutId('examples/hotline-dysfunctional.csv', 1);
    const whole = analyseSurvey([{ name: 'f.csv', content: functional }, { name: 'd.csv', content: dysfunctional }]);
    expect(whole.input.matchedBy).toBe('row-order');
    expect(whole.warnings.find((w) => w.code === 'row-count-mismatch')?.args).toEqual({ functional: 64, dysfunctional: 62 });
    for (const size of [1, 7, 64]) {
      expect(analyseSurvey([{ name: 'f.csv', content: stream(functional, size) }, { name: 'd.csv', content: stream(dysfunctional, size) }])).toEqual(whole);
    }
  });

  it('reads plain ASCII pieces and pieces with characters of several bytes alike, wherever a character is cut', () => {
    // Runs of English rows (pieces of plain ASCII) between Spanish, Chinese and Russian ones.
    const wordings = [
      ['I like it', 'I dislike it'],
      ['Me gusta', 'No me gusta'],
      ['喜欢', '不喜欢'],
      ['Мне нравится', 'Мне не нравится'],
    ];
    const rows = Array.from({ length: 400 }, (_, r) => {
      const [like, dislike] = wordings[r % 50 < 40 ? 0 : 1 + (r % 3)]!;
      return `${r},${like},${dislike},${r % 7 === 0 ? dislike : like},${dislike}`;
    });
    const content = new TextEncoder().encode(`id,A (functional),A (dysfunctional),B (functional),B (dysfunctional)\n${rows.join('\n')}\n`);
    const whole = analyseSurvey([{ name: 'mixed.csv', content }]);
    expect(whole.features.map((f) => f.n)).toEqual([400, 400]);
    for (const size of [1, 2, 3, 5, 64, 1000, 4096]) {
      expect(analyseSurvey([{ name: 'mixed.csv', content: stream(content, size) }]), `pieces of ${size} bytes`).toEqual(whole);
    }
  });

  it('stops at a malformed record in a later piece with the error of the whole file', () => {
    const text = `id,A (functional),A (dysfunctional)\n${'1,I like it,I dislike it\n'.repeat(5000)}2,"I like it,I dislike it\n`;
    const content = new TextEncoder().encode(text);
    const whole = failure(() => analyseSurvey([{ name: 'q.csv', content }]));
    expect(whole).toMatchObject({ code: 'unterminated-quote', location: { source: 'q.csv', line: 5002 } });
    expect(failure(() => analyseSurvey([{ name: 'q.csv', content: stream(content, 4096) }]))).toEqual(whole);
  });

  it('locates an invalid UTF-8 byte in a later piece, and a character cut short at the end', () => {
    const head = new TextEncoder().encode(`id,A (functional),A (dysfunctional)\n${'1,I like it,I dislike it\n'.repeat(3000)}`);
    const bad = new Uint8Array([...head, ...new TextEncoder().encode('2,I like it,caf'), 0xe9, 0x0a]);
    expect(failure(() => analyseSurvey([{ name: 'l.csv', content: stream(bad, 1000) }]))).toMatchObject({ code: 'not-decodable', location: { line: 3002 } });
    const cut = new Uint8Array([...head, ...new TextEncoder().encode('2,I like it,I dislike it '), 0xe2, 0x80]);
    expect(failure(() => analyseSurvey([{ name: 'c.csv', content: stream(cut, 1000) }]))).toMatchObject({ code: 'not-decodable', location: { line: 3002 } });
    // A character cut short by plain ASCII, past the first 8 KiB (read at once), in pieces of a byte
    // or a few: the ASCII after it is never taken for text.
    const owed = new Uint8Array([...head, ...new TextEncoder().encode('2,I like it,caf'), 0xe5, 0x8f, ...new TextEncoder().encode('A\n3,I like it,I dislike it\n')]);
    expect(failure(() => analyseSurvey([{ name: 'o.csv', content: owed }]))).toMatchObject({ code: 'not-decodable', location: { line: 3002 } });
    for (const size of [1, 2, 3, 5]) expect(failure(() => analyseSurvey([{ name: 'o.csv', content: stream(owed, size) }])), `pieces of ${size}`).toMatchObject({ code: 'not-decodable' });
    // Old Mac line ends (CR only) count as lines too.
    const cr = new Uint8Array([...new TextEncoder().encode('id,A (functional),A (dysfunctional)\r1,I like it,I dislike it\r2,caf'), 0xe9, 0x0d]);
    expect(failure(() => analyseSurvey([{ name: 'r.csv', content: stream(cr, 50) }]))).toMatchObject({ code: 'not-decodable', location: { line: 3 } });
  });
});

describe('the progress line', () => {
  const MB = 1024 * 1024;
  /** An Io whose file `big.csv` is `size` bytes in pieces of 1 MiB; what it writes on stderr. */
  function world(size: number, { tty = true, ci = false, known = true } = {}) {
    let stderr = '';
    function* rest() {
      for (let at = MB; at < size; at += MB) yield new Uint8Array(Math.min(MB, size - at));
    }
    const io = {
      env: ci ? { CI: 'true' } : {},
      stderr: { write: (s: string) => void (stderr += s), isTTY: tty },
      stdinIsTTY: false,
      readFile: () => ({ content: { head: new Uint8Array(MB), rest: rest() }, size: known ? size : null }),
      readFileRange: () => ({ content: { head: new Uint8Array(MB), rest: rest() }, size }),
      readStdin: () => ({ content: { head: new Uint8Array(MB), rest: rest() }, size: null }),
    } as unknown as Io;
    const drain = (file: string, quiet = false, range?: { start: number; end: number; of: number }) => {
      const { content } = readInput(io, file, { quiet, range });
      for (const _ of (content as ByteStream).rest);
      return stderr;
    };
    return { drain };
  }

  it('shows the share read of a file over 50 MB on a terminal, on one line cleared at the end', () => {
    const shown = world(80 * MB).drain('big.csv');
    expect(shown.startsWith('\rkano: reading big.csv: 2% of 80 MB')).toBe(true);
    expect(shown).toContain('\rkano: reading big.csv: 50% of 80 MB');
    expect(shown).toContain('\rkano: reading big.csv: 100% of 80 MB');
    expect(shown.endsWith('\r\u001b[K')).toBe(true);
    expect(shown).not.toContain('\n');
  });

  it('shows the share of its shard read for a file read in shards (--jobs), over 50 MB in all', () => {
    const shown = world(40 * MB).drain('big.csv', false, { start: 0, end: 40 * MB, of: 80 * MB });
    expect(shown).toContain('\rkano: reading big.csv: 50% of 80 MB (in shards)');
    expect(shown.endsWith('\r\u001b[K')).toBe(true);
  });

  it('counts megabytes read when the size is unknown (stdin), once past 50 MB', () => {
    const shown = world(60 * MB, { known: false }).drain('-');
    expect(shown.startsWith('\rkano: reading <stdin>: 51 MB')).toBe(true);
    expect(shown).toContain('\rkano: reading <stdin>: 60 MB\r\u001b[K');
  });

  it('says nothing for smaller files, in pipes, in CI or under --quiet', () => {
    expect(world(40 * MB).drain('big.csv')).toBe('');
    expect(world(80 * MB, { tty: false }).drain('big.csv')).toBe('');
    expect(world(80 * MB, { ci: true }).drain('big.csv')).toBe('');
    expect(world(80 * MB).drain('big.csv', true)).toBe('');
  });
});
