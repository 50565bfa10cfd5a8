import type { Platform } from '../../model/platforms.js';
import type { Exclusion } from '../../model/report.js';
import type { Row, Table } from '../../parse/table.js';

/** A partial response contributes the pairs it completed, unless --complete-only drops it. */
export type RowStatus = 'complete' | 'partial' | Exclude<Exclusion, 'partial'>;

/** A platform export read into the shape the layout planner expects. */
export interface SurveyExport {
  platform: Platform;
  /** Effective header (matrix questions as `<stem> [<item>]`) and the data rows only. */
  table: Table;
  /** Header rows in the file: 1, or 2–3 for platforms with label rows. */
  headerRows: number;
  /** One per data row. */
  status: RowStatus[];
  /** Numeric answers are the platform's editable recode values: the user must say what they mean. */
  numericNeedsCodes: boolean;
  /** Numeric codes that mean "not answered" in this export. */
  isMissing?: (code: number) => boolean;
}

export interface PlatformReader {
  id: Platform;
  detect(table: Table): boolean;
  read(table: Table): SurveyExport;
}

/** Index of the first header named any of `names` (case and spacing ignored), or -1. */
export function columnNamed(header: readonly string[], ...names: string[]): number {
  const wanted = new Set(names.map(comparable));
  return header.findIndex((h) => wanted.has(comparable(h)));
}

export function comparable(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

export function cell(row: Row, index: number): string {
  return index < 0 ? '' : (row.cells[index] ?? '').trim();
}

/** The export as it stands: one header row, every row a complete respondent. */
export function plainExport(platform: Platform, table: Table): SurveyExport {
  return { platform, table, headerRows: 1, status: table.rows.map(() => 'complete'), numericNeedsCodes: false };
}

/** Consumes the first `count` data rows as extra header rows. */
export function withHeader(table: Table, header: string[], count: number): Table {
  return { ...table, header, rows: table.rows.slice(count) };
}
