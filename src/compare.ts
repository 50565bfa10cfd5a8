import { chiSquareTest, holm } from './analysis/chi-square.js';
import { DEFAULT_RESAMPLES, DEFAULT_SEED, SEGMENT_ALPHA } from './analysis/defaults.js';
import { newcombe } from './analysis/newcombe.js';
import { seededUniform, streamSeed } from './analysis/random.js';
import { problem } from './errors.js';
import { analyseSurvey } from './analyse-survey.js';
import { COUNT_ORDER, type CategoryCode, type CategoryCounts } from './model/categories.js';
import type { Comparison, Direction, FeatureComparison, WaveFigures } from './model/comparison.js';
import type { Report } from './model/report.js';
import { featureKey } from './normalise/header-spellings.js';
import { looksLikeJson, wholeText, type SurveyInput } from './inputs.js';
import type { AnalyseOptions } from './survey.js';

/** The Kano life cycle (Kano 2001; Nilsson-Witell & Fundin 2005): where a category stands on it. */
const LIFE_CYCLE: Partial<Record<CategoryCode, number>> = { I: 0, A: 1, O: 2, M: 3 };

export function direction(from: CategoryCode | null, to: CategoryCode | null): Direction {
  const a = from === null ? undefined : LIFE_CYCLE[from];
  const b = to === null ? undefined : LIFE_CYCLE[to];
  if (a === undefined || b === undefined) return from === to ? 'none' : 'off-cycle';
  return b > a ? 'along' : b < a ? 'against' : 'none';
}

export interface CompareOptions extends AnalyseOptions {
  /** Confidence level of the change intervals (default 0.95). */
  level?: number;
}

/** A wave as an input (see wave), or already analysed (as the CLI reads a large survey file: in shards). */
export type Wave = SurveyInput | { name: string; report: Report };

/**
 * A wave: analysed already, a JSON result written by `kano analyze --format json` (recognised by its
 * schemaVersion), or a survey file analysed with the given options.
 */
function wave(input: Wave, options: CompareOptions): Report {
  if ('report' in input) return input.report;
  if (looksLikeJson(input.content)) {
    const text = wholeText(input.content);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw problem('compare-input', { source: input.name }, { reason: `not valid JSON (${(error as Error).message})` });
    }
    if ((parsed as { kind?: unknown }).kind === 'kano-counts') return analyseSurvey([{ name: input.name, content: text }], { ...options, input: 'counts' });
    const report = parsed as Partial<Report>;
    if (report.schemaVersion !== 1 || !Array.isArray(report.features) || report.features.some((f) => typeof f?.name !== 'string' || typeof f?.counts !== 'object')) {
      throw problem('compare-input', { source: input.name }, { reason: 'not a result of kano analyze --format json (schemaVersion 1)' });
    }
    return report as Report;
  }
  return analyseSurvey([input], options);
}

function figures(f: Report['features'][number]): WaveFigures {
  return { code: f.code, n: f.n, counts: f.counts, better: f.better, worse: f.worse };
}

/** Change of a proportion x/n between the waves (new − old) with Newcombe's interval. */
function change(xNew: number, nNew: number, xOld: number, nOld: number, level: number) {
  const interval = newcombe(xNew, nNew, xOld, nOld, level);
  return interval && { difference: xNew / nNew - xOld / nOld, interval };
}

/**
 * Compares two waves of a survey, feature by feature (KANO-METHODS.md §7): the category transition and
 * its direction on the life cycle, a chi-square test of homogeneity wave × category (Monte-Carlo p for
 * small expected counts; Holm across features), and the change in Better and |Worse| with Newcombe's
 * interval. Features are matched by name; those in one wave only are listed.
 */
export function compareSurveys(oldInput: Wave, newInput: Wave, options: CompareOptions = {}): Comparison {
  const level = options.level ?? 0.95;
  const older = wave(oldInput, options);
  const newer = wave(newInput, options);
  const byKey = new Map(newer.features.map((f) => [featureKey(f.name), f]));
  const matched = older.features.flatMap((o) => {
    const n = byKey.get(featureKey(o.name));
    return n ? [{ o, n }] : [];
  });
  const raw = matched.map(({ o }, i) => {
    const n = matched[i]!.n;
    const columns = COUNT_ORDER.filter((c) => o.counts[c] + n.counts[c] > 0);
    if (columns.length < 2 || !o.n || !n.n) return null;
    const table = [o.counts, n.counts].map((counts: CategoryCounts) => columns.map((c) => counts[c]));
    return chiSquareTest(table, options.resamples ?? DEFAULT_RESAMPLES, seededUniform(streamSeed(options.seed ?? DEFAULT_SEED, `compare:${o.name}`)));
  });
  const adjusted = holm(raw.map((t) => t?.p ?? null));
  const features = matched.map(({ o, n }, i): FeatureComparison => {
    const t = raw[i];
    const denominator = (c: CategoryCounts) => c.A + c.O + c.M + c.I;
    return {
      name: o.name,
      old: figures(o),
      new: figures(n),
      transition: { from: o.code, to: n.code, direction: direction(o.code, n.code) },
      test: t ? { ...t, pAdjusted: adjusted[i] ?? t.p, significant: (adjusted[i] ?? t.p) < SEGMENT_ALPHA } : null,
      change: {
        better: (o.n === null || n.n === null) ? null : change(n.counts.A + n.counts.O, denominator(n.counts), o.counts.A + o.counts.O, denominator(o.counts), level),
        worse: (o.n === null || n.n === null) ? null : change(n.counts.O + n.counts.M, denominator(n.counts), o.counts.O + o.counts.M, denominator(o.counts), level),
      },
    };
  });
  const oldKeys = new Set(older.features.map((f) => featureKey(f.name)));
  return {
    kind: 'comparison',
    schemaVersion: 1,
    waves: { old: oldInput.name, new: newInput.name },
    method: {
      level,
      lifeCycle: 'indifferent -> exciting -> expected -> basic (Kano 2001; Nilsson-Witell & Fundin 2005); moves to or from reverse or questionable are off-cycle',
      test:
        "Pearson's chi-square test of homogeneity wave x category over the categories that occur (a Monte-Carlo p with the same margins when an " +
        `expected count is below 5), Holm-adjusted across features; significant when the adjusted p < ${SEGMENT_ALPHA}`,
      change: `new minus old Better and |Worse|, with Newcombe's (1998, method 10) ${level * 100}% interval for a difference of proportions`,
    },
    features,
    onlyOld: older.features.filter((f) => !byKey.has(featureKey(f.name))).map((f) => f.name),
    onlyNew: newer.features.filter((f) => !oldKeys.has(featureKey(f.name))).map((f) => f.name),
  };
}
