import { emptyCounts, type CategoryCounts } from '../model/categories.js';
import { EVALUATION_TABLES, type TableName } from '../model/evaluation-table.js';
import type { AnswerMatrix } from '../model/matrix.js';

/** A, O, M, I, R, Q counts: each matrix cell added to the category the evaluation table gives it. */
export function countCategories(matrix: AnswerMatrix, table: TableName = 'standard'): CategoryCounts {
  const counts = emptyCounts();
  EVALUATION_TABLES[table].forEach((row, r) => row.forEach((code, c) => (counts[code] += matrix[r]?.[c] ?? 0)));
  return counts;
}

export function total(counts: CategoryCounts): number {
  return counts.A + counts.O + counts.M + counts.I + counts.R + counts.Q;
}
