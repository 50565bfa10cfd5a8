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
      by: 'negation',
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

  it('takes the first of two code groups as functional, as questionnaires are written', () => {
    const grid = columns(['FUNC[SQ001]', 'FUNC[SQ002]', 'DYSF[SQ001]', 'DYSF[SQ002]']);
    expect(pairGrids(grid)).toEqual({ pair: { functional: 'FUNC', dysfunctional: 'DYSF' }, by: 'order', ambiguous: [] });
  });

  it('reports three un-negated grids with the same rows as ambiguous, unless the user names the two', () => {
    const grid = columns(['One [A]', 'One [B]', 'Two [A]', 'Two [B]', 'Three [A]']);
    expect(pairGrids(grid)).toEqual({ pair: null, by: null, ambiguous: ['One', 'Two', 'Three'] });
    expect(pairGrids(grid, { functional: 'two', dysfunctional: 'Three' })).toEqual({ pair: { functional: 'Two', dysfunctional: 'Three' }, by: 'option', ambiguous: [] });
    expect(() => pairGrids(grid, { functional: 'Four', dysfunctional: 'One' })).toThrow('--functional "Four" is not one of the question groups');
  });
});
