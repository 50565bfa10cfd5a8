/**
 * The comparable form of an answer label: Unicode-compatibility normalised, case-folded, ё read as е
 * (Russian writes both), quotes and punctuation removed, whitespace collapsed.
 * "I’m neutral." and "i'm  NEUTRAL" both become "im neutral"; "Мне всё равно" matches "Мне все равно".
 */
export function normaliseLabel(label: string): string {
  return label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/gu, 'е')
    .replace(/\p{Cf}/gu, '')
    .replace(/[\p{P}\p{S}]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** A cell holding a whole number ("3", " 3 ", "3.0", "-9"), as its canonical text, else null. */
export function integerText(cell: string): string | null {
  const match = /^\s*([+-]?)0*(\d+)(?:\.0*)?\s*$/.exec(cell);
  if (!match) return null;
  const digits = match[2] ?? '';
  return match[1] === '-' && digits !== '0' ? `-${digits}` : digits;
}
