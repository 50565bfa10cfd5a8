/** Classification rules as published; each gives a feature's primary category from its counts. */
export const RULES = ['mode', 'aom', 'strength', 'fong'] as const;
export type Rule = (typeof RULES)[number];

/** Lee & Newcomb (1997) take the impact order when the category strength is below 6 %. */
export const DEFAULT_STRENGTH_THRESHOLD = 0.06;

export const RULE_TEXT = {
  mode: 'mode: the most frequent category, ties broken by M > O > A > I > R > Q (Berger et al. 1993)',
  aom:
    'aom: if A + O + M > I + R + Q the largest of M, O, A, otherwise the largest of I, R, Q, ties by M > O > A > I > R > Q ' +
    '(Lee, Sheu & Tsou 2008)',
  strength:
    'strength: the most frequent category, but when the category strength is below the threshold the first of the top two ' +
    'in the order M > O > A > I (Lee & Newcomb 1997)',
  fong:
    'fong: the most frequent category, but when Fong\'s test finds the top two not significantly different the first of ' +
    'the two in the order M > O > A > I > R > Q (KANO-METHODS.md §3)',
} as const satisfies Record<Rule, string>;
