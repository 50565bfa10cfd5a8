/** Field delimiters we recognise, in order of preference when counts tie. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;

export interface Dialect {
  delimiter: string;
  /** Physical line on which the CSV starts: 2 when an Excel `sep=` hint line comes first. */
  fromLine: number;
}

/** Excel's first line naming the delimiter, e.g. `sep=;`. */
const SEP_HINT = /^sep=(.)\r?\n/;

/**
 * The delimiter of a survey export: an Excel `sep=X` first line if present, else the candidate
 * that occurs most often, outside quotes, in the header record (comma when none occurs).
 */
export function sniffDialect(text: string): Dialect {
  const hint = SEP_HINT.exec(text);
  if (hint?.[1]) return { delimiter: hint[1], fromLine: 2 };
  const end = firstLineEnd(text);
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of end < 0 ? text : text.slice(0, end)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: string = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return { delimiter: best, fromLine: 1 };
}

/** Whether the text holds the whole first record (or a `sep=` line), so that its dialect can be sniffed. */
export function hasFirstRecord(text: string): boolean {
  if (SEP_HINT.test(text)) return true;
  const end = firstLineEnd(text);
  // A character must follow, so that a CR is not taken for the end of a CRLF still to come.
  return end >= 0 && end + 1 < text.length;
}

/** Where the first record ends: its first CR or LF outside quotes, or -1. */
function firstLineEnd(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) return i;
  }
  return -1;
}
