import Table from 'cli-table3';
import type { Report } from '../model/report.js';
import { notes, sortedFeatures, TABLE_HEAD, tableRow } from './human.js';
import type { RenderOptions } from './options.js';

const RIGHT_ALIGNED = new Set(['#', 'n', 'A', 'O', 'M', 'I', 'R', 'Q', 'Better', 'Worse', 'Strength']);

/** The priority table for a terminal: one row per feature in sort order, the rule underneath. */
export function renderTable(report: Report, { style, percent }: RenderOptions): string {
  const table = new Table({
    head: TABLE_HEAD.map((h) => style.heading(h)),
    colAligns: TABLE_HEAD.map((h) => (RIGHT_ALIGNED.has(h) ? 'right' : 'left')),
    // Our style object does all colouring; cli-table3's own colours would ignore --no-color.
    style: { head: [], border: [], compact: true },
  });
  for (const feature of sortedFeatures(report)) {
    const cells = tableRow(feature, percent);
    if (feature.code !== null) cells[2] = style.category(feature.code, cells[2] ?? '');
    table.push(cells);
  }
  return `${table.toString()}\n${notes(report, percent).map((line) => style.dim(line)).join('\n')}\n`;
}
