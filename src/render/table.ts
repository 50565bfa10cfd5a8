import Table from 'cli-table3';
import type { Report } from '../model/report.js';
import { notes, sortedFeatures, tableHead, tableRow } from './human.js';
import type { RenderOptions } from './options.js';

/** The priority table for a terminal: one row per feature in sort order, the rule underneath. */
export function renderTable(report: Report, { style, percent, messages }: RenderOptions): string {
  const head = tableHead(messages);
  const table = new Table({
    head: head.map((h) => style.heading(h.label)),
    colAligns: head.map((h) => (h.numeric ? 'right' : 'left')),
    // Our style object does all colouring; cli-table3's own colours would ignore --no-color.
    style: { head: [], border: [], compact: true },
  });
  for (const feature of sortedFeatures(report)) {
    const cells = tableRow(feature, percent, messages);
    if (feature.code !== null) cells[2] = style.category(feature.code, cells[2] ?? '');
    table.push(cells);
  }
  return `${table.toString()}\n${notes(report, percent, messages).map((line) => style.dim(line)).join('\n')}\n`;
}
