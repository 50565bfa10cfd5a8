import type { Scale } from './answers.js';
import type { CategoryCode, CategoryCounts, CategoryName } from './categories.js';
import type { TableName } from './evaluation-table.js';
import type { Platform } from './platforms.js';
import type { Rule } from './rules.js';
import type { AnswerMatrix } from './matrix.js';
import type { Warning } from './warnings.js';

/** Version of the JSON result; bump on any change that could break a consumer. */
export const SCHEMA_VERSION = 1;

export type Layout = 'wide' | 'paired' | 'long';
export type SortKey = 'priority' | 'weighted' | 'importance' | 'better' | 'worse' | 'name' | 'input';

/** Self-stated importance of a feature: mean, sample SD, answers. */
export interface ImportanceFigures {
  mean: number;
  sd: number | null;
  n: number;
}

/** Yang's (2005) refined categories: A, O, M, I each split by importance. */
export type Refined =
  | 'highly-attractive' | 'less-attractive' | 'high-value-added' | 'low-value-added'
  | 'critical' | 'necessary' | 'potential' | 'care-free';
export type SourceRole = 'survey' | 'functional' | 'dysfunctional';

/**
 * Why a row is not counted as a respondent: a preview, test or spam row, a partial one under
 * --complete-only, or one with more questionable pairs than --max-questionable.
 */
export type Exclusion = 'preview' | 'test' | 'spam' | 'partial' | 'questionable';

export interface SourceSummary {
  name: string;
  role: SourceRole;
  platform: Platform;
  encoding: string;
  delimiter: string;
  /** Header rows in the file (SurveyMonkey 2, Qualtrics 3). */
  headerRows: number;
  /** Data records after the header, blank lines excluded. */
  records: number;
  blankLines: number;
}

/**
 * Row accounting: every data row read is either used or left out for one reason, so
 * read = used + blank + incomplete + invalid + the excluded counts. A row is a respondent (wide,
 * paired) or one respondent-feature answer (long).
 */
export interface RowAccount {
  read: number;
  used: number;
  /** No answer at all. */
  blank: number;
  /** Some answers, but no feature with both sides answered. */
  incomplete: number;
  /** Every complete pair held an unrecognised answer (only with --on-invalid skip). */
  invalid: number;
  /** Not respondents (preview, test, spam), or partial under --complete-only. */
  excluded: Record<Exclusion, number>;
  /** Partial responses seen; unless excluded, they contribute the pairs they completed. */
  partial: number;
}

export interface PairAccount {
  used: number;
  /** Exactly one side blank. */
  incomplete: number;
  /** Both sides blank. */
  blank: number;
  /** An unrecognised answer on either side, skipped with --on-invalid skip. */
  invalid: number;
}

/** A respondent with questionable (Q) or reverse (R) pairs, by place. */
export interface RespondentQuality {
  source: string;
  line: number;
  questionable: number;
  reverse: number;
}

/** Respondents with questionable or reverse pairs (totals, then one by one), and the --max-questionable limit. */
export interface QualitySummary {
  maxQuestionable: number | null;
  /** Respondents with at least one questionable pair, and those pairs. */
  questionableRespondents: number;
  questionablePairs: number;
  /** Respondents with at least one reverse pair. */
  reverseRespondents: number;
  respondents: RespondentQuality[];
}

export interface InputSummary {
  /** The survey's layout, or `table` for a published table of category counts (--input counts). */
  layout: Layout | 'table';
  sources: SourceSummary[];
  rows: RowAccount;
  pairs: PairAccount;
  ignoredColumns: { source: string; column: string }[];
  /** How respondents of paired files were matched: by an id column or by row order. */
  matchedBy: { column: string } | 'row-order' | null;
  /** Cells given as numbers, and the mapping applied to them. */
  numericCodes: { seen: number; mapping: Record<string, string> };
  /** Points of the answer scale (--scale). */
  scale: Scale;
  /** Labels added by --answers. */
  customLabels: number;
  quality: QualitySummary;
  /** Under --segment: the column, the least respondents a segment needs to be tested, and the segments. */
  segment: { column: string; minSegment: number; values: { value: string; respondents: number; tested: boolean }[] } | null;
  /** Grid exports: the functional and dysfunctional question and how they were told apart. */
  questionGroups: { functional: string; dysfunctional: string; by: 'negation' | 'option' | 'order' } | null;
  /** Rows with a different number of fields than the header, accepted under --relax-columns. */
  relaxedRows: { short: number; long: number };
  /** The counts files the figures were read from (--input counts), null when read from surveys. */
  counts: string[] | null;
}

export interface FongTest {
  /** Counts of the two most frequent categories. */
  a: number;
  b: number;
  /** 1.65 · sqrt((a + b)(2N − a − b) / (2N)). */
  threshold: number;
  significant: boolean;
}

/** Quadrant of the continuous diagram; `reverse` when a mean is negative. */
export type Quadrant = 'exciting' | 'expected' | 'basic' | 'indifferent' | 'reverse';

export interface ContinuousFigures {
  /** Valid answer pairs the means are over. */
  n: number;
  /** Mean and sample SD of the functional scores (Ȳ) and dysfunctional scores (X̄); SD null below 2 pairs. */
  functional: { mean: number; sd: number | null };
  dysfunctional: { mean: number; sd: number | null };
  quadrant: Quadrant;
  /** Importance-weighted means Σwᵢxᵢ / Σwᵢ over the pairs with an importance answer; null without. */
  weighted: { functional: number; dysfunctional: number } | null;
}

/** Uncertainty of a feature's figures (--ci): Wilson intervals and a bootstrap over its counts. */
export interface Intervals {
  level: number;
  /** Wilson interval of Better, and of Worse (so negative, bracketing `worse`); null when undefined. */
  better: [number, number] | null;
  worse: [number, number] | null;
  /** Bootstrap percentile interval of each category's share of n. */
  shares: Record<CategoryCode, [number, number]>;
  /** Share of resamples in which the assigned category stays the most frequent. */
  stability: number;
}

/** Whether a feature's category depends on the segment (--segment). */
export interface SegmentTest {
  chi2: number;
  df: number;
  p: number;
  /** Holm-adjusted across the features tested. */
  pAdjusted: number;
  pMethod: 'asymptotic' | 'monte-carlo';
  cramersV: number;
  /** pAdjusted < 0.05. */
  significant: boolean;
}

/** Which analyses a report holds: JSON has both unless told; human formats show discrete unless told. */
export type Method = 'discrete' | 'continuous' | 'both';

/** What a feature's counts are shares of: n, or for percentages without n their sum (100). */
export function shareBase({ n, counts }: Pick<FeatureResult, 'n' | 'counts'>): number {
  return n ?? counts.A + counts.O + counts.M + counts.I + counts.R + counts.Q;
}

export interface FeatureResult {
  name: string;
  /** Position under the chosen sort, 1-based. */
  rank: number;
  code: CategoryCode | null;
  category: CategoryName | null;
  /** The top two categories, primary first, when Fong's test finds no significant difference. */
  mixed: [CategoryCode, CategoryCode] | null;
  /** Valid pairs; null when the input gave percentages without n (then `counts` are those percentages). */
  n: number | null;
  counts: CategoryCounts;
  better: number | null;
  worse: number | null;
  strength: { category: number | null; total: number | null };
  fong: FongTest | null;
  /** Self-stated importance; null without importance answers. */
  importance: ImportanceFigures | null;
  /** Yang's refined category under --refined; null otherwise, for R and Q, or without importance. */
  refined: Refined | null;
  /** Segment × category test under --segment; null without it or when fewer than two segments can be compared. */
  segmentTest: SegmentTest | null;
  /** Intervals under --ci; null without it or without valid pairs. */
  ci: Intervals | null;
  /** DuMouchel's continuous analysis; null without valid pairs or under --method discrete. */
  continuous: ContinuousFigures | null;
  pairs: Omit<PairAccount, 'used'>;
  matrix: AnswerMatrix;
}

export interface MethodNotes {
  analysis: Method;
  continuous: string | null;
  intervals: { level: number; resamples: number; seed: number; text: string } | null;
  segments: string | null;
  importance: { scale: 5 | 9; threshold: number | null; text: string } | null;
  evaluationTable: string;
  table: TableName;
  rule: Rule;
  classification: string;
  tieBreak: CategoryCode[];
  strength: string;
  fong: string;
  coefficients: string;
  sort: { key: SortKey; rule: string };
}

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION;
  tool: { name: 'kano'; version: string };
  input: InputSummary;
  method: MethodNotes;
  /** In input order; `rank` gives the sorted order. */
  features: FeatureResult[];
  /** Under --segment: per segment value, its respondents and per-feature figures (their segmentTest null). */
  segments: Record<string, { respondents: number; tested: boolean; features: FeatureResult[] }> | null;
  warnings: Warning[];
}
