import { describe, expect, it } from 'vitest';
import { ANSWERS, CELL_NUMBERS, type Answer, type AnswerCell } from '../../src/model/answers.js';
import { EVALUATION_TABLE, evaluate, pairCategory } from '../../src/model/evaluation-table.js';

// Every cell written out from KANO-METHODS.md §2 (Kano et al. 1984; Berger et al. 1993), not from our table.
const CELLS: [functional: string, dysfunctional: string, category: string][] = [
  ['like', 'like', 'Q'], ['like', 'expect', 'A'], ['like', 'neutral', 'A'], ['like', 'tolerate', 'A'], ['like', 'dislike', 'O'],
  ['expect', 'like', 'R'], ['expect', 'expect', 'I'], ['expect', 'neutral', 'I'], ['expect', 'tolerate', 'I'], ['expect', 'dislike', 'M'],
  ['neutral', 'like', 'R'], ['neutral', 'expect', 'I'], ['neutral', 'neutral', 'I'], ['neutral', 'tolerate', 'I'], ['neutral', 'dislike', 'M'],
  ['tolerate', 'like', 'R'], ['tolerate', 'expect', 'I'], ['tolerate', 'neutral', 'I'], ['tolerate', 'tolerate', 'I'], ['tolerate', 'dislike', 'M'],
  ['dislike', 'like', 'R'], ['dislike', 'expect', 'R'], ['dislike', 'neutral', 'R'], ['dislike', 'tolerate', 'R'], ['dislike', 'dislike', 'Q'],
];

describe('evaluation table', () => {
  it.each(CELLS)('functional %s × dysfunctional %s is %s', (functional, dysfunctional, category) => {
    expect(evaluate(functional as never, dysfunctional as never)).toBe(category);
  });

  it('covers all 25 cells once, with A 3, O 1, M 3, I 9, R 7, Q 2', () => {
    expect(new Set(CELLS.map(([f, d]) => `${f}/${d}`)).size).toBe(25);
    const tally: Record<string, number> = {};
    for (const row of EVALUATION_TABLE) for (const code of row) tally[code] = (tally[code] ?? 0) + 1;
    expect(tally).toEqual({ A: 3, O: 1, M: 3, I: 9, R: 7, Q: 2 });
    expect(EVALUATION_TABLE).toHaveLength(ANSWERS.length);
  });

  it('gives the category of a pair of cells, or null when a side is blank or invalid', () => {
    const category = (f: AnswerCell, d: AnswerCell, table?: 'pouliot') => pairCategory(CELL_NUMBERS[f], CELL_NUMBERS[d], table);
    for (const [functional, dysfunctional, code] of CELLS) expect(category(functional as Answer, dysfunctional as Answer)).toBe(code);
    // Pouliot: (expect, expect) and (tolerate, tolerate) are questionable.
    expect(category('expect', 'expect', 'pouliot')).toBe('Q');
    expect(category('tolerate', 'tolerate', 'pouliot')).toBe('Q');
    for (const other of ['blank', 'invalid'] as const) {
      for (const answer of ANSWERS) {
        expect(category(other, answer)).toBeNull();
        expect(category(answer, other)).toBeNull();
      }
      expect(category(other, other)).toBeNull();
    }
  });
});
