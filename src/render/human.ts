import { COUNT_ORDER, type CategoryCode } from '../model/categories.js';
import { shareBase, type FeatureResult, type Quadrant, type Report } from '../model/report.js';
import type { Messages } from './messages/messages.js';

/** Rounding and wording shared by the human formats (table, Markdown); JSON and CSV stay unrounded. */

const DASH = '–';

function decimal(value: number | null, digits = 2): string {
  return value === null ? DASH : value.toFixed(digits);
}

function percent(value: number | null): string {
  return value === null ? DASH : `${Math.round(value * 100)}%`;
}

/** `basic (M)`, or `basic/expected (M/O)` for a mixed feature, in the output language. */
export function categoryLabel(feature: FeatureResult, messages: Messages): string {
  if (feature.code === null) return DASH;
  const codes: CategoryCode[] = feature.mixed?.[0] === feature.code ? feature.mixed : [feature.code];
  return `${codes.map((c) => messages.categories[c]).join('/')} (${codes.join('/')})`;
}

/** Fong mark: significant top pair, not significant (mixed), or not applicable. */
function fongMark(feature: FeatureResult, messages: Messages): string {
  if (feature.fong === null) return DASH;
  return feature.fong.significant ? messages.fong.significant : messages.fong.notSignificant;
}

function countCells(feature: FeatureResult, asPercent: boolean): string[] {
  return COUNT_ORDER.map((code) =>
    asPercent ? percent(shareBase(feature) === 0 ? null : feature.counts[code] / shareBase(feature)) : String(feature.counts[code]),
  );
}

export function sortedFeatures(report: Report): FeatureResult[] {
  return [...report.features].sort((a, b) => a.rank - b.rank);
}

/** `0.57 [0.51–0.62]` with intervals (`-0.74 [-0.83, -0.63]` when negative), `0.57` without. */
function withInterval(value: number | null, interval: [number, number] | null | undefined): string {
  if (!interval) return decimal(value);
  return `${decimal(value)} [${decimal(interval[0])}${interval[0] < 0 ? ', ' : '–'}${decimal(interval[1])}]`;
}

/** Optional columns of the main table: what the report has. */
export interface Extras {
  ci: boolean;
  importance: boolean;
  refined: boolean;
}

export function extras(report: Report): Extras {
  return {
    ci: report.method.intervals !== null,
    importance: report.features.some((f) => f.importance !== null),
    refined: report.features.some((f) => f.refined !== null),
  };
}

/** Column heads, and which of them hold numbers (right-aligned); optional columns as the report has them. */
export function tableHead({ head }: Messages, extra: Extras): { label: string; numeric: boolean }[] {
  return [
    { label: head.rank, numeric: true },
    { label: head.feature, numeric: false },
    { label: head.category, numeric: false },
    { label: 'n', numeric: true },
    ...COUNT_ORDER.map((code) => ({ label: code, numeric: true })),
    { label: head.better, numeric: true },
    { label: head.worse, numeric: true },
    { label: head.strength, numeric: true },
    { label: head.fong, numeric: false },
    ...(extra.ci ? [{ label: head.stability, numeric: true }] : []),
    ...(extra.importance ? [{ label: head.importance, numeric: true }] : []),
    ...(extra.refined ? [{ label: head.refined, numeric: false }] : []),
  ];
}

export function tableRow(feature: FeatureResult, asPercent: boolean, messages: Messages, extra: Extras): string[] {
  return [
    String(feature.rank),
    feature.name,
    categoryLabel(feature, messages),
    feature.n === null ? DASH : String(feature.n),
    ...countCells(feature, asPercent),
    withInterval(feature.better, feature.ci?.better),
    withInterval(feature.worse, feature.ci?.worse),
    percent(feature.strength.category),
    fongMark(feature, messages),
    ...(extra.ci ? [percent(feature.ci?.stability ?? null)] : []),
    ...(extra.importance ? [decimal(feature.importance?.mean ?? null)] : []),
    ...(extra.refined ? [feature.refined === null ? DASH : messages.refined[feature.refined]] : []),
  ];
}

export function notes(report: Report, asPercent: boolean, messages: Messages): string[] {
  return [
    messages.sortedBy(messages.sortRules[report.method.sort.key]),
    ...(asPercent ? [messages.sharesNote] : []),
    messages.formulaNote,
    messages.fongNote,
    messages.ruleNote(report.method.rule, report.method.table),
    ...(report.method.intervals ? [messages.ciNote(report.method.intervals)] : []),
    ...(report.method.importance?.threshold != null ? [messages.refinedNote(report.method.importance.threshold)] : []),
  ];
}

const QUADRANT_CODES = { exciting: 'A', expected: 'O', basic: 'M', indifferent: 'I', reverse: 'R' } as const satisfies Record<Quadrant, CategoryCode>;

export function continuousHead({ continuous: words, head }: Messages): { label: string; numeric: boolean }[] {
  return [
    { label: head.rank, numeric: true },
    { label: head.feature, numeric: false },
    { label: 'n', numeric: true },
    { label: words.functionalMean, numeric: true },
    { label: words.sd, numeric: true },
    { label: words.dysfunctionalMean, numeric: true },
    { label: words.sd, numeric: true },
    { label: words.quadrant, numeric: false },
  ];
}

export function continuousRow(feature: FeatureResult, messages: Messages): string[] {
  const c = feature.continuous;
  return [
    String(feature.rank),
    feature.name,
    String(c?.n ?? 0),
    decimal(c?.functional.mean ?? null),
    decimal(c?.functional.sd ?? null),
    decimal(c?.dysfunctional.mean ?? null),
    decimal(c?.dysfunctional.sd ?? null),
    c ? messages.categories[QUADRANT_CODES[c.quadrant]] : DASH,
  ];
}

/** Heads of the segments table: one column per segment, with its respondents, then the test. */
export function segmentHead(report: Report, messages: Messages): { label: string; numeric: boolean }[] {
  return [
    { label: messages.head.rank, numeric: true },
    { label: messages.head.feature, numeric: false },
    ...Object.entries(report.segments ?? {}).map(([value, s]) => ({ label: `${value} (${s.respondents})`, numeric: false })),
    { label: messages.segments.chi2, numeric: true },
    { label: messages.segments.p, numeric: true },
    { label: messages.segments.v, numeric: true },
    { label: '', numeric: false },
  ];
}

/** `M 0.32/-0.74 (35)` per segment: category letters, Better/Worse, valid pairs; then χ², adjusted p, V. */
export function segmentRow(feature: FeatureResult, report: Report, messages: Messages): string[] {
  const index = report.features.indexOf(feature);
  const test = feature.segmentTest;
  return [
    String(feature.rank),
    feature.name,
    ...Object.values(report.segments ?? {}).map((s) => {
      const f = s.features[index];
      if (!f || f.code === null) return DASH;
      const codes = f.mixed?.[0] === f.code ? f.mixed.join('/') : f.code;
      return `${codes} ${decimal(f.better)}/${decimal(f.worse)} (${f.n})`;
    }),
    test ? decimal(test.chi2) : DASH,
    test ? pValue(test.pAdjusted) : DASH,
    test ? decimal(test.cramersV) : DASH,
    test?.significant ? '*' : '',
  ];
}

function pValue(p: number): string {
  return p < 0.001 ? '<0.001' : p.toFixed(3);
}
