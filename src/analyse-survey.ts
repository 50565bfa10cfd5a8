import { analyseFeatures, importanceThreshold, methodNotes } from './analysis/analyse.js';
import { DEFAULT_MIN_SEGMENT, DEFAULT_RESAMPLES, DEFAULT_SEED } from './analysis/defaults.js';
import { analyseSegments } from './analysis/segments.js';
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
  const minSegment = options.minSegment ?? DEFAULT_MIN_SEGMENT;
  const segmented =
    read.segments &&
    analyseSegments(
      read.features.map((f) => f.name),
      read.segments.groups,
      options,
      { minSegment, simulations: options.resamples ?? DEFAULT_RESAMPLES, seed: options.seed ?? DEFAULT_SEED },
    );
  const features = analysed.features.map((f, i) => ({ ...f, segmentTest: segmented?.tests[i] ?? null }));
  const small = segmented?.results.filter((r) => !r.tested).map((r) => r.value) ?? [];
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
      numericCodes: { seen: read.decoder.numericCells(), mapping: describeCodes(read.codes) },
      scale: read.scale,
      customLabels: read.customLabels,
      quality: { maxQuestionable: options.maxQuestionable ?? null, respondents: read.quality },
      segment:
        read.segments && segmented
          ? { column: read.segments.column, minSegment, values: segmented.results.map(({ value, respondents, tested }) => ({ value, respondents, tested })) }
          : null,
      questionGroups: read.plan.layout === 'wide' ? read.plan.groups : null,
      relaxedRows: relaxed,
    },
    method: methodNotes(
      options,
      segmented !== null,
      read.importanceScale === null
        ? null
        : { scale: read.importanceScale, threshold: options.refined ? importanceThreshold(analysed.features.map((f) => f.importance)) : null },
    ),
    features,
    segments: segmented
      ? Object.fromEntries(segmented.results.map(({ value, respondents, tested, features: figures }) => [value, { respondents, tested, features: figures }]))
      : null,
    warnings: [
      ...read.warnings,
      ...(relaxed.short + relaxed.long > 0 ? [warning('relaxed-rows', null, relaxed)] : []),
      ...(read.segments && small.length > 0 ? [warning('small-segments', null, { column: read.segments.column, min: minSegment, segments: small.join(', ') })] : []),
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
