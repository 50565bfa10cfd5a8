import type { InputSummary } from './report.js';
import type { Warning } from './warnings.js';
import type { AnswerMatrix } from './matrix.js';

/** A feature's sufficient statistics: everything its figures are computed from (see stats/tally.ts). */
export interface FeatureCounts {
  name: string;
  matrix: AnswerMatrix;
  incomplete: number;
  blank: number;
  invalid: number;
  /** Importance answers per level 1–9 (index = level; index 0 unused). */
  importance: number[];
  /** Importance-weighted sums of the DuMouchel scores over the used pairs with an importance. */
  weighted: { weight: number; functional: number; dysfunctional: number };
}

/**
 * `kano analyze --format counts`: a survey reduced to its per-feature tallies (and per segment with
 * --segment), with the input summary. Counts add, so files of shards merge into the counts of the
 * whole, and `--input counts` gives exactly the figures the raw survey gives.
 */
export interface CountsDocument {
  kind: 'kano-counts';
  schemaVersion: 1;
  input: Omit<InputSummary, 'segment'>;
  importanceScale: 5 | 9 | null;
  features: FeatureCounts[];
  segments: { column: string; groups: { value: string; respondents: number; features: FeatureCounts[] }[] } | null;
  warnings: Warning[];
}
