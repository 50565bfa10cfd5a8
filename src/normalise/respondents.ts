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
 * with `endRow`. Surveys are walked as their rows are read, except paired files matched by id, read
 * whole first, since a respondent's two rows may be anywhere in them.
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
    for (const row of rows) {
      const name = (row.cells[plan.feature] ?? '').trim();
      const functional = { table, row, column: plan.functional };
      const dysfunctional = { table, row, column: plan.dysfunctional };
      if (name === '') {
        if (cellText(functional).trim() !== '' || cellText(dysfunctional).trim() !== '') {
          throw problem('long-missing-feature', cellLocation({ table, row, column: plan.feature }), {});
        }
      } else {
        const key = featureKey(name);
        let i = index.get(key);
        if (i === undefined) {
          i = features.push(name) - 1;
          index.set(key, i);
        }
        visit(i, functional, dysfunctional, plan.importance === null ? null : { table, row, column: plan.importance });
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

  // Matched by id: a respondent's two rows may be anywhere, so both files are read whole.
  const [functionalTable, dysfunctionalTable] = [functional, dysfunctional].map(({ head, rows }) => ({ ...head, rows: [...rows] })) as [Whole, Whole];

  const { id } = plan;
  const partners = indexById(dysfunctionalTable, id.dysfunctional);
  const seen = indexById(functionalTable, id.functional);
  let functionalOnly = 0;
  for (const row of functionalTable.rows) {
    const key = (row.cells[id.functional] ?? '').trim();
    const partner = key === '' ? undefined : partners.get(key);
    if (partner === undefined) functionalOnly++;
    visitRespondent(row, partner ?? null);
  }
  let dysfunctionalOnly = 0;
  for (const row of dysfunctionalTable.rows) {
    const key = (row.cells[id.dysfunctional] ?? '').trim();
    if (key === '' || !seen.has(key)) {
      dysfunctionalOnly++;
      visitRespondent(null, row);
    }
  }
  const warnings =
    functionalOnly + dysfunctionalOnly === 0 ? [] : [warning('unmatched-ids', null, { functionalOnly, dysfunctionalOnly, column: id.name })];
  return { features, warnings, matchedBy: { column: id.name } };
}

type Whole = TableHead & { rows: Row[] };

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

/** Rows by their (trimmed, non-blank) id; a repeated id is an error, since it cannot be matched. */
function indexById(table: Whole, column: number): Map<string, Row> {
  const rows = new Map<string, Row>();
  for (const row of table.rows) {
    const key = (row.cells[column] ?? '').trim();
    if (key === '') continue;
    const first = rows.get(key);
    if (first) {
      throw problem('duplicate-id', cellLocation({ table, row, column }), { value: key, firstLine: first.line });
    }
    rows.set(key, row);
  }
  return rows;
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
