import { IMPORTANCE_WORDS } from '../model/importance-words.js';
import { integerText, labelLookup, normaliseLabel } from './label.js';

/** An importance cell as read: a level 1–9, blank, or not recognised. */
export type ImportanceCell = number | 'blank' | 'invalid';

const levelOfWord = labelLookup(Object.values(IMPORTANCE_WORDS).flatMap((levels) => levels.flatMap((words, i) => words.map((w) => [w, i + 1] as const))));

/** Highest level of the 9-point scale; the 5-point one stops at 5. */
export const MAX_LEVEL = 9;

/**
 * Reads a self-stated importance answer: a number ("7"), a labelled number ("9 - Extremely important",
 * "3. Moderately"), or a word of the 5-point scale in a supported language.
 */
export function readImportance(cell: string): ImportanceCell {
  if (cell.trim() === '') return 'blank';
  const labelled = /^\s*(\d+)\s*(?:[-–—.:)=]|\s)\s*\S/u.exec(cell);
  const number = integerText(cell) ?? (labelled ? labelled[1] ?? null : null);
  if (number !== null) {
    const level = Number(number);
    return level >= 1 && level <= MAX_LEVEL ? level : 'invalid';
  }
  return levelOfWord(normaliseLabel(cell)) ?? 'invalid';
}
