import { ANSWER_INDEX, CELL_KINDS, type Answer } from './answers.js';
import type { CategoryCode } from './categories.js';

export const TABLE_NAMES = ['standard', 'pouliot'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

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

/**
 * Pouliot's variant (in Berger et al. 1993): every same-answer pair is questionable except
 * neutral/neutral, so (expect, expect) and (tolerate, tolerate) become Q as well.
 */
export const POULIOT_TABLE: readonly (readonly CategoryCode[])[] = [
  ['Q', 'A', 'A', 'A', 'O'],
  ['R', 'Q', 'I', 'I', 'M'],
  ['R', 'I', 'I', 'I', 'M'],
  ['R', 'I', 'I', 'Q', 'M'],
  ['R', 'R', 'R', 'R', 'Q'],
];

export const EVALUATION_TABLES = { standard: EVALUATION_TABLE, pouliot: POULIOT_TABLE } as const satisfies Record<TableName, unknown>;

export function evaluate(functional: Answer, dysfunctional: Answer, table: TableName = 'standard'): CategoryCode {
  return EVALUATION_TABLES[table][ANSWER_INDEX[functional]]?.[ANSWER_INDEX[dysfunctional]] as CategoryCode;
}

/** Per table, the category of each pair of cell numbers (CELL_NUMBERS) at f × CELL_KINDS + d; null unless both are answers. */
const CATEGORY_OF_CELLS = Object.fromEntries(
  TABLE_NAMES.map((name) => [
    name,
    Array.from({ length: CELL_KINDS ** 2 }, (_, i) => EVALUATION_TABLES[name][Math.floor(i / CELL_KINDS)]?.[i % CELL_KINDS] ?? null),
  ]),
) as Record<TableName, (CategoryCode | null)[]>;

/** The category of a pair of cells given as numbers (CELL_NUMBERS), or null unless both are answers: a hot path. */
export function pairCategory(functional: number, dysfunctional: number, table: TableName = 'standard'): CategoryCode | null {
  return CATEGORY_OF_CELLS[table][functional * CELL_KINDS + dysfunctional] ?? null;
}
