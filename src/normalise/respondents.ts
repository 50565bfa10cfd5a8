import { problem, type Location } from '../errors.js';
import { warning, type Warning } from '../model/warnings.js';
import type { Row, TableHead } from '../parse/table.js';
import { featureKey } from './header-spellings.js';
import type { Plan } from './layout.js';

/** One cell of an answer pair; `row` is null when a paired file had no partner row. */
export interface CellRef {
  table: TableHead;
  row: Row | null;
  column: number;
}

/**
 * Called for each answer pair of a row, with the feature's importance cell where there is one. The refs
 * are reused from row to row: read them during the call, do not keep them.
 */
export type PairVisitor = (feature: number, functional: CellRef, dysfunctional: CellRef, importance: CellRef | null) => void;

export interface Walk {
  features: string[];
  warnings: Warning[];
  matchedBy: { column: string } | 'row-order' | null;
}

/** A table's head and its rows, which may be read as they are walked (once). */
export interface RowSource {
  head: TableHead;
  rows: Iterable<Row>;
}

/**
 * Walks the rows of a planned survey, one answering unit at a time (a respondent, or in the long
 * layout one respondent-feature row), handing every answer pair to `visit` and closing each unit
 * with `endRow`. Surveys are walked as their rows are read (paired files matched by id: see below).
 */
export function walkRows(plan: Plan, sources: RowSource[], visit: PairVisitor, endRow: () => void): Walk {
  if (plan.layout === 'wide') {
    const [{ head: table, rows }] = sources as [RowSource];
    const refs = plan.features.map((f) => featureRefs(table, table, f));
    for (const row of rows) {
      for (let i = 0; i < refs.length; i++) visitRow(refs[i]!, i, row, row, visit);
      endRow();
    }
    return { features: plan.features.map((f) => f.name), warnings: [], matchedBy: null };
  }

  if (plan.layout === 'long') {
    const [{ head: table, rows }] = sources as [RowSource];
    const features: string[] = [];
    const index = new Map<string, number>();
    // Each feature cell as written, and its feature: featureKey (Unicode normalisation) took a fifth of
    // the time when run on every row, and a long table repeats a few spellings a million times.
    const written = new Map<string, number>();
    const refs = featureRefs(table, table, plan);
    for (const row of rows) {
      const cell = row.cells[plan.feature] ?? '';
      let i = written.get(cell);
      if (i === undefined) {
        const name = cell.trim();
        if (name !== '') {
          const key = featureKey(name);
          i = index.get(key);
          if (i === undefined) {
            i = features.push(name) - 1;
            index.set(key, i);
          }
          written.set(cell, i);
        }
      }
      if (i !== undefined) visitRow(refs, i, row, row, visit);
      else if ((row.cells[plan.functional] ?? '').trim() !== '' || (row.cells[plan.dysfunctional] ?? '').trim() !== '') {
        throw problem('long-missing-feature', cellLocation({ table, row, column: plan.feature }), {});
      }
      endRow();
    }
    return { features, warnings: [], matchedBy: null };
  }

  const [functional, dysfunctional] = sources as [RowSource, RowSource];
  const refs = plan.features.map((f) => featureRefs(functional.head, dysfunctional.head, { ...f, importance: null }));
  const visitRespondent = (f: Row | null, d: Row | null) => {
    for (let i = 0; i < refs.length; i++) visitRow(refs[i]!, i, f, d, visit);
    endRow();
  };
  const features = plan.features.map((f) => f.name);
  if (plan.id === null) {
    // Matched by order: the two files are walked in step, as they are read.
    const fRows = functional.rows[Symbol.iterator]();
    const dRows = dysfunctional.rows[Symbol.iterator]();
    const counts = { functional: 0, dysfunctional: 0 };
    for (;;) {
      const f = fRows.next();
      const d = dRows.next();
      if (f.done && d.done) break;
      if (!f.done) counts.functional++;
      if (!d.done) counts.dysfunctional++;
      visitRespondent(f.done ? null : f.value, d.done ? null : d.value);
    }
    const warnings = counts.functional === counts.dysfunctional ? [] : [warning('row-count-mismatch', null, counts)];
    return { features, warnings, matchedBy: 'row-order' };
  }

  // Matched by id: the functional file is walked as it is read, and each row's partner looked for in
  // the dysfunctional file, read ahead at most LOOK_AHEAD rows (exports list respondents in the same
  // order, so it is mostly the next row). Rows read ahead wait, by id, until their partner comes; a
  // functional row whose partner was not found waits too, and is walked when it turns up, or at the
  // end without it; dysfunctional rows left over are walked last, in file order. So respondents may be
  // walked out of file order (the caller orders what it lists by place), and memory holds only the
  // ids seen (to tell a repeated one, which cannot be matched) and the rows waiting.
  const { id } = plan;
  const idOf = (row: Row, column: number) => (row.cells[column] ?? '').trim();
  const functionalIds = new Map<string, number>();
  const dysfunctionalIds = new Map<string, number>();
  const remember = (ids: Map<string, number>, head: TableHead, row: Row, column: number, key: string) => {
    const first = ids.get(key);
    if (first !== undefined) throw problem('duplicate-id', cellLocation({ table: head, row, column }), { value: key, firstLine: first });
    ids.set(key, row.line);
  };
  const ahead = dysfunctional.rows[Symbol.iterator]();
  const waiting = new Map<string, Row>();
  const unmatched = new Set<Row>();
  const partnerless = new Map<string, Row>();
  /** Reads the dysfunctional file on, at most `limit` rows, up to the row with this id; that row, or null. */
  const readAhead = (wanted: string | null, limit: number): Row | null => {
    for (let read = 0; read < limit; read++) {
      const next = ahead.next();
      if (next.done) return null;
      const row = next.value;
      const key = idOf(row, id.dysfunctional);
      if (key !== '') {
        remember(dysfunctionalIds, dysfunctional.head, row, id.dysfunctional, key);
        if (key === wanted) return row;
        const early = partnerless.get(key);
        if (early) {
          partnerless.delete(key);
          visitRespondent(early, row);
          continue;
        }
        waiting.set(key, row);
      }
      unmatched.add(row);
    }
    return null;
  };
  let blankIds = 0;
  for (const row of functional.rows) {
    const key = idOf(row, id.functional);
    if (key === '') {
      blankIds++;
      visitRespondent(row, null);
      continue;
    }
    remember(functionalIds, functional.head, row, id.functional, key);
    const partner = waiting.get(key) ?? readAhead(key, LOOK_AHEAD);
    if (partner === null) {
      partnerless.set(key, row);
      continue;
    }
    waiting.delete(key);
    unmatched.delete(partner);
    visitRespondent(row, partner);
  }
  readAhead(null, Infinity);
  const functionalOnly = blankIds + partnerless.size;
  for (const row of partnerless.values()) visitRespondent(row, null);
  for (const row of unmatched) visitRespondent(null, row);
  const dysfunctionalOnly = unmatched.size;
  const warnings =
    functionalOnly + dysfunctionalOnly === 0 ? [] : [warning('unmatched-ids', null, { functionalOnly, dysfunctionalOnly, column: id.name })];
  return { features, warnings, matchedBy: { column: id.name } };
}

/** Dysfunctional rows read ahead for one functional row's partner before it is left to wait. */
const LOOK_AHEAD = 1000;

interface FeatureRefs {
  functional: CellRef;
  dysfunctional: CellRef;
  importance: CellRef | null;
}

/** The cells of a feature, pointed at each row in turn. */
function featureRefs(functional: TableHead, dysfunctional: TableHead, columns: { functional: number; dysfunctional: number; importance: number | null }): FeatureRefs {
  return {
    functional: { table: functional, row: null, column: columns.functional },
    dysfunctional: { table: dysfunctional, row: null, column: columns.dysfunctional },
    importance: columns.importance === null ? null : { table: functional, row: null, column: columns.importance },
  };
}

function visitRow(refs: FeatureRefs, feature: number, functional: Row | null, dysfunctional: Row | null, visit: PairVisitor): void {
  refs.functional.row = functional;
  refs.dysfunctional.row = dysfunctional;
  if (refs.importance) refs.importance.row = functional;
  visit(feature, refs.functional, refs.dysfunctional, refs.importance);
}

export function cellText(ref: CellRef): string {
  return ref.row?.cells[ref.column] ?? '';
}

export function cellLocation(ref: CellRef): Location {
  return {
    source: ref.table.source,
    line: ref.row?.line,
    column: ref.column + 1,
    columnName: ref.table.header[ref.column],
  };
}
