/**
 * Kano categories. The order of CATEGORY_CODES is the order of impact, M > O > A > I > R > Q
 * (Berger et al. 1993; Matzler et al. 1996): it breaks ties and orders priorities.
 */
export const CATEGORY_CODES = ['M', 'O', 'A', 'I', 'R', 'Q'] as const;

export type CategoryCode = (typeof CATEGORY_CODES)[number];

/** The order in which counts are printed and keyed: the order the literature tabulates them. */
export const COUNT_ORDER = ['A', 'O', 'M', 'I', 'R', 'Q'] as const satisfies readonly CategoryCode[];

export const CATEGORY_NAMES = {
  M: 'basic',
  O: 'expected',
  A: 'exciting',
  I: 'indifferent',
  R: 'reverse',
  Q: 'questionable',
} as const satisfies Record<CategoryCode, string>;

export type CategoryName = (typeof CATEGORY_NAMES)[CategoryCode];

export type CategoryCounts = Record<CategoryCode, number>;

export function emptyCounts(): CategoryCounts {
  return { A: 0, O: 0, M: 0, I: 0, R: 0, Q: 0 };
}

/** Position in the impact order; lower ranks first. */
export function impactRank(code: CategoryCode): number {
  return CATEGORY_CODES.indexOf(code);
}
