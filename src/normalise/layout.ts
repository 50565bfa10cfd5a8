import { problem, type Location } from '../errors.js';
import type { Layout } from '../model/report.js';
import type { TableHead } from '../parse/table.js';
import { pairGrids, readGridColumn, type GridChoice, type GridColumn, type GridPairing } from './grid.js';
import { IMPORTANCE_STEM } from '../model/importance-words.js';
import { featureKey, readImportanceColumn, readSideColumn, type Side } from './header-spellings.js';
import { pairTitles } from './title-pairs.js';

/** A feature and the column of each of its two questions (in paired files: one per file), and of its importance. */
export interface FeatureColumns {
  name: string;
  functional: number;
  dysfunctional: number;
  importance: number | null;
}

export interface IgnoredColumn {
  source: string;
  column: string;
}

/** The two question groups of a grid export and how they were told apart. */
export type QuestionGroups = { functional: string; dysfunctional: string; by: NonNullable<GridPairing['by']> } | null;

export type Plan =
  | { layout: 'wide'; features: FeatureColumns[]; ignored: IgnoredColumn[]; groups: QuestionGroups }
  | { layout: 'long'; feature: number; functional: number; dysfunctional: number; importance: number | null; ignored: IgnoredColumn[] }
  | {
      layout: 'paired';
      features: FeatureColumns[];
      /** The respondent-id column in each file, or null to match rows by order. */
      id: { name: string; functional: number; dysfunctional: number } | null;
      ignored: IgnoredColumn[];
    };

export interface LayoutOptions extends GridChoice {
  layout?: Layout;
  /** Respondent-id column of paired files. */
  id?: string;
  /** Header of each feature's importance column, with `{feature}` for its name. */
  importancePattern?: string;
}

/** Which layout the tables are in (one file: long or wide; two files: paired), and its columns. */
export function planLayout(tables: TableHead[], options: LayoutOptions = {}): Plan {
  const layout = options.layout ?? (tables.length === 2 ? 'paired' : hasLongColumns(tables[0]) ? 'long' : 'wide');
  if (layout === 'paired') {
    const [functional, dysfunctional] = tables;
    if (tables.length !== 2 || !functional || !dysfunctional) throw problem('paired-needs-two', {}, { count: tables.length });
    return planPaired(functional, dysfunctional, options.id);
  }
  const [table] = tables;
  if (tables.length !== 1 || !table) {
    throw problem('usage', {}, { message: `the ${layout} layout reads one file, got ${tables.length}` });
  }
  return layout === 'long' ? planLong(table) : planWide(table, options);
}

const LONG_IMPORTANCE = ['importance', 'importancia', 'importância', 'wichtigkeit', 'важность', '重要性', '重要度', 'weight'];

const LONG_NAMES = {
  feature: ['feature', 'feature name', 'attribute', 'item', 'requirement'],
  functional: ['functional', 'functional answer', 'func', 'f', 'positive'],
  dysfunctional: ['dysfunctional', 'disfunctional', 'dysfunctional answer', 'dysfunc', 'd', 'negative'],
} as const;

function longColumns(table: TableHead): Record<keyof typeof LONG_NAMES, number> {
  const find = (names: readonly string[]) => table.header.findIndex((h) => names.includes(featureKey(h)));
  return {
    feature: find(LONG_NAMES.feature),
    functional: find(LONG_NAMES.functional),
    dysfunctional: find(LONG_NAMES.dysfunctional),
  };
}

function hasLongColumns(table: TableHead | undefined): boolean {
  return table !== undefined && Object.values(longColumns(table)).every((i) => i >= 0);
}

function planLong(table: TableHead): Plan {
  const columns = longColumns(table);
  const missing = Object.entries(columns).filter(([, i]) => i < 0).map(([name]) => name);
  if (missing.length > 0) throw problem('long-columns', { source: table.source, line: table.headerLine }, { missing });
  const importance = table.header.findIndex((h) => LONG_IMPORTANCE.includes(featureKey(h)));
  const used = new Set([...Object.values(columns), importance]);
  return { layout: 'long', ...columns, importance: importance < 0 ? null : importance, ignored: ignoredColumns(table, used) };
}

interface Sides {
  name: string;
  functional?: number;
  dysfunctional?: number;
}

/**
 * Each feature's importance column: by --importance-pattern, by spelling (`<f> (importance)`, …), or as
 * a row of a grid whose question asks about importance (`How important is this to you? [<f>]`).
 */
function importanceColumns(
  table: TableHead,
  features: FeatureColumns[],
  grids: GridColumn[],
  pair: { functional: string; dysfunctional: string } | null,
  pattern: string | undefined,
  claimed: Set<number>,
): Map<string, number> {
  const wanted = new Set(features.map((f) => featureKey(f.name)));
  const found = new Map<string, number>();
  const take = (feature: string | null, index: number) => {
    const key = feature === null ? null : featureKey(feature);
    if (key !== null && wanted.has(key) && !found.has(key) && !claimed.has(index)) found.set(key, index);
  };
  if (pattern !== undefined) {
    for (const f of features) {
      const index = table.header.findIndex((h) => featureKey(h) === featureKey(pattern.replace('{feature}', f.name)));
      if (index >= 0) take(f.name, index);
    }
    return found;
  }
  table.header.forEach((header, index) => take(readImportanceColumn(header), index));
  for (const grid of grids) {
    if (grid.stem !== pair?.functional && grid.stem !== pair?.dysfunctional && IMPORTANCE_STEM.test(grid.stem)) take(grid.item, grid.index);
  }
  return found;
}

function planWide(table: TableHead, choice: GridChoice & { importancePattern?: string }): Plan {
  const byKey = new Map<string, Sides>();
  const grids: GridColumn[] = [];
  const claim = (feature: string, side: Side, index: number) => {
    const key = featureKey(feature);
    const sides = byKey.get(key) ?? { name: feature };
    if (sides[side] !== undefined) throw problem('duplicate-feature', headerCell(table, index), { feature });
    sides[side] = index;
    if (side === 'functional') sides.name = feature;
    byKey.set(key, sides);
  };

  table.header.forEach((header, index) => {
    const column = readSideColumn(header);
    if (column) claim(column.feature, column.side, index);
    else {
      const grid = readGridColumn(header, index);
      if (grid) grids.push(grid);
    }
  });
  const { pair, by, ambiguous } = pairGrids(grids, choice, table.source);
  for (const grid of grids) {
    if (grid.stem === pair?.functional) claim(grid.item, 'functional', grid.index);
    if (grid.stem === pair?.dysfunctional) claim(grid.item, 'dysfunctional', grid.index);
  }
  // Exports with one column per question (Typeform, Microsoft Forms): pair the remaining titles.
  const claimed = new Set([...byKey.values()].flatMap((s) => [s.functional, s.dysfunctional]));
  const rest = table.header.map((title, index) => ({ index, title })).filter((c) => c.title !== '' && !claimed.has(c.index));
  for (const { name, functional, dysfunctional } of pairTitles(rest)) {
    claim(name, 'functional', functional);
    claim(name, 'dysfunctional', dysfunctional);
  }

  const features: FeatureColumns[] = [];
  for (const { name, functional, dysfunctional } of byKey.values()) {
    if (functional === undefined || dysfunctional === undefined) {
      const present = (functional ?? dysfunctional) as number;
      throw problem('lone-feature-column', headerCell(table, present), {
        feature: name,
        missing: functional === undefined ? 'functional' : 'dysfunctional',
      });
    }
    features.push({ name, functional, dysfunctional, importance: null });
  }
  if (features.length === 0) {
    const at = { source: table.source, line: table.headerLine };
    if (ambiguous.length > 0) throw problem('ambiguous-grid', at, { stems: ambiguous });
    throw problem('no-features', at, { columns: table.header });
  }
  features.sort((a, b) => a.functional - b.functional);
  const claimedColumns = new Set(features.flatMap((f) => [f.functional, f.dysfunctional]));
  const importance = importanceColumns(table, features, grids, pair, choice.importancePattern, claimedColumns);
  for (const f of features) f.importance = importance.get(featureKey(f.name)) ?? null;
  const used = new Set([...claimedColumns, ...importance.values()]);
  const groups = pair && by ? { ...pair, by } : null;
  return { layout: 'wide', features, ignored: ignoredColumns(table, used), groups };
}

/** Respondent-id columns recognised by name, for matching the rows of paired files. */
const ID_NAMES = [
  'id', 'respondent', 'respondent id', 'respondentid', 'response id', 'responseid', 'participant', 'participant id',
  'user id', 'userid', 'email', 'e-mail', 'email address', 'e-mail address',
];

/** Columns of paired files that are about the response, not a feature. */
const METADATA =
  /^(timestamp|time|date|start ?(date|time)?|end ?(date|time)?|submitted( at)?|submit date|completion time|ip( address)?|name|first name|last name|comments?|status|collector id|language)$/u;

function planPaired(functional: TableHead, dysfunctional: TableHead, idOption: string | undefined): Plan {
  const id = pairedId(functional, dysfunctional, idOption);
  const isFeature = (header: string, index: number, idIndex: number | undefined) =>
    header !== '' && index !== idIndex && !ID_NAMES.includes(featureKey(header)) && !METADATA.test(featureKey(header));

  const dysByKey = new Map<string, number>();
  dysfunctional.header.forEach((h, i) => {
    if (isFeature(h, i, id?.dysfunctional)) dysByKey.set(featureKey(h), i);
  });
  const features: FeatureColumns[] = [];
  const onlyFunctional: string[] = [];
  functional.header.forEach((name, i) => {
    if (!isFeature(name, i, id?.functional)) return;
    const partner = dysByKey.get(featureKey(name));
    if (partner === undefined) onlyFunctional.push(name);
    else {
      if (features.some((f) => featureKey(f.name) === featureKey(name))) {
        throw problem('duplicate-feature', headerCell(functional, i), { feature: name });
      }
      features.push({ name, functional: i, dysfunctional: partner, importance: null });
      dysByKey.delete(featureKey(name));
    }
  });
  const onlyDysfunctional = [...dysByKey.keys()].map((k) => dysfunctional.header[dysByKey.get(k) ?? 0] ?? k);
  if (onlyFunctional.length > 0) {
    throw problem('paired-columns', { source: functional.source, line: functional.headerLine }, { onlyIn: 'functional', columns: onlyFunctional });
  }
  if (onlyDysfunctional.length > 0) {
    throw problem('paired-columns', { source: dysfunctional.source, line: dysfunctional.headerLine }, { onlyIn: 'dysfunctional', columns: onlyDysfunctional });
  }
  if (features.length === 0) throw problem('no-features', { source: functional.source, line: functional.headerLine }, { columns: functional.header });
  return {
    layout: 'paired',
    features,
    id,
    ignored: [
      ...ignoredColumns(functional, new Set([...features.map((f) => f.functional), id?.functional ?? -1])),
      ...ignoredColumns(dysfunctional, new Set([...features.map((f) => f.dysfunctional), id?.dysfunctional ?? -1])),
    ],
  };
}

function pairedId(functional: TableHead, dysfunctional: TableHead, idOption: string | undefined) {
  const find = (table: TableHead, names: string[]) => table.header.findIndex((h) => names.includes(featureKey(h)));
  if (idOption !== undefined) {
    const key = [featureKey(idOption)];
    for (const table of [functional, dysfunctional]) {
      if (find(table, key) < 0) throw problem('id-column-missing', { source: table.source, line: table.headerLine }, { column: idOption });
    }
    return { name: idOption, functional: find(functional, key), dysfunctional: find(dysfunctional, key) };
  }
  for (const name of ID_NAMES) {
    const f = find(functional, [name]);
    const d = find(dysfunctional, [name]);
    if (f >= 0 && d >= 0) return { name: functional.header[f] ?? name, functional: f, dysfunctional: d };
  }
  return null;
}

function ignoredColumns(table: TableHead, used: Set<number>): IgnoredColumn[] {
  return table.header
    .map((column, index) => ({ column, index }))
    .filter(({ column, index }) => !used.has(index) && column !== '')
    .map(({ column }) => ({ source: table.source, column }));
}

function headerCell(table: TableHead, index: number): Location {
  return { source: table.source, line: table.headerLine, column: index + 1, columnName: table.header[index] };
}
