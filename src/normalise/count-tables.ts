import { problem } from '../errors.js';
import { ANSWER_INDEX, ANSWERS, type Answer, type AnswerCell } from '../model/answers.js';
import { CATEGORY_CODES, emptyCounts, type CategoryCode, type CategoryCounts } from '../model/categories.js';
import { emptyMatrix, type AnswerMatrix } from '../model/matrix.js';
import type { Table } from '../parse/table.js';
import { createAnswerDecoder } from './answer-decoder.js';
import { DEFAULT_CODES, parseCodes } from './codes.js';
import { featureKey } from './header-spellings.js';

/** A feature of a published table: its category counts, or its percentages when n is unknown. */
export interface PublishedFeature {
  name: string;
  counts: CategoryCounts;
  /** Percentages of an unknown n: the counts are those percentages. */
  shares: boolean;
}

/** A feature of a table of answer-pair counts: its matrix, and the pairs with a side unanswered. */
export interface MatrixFeature {
  name: string;
  matrix: AnswerMatrix;
  incomplete: number;
  blank: number;
}

export type CountTable = { kind: 'categories'; features: PublishedFeature[] } | { kind: 'matrix'; features: MatrixFeature[] };

const FEATURE_NAMES = ['feature', 'name', 'attribute', 'requirement', 'item', 'característica', 'función', 'atributo', '功能', '特性', '属性', 'функция', 'характеристика'];
const N_NAMES = ['n', 'total', 'respondents', 'answers', 'responses'];
const COUNT_NAMES = ['count', 'n', 'pairs', 'respondents'];

/** Headers of each category column: its code, and its names here and in the literature (en, es, zh, ru). */
const CATEGORY_NAMES: Record<CategoryCode, string[]> = {
  A: ['a', 'attractive', 'exciting', 'delighter', 'atractiva', 'atractivo', '魅力型', '魅力', 'привлекательная'],
  O: ['o', 'one-dimensional', 'one dimensional', 'performance', 'expected', 'de desempeño', 'unidimensional', '期望型', '一元', 'одномерная'],
  M: ['m', 'must-be', 'must be', 'basic', 'básica', 'obligatoria', '必备型', '必备', 'обязательная'],
  I: ['i', 'indifferent', 'indiferente', '无差异型', '无差异', 'безразличная'],
  R: ['r', 'reverse', 'inversa', '反向型', '反向', 'обратная'],
  Q: ['q', 'questionable', 'cuestionable', '可疑型', '可疑', 'сомнительная'],
};

/** How far percentages may add up from 100 and still be taken as rounded percentages. */
const PERCENT_SLACK = 1.5;

/**
 * A CSV of counts: answer-pair counts (feature, functional, dysfunctional, count: what a GROUP BY over a
 * long table of responses gives), or category counts as papers publish them.
 */
export function readCountTable(table: Table, n: number | undefined): CountTable {
  const has = (names: readonly string[]) => table.header.some((h) => names.includes(featureKey(h)));
  if (has(['functional']) && has(['dysfunctional'])) return { kind: 'matrix', features: readMatrixTable(table) };
  return { kind: 'categories', features: readPublishedTable(table, n) };
}

/**
 * Answer-pair counts, one row per feature × functional answer × dysfunctional answer: answers as the
 * keywords like, expect, neutral, tolerate, dislike, in the wordings surveys use, or as codes 1-5
 * (1 = like); an empty answer counts the pairs as incomplete (one side) or blank (both).
 */
function readMatrixTable(table: Table): MatrixFeature[] {
  const { header, source, headerLine } = table;
  const find = (names: readonly string[]) => header.findIndex((h) => names.includes(featureKey(h)));
  const [feature, functional, dysfunctional, count] = [find(FEATURE_NAMES), find(['functional']), find(['dysfunctional']), find(COUNT_NAMES)];
  if (feature < 0 || count < 0) {
    const missing = [...(feature < 0 ? ['feature'] : []), ...(count < 0 ? ['count'] : [])];
    throw problem('bad-counts', { source, line: headerLine }, { reason: `a table of answer-pair counts needs the columns feature, functional, dysfunctional, count (missing: ${missing.join(', ')})` });
  }
  const decoder = createAnswerDecoder({ codes: parseCodes(DEFAULT_CODES) });
  const keywords = new Set<string>(ANSWERS);
  const answer = (text: string): AnswerCell => (keywords.has(text.toLowerCase()) ? (text.toLowerCase() as AnswerCell) : decoder.decode(text));
  const features = new Map<string, MatrixFeature>();
  for (const row of table.rows) {
    const at = (column: number) => ({ source, line: row.line, column: column + 1, columnName: header[column] });
    const name = (row.cells[feature] ?? '').trim();
    if (name === '') throw problem('bad-counts', at(feature), { reason: 'a row without a feature name' });
    const text = (row.cells[count] ?? '').trim();
    const value = Number(text);
    if (text === '' || !Number.isInteger(value) || value < 0) throw problem('bad-counts', at(count), { reason: `"${text}" is not a whole count` });
    const key = featureKey(name);
    const entry = features.get(key) ?? { name, matrix: emptyMatrix(), incomplete: 0, blank: 0 };
    features.set(key, entry);
    const [f, d] = [functional, dysfunctional].map((column) => {
      const cell = (row.cells[column] ?? '').trim();
      const read = answer(cell);
      if (read === 'invalid') throw problem('bad-counts', at(column), { reason: `"${cell}" is not an answer (like, expect, neutral, tolerate, dislike)` });
      return read;
    }) as [Answer | 'blank', Answer | 'blank'];
    if (f === 'blank' || d === 'blank') {
      entry[f === d ? 'blank' : 'incomplete'] += value;
    } else {
      const cells = entry.matrix[ANSWER_INDEX[f]]!;
      cells[ANSWER_INDEX[d]]! += value;
    }
  }
  return [...features.values()];
}

/**
 * A table of category counts as papers and other tools publish it: a feature column, one column per
 * category (A, O, M, I, R, Q, by code or name; R and Q may be left out), and optionally n. Each row
 * holds counts, or percentages (a `%` sign, values that are not whole, or `n`/`--n` given beside values
 * that add up to 100, not n). Percentages with an n become counts (rounded: published percentages are);
 * without n they stay percentages, and the figures that need n are unavailable.
 */
function readPublishedTable(table: Table, n: number | undefined): PublishedFeature[] {
  const { header, source, headerLine } = table;
  const find = (names: readonly string[]) => header.findIndex((h) => names.includes(featureKey(h)));
  const feature = find(FEATURE_NAMES);
  const columns = Object.fromEntries(CATEGORY_CODES.map((code) => [code, find(CATEGORY_NAMES[code])])) as Record<CategoryCode, number>;
  const missing = (['A', 'O', 'M', 'I'] as const).filter((code) => columns[code] < 0);
  if (feature < 0 || missing.length > 0) {
    const wanted = [...(feature < 0 ? ['feature'] : []), ...missing];
    throw problem('bad-counts', { source, line: headerLine }, { reason: `a table of category counts needs the columns feature, A, O, M, I (missing: ${wanted.join(', ')})` });
  }
  const nColumn = find(N_NAMES);
  return table.rows.map((row) => {
    const at = (column: number) => ({ source, line: row.line, column: column + 1, columnName: header[column] });
    const name = (row.cells[feature] ?? '').trim();
    if (name === '') throw problem('bad-counts', at(feature), { reason: 'a row without a feature name' });
    let percent = false;
    const values = emptyCounts();
    for (const code of CATEGORY_CODES) {
      if (columns[code] < 0) continue;
      const text = (row.cells[columns[code]] ?? '').trim();
      if (text.endsWith('%')) percent = true;
      const value = text === '' ? 0 : Number(text.replace(/%$/, '').replace(',', '.'));
      if (!Number.isFinite(value) || value < 0) throw problem('bad-counts', at(columns[code]), { reason: `"${text}" is not a count or a percentage` });
      values[code] = value;
    }
    const sum = CATEGORY_CODES.reduce((s, code) => s + values[code], 0);
    const nText = nColumn < 0 ? '' : (row.cells[nColumn] ?? '').trim();
    const size = nText === '' ? n : Number(nText);
    if (size !== undefined && !(Number.isInteger(size) && size > 0)) throw problem('bad-counts', at(nColumn), { reason: `n must be a whole number above 0, not "${nText}"` });
    const whole = CATEGORY_CODES.every((code) => Number.isInteger(values[code]));
    if (!percent && whole && (size === undefined || sum === size)) return { name, counts: values, shares: false };
    if (Math.abs(sum - 100) > PERCENT_SLACK) {
      const reason = size === undefined ? `the percentages add up to ${sum}, not 100` : `the values add up to ${sum}: neither n (${size}) nor 100 percent`;
      throw problem('bad-counts', { source, line: row.line }, { reason: `${name}: ${reason}` });
    }
    if (size === undefined) return { name, counts: values, shares: true };
    const counts = emptyCounts();
    for (const code of CATEGORY_CODES) counts[code] = Math.round((values[code] * size) / 100);
    const counted = CATEGORY_CODES.reduce((s, code) => s + counts[code], 0);
    if (counted !== size) {
      throw problem('bad-counts', { source, line: row.line }, { reason: `${name}: the percentages give ${counted} of n = ${size} answers; is n right?` });
    }
    return { name, counts, shares: false };
  });
}
