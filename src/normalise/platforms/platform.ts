import type { Platform } from '../../model/platforms.js';
import type { Exclusion } from '../../model/report.js';
import type { Row, TableHead } from '../../parse/table.js';

/** A partial response contributes the pairs it completed, unless --complete-only drops it. */
export type RowStatus = 'complete' | 'partial' | Exclude<Exclusion, 'partial'>;

/** The header and the first rows of a file (up to SAMPLE_ROWS): enough to tell its platform. */
export interface TableSample extends TableHead {
  rows: Row[];
}

export const SAMPLE_ROWS = 2;

/** A platform export read into the shape the layout planner expects. */
export interface SurveyExport {
  platform: Platform;
  /** Effective header (matrix questions as `<stem> [<item>]`). */
  head: TableHead;
  /** Header rows in the file: 1, or 2–3 for platforms with label rows (the first data rows read). */
  headerRows: number;
  /** Of each data row: complete, partial, or why it is not a respondent. */
  status(row: Row): RowStatus;
  /** Numeric answers are the platform's editable recode values: the user must say what they mean. */
  numericNeedsCodes: boolean;
  /** Numeric codes that mean "not answered" in this export. */
  isMissing?: (code: number) => boolean;
}

export interface PlatformReader {
  id: Platform;
  detect(sample: TableSample): boolean;
  read(sample: TableSample): SurveyExport;
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
export function plainExport(platform: Platform, sample: TableSample): SurveyExport {
  return { platform, head: headOf(sample), headerRows: 1, status: () => 'complete', numericNeedsCodes: false };
}

/** The sample's head, with another header if given. */
export function headOf({ source, delimiter, header, headerLine }: TableSample, effective: string[] = header): TableHead {
  return { source, delimiter, header: effective, headerLine };
}
