import { ANSWERS, BLANK_CELL, INVALID_CELL } from '../model/answers.js';
import { DYSFUNCTIONAL_SCORES, FUNCTIONAL_SCORES } from '../model/scores.js';
import type { FeatureTally } from '../model/counts.js';
import { emptyMatrix } from '../model/matrix.js';
import type { PairAccount, RowAccount } from '../model/report.js';

/** What became of one answer pair. */
export type PairOutcome = keyof PairAccount;

export function emptyFeatureTally(): FeatureTally {
  return {
    matrix: emptyMatrix(),
    incomplete: 0,
    blank: 0,
    invalid: 0,
    importance: new Array<number>(10).fill(0),
    weighted: { weight: 0, functional: 0, dysfunctional: 0 },
  };
}

const FUNCTIONAL_BY_NUMBER = ANSWERS.map((a) => FUNCTIONAL_SCORES[a]);
const DYSFUNCTIONAL_BY_NUMBER = ANSWERS.map((a) => DYSFUNCTIONAL_SCORES[a]);

/**
 * Counts one pair of cells given as numbers (CELL_NUMBERS), and its importance level if given: into
 * the matrix when both sides are answers, else by why not.
 */
export function countPair(tally: FeatureTally, functional: number, dysfunctional: number, importance: number | null = null): PairOutcome {
  if (importance !== null) tally.importance[importance]! += 1;
  if (functional === INVALID_CELL || dysfunctional === INVALID_CELL) {
    tally.invalid++;
    return 'invalid';
  }
  if (functional === BLANK_CELL || dysfunctional === BLANK_CELL) {
    const outcome = functional === dysfunctional ? 'blank' : 'incomplete';
    tally[outcome]++;
    return outcome;
  }
  const row = tally.matrix[functional]!;
  row[dysfunctional]! += 1;
  if (importance !== null) {
    tally.weighted.weight += importance;
    tally.weighted.functional += importance * FUNCTIONAL_BY_NUMBER[functional]!;
    tally.weighted.dysfunctional += importance * DYSFUNCTIONAL_BY_NUMBER[dysfunctional]!;
  }
  return 'used';
}

export function emptyRowAccount(): RowAccount {
  return { read: 0, used: 0, blank: 0, incomplete: 0, invalid: 0, excluded: { preview: 0, test: 0, spam: 0, partial: 0, questionable: 0 }, partial: 0 };
}

/** The outcomes of a row's pairs as bits, or-ed together pair by pair (a set would hash every pair's outcome). */
export const OUTCOME_BITS = { used: 1, invalid: 2, incomplete: 4, blank: 8 } as const satisfies Record<PairOutcome, number>;

/**
 * Accounts for one row from the outcomes of its pairs (OUTCOME_BITS): used if any pair was used, else
 * excluded for the most telling reason (an unrecognised answer, then a half-answered pair, then nothing at all).
 */
export function countRow(account: RowAccount, outcomes: number): void {
  account.read++;
  if (outcomes & OUTCOME_BITS.used) account.used++;
  else if (outcomes & OUTCOME_BITS.invalid) account.invalid++;
  else if (outcomes & OUTCOME_BITS.incomplete) account.incomplete++;
  else account.blank++;
}
