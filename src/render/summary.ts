import type { Report, RowAccount } from '../model/report.js';
import { wordWarning } from '../model/warnings.js';
import { en } from './messages/en.js';
import type { Messages } from './messages/messages.js';
import type { Style } from './style.js';

/**
 * The input summary for stderr: what was read, how, and what became of every row and answer pair,
 * then the warnings. Nothing here goes to stdout.
 */
export function renderSummary(report: Report, style: Style, messages: Messages): string {
  const warnings = report.warnings.map(
    (w) => `${style.warning(messages.warningLabel)} ${w.feature === null ? '' : `${JSON.stringify(w.feature)}: `}${wordWarning(messages.warnings, w)}`,
  );
  return [...summaryLines(report, messages).map((l) => style.dim(`kano: ${l}`)), ...warnings].join('\n') + '\n';
}

/** The lines of the input summary, in the catalogue's words: also the input section of the HTML report. */
export function summaryLines(report: Report, messages: Messages): string[] {
  const { input } = report;
  const words = messages.summary;
  const distinct = (values: string[]) => [...new Set(values)].join('/');
  const { rows, pairs } = input;
  const lines = [
    words.source({
      names: input.sources.map((s) => s.name).join(' + '),
      platform: distinct(input.sources.map((s) => words.platforms[s.platform])),
      generic: input.sources.every((s) => s.platform === 'generic'),
      headerRows: Math.max(...input.sources.map((s) => s.headerRows)),
      layout: input.layout,
      matched: input.matchedBy === null ? '' : input.matchedBy === 'row-order' ? words.matchedByOrder : words.matchedBy(input.matchedBy.column),
      features: report.features.length,
      encodings: distinct(input.sources.map((s) => s.encoding.toUpperCase())),
      delimiters: distinct(input.sources.map((s) => words.delimiters[s.delimiter] ?? JSON.stringify(s.delimiter))),
    }),
    words.rows(rows.read, rows.used) +
      rowReasons(rows, words) +
      (rows.partial > 0 && rows.excluded.partial === 0 ? words.partialUsed(rows.partial) : '') +
      blankLines(report, words),
  ];
  // Percentages without n (a published table) say nothing of answer pairs; a warning says why.
  if (!report.features.some((f) => f.n === null)) {
    lines.push(
      words.pairs(pairs.used) +
        (['incomplete', 'blank', 'invalid'] as const)
          .filter((reason) => pairs[reason] > 0)
          .map((reason) => `, ${words.pairReasons[reason](pairs[reason])}`)
          .join(''),
    );
  }
  const { questionableRespondents, questionablePairs, reverseRespondents } = input.quality;
  if (questionableRespondents + reverseRespondents > 0) {
    lines.push(words.quality(questionableRespondents, questionablePairs, reverseRespondents));
  }
  if (input.questionGroups) lines.push(words.questions(input.questionGroups.functional, input.questionGroups.dysfunctional, input.questionGroups.by));
  if (input.ignoredColumns.length > 0) lines.push(words.ignored([...new Set(input.ignoredColumns.map((c) => c.column))].join(', ')));
  if (input.numericCodes.seen > 0) {
    const mapping = Object.entries(input.numericCodes.mapping).map(([code, answer]) => `${code}=${answer}`);
    lines.push(words.numeric(input.numericCodes.seen, mapping.join(' ')));
  }
  if (input.scale === 3) lines.push(words.scale3);
  if (input.customLabels > 0) lines.push(words.customLabels(input.customLabels));
  return lines;
}

/** ` + 1 blank + 2 preview`: every row left out, by reason, in the catalogue's words. */
export function rowReasons(rows: RowAccount, words: Messages['summary'] = en.summary): string {
  return (
    [
      ['blank', rows.blank],
      ['incomplete', rows.incomplete],
      ['invalid', rows.invalid],
      ['preview', rows.excluded.preview],
      ['test', rows.excluded.test],
      ['spam', rows.excluded.spam],
      ['partial', rows.excluded.partial],
      ['questionable', rows.excluded.questionable],
    ] as const
  )
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => ` + ${words.rowReasons[reason](count)}`)
    .join('');
}

function blankLines(report: Report, words: Messages['summary']): string {
  const count = report.input.sources.reduce((sum, s) => sum + s.blankLines, 0);
  return count > 0 ? words.emptyLines(count) : '';
}
