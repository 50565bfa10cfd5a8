import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KanoError } from '../../src/errors.js';
import { decodeText } from '../../src/parse/decode.js';
import { sniffDialect } from '../../src/parse/dialect.js';
import { createRecordReader } from '../../src/parse/records.js';

// Differential tests: the purpose-built tokenizer (with its csv-parse hand-over) must read every input
// exactly as csv-parse alone does, whole or fed in pieces. Fixed seed, printed with any counterexample.
const SEED = 20261122;
const RUNS = 3000;

type Outcome = { records: { cells: string[]; line: number }[] } | { error: string };

/** csv-parse alone over the whole text; each record's line counted from the bytes before it. */
function byCsvParse(text: string, delimiter: string, fromLine = 1): Outcome {
  const bytes = Buffer.from(text);
  const ends: number[] = [];
  try {
    const records = parse(text, {
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      bom: true,
      from_line: fromLine,
      on_record: (record, context) => {
        ends.push(context.bytes);
        return record;
      },
    });
    // Physical line of a byte offset: one more than the CRLF, LF and lone CR before it.
    const lineAt = (offset: number) => (bytes.subarray(0, offset).toString().match(/\r\n|\n|\r/g)?.length ?? 0) + 1;
    let start = fromLine === 1 ? 0 : Buffer.byteLength(/^[^\r\n]*(\r\n|\n|\r)/.exec(text)?.[0] ?? '');
    return {
      records: records.map((cells, i) => {
        const line = lineAt(start);
        start = ends[i] ?? start;
        return { cells, line };
      }),
    };
  } catch (error) {
    return { error: (error as { code: string }).code === 'CSV_QUOTE_NOT_CLOSED' ? 'unterminated-quote' : 'other' };
  }
}

/** The record reader, fed the text in the given pieces. */
function byReader(pieces: string[], delimiter: string, fromLine = 1): Outcome {
  const records: { cells: string[]; line: number }[] = [];
  try {
    const reader = createRecordReader('t.csv', { delimiter, fromLine }, (cells, line) => records.push({ cells, line }));
    for (const piece of pieces) reader.push(piece);
    reader.end();
    return { records };
  } catch (error) {
    if (!(error instanceof KanoError)) throw error;
    return { error: error.code === 'unterminated-quote' ? 'unterminated-quote' : 'other' };
  }
}

/** Cuts a text at the given offsets. */
function pieces(text: string, cuts: number[]): string[] {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  return [...at, text.length].map((end, i) => text.slice(i === 0 ? 0 : at[i - 1], end));
}

const DELIMITERS = [',', ';', '\t', '|', '::'];
const delimiters = fc.constantFrom(...DELIMITERS);

/** Any text from the characters that matter to CSV: well-formed or not. */
const rawText = (delimiter: string) =>
  fc.array(fc.constantFrom('a', 'b', ' ', '"', '""', delimiter, '\n', '\r', '\r\n', 'é', '中', '\u{1F600}', '\uFEFF', ',', '1'), { maxLength: 60 }).map((parts) => parts.join(''));

/** Well-formed CSV: fields quoted when they need it (and sometimes when not), any line ends. */
const csvText = (delimiter: string) =>
  fc
    .tuple(
      fc.array(
        fc.array(
          fc.tuple(fc.array(fc.constantFrom('a', 'Like it', ' ', '"', delimiter, '\n', '\r\n', 'é', '4', ''), { maxLength: 5 }), fc.boolean()),
          { minLength: 1, maxLength: 6 },
        ),
        { maxLength: 8 },
      ),
      fc.constantFrom('\n', '\r\n', '\r'),
      fc.boolean(),
    )
    .map(([rows, eol, trailing]) => {
      const field = ([parts, quote]: [string[], boolean]) => {
        const value = parts.join('');
        return quote || /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replaceAll('"', '""')}"` : value;
      };
      const body = rows.map((row) => row.map(field).join(delimiter)).join(eol);
      return trailing && body !== '' ? body + eol : body;
    });

const texts = delimiters.chain((delimiter) => fc.tuple(fc.constant(delimiter), fc.oneof(rawText(delimiter), csvText(delimiter))));

describe('createRecordReader', () => {
  it('reads any text as csv-parse does: cells, lines and errors', () => {
    fc.assert(
      fc.property(texts, ([delimiter, text]) => {
        expect(byReader([text], delimiter)).toEqual(byCsvParse(text, delimiter));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('reads the same records whatever pieces the text comes in', () => {
    fc.assert(
      fc.property(texts, fc.array(fc.nat(), { maxLength: 8 }), ([delimiter, text], cuts) => {
        expect(byReader(pieces(text, cuts), delimiter)).toEqual(byReader([text], delimiter));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('skips an Excel sep= line as csv-parse does with from_line', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom('\n', '\r\n'), ([delimiter, text], eol) => {
        const hinted = `sep=${delimiter[0]}${eol}${text}`;
        expect(byReader([hinted], delimiter, 2)).toEqual(byCsvParse(hinted, delimiter, 2));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('hands records it does not cover to csv-parse and goes on after them', () => {
    const text = 'a,b\n"x"y,"z\n w"\nc,"d"\n';
    expect(byReader([text], ',')).toEqual({
      records: [
        { cells: ['a', 'b'], line: 1 },
        { cells: ['"x"y', 'z\n w'], line: 2 },
        { cells: ['c', 'd'], line: 4 },
      ],
    });
    expect(byReader([text], ',')).toEqual(byCsvParse(text, ','));
  });

  it('counts a quoted CRLF as one line (csv-parse counts it as two)', () => {
    expect(byReader(['a,"b\r\nc"\r\nd\r\n'], ',')).toEqual({ records: [{ cells: ['a', 'b\r\nc'], line: 1 }, { cells: ['d'], line: 3 }] });
  });

  it('reads long records that span many pieces, and stops a runaway quoted field at the record limit', () => {
    const long = `"${'x'.repeat(200_000)}",y\nz\n`;
    const chunks = long.match(/[^]{1,4096}/g) ?? [];
    expect(byReader(chunks, ',')).toEqual(byCsvParse(long, ','));
    const reader = createRecordReader('big.csv', { delimiter: ',', fromLine: 1 }, () => {});
    const megabyte = 'x'.repeat(1 << 20);
    expect(() => {
      reader.push('a,"');
      for (let i = 0; i < 12; i++) reader.push(megabyte);
    }).toThrow(expect.objectContaining({ code: 'record-too-large', location: { source: 'big.csv', line: 1 } }));
  });

  it('reads every CSV fixture and example, the malformed ones included, as csv-parse does', () => {
    const files = ['test/fixtures', 'examples'].flatMap((root) =>
      readdirSync(root, { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(csv|tsv|txt)$/.test(f))
        .map((f) => join(root, f)),
    );
    expect(files.length).toBeGreaterThan(30);
    let read = 0;
    for (const file of files) {
      let text: string;
      try {
        text = decodeText(readFileSync(file), file).text;
      } catch {
        continue; // binary or not UTF-8: stopped before any CSV is read
      }
      const { delimiter, fromLine } = sniffDialect(text);
      expect(byReader([text], delimiter, fromLine), file).toEqual(byCsvParse(text, delimiter, fromLine));
      read++;
    }
    expect(read).toBeGreaterThan(30);
  });
});
