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
 * with `endRow`. Wide and long surveys are walked as their rows are read; paired files are read whole
 * first, since a respondent's two rows may be anywhere in them.
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

  const [functionalTable, dysfunctionalTable] = (sources as [RowSource, RowSource]).map(({ head, rows }) => ({ ...head, rows: [...rows] })) as [
    Whole,
    Whole,
  ];
  const refs = plan.features.map((f) => featureRefs(functionalTable, dysfunctionalTable, { ...f, importance: null }));
  const visitRespondent = (f: Row | null, d: Row | null) => {
    for (let i = 0; i < refs.length; i++) visitRow(refs[i]!, i, f, d, visit);
    endRow();
  };
  const features = plan.features.map((f) => f.name);
  if (plan.id === null) {
    const fRows = functionalTable.rows;
    const dRows = dysfunctionalTable.rows;
    for (let i = 0; i < Math.max(fRows.length, dRows.length); i++) visitRespondent(fRows[i] ?? null, dRows[i] ?? null);
    const warnings =
      fRows.length === dRows.length ? [] : [warning('row-count-mismatch', null, { functional: fRows.length, dysfunctional: dRows.length })];
    return { features, warnings, matchedBy: 'row-order' };
  }

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
