import { problem } from '../errors.js';

/** Encodings `--encoding` accepts; `auto` reads a UTF-16 byte-order mark, else UTF-8. */
export const ENCODINGS = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'iso-8859-1'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface Decoded {
  text: string;
  encoding: Exclude<Encoding, 'auto'>;
}

/**
 * Bytes → text, the byte-order mark dropped. With `auto`, a UTF-16 BOM selects UTF-16, anything else
 * must be valid UTF-8: invalid bytes are an error pointing at --encoding, never replacement characters,
 * so no mojibake reaches the output.
 */
export function decodeText(bytes: Uint8Array, source: string, encoding: Encoding = 'auto'): Decoded {
  if (bytes.length === 0) throw problem('empty-input', { source }, {});
  const bom = byteOrderMark(bytes);
  const kind = bom === null || bom === 'utf-8' ? binaryKind(bytes) : null;
  if (kind) throw problem('binary-input', { source }, { kind });
  const chosen = encoding === 'auto' ? (bom ?? 'utf-8') : encoding;
  try {
    return { text: new TextDecoder(chosen, { fatal: true }).decode(bytes), encoding: chosen };
  } catch {
    throw problem('not-decodable', { source, line: lineOfFirstInvalidByte(bytes, chosen) }, { encoding: chosen });
  }
}

function byteOrderMark(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

const SIGNATURES: [kind: 'zip' | 'png' | 'pdf', bytes: number[]][] = [
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['pdf', [0x25, 0x50, 0x44, 0x46]],
];

function binaryKind(bytes: Uint8Array): 'zip' | 'png' | 'pdf' | 'unknown' | null {
  for (const [kind, signature] of SIGNATURES) {
    if (signature.every((b, i) => bytes[i] === b)) return kind;
  }
  return bytes.subarray(0, 8192).includes(0) ? 'unknown' : null;
}

/** The 1-based line holding the first bytes that do not decode, for the error location. */
function lineOfFirstInvalidByte(bytes: Uint8Array, encoding: string): number | undefined {
  if (encoding !== 'utf-8') return undefined;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
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
