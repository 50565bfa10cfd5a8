import { formatLocation } from './errors.js';
import type { ColumnRef, Inspection } from './model/inspection.js';
import type { TableHead } from './parse/table.js';
import type { SurveyInput } from './inputs.js';
import { blockingProblem, readSurvey, sourceSummaries, type ReadOptions, type SurveyRead } from './survey.js';

/**
 * What `analyze` would read from the inputs: platform, dialect, rows and exclusions, the two columns
 * of each feature, every distinct answer with its reading, and the problems that would stop it.
 * Throws KanoError only when the inputs cannot be read at all.
 */
export function inspectSurvey(inputs: SurveyInput[], options: ReadOptions = {}): Inspection {
  const read = readSurvey(inputs, options);
  const blocking = blockingProblem(read, options);
  return {
    kind: 'inspection',
    schemaVersion: 1,
    sources: sourceSummaries(read),
    layout: read.plan.layout,
    questionGroups: read.plan.layout === 'wide' ? read.plan.groups : null,
    matchedBy: read.walk.matchedBy,
    rows: read.rows,
    excludedRows: read.excludedRows,
    features: featureColumns(read),
    answers: read.values.map(({ value, count, readAs, numeric }) => ({ value, count, readAs, numeric })),
    ignoredColumns: read.plan.ignored,
    problems: blocking
      ? [{ code: blocking.code, message: blocking.message, location: formatLocation(blocking.location), hint: blocking.hint ?? null }]
      : [],
  };
}

function featureColumns({ plan, sources, walk }: SurveyRead): Inspection['features'] {
  const ref = (table: TableHead | undefined, column: number): ColumnRef => ({
    source: table?.source ?? '',
    column: column + 1,
    header: table?.header[column] ?? '',
  });
  const [first, second] = sources.map((s) => s.export.head);
  if (plan.layout === 'long') {
    return walk.features.map((name) => ({ name, functional: ref(first, plan.functional), dysfunctional: ref(first, plan.dysfunctional) }));
  }
  const dysfunctionalTable = plan.layout === 'paired' ? second : first;
  return plan.features.map((f) => ({ name: f.name, functional: ref(first, f.functional), dysfunctional: ref(dysfunctionalTable, f.dysfunctional) }));
}
