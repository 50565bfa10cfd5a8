import type { Report } from '../model/report.js';
import { wordWarning } from '../model/warnings.js';
import { notes, sortedFeatures, tableHead, tableRow } from './human.js';
import type { RenderOptions } from './options.js';

/** Text safe inside a Markdown table cell: no pipes, HTML or emphasis taken literally by the renderer. */
export function markdownCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/([|*_`[\]~])/g, '\\$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n|\r/g, ' ');
}

/** A GitHub-flavoured Markdown table of the priority order, with warnings and the rule. */
export function renderMarkdown(report: Report, { percent, messages }: RenderOptions): string {
  const head = tableHead(messages);
  const lines = [
    `## ${messages.title}`,
    '',
    `| ${head.map((h) => markdownCell(h.label)).join(' | ')} |`,
    `| ${head.map((h) => (h.numeric ? '---:' : '---')).join(' | ')} |`,
    ...sortedFeatures(report).map((f) => `| ${tableRow(f, percent, messages).map(markdownCell).join(' | ')} |`),
    '',
    ...notes(report, percent, messages).map(markdownCell),
  ];
  if (report.warnings.length > 0) {
    lines.push('', `### ${messages.warningsTitle}`, '');
    for (const w of report.warnings) {
      lines.push(`- ${w.feature === null ? '' : `**${markdownCell(w.feature)}**: `}${markdownCell(wordWarning(messages.warnings, w))}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
