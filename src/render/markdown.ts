import { CATEGORY_CODES } from '../model/categories.js';
import type { Report } from '../model/report.js';
import { wordWarning } from '../model/warnings.js';
import { continuousHead, continuousRow, extras, notes, segmentHead, segmentRow, sortedFeatures, tableHead, tableRow } from './human.js';
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
function markdownTable(head: { label: string; numeric: boolean }[], rows: string[][]): string[] {
  return [
    `| ${head.map((h) => markdownCell(h.label)).join(' | ')} |`,
    `| ${head.map((h) => (h.numeric ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(markdownCell).join(' | ')} |`),
  ];
}

export function renderMarkdown(report: Report, { percent, messages, show, assetLink }: RenderOptions): string {
  const features = sortedFeatures(report);
  // The headline: how many features fall in each category, for a CI step summary.
  const headline = CATEGORY_CODES.map((code) => `${report.features.filter((f) => f.code === code).length} ${messages.categories[code]}`).join(' · ');
  const lines = [`## ${messages.title}`, '', `**${report.features.length}** · ${markdownCell(headline)}`];
  if (assetLink !== undefined) lines.push('', `![${markdownCell(messages.report.diagram)}](${encodeURI(assetLink)})`);
  if (show.discrete) {
    const extra = extras(report);
    const rows = features.map((f) => tableRow(f, percent, messages, extra));
    lines.push('', ...markdownTable(tableHead(messages, extra), rows), '', ...notes(report, percent, messages).map(markdownCell));
  }
  if (report.input.segment) {
    lines.push(
      '',
      `### ${messages.segments.title}`,
      '',
      ...markdownTable(segmentHead(report, messages), features.map((f) => segmentRow(f, report, messages))),
      '',
      markdownCell(messages.segments.note(report.input.segment.column, report.input.segment.minSegment)),
    );
  }
  if (show.continuous) {
    lines.push(
      '',
      `### ${messages.continuous.title}`,
      '',
      ...markdownTable(continuousHead(messages), features.map((f) => continuousRow(f, messages))),
      '',
      markdownCell(messages.continuous.note),
    );
  }
  if (report.warnings.length > 0) {
    lines.push('', `### ${messages.warningsTitle}`, '');
    for (const w of report.warnings) {
      lines.push(`- ${w.feature === null ? '' : `**${markdownCell(w.feature)}**: `}${markdownCell(wordWarning(messages.warnings, w))}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
