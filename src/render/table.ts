import Table from 'cli-table3';
import type { Report } from '../model/report.js';
import { continuousHead, continuousRow, extras, notes, segmentHead, segmentRow, sortedFeatures, tableHead, tableRow } from './human.js';
import type { RenderOptions } from './options.js';

function terminalTable(head: { label: string; numeric: boolean }[], rows: string[][], { style }: RenderOptions): string {
  const table = new Table({
    head: head.map((h) => style.heading(h.label)),
    colAligns: head.map((h) => (h.numeric ? 'right' : 'left')),
    // Our style object does all colouring; cli-table3's own colours would ignore --no-color.
    style: { head: [], border: [], compact: true },
  });
  table.push(...rows);
  return table.toString();
}

/** The priority table for a terminal: one row per feature in sort order, the rule underneath. */
export function renderTable(report: Report, options: RenderOptions): string {
  const { style, percent, messages, show } = options;
  const features = sortedFeatures(report);
  const parts: string[] = [];
  if (show.discrete) {
    const rows = features.map((feature) => {
      const cells = tableRow(feature, percent, messages, extras(report));
      if (feature.code !== null) cells[2] = style.category(feature.code, cells[2] ?? '');
      return cells;
    });
    parts.push(terminalTable(tableHead(messages, extras(report)), rows, options), notes(report, percent, messages).map((line) => style.dim(line)).join('\n'));
  }
  if (report.input.segment) {
    parts.push(
      terminalTable(segmentHead(report, messages), features.map((f) => segmentRow(f, report, messages)), options),
      style.dim(messages.segments.note(report.input.segment.column, report.input.segment.minSegment)),
    );
  }
  if (show.continuous) {
    parts.push(
      terminalTable(continuousHead(messages), features.map((f) => continuousRow(f, messages)), options),
      style.dim(messages.continuous.note),
    );
  }
  return `${parts.join('\n')}\n`;
}
