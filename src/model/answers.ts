/**
 * The five points of the Kano answer scale in questionnaire order (Berger et al. 1993).
 * Matrix rows and columns follow this order everywhere.
 */
export const ANSWERS = ['like', 'expect', 'neutral', 'tolerate', 'dislike'] as const;

export type Answer = (typeof ANSWERS)[number];

export const ANSWER_INDEX = {
  like: 0,
  expect: 1,
  neutral: 2,
  tolerate: 3,
  dislike: 4,
} as const satisfies Record<Answer, number>;

/**
 * Points of a 5-point or a 3-point scale. The 3-point evaluation table (KANO-METHODS.md §2) collapses
 * expect and tolerate into neutral; the standard table's rows and columns for those three answers are
 * identical, so one table serves both scales.
 */
export type Scale = 3 | 5;

export function scalePoints(scale: Scale): readonly Answer[] {
  return scale === 5 ? ANSWERS : ['like', 'neutral', 'dislike'];
}

/** An answer cell as read: one of the five points, blank, or not recognised. */
export type AnswerCell = Answer | 'blank' | 'invalid';

/**
 * Answer cells as small numbers, for the per-cell hot path (number lookups, not property lookups by
 * name): the five points in scale order, then blank and invalid.
 */
export const CELL_NUMBERS = { ...ANSWER_INDEX, blank: 5, invalid: 6 } as const satisfies Record<AnswerCell, number>;
export const BLANK_CELL = CELL_NUMBERS.blank;
export const INVALID_CELL = CELL_NUMBERS.invalid;
/** How many cell numbers there are: the stride of tables indexed by a pair of them. */
export const CELL_KINDS = Object.keys(CELL_NUMBERS).length;

export function isAnswer(value: string): value is Answer {
  return (ANSWERS as readonly string[]).includes(value);
}
