// Finding one value in a JSON text without parsing the rest: a counts document's list of respondents
// (a million respondents make a list of 29 MB, 90 MB once parsed) is read a thousand at a time.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/**
 * Where the value at `path` (keys of nested objects from the top) lies in a JSON text, as [start, end),
 * or null if there is none. Only scans: values on the way are skipped, not parsed, and the first of
 * repeated keys is taken (JSON.parse takes the last: callers check). The text is assumed to be JSON;
 * what is not is found out when the parts are parsed.
 */
export function valueRange(text: string, path: readonly string[]): [number, number] | null {
  let at = skipSpace(text, 0);
  for (const key of path) {
    if (text[at] !== '{') return null;
    at = skipSpace(text, at + 1);
    for (;;) {
      if (text.charCodeAt(at) !== QUOTE) return null;
      const keyEnd = stringEnd(text, at);
      const name = JSON.parse(text.slice(at, keyEnd)) as string;
      at = skipSpace(text, keyEnd);
      if (text[at] !== ':') return null;
      at = skipSpace(text, at + 1);
      if (name === key) break;
      at = skipSpace(text, valueEnd(text, at));
      if (text[at] !== ',') return null;
      at = skipSpace(text, at + 1);
    }
  }
  return at < text.length ? [at, valueEnd(text, at)] : null;
}

/** The elements of the JSON array at [start, end) of a text, parsed `size` at a time. */
export function* arrayChunks(text: string, [start, end]: [number, number], size: number): Generator<unknown[]> {
  if (text[start] !== '[') throw new SyntaxError(`expected an array at position ${start}`);
  let at = skipSpace(text, start + 1);
  while (at < end && text[at] !== ']') {
    const from = at;
    let last = at;
    for (let k = 0; k < size && at < end && text[at] !== ']'; k++) {
      last = valueEnd(text, at);
      at = skipSpace(text, last);
      if (text[at] === ',') at = skipSpace(text, at + 1);
    }
    yield JSON.parse(`[${text.slice(from, last)}]`) as unknown[];
  }
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && (text[at] === ' ' || text[at] === '\n' || text[at] === '\r' || text[at] === '\t')) at++;
  return at;
}

/** The end of the string starting at `at` (its opening quote), past its closing quote. */
function stringEnd(text: string, at: number): number {
  for (let i = at + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH) i++;
    else if (code === QUOTE) return i + 1;
  }
  return text.length;
}

/** The end of the value starting at `at`: a string, an object or array (to its matching bracket), or a literal. */
function valueEnd(text: string, at: number): number {
  const first = text[at];
  if (first === '"') return stringEnd(text, at);
  if (first === '{' || first === '[') {
    let depth = 0;
    for (let i = at; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === QUOTE) i = stringEnd(text, i) - 1;
      else if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
      else if ((code === CLOSE_BRACE || code === CLOSE_BRACKET) && --depth === 0) return i + 1;
    }
    return text.length;
  }
  let i = at;
  while (i < text.length && !',]} \n\r\t'.includes(text[i]!)) i++;
  return i;
}
