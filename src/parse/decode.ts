import { Buffer, isAscii } from 'node:buffer';
import { problem } from '../errors.js';

/** Encodings `--encoding` accepts; `auto` reads a UTF-16 byte-order mark, else UTF-8. */
export const ENCODINGS = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'iso-8859-1'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface Decoded {
  text: string;
  encoding: Exclude<Encoding, 'auto'>;
}

/** Text decoded piece by piece: pieces may split a character. */
export interface TextDecoding {
  /** The encoding read, once the first piece has been pushed. */
  readonly encoding: Exclude<Encoding, 'auto'>;
  push(bytes: Uint8Array): string;
  end(): string;
}

/**
 * Bytes → text, the byte-order mark dropped, piece by piece. With `auto`, a UTF-16 BOM selects UTF-16,
 * anything else must be valid UTF-8: invalid bytes are an error pointing at --encoding, never replacement
 * characters, so no mojibake reaches the output. `linesBefore` tells, when a piece fails, how many
 * lines the text decoded so far holds, so the error can say on which line the bad bytes are.
 */
export function createTextDecoding(source: string, encoding: Encoding = 'auto', linesBefore: () => number = () => 0): TextDecoding {
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  let chosen: Exclude<Encoding, 'auto'> = encoding === 'auto' ? 'utf-8' : encoding;
  // The first bytes wait until there are enough to read a byte-order mark and tell a binary file.
  const start: Uint8Array[] = [];
  let started = 0;
  // Bytes still to come of a UTF-8 character cut at the end of the pieces so far (the decoder holds its start).
  let owed = 0;
  const decode = (piece: Uint8Array, stream: boolean) => {
    let bytes = piece;
    // Pieces of plain ASCII (most survey exports are) are the same text in UTF-8 and Latin-1, which
    // Node copies without decoding: reading 200k × 30 answers takes about 0.9× the time. Not while a
    // character is owed, nor for the last call, which must flush the decoder.
    if (decoder !== null && chosen === 'utf-8' && stream && owed === 0 && isAscii(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    if (decoder === null) {
      start.push(piece);
      started += piece.length;
      if (stream && started < SNIFF_BYTES) return '';
      if (started === 0) throw problem('empty-input', { source }, {});
      bytes = start.length === 1 ? piece : concat(start, started);
      start.length = 0;
      const bom = byteOrderMark(bytes);
      const kind = bom === null || bom === 'utf-8' ? binaryKind(bytes) : null;
      if (kind) throw problem('binary-input', { source }, { kind });
      if (encoding === 'auto') chosen = bom ?? 'utf-8';
      decoder = new TextDecoder(chosen, { fatal: true });
    }
    try {
      const text = decoder.decode(bytes, { stream });
      owed = chosen === 'utf-8' ? stillOwed(bytes, owed) : 0;
      return text;
    } catch {
      // An empty last piece fails on a character cut short at the end of the input.
      const at = chosen !== 'utf-8' ? undefined : bytes.length === 0 ? 1 : lineOfFirstInvalidByte(bytes);
      throw problem('not-decodable', { source, line: at === undefined ? undefined : linesBefore() + at }, { encoding: chosen });
    }
  };
  return {
    get encoding() {
      return chosen;
    },
    push: (bytes) => decode(bytes, true),
    end: () => decode(new Uint8Array(0), false),
  };
}

/** Bytes → text, whole; see createTextDecoding. */
export function decodeText(bytes: Uint8Array, source: string, encoding: Encoding = 'auto'): Decoded {
  const decoding = createTextDecoding(source, encoding);
  const text = decoding.push(bytes) + decoding.end();
  return { text, encoding: decoding.encoding };
}

/**
 * The bytes of a UTF-8 character still to come after a piece of valid UTF-8, given those owed before
 * it: from the piece's last lead byte, or, in a piece of continuation bytes only, from the debt.
 */
function stillOwed(bytes: Uint8Array, before: number): number {
  for (let back = 1; back <= 4 && back <= bytes.length; back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return Math.max(0, length - back);
  }
  return Math.max(0, before - bytes.length);
}

/** Whether a text is plain ASCII, where reading names and labels needs no Unicode tables. */
export function isAsciiText(text: string): boolean {
  return /^[\x00-\x7f]*$/.test(text);
}

function concat(pieces: Uint8Array[], length: number): Uint8Array {
  const whole = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    whole.set(piece, at);
    at += piece.length;
  }
  return whole;
}

function byteOrderMark(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Bytes looked at for a byte-order mark and for signs of a binary file. */
const SNIFF_BYTES = 8192;

const SIGNATURES: [kind: 'zip' | 'png' | 'pdf', bytes: number[]][] = [
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['pdf', [0x25, 0x50, 0x44, 0x46]],
];

function binaryKind(bytes: Uint8Array): 'zip' | 'png' | 'pdf' | 'unknown' | null {
  for (const [kind, signature] of SIGNATURES) {
    if (signature.every((b, i) => bytes[i] === b)) return kind;
  }
  return bytes.subarray(0, SNIFF_BYTES).includes(0) ? 'unknown' : null;
}

/**
 * The 1-based line, within a piece of UTF-8, holding the first bytes that do not decode. The bytes that
 * continue a character begun in the previous piece are skipped.
 */
function lineOfFirstInvalidByte(bytes: Uint8Array): number | undefined {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  while (start < 3 && start < bytes.length && ((bytes[start] ?? 0) & 0xc0) === 0x80) start++;
  let line = 1;
  for (let i = start; i <= bytes.length; i++) {
    // A line ends at LF, or at a CR not followed by LF (old Mac files), as the CSV reader counts them.
    if (i === bytes.length || bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return undefined;
}
