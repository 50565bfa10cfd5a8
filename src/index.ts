import { analyseFeatures, methodNotes } from './analysis/analyse.js';
import { problem, type UnrecognisedValue } from './errors.js';
import type { Scale } from './model/answers.js';
import { PLATFORM_LABELS, type Platform } from './model/platforms.js';
import { SCHEMA_VERSION, type Layout, type PairAccount, type Report, type RowAccount, type SortKey, type SourceRole } from './model/report.js';
import { warning } from './model/warnings.js';
import { createAnswerDecoder } from './normalise/answer-decoder.js';
import { parseAnswerMap } from './normalise/answer-map.js';
import { DEFAULT_CODES, describeCodes, parseCodes } from './normalise/codes.js';
import { planLayout } from './normalise/layout.js';
import { readExport, type SurveyExport } from './normalise/platforms/index.js';
import { cellLocation, cellText, walkRows, type CellRef } from './normalise/respondents.js';
import { decodeText, type Encoding } from './parse/decode.js';
import { parseTable, type Table } from './parse/table.js';
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
  /** Forces the survey platform whose export this is instead of detecting it. */
  source?: Platform;
  /** Respondent-id column that matches the rows of paired files. */
  id?: string;
  /** Grid exports: the functional and the dysfunctional question (the text before the [brackets]). */
  functional?: string;
  dysfunctional?: string;
  /** Numeric answer codes, e.g. `1=like` (the default) or `5=like`. */
  codes?: string;
  /** Points of the answer scale: 5 (default) or 3 (like, neutral, dislike). */
  scale?: Scale;
  /** An --answers file: JSON from answer label to like | expect | neutral | tolerate | dislike. */
  answers?: SurveyInput;
  /** `stop` (default): unrecognised answers are an error; `skip`: such pairs are skipped and counted. */
  onInvalid?: 'stop' | 'skip';
  /** Drop partial responses instead of using the pairs they completed. */
  completeOnly?: boolean;
  /** Read missing trailing cells as blank and ignore extra ones instead of failing. */
  relaxColumns?: boolean;
  /** Forces the field delimiter instead of sniffing it. */
  delimiter?: string;
  /** Forces the text encoding instead of reading a byte-order mark (else UTF-8). */
  encoding?: Encoding;
  sort?: SortKey;
}

interface ReadSource {
  export: SurveyExport;
  encoding: string;
}

function decoded({ name, content }: SurveyInput, encoding?: Encoding): { text: string; encoding: string } {
  return typeof content === 'string' ? { text: content, encoding: 'utf-8' } : decodeText(content, name, encoding);
}

function textOf(input: SurveyInput): string {
  return decoded(input).text;
}

/** Bytes → text → rows → the platform's export shape, for one input. */
function readSource(input: SurveyInput, options: AnalyseOptions): ReadSource {
  const { text, encoding } = decoded(input, options.encoding);
  const table = parseTable(text, input.name, { delimiter: options.delimiter, relaxColumns: options.relaxColumns });
  return { export: readExport(table, options.source), encoding };
}

/** Drops the rows that are not respondents (and partial ones under completeOnly), counting each. */
function respondentRows(source: SurveyExport, rows: RowAccount, completeOnly: boolean): Table {
  const kept = source.table.rows.filter((_, i) => {
    const status = source.status[i] ?? 'complete';
    if (status === 'complete') return true;
    if (status === 'partial') {
      rows.partial++;
      if (!completeOnly) return true;
    }
    rows.read++;
    rows.excluded[status]++;
    return false;
  });
  return { ...source.table, rows: kept };
}

/**
 * The whole analysis: survey file contents in, Report out. Throws KanoError when nothing can be
 * analysed (bad input or options); everything else is in the report, warnings included.
 */
export function analyseSurvey(inputs: SurveyInput[], options: AnalyseOptions = {}): Report {
  const scale = options.scale ?? 5;
  const codes = parseCodes(options.codes ?? DEFAULT_CODES, scale);
  const labels = options.answers && parseAnswerMap(textOf(options.answers), options.answers.name);
  const sources = inputs.map((input) => readSource(input, options));
  const rows = emptyRowAccount();
  const tables = sources.map((s) => respondentRows(s.export, rows, options.completeOnly === true));
  const plan = planLayout(tables, options);
  const decoder = createAnswerDecoder({ codes, labels, isMissing: sources.find((s) => s.export.isMissing)?.export.isMissing });

  const tallies: FeatureTally[] = [];
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
  const needsCodes = sources.find((s) => s.export.numericNeedsCodes);
  if (needsCodes && options.codes === undefined && decoder.numericCells > 0) {
    throw problem('codes-required', { source: needsCodes.export.table.source }, { platform: PLATFORM_LABELS[needsCodes.export.platform] });
  }
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
      sources: sources.map(({ export: source, encoding }, i) => ({
        name: source.table.source,
        role: roles[i] ?? 'survey',
        platform: source.platform,
        encoding,
        delimiter: source.table.delimiter,
        headerRows: source.headerRows,
        records: source.table.rows.length,
        blankLines: source.table.blankLines,
      })),
      rows,
      pairs,
      ignoredColumns: plan.ignored,
      matchedBy: walk.matchedBy,
      numericCodes: { seen: decoder.numericCells, mapping: describeCodes(codes) },
      scale,
      customLabels: labels?.size ?? 0,
      questionGroups: plan.layout === 'wide' ? plan.groups : null,
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
export { PLATFORMS, type Platform } from './model/platforms.js';
export { EVALUATION_TABLE, evaluate } from './model/evaluation-table.js';
export { CATEGORY_CODES, CATEGORY_NAMES, type CategoryCode } from './model/categories.js';
