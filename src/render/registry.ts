import type { Format } from '../model/formats.js';
import type { Report } from '../model/report.js';
import { renderCsv } from './csv.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { RenderOptions } from './options.js';
import { renderTable } from './table.js';

export const RENDERERS = {
  table: renderTable,
  json: renderJson,
  csv: renderCsv,
  markdown: renderMarkdown,
} as const satisfies Record<Format, (report: Report, options: RenderOptions) => string | Iterable<string>>;
