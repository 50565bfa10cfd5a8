import type { SortKey } from './report.js';

/** The rule each sort applies, in the JSON method notes and (in English) under tables. */
export const SORT_RULES = {
  priority:
    'priority (Berger et al. 1993): basic first, then expected, exciting, indifferent, reverse, questionable; ' +
    'basic by |Worse|, expected by Better + |Worse|, exciting by Better, the rest by Better + |Worse|, highest first',
  weighted:
    'importance-weighted priority: categories as in priority, within each the priority score times the mean importance, highest first',
  importance: 'mean self-stated importance, highest first',
  better: 'Better, highest first',
  worse: '|Worse|, highest first',
  name: 'feature name, A to Z',
  input: 'the order of the input',
} as const satisfies Record<SortKey, string>;
