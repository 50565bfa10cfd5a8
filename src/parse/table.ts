import { problem } from '../errors.js';
import { hasFirstRecord, sniffDialect } from './dialect.js';
import { isAsciiText } from './decode.js';
import { createRecordReader, type RecordReader } from './records.js';

export interface Row {
  /** Physical line on which the record starts, 1-based. */
  line: number;
  cells: string[];
}

/** A table's header and where it comes from: all that planning a layout needs. */
export interface TableHead {
  source: string;
  delimiter: string;
  header: string[];
  headerLine: number;
}

export interface Table extends TableHead {
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
  /** The header of the file this text is a part of: the text starts at a record after the header. */
  header?: string[];
}

/** A table as it is read: records in, rows out to `onRow`, the header and counts at the end. */
export interface TableReader {
  push(text: string): void;
  /** The header, once its record has been read. */
  head(): TableHead | null;
  /** Line ends in the text pushed so far. */
  lineEnds(): number;
  /** Ends the input; throws for an input without rows or with ragged ones. */
  end(): Omit<Table, 'rows'>;
}

/**
 * CSV text → header and rows with their line numbers, piece by piece: the dialect is sniffed from the
 * first record, each row is handed on as soon as it is read.
 */
export function createTableReader(source: string, options: TableOptions, onRow: (row: Row) => void): TableReader {
  let records: RecordReader | null = null;
  let head = '';
  let delimiter = options.delimiter ?? ',';
  let header: string[] | null = options.header ?? null;
  let headerLine = 0;
  const ragged: { line: number; fields: number }[] = [];
  const relaxed = { short: 0, long: 0 };
  let blankLines = 0;

  const record = (cells: string[], line: number) => {
    if (cells.length <= 1 && (cells[0] ?? '').trim() === '') {
      blankLines++;
    } else if (header === null) {
      header = headerCells(cells);
      headerLine = line;
    } else if (sameCells(cells, header)) {
      throw problem('repeated-header', { source, line }, { first: headerLine });
    } else if (cells.length === header.length) {
      onRow({ line, cells });
    } else if (options.relaxColumns) {
      if (cells.length < header.length) relaxed.short++;
      else relaxed.long++;
      onRow({ line, cells: fit(cells, header.length) });
    } else {
      ragged.push({ line, fields: cells.length });
    }
  };
  // The dialect is read off the first record, so text waits until it is complete (or the input ends).
  const start = (last: boolean) => {
    if (!last && !hasFirstRecord(head) && !options.header) return;
    const dialect = options.header ? { delimiter, fromLine: 1 } : sniffDialect(head);
    delimiter = options.delimiter ?? dialect.delimiter;
    records = createRecordReader(source, { delimiter, fromLine: dialect.fromLine }, record);
    records.push(head);
    head = '';
  };

  return {
    push(text) {
      if (records) {
        records.push(text);
      } else {
        head += text;
        start(false);
      }
    },
    head: () => (header === null ? null : { source, delimiter, header, headerLine }),
    lineEnds: () => records?.lineEnds() ?? (head.match(/\r\n|\n|\r/g)?.length ?? 0),
    end() {
      if (!records) start(true);
      records?.end();
      if (header === null) throw problem('empty-input', { source }, {});
      if (ragged.length > 0) {
        throw problem('ragged-rows', { source, line: ragged[0]?.line }, { expected: (header as string[]).length, rows: ragged });
      }
      return { source, delimiter, header, headerLine, blankLines, relaxed };
    },
  };
}

/** CSV text → header and rows with their line numbers. */
export function parseTable(text: string, source: string, options: TableOptions = {}): Table {
  const rows: Row[] = [];
  const reader = createTableReader(source, options, (row) => rows.push(row));
  reader.push(text);
  const table = { ...reader.end(), rows };
  if (rows.length === 0) throw problem('header-only', { source, line: table.headerLine }, {});
  return table;
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
  // ASCII has no format characters: no Unicode pattern to compile for it.
  if (isAsciiText(cell)) return cell.replace(/\s+/g, ' ').trim();
  return cell.replace(/\p{Cf}/gu, '').replace(/\s+/gu, ' ').trim();
}

/**
 * Whether a record repeats the header. Cheap for data rows: a cell shorter than its header cannot
 * read as it (headerName never lengthens), and answers are shorter than the questions above them.
 */
function sameCells(record: string[], header: string[]): boolean {
  return (
    record.length === header.length &&
    header.some((name) => name !== '') &&
    !record.some((cell, i) => cell.length < (header[i] ?? '').length) &&
    record.every((cell, i) => cell === header[i] || headerName(cell) === header[i])
  );
}

function fit(record: string[], length: number): string[] {
  if (record.length > length) return record.slice(0, length);
  return [...record, ...Array<string>(length - record.length).fill('')];
}
