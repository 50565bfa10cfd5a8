import { CATEGORY_CODES, CATEGORY_NAMES, type CategoryCode, type CategoryCounts } from '../model/categories.js';
import type { FeatureResult, ImportanceFigures, Intervals, Method, MethodNotes, SortKey } from '../model/report.js';
import { warning, type Warning } from '../model/warnings.js';
import type { FeatureTally } from '../model/counts.js';
import type { TableName } from '../model/evaluation-table.js';
import { DEFAULT_STRENGTH_THRESHOLD, RULE_TEXT } from '../model/rules.js';
import { classify, type RuleOptions } from './classify.js';
import { bootstrapCounts } from './bootstrap.js';
import { coefficients } from './coefficients.js';
import { seededUniform, streamSeed } from './random.js';
import { DEFAULT_MIN_SEGMENT, DEFAULT_QUESTIONABLE_WARNING, DEFAULT_RESAMPLES, DEFAULT_SEED, SEGMENT_ALPHA } from './defaults.js';
import { wilson } from './wilson.js';
import { continuous, QUADRANT_SPLIT } from './continuous.js';
import { importanceFigures, refinedCategory } from './importance.js';
import { tallyCategories } from './counts.js';
import { FONG_Z } from './fong.js';
import { SORT_RULES } from '../model/sort-rules.js';
import { rankFeatures } from './priority.js';

export interface NamedTally {
  name: string;
  tally: FeatureTally;
}

/** Per-feature figures from the tallies, all derived from each feature's answer matrix. */
export interface AnalysisOptions extends RuleOptions {
  table?: TableName;
  sort?: SortKey;
  method?: Method;
  /** Confidence level of the intervals, e.g. 0.95; no intervals without it. */
  ci?: number;
  /** Resamples of the bootstrap and simulations of Monte-Carlo tests, and their seed. */
  resamples?: number;
  seed?: number;
  /** Least respondents a segment needs to be tested (--segment). */
  minSegment?: number;
  /** Share of questionable pairs above which a feature gets a warning. */
  questionableWarning?: number;
  /** Yang's refined categories (needs importance answers). */
  refined?: boolean;
}

/** Wilson intervals of Better and Worse, and the bootstrap of the shares, with a stream per feature. */
function intervals(name: string, counts: CategoryCounts, code: CategoryCode | null, level: number, resamples: number, seed: number): Intervals | null {
  if (code === null) return null;
  const denominator = counts.A + counts.O + counts.M + counts.I;
  const worse = wilson(counts.O + counts.M, denominator, level);
  const { shares, stability } = bootstrapCounts(counts, code, resamples, level, seededUniform(streamSeed(seed, name)));
  // 0 − x, not −x: a zero bound stays 0 rather than −0, which JSON cannot carry.
  return { level, better: wilson(counts.A + counts.O, denominator, level), worse: worse && [0 - worse[1], 0 - worse[0]], shares, stability };
}

/** Yang's threshold: the mean of the features' mean importance, over the features that have one. */
export function importanceThreshold(figures: readonly (ImportanceFigures | null)[]): number | null {
  const means = figures.filter((f): f is ImportanceFigures => f !== null).map((f) => f.mean);
  return means.length === 0 ? null : means.reduce((a, b) => a + b, 0) / means.length;
}

export function analyseFeatures(features: NamedTally[], options: AnalysisOptions = {}): { features: FeatureResult[]; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const figures = features.map(({ name, tally }) => {
    const counts = tallyCategories(tally, options.table);
    const shares = tally.shares === true;
    const classification = classify(counts, options, shares);
    const { better, worse } = coefficients(counts);
    if (tally.invalid > 0) warnings.push(warning('invalid-skipped', name, { pairs: tally.invalid }));
    const threshold = options.questionableWarning ?? DEFAULT_QUESTIONABLE_WARNING;
    if (classification.n > 0 && counts.Q / classification.n > threshold) {
      warnings.push(warning('questionable-share', name, { share: counts.Q / classification.n, threshold }));
    }
    if (classification.n === 0) warnings.push(warning('no-valid-pairs', name, {}));
    else if (better === null) warnings.push(warning('coefficients-undefined', name, { n: classification.n }));
    return { name, tally, counts, shares, ...classification, better, worse, importance: importanceFigures(tally.importance) };
  });
  const unknown = figures.filter((f) => f.shares).length;
  if (unknown > 0) warnings.unshift(warning('n-unknown', null, { features: unknown }));
  const threshold = importanceThreshold(figures.map((f) => f.importance));
  const ranks = rankFeatures(
    figures.map((f) => ({ ...f, importance: f.importance?.mean ?? null })),
    options.sort ?? 'priority',
  );
  // Keys in a fixed order: the JSON schema's.
  const results = figures.map(
    (f, i): FeatureResult => ({
      name: f.name,
      rank: ranks[i] ?? i + 1,
      code: f.code,
      category: f.code === null ? null : CATEGORY_NAMES[f.code],
      mixed: f.mixed,
      n: f.shares ? null : f.n,
      counts: f.counts,
      better: f.better,
      worse: f.worse,
      strength: f.strength,
      fong: f.fong,
      importance: f.importance,
      refined: options.refined ? refinedCategory(f.code, f.importance?.mean ?? null, threshold) : null,
      segmentTest: null,
      ci: options.ci === undefined || f.shares ? null : intervals(f.name, f.counts, f.code, options.ci, options.resamples ?? DEFAULT_RESAMPLES, options.seed ?? DEFAULT_SEED),
      continuous: options.method === 'discrete' ? null : continuous(f.tally.matrix, f.tally.weighted),
      pairs: { incomplete: f.tally.incomplete, blank: f.tally.blank, invalid: f.tally.invalid },
      matrix: f.tally.matrix,
    }),
  );
  return { features: results, warnings };
}

export function methodNotes(
  {
    rule = 'mode',
    table = 'standard',
    sort = 'priority',
    strengthThreshold = DEFAULT_STRENGTH_THRESHOLD,
    method = 'both',
    ci,
    resamples = DEFAULT_RESAMPLES,
    seed = DEFAULT_SEED,
    minSegment = DEFAULT_MIN_SEGMENT,
  }: AnalysisOptions,
  segmented: boolean,
  importance: { scale: 5 | 9; threshold: number | null } | null,
): MethodNotes {
  return {
    importance: importance && {
      ...importance,
      text:
        `self-stated importance on a 1-${importance.scale} scale (the words of a 5-point scale read as 1-5): mean, sample SD and n per feature; ` +
        'importance-weighted continuous means sum(w x) / sum(w) over the pairs with an importance answer' +
        (importance.threshold === null ? '' : `; Yang (2005) refined categories split at the mean of the features' mean importance, ${importance.threshold}`),
    },
    analysis: method,
    intervals:
      ci === undefined
        ? null
        : {
            level: ci,
            resamples,
            seed,
            text:
              `${ci * 100}% Wilson score intervals for Better and |Worse| (binomial proportions over A + O + M + I); ` +
              `percentile intervals of the category shares from ${resamples} bootstrap resamples of the counts (multinomial, seed ${seed}); ` +
              'stability = share of resamples in which the assigned category stays the most frequent',
          },
    segments: segmented
      ? 'per feature, Pearson\'s chi-square test of independence segment x category over the segments with at least ' +
        `${minSegment} respondents (a Monte-Carlo p from ${resamples} tables with the same margins, seed ${seed}, when an expected ` +
        `count is below 5); Cramer's V as effect size; Holm's adjustment across features; significant when the adjusted p < ${SEGMENT_ALPHA}`
      : null,
    continuous:
      method === 'discrete'
        ? null
        : 'DuMouchel scores (in Berger et al. 1993): functional like 4, expect 2, neutral 0, tolerate -1, dislike -2; ' +
          'dysfunctional like -2, expect -1, neutral 0, tolerate 2, dislike 4; means over the valid pairs, sample SD (n - 1); ' +
          `quadrants split at ${QUADRANT_SPLIT} on the 0-4 range (above is high), a negative mean marks reverse: a convention, not a law`,
    evaluationTable:
      table === 'pouliot'
        ? 'Pouliot variant (in Berger et al. 1993): as the standard table, but (expect, expect) and (tolerate, tolerate) are questionable'
        : 'standard Kano evaluation table (Kano et al. 1984; Berger et al. 1993): rows functional, columns dysfunctional',
    table,
    rule,
    classification:
      RULE_TEXT[rule] +
      (rule === 'strength' ? ` (threshold ${strengthThreshold})` : '') +
      '; whatever the rule, a top pair that Fong\'s test finds not significantly different is reported as mixed',
    tieBreak: [...CATEGORY_CODES],
    strength: 'category strength = share of the first minus share of the second category; total strength = (A + O + M) / N (Lee & Newcomb 1997)',
    fong:
      `not significant when |a - b| < ${FONG_Z} * sqrt((a + b)(2N - a - b) / (2N)), a and b the two largest counts, ` +
      'two-sided alpha about 0.10 (Fong 1996); not applied when only one category was answered',
    coefficients:
      'Better = (A + O) / (A + O + M + I), Worse = -(O + M) / (A + O + M + I); R and Q are left out of the denominator ' +
      '(Timko, in Berger et al. 1993); null when A + O + M + I = 0',
    sort: { key: sort, rule: SORT_RULES[sort] },
  };
}
