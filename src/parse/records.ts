import { parse, type CsvError } from 'csv-parse/sync';
import { problem } from '../errors.js';

/** The largest record read (10 MiB): a runaway quoted field is an error, not a memory blow-up. */
export const MAX_RECORD_SIZE = 10 * 1024 * 1024;

export interface RecordOptions {
  delimiter: string;
  /** Physical line on which the CSV starts: 2 when an Excel `sep=` hint line comes first. */
  fromLine: number;
}

/** Called with each record's cells and the physical line (1-based) it starts on. */
export type RecordVisitor = (cells: string[], line: number) => void;

export interface RecordReader {
  /** The next piece of the text; records may span pieces. */
  push(text: string): void;
  /** No more text: reads the last record, or fails on an unterminated quote. */
  end(): void;
  /** Line ends in the text pushed so far. */
  lineEnds(): number;
}

/** What a reader returns for a record that is not complete yet in the text at hand. */
const INCOMPLETE = -1;

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * CSV text → records, incrementally. Records are read by a purpose-built tokenizer for the dialect of
 * survey exports (one-character delimiter, `"` quotes doubled inside quoted fields, CRLF/LF/CR line
 * ends, quotes inside unquoted fields kept as they are). A record it does not cover (text after a closing
 * quote, an unterminated quote, a delimiter of several characters) is read by csv-parse, with the same
 * options as every record, and the tokenizer goes on after it: both read every input the same way, which
 * test/parse/records.test.ts checks on generated and malformed CSV.
 */
export function createRecordReader(source: string, options: RecordOptions, visit: RecordVisitor): RecordReader {
  const { delimiter } = options;
  const fast = delimiter.length === 1 && !'"\r\n'.includes(delimiter);
  const delimiterCode = delimiter.charCodeAt(0);
  let text = '';
  let line = 1;
  let skipLines = options.fromLine - 1;
  let started = false;

  /** Lines of the physical text between two offsets: CRLF, LF and CR each end one. */
  const linesIn = (from: number, to: number) => {
    let count = 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) count++;
    }
    return count;
  };

  // The next LF, CR and quote at or after the reading position (-1: none in the text), found once per
  // text rather than once per record; `scanned` is false when the text has changed since.
  let lf = -1;
  let cr = -1;
  let quote = -1;
  let scanned = false;
  const next = (found: number, char: string, from: number) => (found >= from || found === -1 ? found : text.indexOf(char, from));
  const rescan = (from: number) => {
    lf = text.indexOf('\n', from);
    cr = text.indexOf('\r', from);
    quote = text.indexOf('"', from);
    scanned = true;
  };

  /** Reads the record at `start` with the tokenizer: the offset after it, INCOMPLETE, or null to hand it to csv-parse. */
  const tokenize = (start: number, last: boolean): number | null => {
    if (!scanned) rescan(start);
    lf = next(lf, '\n', start);
    cr = next(cr, '\r', start);
    quote = next(quote, '"', start);
    const end = lf === -1 ? (cr === -1 ? text.length : cr) : cr === -1 ? lf : Math.min(lf, cr);
    // Records without quotes, nearly all of a survey export, are split natively.
    if (quote !== -1 && quote < end) return quoted(start, last);
    if (end === text.length && !last) return INCOMPLETE;
    if (end === cr && end + 1 === text.length && !last) return INCOMPLETE;
    if (end - start > MAX_RECORD_SIZE) return null;
    visit(text.slice(start, end).split(delimiter), line);
    return afterLineEnd(end);
  };

  /** The offset after the line end at `at` (or the end of the text), counting the line. */
  const afterLineEnd = (at: number): number => {
    if (at >= text.length) return at;
    line++;
    return text.charCodeAt(at) === CR && text.charCodeAt(at + 1) === LF ? at + 2 : at + 1;
  };

  /** A record with quotes, character by character. */
  const quoted = (start: number, last: boolean): number | null => {
    const length = text.length;
    const cells: string[] = [];
    let i = start;
    let breaks = 0;
    for (;;) {
      if (i - start > MAX_RECORD_SIZE) return null;
      if (text.charCodeAt(i) === QUOTE) {
        // Quoted field: up to a quote not doubled, which must end the field.
        let value = '';
        let from = i + 1;
        let j = from;
        for (;;) {
          j = text.indexOf('"', j);
          if (j < 0 || j + 1 >= length) {
            if (!last) return INCOMPLETE;
            if (j < 0) return null;
          }
          if (text.charCodeAt(j + 1) === QUOTE) {
            value += text.slice(from, j + 1);
            from = j += 2;
            continue;
          }
          break;
        }
        value += text.slice(from, j);
        breaks += linesIn(i, j);
        const after = text.charCodeAt(j + 1);
        if (j + 1 < length && after !== delimiterCode && after !== LF && after !== CR) return null;
        cells.push(value);
        i = j + 1;
      } else {
        // Unquoted field: quotes inside it are text.
        let j = i;
        while (j < length) {
          const c = text.charCodeAt(j);
          if (c === delimiterCode || c === LF || c === CR) break;
          j++;
        }
        if (j === length && !last) return INCOMPLETE;
        cells.push(text.slice(i, j));
        i = j;
      }
      if (i >= length) break;
      const c = text.charCodeAt(i);
      if (c === delimiterCode) {
        i++;
        if (i === length) {
          if (!last) return INCOMPLETE;
          cells.push('');
          break;
        }
        continue;
      }
      if (c === CR && i + 1 === length && !last) return INCOMPLETE;
      break;
    }
    visit(cells, line);
    line += breaks;
    return afterLineEnd(i);
  };

  /** Reads the record at `start` with csv-parse: the offset after it, or INCOMPLETE. */
  const viaCsvParse = (start: number, last: boolean): number => {
    // A window of the text that grows until the record ends inside it.
    for (let window = 1 << 16; ; window *= 2) {
      const slice = text.slice(start, start + window);
      const whole = start + window >= text.length;
      let record: string[] | null = null;
      let bytes = 0;
      try {
        parse(slice, {
          delimiter,
          record_delimiter: ['\r\n', '\n', '\r'],
          max_record_size: MAX_RECORD_SIZE,
          relax_column_count: true,
          relax_quotes: true,
          skip_empty_lines: false,
          to: 1,
          on_record: (cells, context) => {
            record = cells;
            bytes = context.bytes;
            return cells;
          },
        });
      } catch (error) {
        const code = (error as CsvError).code;
        if (code === 'CSV_QUOTE_NOT_CLOSED' && !(whole && last)) {
          if (whole) return INCOMPLETE;
          continue;
        }
        throw csvProblem(error as CsvError, source, line);
      }
      if (record === null) return text.length;
      // csv-parse counts UTF-8 bytes; the record ends on a character boundary.
      const used = Buffer.from(slice).subarray(0, bytes).toString().length;
      if (used === slice.length && !(whole && last)) {
        if (whole) return INCOMPLETE;
        continue;
      }
      visit(record, line);
      const lineEnd = used - (slice.endsWith('\r\n', used) ? 2 : slice.charCodeAt(used - 1) === LF || slice.charCodeAt(used - 1) === CR ? 1 : 0);
      line += linesIn(start, start + lineEnd);
      return afterLineEnd(start + lineEnd);
    }
  };

  const read = (last: boolean) => {
    if (!started && text !== '') {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      started = true;
    }
    let at = 0;
    while (skipLines > 0) {
      const end = lineEnd(text, at);
      if (end < 0) {
        if (last) at = text.length;
        break;
      }
      at = afterLineEnd(end);
      skipLines--;
    }
    if (skipLines > 0 && !last) return;
    while (at < text.length) {
      const next = (fast ? tokenize(at, last) : null) ?? viaCsvParse(at, last);
      if (next === INCOMPLETE) {
        const pending = text.length - at;
        if (pending > MAX_RECORD_SIZE) throw problem('record-too-large', { source, line }, { limit: MAX_RECORD_SIZE });
        break;
      }
      at = next;
    }
    text = text.slice(at);
    scanned = false;
  };

  return {
    push(piece) {
      // A record waiting for its end cannot end without a line end (or a CR's LF): skip reading it again
      // until one comes, so that a long record in small pieces is not read over and over.
      const waiting = text !== '' && !text.endsWith('\r');
      text += piece;
      if (waiting && skipLines === 0 && !/[\r\n]/.test(piece) && text.length <= MAX_RECORD_SIZE) return;
      read(false);
    },
    end() {
      read(true);
      text = '';
    },
    lineEnds: () => line - 1 + linesIn(0, text.length),
  };
}

function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) return i;
  }
  return -1;
}

/** csv-parse's errors, reworded, at the line where the record starts. */
function csvProblem(error: CsvError, source: string, line: number) {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') return problem('unterminated-quote', { source, line }, {});
  if (error.code === 'CSV_MAX_RECORD_SIZE') return problem('record-too-large', { source, line }, { limit: MAX_RECORD_SIZE });
  const reason = error.message.replace(/\s*at line \d+.*$/, '').replace(/^[^:]*:\s*/, '').toLowerCase();
  return problem('csv-syntax', { source, line }, { reason });
}
