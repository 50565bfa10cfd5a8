import { analyseFeatures, methodNotes } from './analysis/analyse.js';
import { problem, type UnrecognisedValue } from './errors.js';
import { SCHEMA_VERSION, type Layout, type PairAccount, type Report, type SortKey, type SourceRole } from './model/report.js';
import { warning } from './model/warnings.js';
import { createAnswerDecoder } from './normalise/answer-decoder.js';
import { DEFAULT_CODES, describeCodes, parseCodes } from './normalise/codes.js';
import { planLayout } from './normalise/layout.js';
import { cellLocation, cellText, walkRows, type CellRef } from './normalise/respondents.js';
import { decodeText } from './parse/decode.js';
import { parseTable } from './parse/table.js';
import { countPair, countRow, emptyFeatureTally, emptyRowAccount, type FeatureTally, type PairOutcome } from './stats/tally.js';
import { VERSION } from './version.js';

export interface SurveyInput {
  /** Shown in messages and the summary: a path, or `<stdin>`. */
  name: string;
  content: Uint8Array | string;
}

export interface AnalyseOptions {
  /** Forces the layout instead of detecting it. */
  layout?: Layout;
  /** Respondent-id column that matches the rows of paired files. */
  id?: string;
  /** Numeric answer codes, e.g. `1=like` (default) or `5=like`. */
  codes?: string;
  /** `stop` (default): unrecognised answers are an error; `skip`: such pairs are skipped and counted. */
  onInvalid?: 'stop' | 'skip';
  /** Read missing trailing cells as blank and ignore extra ones instead of failing. */
  relaxColumns?: boolean;
  /** Forces the field delimiter instead of sniffing it. */
  delimiter?: string;
  sort?: SortKey;
}

/**
 * The whole analysis: survey file contents in, Report out. Throws KanoError when nothing can be
 * analysed (bad input or options); everything else is in the report, warnings included.
 */
export function analyseSurvey(inputs: SurveyInput[], options: AnalyseOptions = {}): Report {
  const codes = parseCodes(options.codes ?? DEFAULT_CODES);
  const tables = inputs.map(({ name, content }) =>
    parseTable(typeof content === 'string' ? content : decodeText(content, name), name, {
      delimiter: options.delimiter,
      relaxColumns: options.relaxColumns,
    }),
  );
  const plan = planLayout(tables, options);
  const decoder = createAnswerDecoder(codes);

  const tallies: FeatureTally[] = [];
  const rows = emptyRowAccount();
  const pairs: PairAccount = { used: 0, incomplete: 0, blank: 0, invalid: 0 };
  const unrecognised = new Map<string, UnrecognisedValue>();
  const rowOutcomes = new Set<PairOutcome>();
  const read = (ref: CellRef) => {
    const text = cellText(ref);
    const decoded = decoder.decode(text);
    if (decoded === 'invalid') {
      const seen = unrecognised.get(text);
      if (seen) seen.count++;
      else unrecognised.set(text, { value: text, count: 1, first: cellLocation(ref) });
    }
    return decoded;
  };
  const walk = walkRows(
    plan,
    tables,
    (feature, functional, dysfunctional) => {
      const tally = (tallies[feature] ??= emptyFeatureTally());
      const outcome = countPair(tally, read(functional), read(dysfunctional));
      pairs[outcome]++;
      rowOutcomes.add(outcome);
    },
    () => {
      countRow(rows, rowOutcomes);
      rowOutcomes.clear();
    },
  );
  if (unrecognised.size > 0 && options.onInvalid !== 'skip') {
    const values = [...unrecognised.values()];
    throw problem('unrecognised-answers', values[0]?.first ?? {}, { values });
  }

  const sort = options.sort ?? 'priority';
  const analysed = analyseFeatures(
    walk.features.map((name, i) => ({ name, tally: tallies[i] ?? emptyFeatureTally() })),
    sort,
  );
  const relaxed = { short: 0, long: 0 };
  for (const table of tables) {
    relaxed.short += table.relaxed.short;
    relaxed.long += table.relaxed.long;
  }
  const roles: SourceRole[] = plan.layout === 'paired' ? ['functional', 'dysfunctional'] : ['survey'];
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'kano', version: VERSION },
    input: {
      layout: plan.layout,
      sources: tables.map((t, i) => ({
        name: t.source,
        role: roles[i] ?? 'survey',
        delimiter: t.delimiter,
        records: t.rows.length,
        blankLines: t.blankLines,
      })),
      rows,
      pairs,
      ignoredColumns: plan.ignored,
      matchedBy: walk.matchedBy,
      numericCodes: { seen: decoder.numericCells, mapping: describeCodes(codes) },
      relaxedRows: relaxed,
    },
    method: methodNotes(sort),
    features: analysed.features,
    warnings: [
      ...walk.warnings,
      ...(relaxed.short + relaxed.long > 0 ? [warning('relaxed-rows', null, relaxed)] : []),
      ...analysed.warnings,
    ],
  };
}

export { KanoError, formatLocation, type Location } from './errors.js';
export type { Report, FeatureResult, InputSummary, MethodNotes, SortKey, Layout } from './model/report.js';
export { EVALUATION_TABLE, evaluate } from './model/evaluation-table.js';
export { CATEGORY_CODES, CATEGORY_NAMES, type CategoryCode } from './model/categories.js';
