import type { QualitySummary, Report } from '../model/report.js';
import { packQuality, respondentsOf } from '../model/quality.js';

/**
 * Respondents put into one piece of the text. Larger pieces raise the peak memory: at 1M rows, 4,096
 * a piece peaked at 120–150 MB, 1,024 at 112–114 MB (as the CSV result).
 */
const PER_PIECE = 1024;

/** The stable interface: the whole report, unrounded, keys in schema order, features in input order. */
export function renderJson(report: Report): Generator<string> {
  return jsonPieces(report, 2);
}

/**
 * The text of JSON.stringify(document, null, indent) and a line end, in pieces: the respondents with
 * questionable or reverse pairs (hundreds of thousands in a large survey) are written a thousand or so
 * at a time from their columns, so the whole text is never held at once. For reports and counts
 * documents, whose list sits at input → quality → respondents.
 */
export function* jsonPieces(document: { input: { quality: QualitySummary } }, indent: 0 | 2): Generator<string> {
  const { quality } = document.input;
  // The rest of the document, a placeholder standing in for the list: one that occurs once in the text.
  let placeholder = '';
  let text = '';
  for (let n = 0; text === '' || text.indexOf(placeholder) !== text.lastIndexOf(placeholder); n++) {
    const stand = `\u0000respondents ${n}\u0000`;
    placeholder = JSON.stringify(stand);
    text = `${JSON.stringify({ ...document, input: { ...document.input, quality: withPlaceholder(quality, stand) } }, null, indent)}\n`;
  }
  const at = text.indexOf(placeholder);
  yield text.slice(0, at);
  // Items are three levels deeper than the document, their lines indented to match.
  const items = indent === 0 ? '' : `\n${' '.repeat(4 * indent)}`;
  const close = indent === 0 ? ']' : `\n${' '.repeat(3 * indent)}]`;
  const packed = packQuality(quality);
  const count = packed.columns.length / 4;
  if (count === 0) yield '[]';
  for (let first = 0; first < count; first += PER_PIECE) {
    const written = respondentsOf(packed, first, Math.min(count, first + PER_PIECE)).map((r) => JSON.stringify(r, null, indent).replaceAll('\n', items));
    yield `${first === 0 ? '[' : ','}${items}${written.join(`,${items}`)}${first + PER_PIECE >= count ? close : ''}`;
  }
  yield text.slice(at + placeholder.length);
}

/** The summary's fields in order, the list replaced (read without the getter that would make it). */
function withPlaceholder(quality: QualitySummary, placeholder: string): Record<string, unknown> {
  return Object.fromEntries(Object.keys(quality).map((key) => [key, key === 'respondents' ? placeholder : quality[key as keyof QualitySummary]]));
}
