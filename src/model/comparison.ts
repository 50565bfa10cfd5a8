import type { CategoryCode, CategoryCounts } from './categories.js';

/** Where a category move stands against the Kano life cycle indifferent → exciting → expected → basic. */
export type Direction = 'along' | 'against' | 'none' | 'off-cycle';

export interface WaveFigures {
  code: CategoryCode | null;
  /** Null for percentages without n: then no test or change interval. */
  n: number | null;
  counts: CategoryCounts;
  better: number | null;
  worse: number | null;
}

export interface FeatureComparison {
  name: string;
  old: WaveFigures;
  new: WaveFigures;
  transition: { from: CategoryCode | null; to: CategoryCode | null; direction: Direction };
  /** Chi-square test of homogeneity, wave × category; null when fewer than two categories occur. */
  test: { chi2: number; df: number; p: number; pAdjusted: number; pMethod: 'asymptotic' | 'monte-carlo'; cramersV: number; significant: boolean } | null;
  /** New minus old, with Newcombe's interval; for Worse the change in |Worse|. */
  change: {
    better: { difference: number; interval: [number, number] } | null;
    worse: { difference: number; interval: [number, number] } | null;
  };
}

/** `kano compare`: two survey waves, feature by feature. */
export interface Comparison {
  kind: 'comparison';
  schemaVersion: 1;
  waves: { old: string; new: string };
  method: { level: number; lifeCycle: string; test: string; change: string };
  /** Features in both waves, in the old wave's order. */
  features: FeatureComparison[];
  onlyOld: string[];
  onlyNew: string[];
}
