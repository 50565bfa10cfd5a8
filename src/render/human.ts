import { CATEGORY_NAMES, COUNT_ORDER, type CategoryCode } from '../model/categories.js';
import type { FeatureResult, Report } from '../model/report.js';

/** Rounding and wording shared by the human formats (table, Markdown); JSON and CSV stay unrounded. */

const DASH = '–';

function decimal(value: number | null, digits = 2): string {
  return value === null ? DASH : value.toFixed(digits);
}

function percent(value: number | null): string {
  return value === null ? DASH : `${Math.round(value * 100)}%`;
}

/** `basic (M)`, or `basic/expected (M/O)` for a mixed feature. */
export function categoryLabel(feature: FeatureResult): string {
  if (feature.code === null) return DASH;
  const codes: CategoryCode[] = feature.mixed ?? [feature.code];
  return `${codes.map((c) => CATEGORY_NAMES[c]).join('/')} (${codes.join('/')})`;
}

/** Fong mark: sig(nificant) top pair, n.s. (mixed), or not applicable. */
function fongMark(feature: FeatureResult): string {
  if (feature.fong === null) return DASH;
  return feature.fong.significant ? 'sig' : 'n.s.';
}

function countCells(feature: FeatureResult, asPercent: boolean): string[] {
  return COUNT_ORDER.map((code) =>
    asPercent ? percent(feature.n === 0 ? null : feature.counts[code] / feature.n) : String(feature.counts[code]),
  );
}

export function sortedFeatures(report: Report): FeatureResult[] {
  return [...report.features].sort((a, b) => a.rank - b.rank);
}

export const TABLE_HEAD = ['#', 'Feature', 'Category', 'n', ...COUNT_ORDER, 'Better', 'Worse', 'Strength', 'Fong'];

export function tableRow(feature: FeatureResult, asPercent: boolean): string[] {
  return [
    String(feature.rank),
    feature.name,
    categoryLabel(feature),
    String(feature.n),
    ...countCells(feature, asPercent),
    decimal(feature.better),
    decimal(feature.worse),
    percent(feature.strength.category),
    fongMark(feature),
  ];
}

export function notes(report: Report, asPercent: boolean): string[] {
  return [
    `Sorted by ${report.method.sort.rule}.`,
    ...(asPercent ? ['A O M I R Q: shares of n, the valid answer pairs.'] : []),
    'Better = (A+O)/(A+O+M+I); Worse = -(O+M)/(A+O+M+I); Strength = share of the top category minus the next.',
    'Fong: sig = top two categories significantly different (Fong 1996, alpha 0.10); n.s. = mixed, primary by M > O > A > I > R > Q.',
  ];
}
