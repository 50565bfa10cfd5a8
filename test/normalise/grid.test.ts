import { describe, expect, it } from 'vitest';
import { pairGrids, readGridColumn, type GridColumn } from '../../src/normalise/grid.js';

const columns = (headers: string[]): GridColumn[] =>
  headers.map((h, i) => readGridColumn(h, i)).filter((c): c is GridColumn => c !== null);

describe('pairGrids', () => {
  it('pairs a question with its negation, leaving an importance grid alone', () => {
    const grid = columns([
      'How important is this to you? [Dark mode]',
      'How important is this to you? [Offline]',
      'How would you feel if the app had this? [Dark mode]',
      'How would you feel if the app had this? [Offline]',
      'How would you feel if the app did not have this? [Dark mode]',
      'How would you feel if the app did not have this? [Offline]',
    ]);
    expect(pairGrids(grid)).toEqual({
      pair: { functional: 'How would you feel if the app had this?', dysfunctional: 'How would you feel if the app did not have this?' },
      ambiguous: [],
    });
  });

  it.each(["How would you feel if it didn't have this?", 'How would you feel without this?', 'If there was no such feature?'])(
    'recognises the negation in %j',
    (negated) => {
      const grid = columns([`If it had this? [A]`, `${negated} [A]`]);
      expect(pairGrids(grid).pair?.dysfunctional).toBe(negated);
    },
  );

  it('reports two un-negated grids with the same rows as ambiguous', () => {
    const grid = columns(['Question one [A]', 'Question one [B]', 'Question two [A]', 'Question two [B]']);
    expect(pairGrids(grid)).toEqual({ pair: null, ambiguous: ['Question one', 'Question two'] });
  });
});
