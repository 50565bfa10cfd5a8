import { PLATFORM_LABELS } from '../model/platforms.js';
import type { Report } from '../model/report.js';
import { plural } from '../model/warnings.js';
import type { Style } from './style.js';

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

/**
 * The input summary for stderr: what was read, how, and what became of every row and answer pair,
 * then the warnings. Nothing here goes to stdout.
 */
export function renderSummary(report: Report, style: Style): string {
  const { input } = report;
  const names = input.sources.map((s) => s.name).join(' + ');
  const distinct = (values: string[]) => [...new Set(values)].join('/');
  const delimiters = distinct(input.sources.map((s) => DELIMITER_NAMES[s.delimiter] ?? JSON.stringify(s.delimiter)));
  const encodings = distinct(input.sources.map((s) => s.encoding.toUpperCase()));
  const platforms = distinct(input.sources.map((s) => PLATFORM_LABELS[s.platform]));
  const headerRows = Math.max(...input.sources.map((s) => s.headerRows));
  const matched =
    input.matchedBy === null ? '' : input.matchedBy === 'row-order' ? ', rows matched by order' : `, rows matched by "${input.matchedBy.column}"`;
  const { rows, pairs } = input;
  const excluded = (
    [
      ['blank', rows.blank],
      ['incomplete', rows.incomplete],
      ['with unrecognised answers', rows.invalid],
      ['preview', rows.excluded.preview],
      ['test', rows.excluded.test],
      ['spam', rows.excluded.spam],
      ['partial (--complete-only)', rows.excluded.partial],
    ] as const
  )
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => ` + ${count} ${reason}`)
    .join('');
  const blankLines = input.sources.reduce((sum, s) => sum + s.blankLines, 0);
  const partial =
    rows.partial > 0 && rows.excluded.partial === 0
      ? `; ${rows.partial} partial ${plural(rows.partial, 'response')} used with the pairs ${rows.partial === 1 ? 'it' : 'they'} completed`
      : '';
  const lines = [
    `${names}: ${platforms}${platforms === PLATFORM_LABELS.generic ? '' : ' export'}${headerRows > 1 ? ` (${headerRows} header rows)` : ''}, ${input.layout} layout${matched}, ` +
      `${report.features.length} ${plural(report.features.length, 'feature')}, ${encodings}, ${delimiters}-delimited`,
    `rows: ${rows.read} read = ${rows.used} used${excluded}${partial}` +
      (blankLines > 0 ? `; ${blankLines} empty ${plural(blankLines, 'line')} skipped` : ''),
    `answer pairs: ${pairs.used} used` +
      (pairs.incomplete > 0 ? `, ${pairs.incomplete} incomplete (one side blank)` : '') +
      (pairs.blank > 0 ? `, ${pairs.blank} unanswered` : '') +
      (pairs.invalid > 0 ? `, ${pairs.invalid} skipped (unrecognised answer)` : ''),
  ];
  if (input.questionGroups) {
    const { functional, dysfunctional, by } = input.questionGroups;
    const how = { negation: 'by the negation', option: 'as given', order: 'by position, functional first (--functional/--dysfunctional to change)' }[by];
    lines.push(`questions: functional "${functional}", dysfunctional "${dysfunctional}", told apart ${how}`);
  }
  if (input.ignoredColumns.length > 0) {
    lines.push(`ignored columns: ${[...new Set(input.ignoredColumns.map((c) => c.column))].join(', ')}`);
  }
  if (input.numericCodes.seen > 0) {
    const mapping = Object.entries(input.numericCodes.mapping).map(([code, answer]) => `${code}=${answer}`);
    lines.push(`numeric answers: ${input.numericCodes.seen} ${plural(input.numericCodes.seen, 'cell')} read as ${mapping.join(' ')} (--codes)`);
  }
  if (input.scale === 3) lines.push('3-point scale: expect and tolerate count as neutral (--scale 3)');
  if (input.customLabels > 0) lines.push(`answer wordings: ${input.customLabels} added by --answers`);
  const warnings = report.warnings.map(
    (w) => `${style.warning('warning:')} ${w.feature === null ? '' : `${JSON.stringify(w.feature)}: `}${w.message}`,
  );
  return [...lines.map((l) => style.dim(`kano: ${l}`)), ...warnings].join('\n') + '\n';
}
