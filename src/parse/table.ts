import { parse, type CsvError } from 'csv-parse/sync';
import { problem } from '../errors.js';
import { sniffDialect } from './dialect.js';

export interface Row {
  /** Physical line on which the record starts, 1-based. */
  line: number;
  cells: string[];
}

export interface Table {
  source: string;
  delimiter: string;
  header: string[];
  headerLine: number;
  rows: Row[];
  /** Empty (or whitespace-only) lines, skipped. */
  blankLines: number;
  /** Rows that had fewer / more fields than the header, accepted under relaxColumns. */
  relaxed: { short: number; long: number };
}

/** The largest record read (10 MiB): a runaway quoted field is an error, not a memory blow-up. */
export const MAX_RECORD_SIZE = 10 * 1024 * 1024;

export interface TableOptions {
  /** Forces the delimiter instead of sniffing it. */
  delimiter?: string;
  /** Read missing trailing cells as blank and ignore extra ones instead of failing. */
  relaxColumns?: boolean;
}

/** CSV text → header and rows with their line numbers, via csv-parse. */
export function parseTable(text: string, source: string, options: TableOptions = {}): Table {
  const dialect = sniffDialect(text);
  const delimiter = options.delimiter ?? dialect.delimiter;
  // Physical line on which each record ends; a record starts on the line after its predecessor's end.
  const endLines: number[] = [];
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      // Listed rather than detected: detection takes the first line end it sees, and a file that mixes
      // CRLF with LF (hand-edited exports) would then have rows silently merged into fields.
      record_delimiter: ['\r\n', '\n', '\r'],
      max_record_size: MAX_RECORD_SIZE,
      from_line: dialect.fromLine,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      on_record: (record, context) => {
        endLines.push(context.lines);
        return record;
      },
    });
  } catch (error) {
    throw csvProblem(error as CsvError, source, endLines.at(-1) ?? dialect.fromLine - 1);
  }

  let header: string[] | null = null;
  let headerLine = 0;
  const rows: Row[] = [];
  const ragged: { line: number; fields: number }[] = [];
  const relaxed = { short: 0, long: 0 };
  let blankLines = 0;
  for (const [i, record] of records.entries()) {
    const line = (i === 0 ? dialect.fromLine - 1 : (endLines[i - 1] ?? 0)) + 1;
    if (record.length <= 1 && record.every((cell) => cell.trim() === '')) {
      blankLines++;
    } else if (header === null) {
      header = headerCells(record);
      headerLine = line;
    } else if (sameCells(record, header)) {
      throw problem('repeated-header', { source, line }, { first: headerLine });
    } else if (record.length === header.length) {
      rows.push({ line, cells: record });
    } else if (options.relaxColumns) {
      if (record.length < header.length) relaxed.short++;
      else relaxed.long++;
      rows.push({ line, cells: fit(record, header.length) });
    } else {
      ragged.push({ line, fields: record.length });
    }
  }

  if (header === null) throw problem('empty-input', { source }, {});
  if (ragged.length > 0) {
    throw problem('ragged-rows', { source, line: ragged[0]?.line }, { expected: header.length, rows: ragged });
  }
  if (rows.length === 0) throw problem('header-only', { source, line: headerLine }, {});
  return { source, delimiter, header, headerLine, rows, blankLines, relaxed };
}

/**
 * Header cells as names: exports keep the line breaks of question texts, and concatenated files can
 * carry a byte-order mark or other invisible format characters into a cell; a name reads the same
 * without them, on one line.
 */
function headerCells(record: string[]): string[] {
  return record.map(headerName);
}

function headerName(cell: string): string {
  return cell.replace(/\p{Cf}/gu, '').replace(/\s+/gu, ' ').trim();
}

/** Whether a record repeats the header; cheap for data rows, which differ at their first cells. */
function sameCells(record: string[], header: string[]): boolean {
  return (
    record.length === header.length &&
    header.some((name) => name !== '') &&
    record.every((cell, i) => cell === header[i] || headerName(cell) === header[i])
  );
}

function fit(record: string[], length: number): string[] {
  if (record.length > length) return record.slice(0, length);
  return [...record, ...Array<string>(length - record.length).fill('')];
}

/** csv-parse's errors, reworded; `lastLine` is the end of the last complete record. */
function csvProblem(error: CsvError, source: string, lastLine: number) {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') return problem('unterminated-quote', { source, line: lastLine + 1 }, {});
  if (error.code === 'CSV_MAX_RECORD_SIZE') return problem('record-too-large', { source, line: lastLine + 1 }, { limit: MAX_RECORD_SIZE });
  const line = typeof error.lines === 'number' ? error.lines : undefined;
  const reason = error.message.replace(/\s*at line \d+.*$/, '').replace(/^[^:]*:\s*/, '').toLowerCase();
  return problem('csv-syntax', { source, line }, { reason });
}
