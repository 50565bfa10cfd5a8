import { analyseFeatures, methodNotes } from './analysis/analyse.js';
import { SCHEMA_VERSION, type Report } from './model/report.js';
import { warning } from './model/warnings.js';
import { describeCodes } from './normalise/codes.js';
import { blockingProblem, readSurvey, sourceSummaries, type AnalyseOptions, type SurveyInput, type SurveyRead } from './survey.js';
import { VERSION } from './version.js';

/**
 * The whole analysis: survey file contents in, Report out. Throws KanoError when nothing can be
 * analysed (bad input or options); everything else is in the report, warnings included.
 */
export function analyseSurvey(inputs: SurveyInput[], options: AnalyseOptions = {}): Report {
  const read = readSurvey(inputs, options);
  const blocking = blockingProblem(read, options);
  if (blocking) throw blocking;
  const analysed = analyseFeatures(read.features, options);
  const relaxed = relaxedRows(read);
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'kano', version: VERSION },
    input: {
      layout: read.plan.layout,
      sources: sourceSummaries(read),
      rows: read.rows,
      pairs: read.pairs,
      ignoredColumns: read.plan.ignored,
      matchedBy: read.walk.matchedBy,
      numericCodes: { seen: read.decoder.numericCells, mapping: describeCodes(read.codes) },
      scale: read.scale,
      customLabels: read.customLabels,
      questionGroups: read.plan.layout === 'wide' ? read.plan.groups : null,
      relaxedRows: relaxed,
    },
    method: methodNotes(options),
    features: analysed.features,
    warnings: [
      ...read.warnings,
      ...(relaxed.short + relaxed.long > 0 ? [warning('relaxed-rows', null, relaxed)] : []),
      ...analysed.warnings,
    ],
  };
}

function relaxedRows(read: SurveyRead) {
  const relaxed = { short: 0, long: 0 };
  for (const table of read.tables) {
    relaxed.short += table.relaxed.short;
    relaxed.long += table.relaxed.long;
  }
  return relaxed;
}

export { inspectSurvey } from './inspect.js';
export type { Inspection } from './model/inspection.js';
export { KanoError, formatLocation, type Location } from './errors.js';
export type { AnalyseOptions, SurveyInput } from './survey.js';
export type { Report, FeatureResult, InputSummary, MethodNotes, SortKey, Layout } from './model/report.js';
export { PLATFORMS, type Platform } from './model/platforms.js';
export { EVALUATION_TABLE, evaluate } from './model/evaluation-table.js';
export { CATEGORY_CODES, CATEGORY_NAMES, type CategoryCode } from './model/categories.js';
