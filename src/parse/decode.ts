import { problem } from '../errors.js';

/**
 * Bytes → text. UTF-8 (BOM optional) unless a UTF-16 BOM says otherwise; the BOM is dropped.
 * Invalid UTF-8 is an error rather than replacement characters, so no mojibake reaches the output.
 */
export function decodeText(bytes: Uint8Array, source: string): string {
  const at = { source };
  if (bytes.length === 0) throw problem('empty-input', at, {});
  const kind = binaryKind(bytes);
  if (kind) throw problem('binary-input', at, { kind });
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw problem('not-utf8', { source, line: lineOfFirstInvalidByte(bytes) }, {});
  }
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
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return !utf16 && bytes.subarray(0, 8192).includes(0) ? 'unknown' : null;
}

/** The 1-based line holding the first byte sequence that is not UTF-8, for the error location. */
function lineOfFirstInvalidByte(bytes: Uint8Array): number {
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
  return line;
}
