import { describe, expect, it } from 'vitest';
import { rankFeatures, type Sortable } from '../../src/analysis/priority.js';

const f = (name: string, code: Sortable['code'], better: number | null, worse: number | null): Sortable => ({ name, code, better, worse });

describe('rankFeatures', () => {
  const features = [
    f('exciting low', 'A', 0.6, -0.1),
    f('basic mild', 'M', 0.3, -0.6),
    f('indifferent', 'I', 0.2, -0.1),
    f('expected', 'O', 0.6, -0.6),
    f('basic severe', 'M', 0.2, -0.8),
    f('exciting high', 'A', 0.7, -0.3),
    f('nothing', null, null, null),
    f('reverse', 'R', 0.1, -0.05),
  ];

  it('orders by priority: M by |Worse|, O by Better + |Worse|, A by Better, then the rest; undefined last', () => {
    const ranks = rankFeatures(features, 'priority');
    const order = features.map((x, i) => [ranks[i], x.name] as const).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0)).map(([, n]) => n);
    expect(order).toEqual(['basic severe', 'basic mild', 'expected', 'exciting high', 'exciting low', 'indifferent', 'reverse', 'nothing']);
  });

  it('keeps input order for equal keys and sorts by the other keys', () => {
    expect(rankFeatures(features, 'input')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const byBetter = rankFeatures([f('a', 'A', 0.5, 0), f('b', 'A', 0.7, 0), f('c', 'A', 0.5, 0), f('d', null, null, null)], 'better');
    expect(byBetter).toEqual([2, 1, 3, 4]);
    expect(rankFeatures([f('x', 'M', 0, -0.2), f('y', 'M', 0, -0.9)], 'worse')).toEqual([2, 1]);
    expect(rankFeatures([f('banana', 'I', 0, 0), f('Apple', 'I', 0, 0), f('item 10', 'I', 0, 0), f('item 9', 'I', 0, 0)], 'name')).toEqual([2, 1, 4, 3]);
  });
});
