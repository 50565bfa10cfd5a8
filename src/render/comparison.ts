import Table from 'cli-table3';
import { COUNT_ORDER } from '../model/categories.js';
import type { Comparison, FeatureComparison, WaveFigures } from '../model/comparison.js';
import { csvText } from './csv.js';
import { markdownCell } from './markdown.js';
import type { Messages } from './messages/messages.js';
import type { Style } from './style.js';

const DASH = '–';
const signed = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;

function wave(figures: WaveFigures, messages: Messages): string {
  return figures.code === null ? DASH : `${messages.categories[figures.code]} (${figures.code}) (${figures.n ?? DASH})`;
}

function changeCell(change: FeatureComparison['change']['better']): string {
  return change ? `${signed(change.difference)} [${signed(change.interval[0])}, ${signed(change.interval[1])}]` : DASH;
}

function head(messages: Messages): string[] {
  const { head: h, compare } = messages;
  return [h.feature, compare.head.old, compare.head.new, compare.head.direction, 'χ²', 'p (Holm)', compare.head.better, compare.head.worse, ''];
}

function row(f: FeatureComparison, messages: Messages): string[] {
  return [
    f.name,
    wave(f.old, messages),
    wave(f.new, messages),
    messages.compare.directions[f.transition.direction],
    f.test ? f.test.chi2.toFixed(2) : DASH,
    f.test ? (f.test.pAdjusted < 0.001 ? '<0.001' : f.test.pAdjusted.toFixed(3)) : DASH,
    changeCell(f.change.better),
    changeCell(f.change.worse),
    f.test?.significant ? '*' : '',
  ];
}

function footer(comparison: Comparison, messages: Messages): string[] {
  return [
    messages.compare.note(comparison.method.level),
    ...(comparison.onlyOld.length > 0 ? [messages.compare.onlyOld(comparison.onlyOld.join(', '))] : []),
    ...(comparison.onlyNew.length > 0 ? [messages.compare.onlyNew(comparison.onlyNew.join(', '))] : []),
  ];
}

/** `kano compare` for a terminal. */
export function renderComparisonTable(comparison: Comparison, style: Style, messages: Messages): string {
  const table = new Table({ head: head(messages).map((h) => style.heading(h)), style: { head: [], border: [], compact: true } });
  table.push(...comparison.features.map((f) => row(f, messages)));
  return `${table.toString()}\n${footer(comparison, messages).map((l) => style.dim(l)).join('\n')}\n`;
}

export function renderComparisonMarkdown(comparison: Comparison, messages: Messages): string {
  const h = head(messages);
  return [
    `## ${messages.compare.title}`,
    '',
    `| ${h.map(markdownCell).join(' | ')} |`,
    `| ${h.map(() => '---').join(' | ')} |`,
    ...comparison.features.map((f) => `| ${row(f, messages).map(markdownCell).join(' | ')} |`),
    '',
    ...footer(comparison, messages).map(markdownCell),
    '',
  ].join('\n');
}

/** One RFC 4180 row per feature in both waves, numbers unrounded. */
export function renderComparisonCsv(comparison: Comparison): string {
  const header = [
    'feature', 'old_code', 'new_code', 'direction', 'old_n', 'new_n', ...COUNT_ORDER.flatMap((c) => [`old_${c}`, `new_${c}`]),
    'old_better', 'new_better', 'old_worse', 'new_worse', 'chi2', 'df', 'p', 'p_adjusted', 'cramers_v',
    'better_change', 'better_change_lo', 'better_change_hi', 'worse_change', 'worse_change_lo', 'worse_change_hi',
  ];
  const n = (x: number | null | undefined) => (x === null || x === undefined ? '' : String(x));
  const rows = comparison.features.map((f) => [
    csvText(f.name), f.old.code ?? '', f.new.code ?? '', f.transition.direction, n(f.old.n), n(f.new.n),
    ...COUNT_ORDER.flatMap((c) => [n(f.old.counts[c]), n(f.new.counts[c])]),
    n(f.old.better), n(f.new.better), n(f.old.worse), n(f.new.worse),
    n(f.test?.chi2), n(f.test?.df), n(f.test?.p), n(f.test?.pAdjusted), n(f.test?.cramersV),
    n(f.change.better?.difference), n(f.change.better?.interval[0]), n(f.change.better?.interval[1]),
    n(f.change.worse?.difference), n(f.change.worse?.interval[0]), n(f.change.worse?.interval[1]),
  ]);
  return [header, ...rows].map((r) => `${r.join(',')}\r\n`).join('');
}
