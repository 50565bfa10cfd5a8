import { CATEGORY_CODES, emptyCounts, type CategoryCounts } from '../model/categories.js';
import type { FeatureTally } from '../model/counts.js';
import { EVALUATION_TABLES, type TableName } from '../model/evaluation-table.js';
import type { AnswerMatrix } from '../model/matrix.js';

/** A, O, M, I, R, Q counts: each matrix cell added to the category the evaluation table gives it. */
export function countCategories(matrix: AnswerMatrix, table: TableName = 'standard'): CategoryCounts {
  const counts = emptyCounts();
  EVALUATION_TABLES[table].forEach((row, r) => row.forEach((code, c) => (counts[code] += matrix[r]?.[c] ?? 0)));
  return counts;
}

/** A feature's category counts: those of its matrix and any counted without pairs (a published table). */
export function tallyCategories(tally: FeatureTally, table: TableName = 'standard'): CategoryCounts {
  const counts = countCategories(tally.matrix, table);
  if (tally.categories) for (const code of CATEGORY_CODES) counts[code] += tally.categories[code];
  return counts;
}

export function total(counts: CategoryCounts): number {
  return counts.A + counts.O + counts.M + counts.I + counts.R + counts.Q;
}
