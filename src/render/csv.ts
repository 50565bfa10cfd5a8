import { COUNT_ORDER } from '../model/categories.js';
import type { Report } from '../model/report.js';
import { sortedFeatures } from './human.js';

const HEADER = [
  'rank', 'feature', 'code', 'category', 'mixed', 'n', ...COUNT_ORDER, 'better', 'worse',
  'category_strength', 'total_strength', 'fong_significant', 'incomplete', 'blank', 'invalid',
  'functional_mean', 'functional_sd', 'dysfunctional_mean', 'dysfunctional_sd', 'quadrant',
  'better_lo', 'better_hi', 'worse_lo', 'worse_hi', 'stability', ...COUNT_ORDER.flatMap((c) => [`${c}_share_lo`, `${c}_share_hi`]),
  'importance_mean', 'importance_sd', 'importance_n', 'refined', 'weighted_functional_mean', 'weighted_dysfunctional_mean',
];

/**
 * A text cell for RFC 4180 CSV: quoted when needed, and prefixed with ' when it starts like a
 * spreadsheet formula (= + - @, tab, CR), so opening the file cannot run anything.
 */
export function csvText(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvNumber(value: number | null): string {
  return value === null ? '' : String(value);
}

/** Under --segment, per segment `<value>:code`, `:better`, `:worse`, `:n`, then the test. */
function segmentColumns(report: Report): { header: string[]; row: (index: number) => string[] } {
  if (!report.segments) return { header: [], row: () => [] };
  const segments = Object.entries(report.segments);
  return {
    header: [
      ...segments.flatMap(([value]) => ['code', 'better', 'worse', 'n'].map((k) => csvText(`${value}:${k}`))),
      'segment_chi2', 'segment_df', 'segment_p', 'segment_p_adjusted', 'segment_cramers_v',
    ],
    row: (index) => {
      const test = report.features[index]?.segmentTest;
      return [
        ...segments.flatMap(([, s]) => {
          const f = s.features[index];
          return [f?.code ?? '', csvNumber(f?.better ?? null), csvNumber(f?.worse ?? null), String(f?.n ?? 0)];
        }),
        ...(test ? [test.chi2, test.df, test.p, test.pAdjusted, test.cramersV].map(String) : ['', '', '', '', '']),
      ];
    },
  };
}

/** One row per feature in sort order; numbers unrounded so the file re-parses to the same figures. */
export function renderCsv(report: Report): string {
  const segments = segmentColumns(report);
  const rows = sortedFeatures(report).map((f) => [
    String(f.rank),
    csvText(f.name),
    f.code ?? '',
    f.category ?? '',
    f.mixed?.join('/') ?? '',
    f.n === null ? '' : String(f.n),
    ...COUNT_ORDER.map((c) => String(f.counts[c])),
    csvNumber(f.better),
    csvNumber(f.worse),
    csvNumber(f.strength.category),
    csvNumber(f.strength.total),
    f.fong === null ? '' : String(f.fong.significant),
    String(f.pairs.incomplete),
    String(f.pairs.blank),
    String(f.pairs.invalid),
    csvNumber(f.continuous?.functional.mean ?? null),
    csvNumber(f.continuous?.functional.sd ?? null),
    csvNumber(f.continuous?.dysfunctional.mean ?? null),
    csvNumber(f.continuous?.dysfunctional.sd ?? null),
    f.continuous?.quadrant ?? '',
    csvNumber(f.ci?.better?.[0] ?? null),
    csvNumber(f.ci?.better?.[1] ?? null),
    csvNumber(f.ci?.worse?.[0] ?? null),
    csvNumber(f.ci?.worse?.[1] ?? null),
    csvNumber(f.ci?.stability ?? null),
    ...COUNT_ORDER.flatMap((c) => (f.ci ? f.ci.shares[c].map((x) => String(x)) : ['', ''])),
    csvNumber(f.importance?.mean ?? null),
    csvNumber(f.importance?.sd ?? null),
    f.importance ? String(f.importance.n) : '',
    f.refined ?? '',
    csvNumber(f.continuous?.weighted?.functional ?? null),
    csvNumber(f.continuous?.weighted?.dysfunctional ?? null),
    ...segments.row(report.features.indexOf(f)),
  ]);
  return [[...HEADER, ...segments.header], ...rows].map((r) => `${r.join(',')}\r\n`).join('');
}
