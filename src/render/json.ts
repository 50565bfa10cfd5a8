import type { QualitySummary, Report } from '../model/report.js';
import { packQuality, respondentsOf } from '../model/quality.js';

/** Respondents put into one piece of the text. */
const PER_PIECE = 4096;
/** Stands in for the list of respondents while the rest of the report is written. */
const PLACEHOLDER = '\u0000respondents\u0000';
/** Where the list sits: report → input → quality → respondents, items two spaces deeper each. */
const ITEM_INDENT = ' '.repeat(8);

/**
 * The stable interface: the whole report, unrounded, keys in schema order, features in input order.
 * The text of JSON.stringify(report, null, 2), in pieces: the respondents with questionable or reverse
 * pairs (hundreds of thousands in a large survey) are written a few thousand at a time from their
 * columns, so the whole text is never held at once.
 */
export function* renderJson(report: Report): Generator<string> {
  const { quality } = report.input;
  const rest = { ...report, input: { ...report.input, quality: withPlaceholder(quality) } };
  const text = `${JSON.stringify(rest, null, 2)}\n`;
  const at = text.indexOf(JSON.stringify(PLACEHOLDER));
  yield text.slice(0, at);
  const packed = packQuality(quality);
  const count = packed.columns.length / 4;
  if (count === 0) yield '[]';
  for (let first = 0; first < count; first += PER_PIECE) {
    const items = respondentsOf(packed, first, Math.min(count, first + PER_PIECE)).map((r) => JSON.stringify(r, null, 2).replaceAll('\n', `\n${ITEM_INDENT}`));
    yield `${first === 0 ? `[\n${ITEM_INDENT}` : `,\n${ITEM_INDENT}`}${items.join(`,\n${ITEM_INDENT}`)}${first + PER_PIECE >= count ? `\n${ITEM_INDENT.slice(2)}]` : ''}`;
  }
  yield text.slice(at + JSON.stringify(PLACEHOLDER).length);
}

/** The summary's fields in order, the list replaced (read without the getter that would make it). */
function withPlaceholder(quality: QualitySummary): Record<string, unknown> {
  return Object.fromEntries(Object.keys(quality).map((key) => [key, key === 'respondents' ? PLACEHOLDER : quality[key as keyof QualitySummary]]));
}
