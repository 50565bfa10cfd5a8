import { ANSWERS } from './answers.js';

/**
 * Functional × dysfunctional answer counts for one feature: rows functional, columns dysfunctional,
 * both in ANSWERS order. Every discrete figure is a function of this matrix, and matrices add.
 */
export type AnswerMatrix = number[][];

export function emptyMatrix(): AnswerMatrix {
  return ANSWERS.map(() => ANSWERS.map(() => 0));
}

