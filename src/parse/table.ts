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
    if (record.every((cell) => cell.trim() === '') && record.length <= 1) {
      blankLines++;
    } else if (header === null) {
      // Exports keep line breaks of question texts in header cells; a name reads the same on one line.
      header = record.map((cell) => cell.replace(/\s+/gu, ' ').trim());
      headerLine = line;
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

function fit(record: string[], length: number): string[] {
  if (record.length > length) return record.slice(0, length);
  return [...record, ...Array<string>(length - record.length).fill('')];
}

/** csv-parse's errors, reworded; `lastLine` is the end of the last complete record. */
function csvProblem(error: CsvError, source: string, lastLine: number) {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') return problem('unterminated-quote', { source, line: lastLine + 1 }, {});
  const line = typeof error.lines === 'number' ? error.lines : undefined;
  const reason = error.message.replace(/\s*at line \d+.*$/, '').replace(/^[^:]*:\s*/, '').toLowerCase();
  return problem('csv-syntax', { source, line }, { reason });
}
