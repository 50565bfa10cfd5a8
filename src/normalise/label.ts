import { isAsciiText } from '../parse/decode.js';

/**
 * The comparable form of an answer label: Unicode-compatibility normalised, case-folded, ё read as е
 * (Russian writes both), quotes and punctuation removed, whitespace collapsed.
 * "I’m neutral." and "i'm  NEUTRAL" both become "im neutral"; "Мне всё равно" matches "Мне все равно".
 */
export function normaliseLabel(label: string): string {
  // Plain ASCII (most answers) gives the same without Unicode property patterns, whose compiling loads
  // ICU tables (about 5% of a small run's instructions): its punctuation and symbols are these.
  if (isAsciiText(label)) return label.toLowerCase().replace(/[!-/:-@[-`{-~]/g, '').replace(/\s+/g, ' ').trim();
  return normaliseAnyLabel(label);
}

/** normaliseLabel for any text, through the Unicode patterns. */
export function normaliseAnyLabel(label: string): string {
  return label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/gu, 'е')
    .replace(/\p{Cf}/gu, '')
    .replace(/[\p{P}\p{S}]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Looks up normalised labels, the table built on first use in two halves: plain-ASCII labels, and the
 * others only once a non-ASCII text is looked up, so an English survey never normalises the wordings of
 * other scripts. Exact while no non-ASCII label normalises to ASCII (tested for the built-in wordings).
 */
export function labelLookup<T>(entries: readonly (readonly [label: string, value: T])[]): (normalised: string) => T | undefined {
  const halves = new Map<boolean, Map<string, T>>();
  return (normalised) => {
    const ascii = isAsciiText(normalised);
    let half = halves.get(ascii);
    if (half === undefined) {
      half = new Map(entries.filter(([label]) => isAsciiText(label) === ascii).map(([label, value]) => [normaliseLabel(label), value]));
      halves.set(ascii, half);
    }
    return half.get(normalised);
  };
}

/** A cell holding a whole number ("3", " 3 ", "3.0", "-9"), as its canonical text, else null. */
export function integerText(cell: string): string | null {
  const match = /^\s*([+-]?)0*(\d+)(?:\.0*)?\s*$/.exec(cell);
  if (!match) return null;
  const digits = match[2] ?? '';
  return match[1] === '-' && digits !== '0' ? `-${digits}` : digits;
}
