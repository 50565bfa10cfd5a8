import type { CategoryCode } from '../model/categories.js';
import type { ImportanceFigures, Refined } from '../model/report.js';

/**
 * Mean, sample SD (n − 1) and n of the self-stated importance answers, from their count per level;
 * null without answers, SD null with one.
 */
export function importanceFigures(histogram: readonly number[]): ImportanceFigures | null {
  let n = 0;
  let sum = 0;
  let squares = 0;
  histogram.forEach((count, level) => {
    n += count;
    sum += count * level;
    squares += count * level * level;
  });
  if (n === 0) return null;
  const mean = sum / n;
  return { mean, sd: n < 2 ? null : Math.sqrt(Math.max(0, squares - n * mean * mean) / (n - 1)), n };
}

const REFINED: Partial<Record<CategoryCode, [high: Refined, low: Refined]>> = {
  A: ['highly-attractive', 'less-attractive'],
  O: ['high-value-added', 'low-value-added'],
  M: ['critical', 'necessary'],
  I: ['potential', 'care-free'],
};

/**
 * Yang's (2005) refined Kano category: each of A, O, M, I split by whether the feature's mean importance
 * reaches the threshold (the mean of the features' mean importance). Null for R, Q or without importance.
 */
export function refinedCategory(code: CategoryCode | null, importance: number | null, threshold: number | null): Refined | null {
  const pair = code === null ? undefined : REFINED[code];
  if (!pair || importance === null || threshold === null) return null;
  return importance >= threshold ? pair[0] : pair[1];
}
