import type { Report } from '../model/report.js';
import { notes, sortedFeatures, TABLE_HEAD, tableRow } from './human.js';
import type { RenderOptions } from './options.js';

/** Text safe inside a Markdown table cell: no pipes, HTML or emphasis taken literally by the renderer. */
export function markdownCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/([|*_`[\]#~])/g, '\\$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n|\r/g, ' ');
}

/** A GitHub-flavoured Markdown table of the priority order, with warnings and the rule. */
export function renderMarkdown(report: Report, { percent }: RenderOptions): string {
  const numeric = (h: string) => h !== 'Feature' && h !== 'Category' && h !== 'Fong';
  const lines = [
    '## Kano analysis',
    '',
    `| ${TABLE_HEAD.join(' | ')} |`,
    `| ${TABLE_HEAD.map((h) => (numeric(h) ? '---:' : '---')).join(' | ')} |`,
    ...sortedFeatures(report).map((f) => `| ${tableRow(f, percent).map(markdownCell).join(' | ')} |`),
    '',
    ...notes(report, percent).map(markdownCell),
  ];
  if (report.warnings.length > 0) {
    lines.push('', '### Warnings', '');
    for (const w of report.warnings) lines.push(`- ${w.feature === null ? '' : `**${markdownCell(w.feature)}**: `}${markdownCell(w.message)}`);
  }
  return `${lines.join('\n')}\n`;
}
