/**
 * What the commands read: each input's name and content, whole (bytes or text) or in pieces as they
 * are read, and the helpers that look at content in either form.
 */

export interface SurveyInput {
  /** Shown in messages and the summary: a path, or `<stdin>`. */
  name: string;
  content: Uint8Array | string | ByteStream;
}

/** An input read piece by piece (a large file, stdin), so that it is never held whole. */
export interface ByteStream {
  /** The first bytes: at least 64 KiB, unless the input is shorter. */
  head: Uint8Array;
  /** The pieces after `head`, iterated once. */
  rest: Iterable<Uint8Array>;
}

/** The pieces of an input's content, in order. */
export function* piecesOf(content: SurveyInput['content']): Generator<Uint8Array | string> {
  if (typeof content === 'string' || content instanceof Uint8Array) {
    yield content;
  } else {
    yield content.head;
    yield* content.rest;
  }
}

/** An input's content whole, as bytes: for the small files (answer maps, counts, reports) read at once. */
export function wholeBytes(content: SurveyInput['content']): Uint8Array | string {
  if (typeof content === 'string' || content instanceof Uint8Array) return content;
  return Buffer.concat([...piecesOf(content)].map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
}

/** An input's content whole, as text: for JSON inputs (counts, reports). */
export function wholeText(content: SurveyInput['content']): string {
  const whole = wholeBytes(content);
  return (typeof whole === 'string' ? whole : new TextDecoder().decode(whole)).replace(/^\uFEFF/, '');
}

/** Whether an input holds JSON rather than CSV: a survey never starts with "{". */
export function looksLikeJson(content: SurveyInput['content']): boolean {
  const [first = ''] = piecesOf(content);
  const head = typeof first === 'string' ? first.slice(0, 64) : new TextDecoder().decode(first.subarray(0, 64));
  return head.replace(/^\uFEFF/, '').trimStart().startsWith('{');
}
