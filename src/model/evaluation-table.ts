import { ANSWER_INDEX, type Answer } from './answers.js';
import type { CategoryCode } from './categories.js';

/**
 * The Kano evaluation table (Kano et al. 1984; Berger et al. 1993; Matzler & Hinterhuber 1998).
 * Rows: functional answer; columns: dysfunctional answer; both like → dislike.
 * 25 cells: A 3, O 1, M 3, I 9, R 7, Q 2.
 */
export const EVALUATION_TABLE: readonly (readonly CategoryCode[])[] = [
  /* like     */ ['Q', 'A', 'A', 'A', 'O'],
  /* expect   */ ['R', 'I', 'I', 'I', 'M'],
  /* neutral  */ ['R', 'I', 'I', 'I', 'M'],
  /* tolerate */ ['R', 'I', 'I', 'I', 'M'],
  /* dislike  */ ['R', 'R', 'R', 'R', 'Q'],
];

export function evaluate(functional: Answer, dysfunctional: Answer): CategoryCode {
  return EVALUATION_TABLE[ANSWER_INDEX[functional]]?.[ANSWER_INDEX[dysfunctional]] as CategoryCode;
}
