import { ANSWERS } from '../model/answers.js';
import { EVALUATION_TABLES } from '../model/evaluation-table.js';
import type { Report } from '../model/report.js';
import { wordWarning } from '../model/warnings.js';
import { escapeXml as e } from './escape.js';
import { continuousHead, continuousRow, extras, notes, segmentHead, segmentRow, sortedFeatures, tableHead, tableRow } from './human.js';
import type { Messages } from './messages/messages.js';
import { summaryLines } from './summary.js';
import { betterWorseSvg } from './svg/better-worse.js';
import { continuousSvg } from './svg/continuous-diagram.js';
import { CATEGORY_FILL } from './svg/palette.js';
import { stackedBarsSvg } from './svg/stacked-bars.js';

export interface HtmlReportOptions {
  messages: Messages;
  lang: string;
  title?: string;
  /** When the report was made, only if asked (--timestamp): reports are otherwise byte-identical. */
  generatedAt?: string;
}

const CSS = `
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1a1a1a; margin: 0; background: #fff; }
main { max-width: 1100px; margin: 0 auto; padding: 24px; }
h1 { margin: 0 0 4px; } h2 { margin-top: 36px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
.meta, .notes { color: #555; font-size: 13px; }
table { border-collapse: collapse; font-size: 13px; margin: 8px 0; }
th, td { border: 1px solid #ddd; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f4f4f4; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
.cat { font-weight: 600; } .swatch { display: inline-block; width: 10px; height: 10px; margin-right: 6px; }
svg { max-width: 100%; height: auto; }
ul.warnings li { color: #8a4b00; }
@media print { main { max-width: none; padding: 0; } h2 { break-after: avoid; } svg, table { break-inside: avoid; } }
`;

function htmlTable(head: { label: string; numeric: boolean }[], rows: string[][], categoryColumn = -1, codes: (string | null)[] = []): string {
  const th = head.map((h) => `<th>${e(h.label)}</th>`).join('');
  const body = rows
    .map((row, r) => {
      const cells = row.map((cell, i) => {
        const numeric = head[i]?.numeric ? ' class="n"' : '';
        const code = codes[r];
        if (i === categoryColumn && code) {
          return `<td class="cat"><span class="swatch" style="background:${CATEGORY_FILL[code as keyof typeof CATEGORY_FILL]}"></span>${e(cell)}</td>`;
        }
        return `<td${numeric}>${e(cell)}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<table>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/**
 * The Kano report as one self-contained HTML file: inline CSS and SVG, no script, nothing fetched
 * (a Content-Security-Policy forbids it), printable. Input summary, Better–Worse diagram, category
 * shares, priority table, continuous diagram, segments, method notes and warnings.
 */
export function renderHtmlReport(report: Report, { messages, lang, title = messages.report.title, generatedAt }: HtmlReportOptions): string {
  const features = sortedFeatures(report);
  const extra = extras(report);
  const words = messages.report;
  const sections: string[] = [];
  sections.push(`<section id="input"><h2>${e(words.input)}</h2><ul>${summaryLines(report, messages).map((l) => `<li>${e(l)}</li>`).join('')}</ul></section>`);
  sections.push(`<section id="better-worse"><h2>${e(words.diagram)}</h2>\n${betterWorseSvg(report, messages, words.diagram)}</section>`);
  sections.push(`<section id="shares"><h2>${e(words.shares)}</h2>\n${stackedBarsSvg(features, messages, words.shares)}</section>`);
  sections.push(
    `<section id="priority"><h2>${e(words.priority)}</h2>\n${htmlTable(tableHead(messages, extra), features.map((f) => tableRow(f, false, messages, extra)), 2, features.map((f) => f.code))}\n` +
      `<div class="notes">${notes(report, false, messages).map((l) => `<p>${e(l)}</p>`).join('')}</div></section>`,
  );
  if (features.some((f) => f.continuous !== null)) {
    sections.push(
      `<section id="continuous"><h2>${e(messages.continuous.title)}</h2>\n${continuousSvg(report, messages, messages.continuous.title)}\n` +
        `${htmlTable(continuousHead(messages), features.map((f) => continuousRow(f, messages)))}\n<p class="notes">${e(messages.continuous.note)}</p></section>`,
    );
  }
  if (report.segments && report.input.segment) {
    const segmentSections = Object.entries(report.segments).map(([value, s]) => {
      const ordered = [...s.features].sort((a, b) => a.rank - b.rank);
      const plain = { ci: false, importance: false, refined: false };
      return `<h3>${e(words.segment(value, s.respondents))}</h3>\n${htmlTable(tableHead(messages, plain), ordered.map((f) => tableRow(f, false, messages, plain)), 2, ordered.map((f) => f.code))}`;
    });
    sections.push(
      `<section id="segments"><h2>${e(messages.segments.title)}</h2>\n${htmlTable(segmentHead(report, messages), features.map((f) => segmentRow(f, report, messages)))}\n` +
        `<p class="notes">${e(messages.segments.note(report.input.segment.column, report.input.segment.minSegment))}</p>\n${segmentSections.join('\n')}</section>`,
    );
  }
  const table = EVALUATION_TABLES[report.method.table];
  const evaluation = htmlTable(
    [{ label: '', numeric: false }, ...ANSWERS.map((a) => ({ label: a, numeric: false }))],
    ANSWERS.map((a, r) => [a, ...ANSWERS.map((_, col) => table[r]?.[col] ?? '')]),
  );
  const method = Object.entries(report.method)
    .filter(([, v]) => typeof v === 'string' || (typeof v === 'object' && v !== null && 'text' in v))
    .map(([k, v]) => `<li><b>${e(k)}</b>: ${e(typeof v === 'string' ? v : (v as { text: string }).text)}</li>`)
    .join('');
  sections.push(`<section id="method"><h2>${e(words.method)}</h2>\n<p>${e(words.evaluationTable)}</p>\n${evaluation}\n<ul class="notes">${method}</ul></section>`);
  if (report.warnings.length > 0) {
    sections.push(
      `<section id="warnings"><h2>${e(messages.warningsTitle)}</h2><ul class="warnings">${report.warnings
        .map((w) => `<li>${w.feature === null ? '' : `<b>${e(w.feature)}</b>: `}${e(wordWarning(messages.warnings, w))}</li>`)
        .join('')}</ul></section>`,
    );
  }
  return [
    '<!doctype html>',
    `<html lang="${e(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${e(title)}</h1>`,
    `<p class="meta">kano ${e(report.tool.version)} · ${e(report.input.sources.map((s) => s.name).join(', '))}${generatedAt ? ` · ${e(words.generated(generatedAt))}` : ''}</p>`,
    ...sections,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
