/** The library: every command of the CLI as a pure function over file contents. */
export { analyseSurvey, tallied } from './analyse-survey.js';
export { countsDocument, mergeTallied, readCounts, type Tallied } from './counts.js';
export type { CountsDocument } from './model/counts.js';
export { inspectSurvey } from './inspect.js';
export { buildTemplate, parseFeatureList } from './template.js';
export { compareSurveys, type Wave } from './compare.js';
export type { Comparison } from './model/comparison.js';
export type { Inspection } from './model/inspection.js';
export { KanoError, formatLocation, type Location } from './errors.js';
export type { AnalyseOptions } from './survey.js';
export type { ByteStream, SurveyInput } from './inputs.js';
export type { Report, FeatureResult, InputSummary, MethodNotes, SortKey, Layout } from './model/report.js';
export { PLATFORMS, type Platform } from './model/platforms.js';
export { EVALUATION_TABLE, evaluate } from './model/evaluation-table.js';
export { CATEGORY_CODES, CATEGORY_NAMES, type CategoryCode } from './model/categories.js';
