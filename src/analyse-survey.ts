import { analyseFeatures, importanceThreshold, methodNotes } from './analysis/analyse.js';
import { DEFAULT_MIN_SEGMENT, DEFAULT_RESAMPLES, DEFAULT_SEED } from './analysis/defaults.js';
import { analyseSegments } from './analysis/segments.js';
import { SCHEMA_VERSION, type Report } from './model/report.js';
import { warning } from './model/warnings.js';
import { isCounts, mergeTallied, readCounts, tallySurvey, type Tallied } from './counts.js';
import { problem } from './errors.js';
import type { SurveyInput } from './inputs.js';
import type { AnalyseOptions } from './survey.js';
import { VERSION } from './version.js';

/**
 * The whole analysis: survey file contents (or counts files, see counts.ts) in, Report out. Throws
 * KanoError when nothing can be analysed (bad input or options); everything else is in the report,
 * warnings included.
 */
export function analyseSurvey(inputs: SurveyInput[], options: AnalyseOptions = {}): Report {
  return analyseTallied(tallied(inputs, options), options);
}

/** The tallies of the inputs: read from surveys, or from counts files (summed). */
export function tallied(inputs: SurveyInput[], options: AnalyseOptions): Tallied {
  const counts = inputs.map((input) => options.input === 'counts' || (options.input !== 'survey' && isCounts(input)));
  if (counts.every(Boolean)) {
    const { n = [] } = options;
    if (n.length > 1 && n.length !== inputs.length) {
      throw problem('usage', {}, { message: `--n gives ${n.length} sizes for ${inputs.length} files: give one for all, or one per file` });
    }
    return mergeTallied(inputs.map((input, i) => readCounts(input, { ...options, n: n[n.length > 1 ? i : 0] })));
  }
  if (counts.some(Boolean)) throw problem('usage', {}, { message: 'give either survey files or counts files, not both' });
  return tallySurvey(inputs, options);
}

/** The analysis of tallies, however they were read. */
export function analyseTallied(read: Tallied, options: AnalyseOptions): Report {
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
  const relaxed = read.input.relaxedRows;
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'kano', version: VERSION },
    input: {
      ...read.input,
      segment:
        read.segments && segmented
          ? { column: read.segments.column, minSegment, values: segmented.results.map(({ value, respondents, tested }) => ({ value, respondents, tested })) }
          : null,
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
