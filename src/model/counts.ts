import type { CategoryCounts } from './categories.js';
import type { InputSummary } from './report.js';
import type { Warning } from './warnings.js';
import type { AnswerMatrix } from './matrix.js';

/**
 * Everything counted for one feature (its sufficient statistics): the answer matrix, the pairs that did
 * not enter it, the importance answers (count per level 1–9, index = level; index 0 unused) and, over
 * the used pairs that have an importance, the importance-weighted sums of the DuMouchel scores. All of
 * it adds across shards (stats/tally.ts counts it, stats/merge.ts adds it).
 */
export interface FeatureTally {
  matrix: AnswerMatrix;
  incomplete: number;
  blank: number;
  invalid: number;
  importance: number[];
  weighted: { weight: number; functional: number; dysfunctional: number };
  /**
   * Category counts known without their answer pairs (a table of A/O/M/I/R/Q as papers and other
   * tools publish it), added to those of the matrix.
   */
  categories?: CategoryCounts;
  /** The categories are percentages whose n is unknown: the figures that need n are unavailable. */
  shares?: boolean;
}

/** A feature's tally as written in a counts document. */
export interface FeatureCounts extends FeatureTally {
  name: string;
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
