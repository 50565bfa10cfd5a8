import type { AnswerCell } from './answers.js';
import type { Exclusion, InputSummary, Layout, RowAccount, SourceSummary } from './report.js';

/** A column of an input file: its 1-based position and header. */
export interface ColumnRef {
  source: string;
  column: number;
  header: string;
}

/** What `kano analyze` would read, before it does (`kano inspect`). */
export interface Inspection {
  kind: 'inspection';
  schemaVersion: 1;
  sources: SourceSummary[];
  layout: Layout;
  questionGroups: InputSummary['questionGroups'];
  matchedBy: InputSummary['matchedBy'];
  rows: RowAccount;
  excludedRows: { source: string; line: number; reason: Exclusion }[];
  features: { name: string; functional: ColumnRef; dysfunctional: ColumnRef }[];
  /** Every distinct answer cell, most frequent first; `readAs` "invalid" marks an unrecognised value. */
  answers: { value: string; count: number; readAs: AnswerCell; numeric: boolean }[];
  ignoredColumns: InputSummary['ignoredColumns'];
  /** What would stop `kano analyze`; empty when it would run. */
  problems: { code: string; message: string; location: string; hint: string | null }[];
}
