import type { Report } from '../model/report.js';

/** The stable interface: the whole report, unrounded, keys in schema order, features in input order. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
