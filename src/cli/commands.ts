import { dirname, join, relative, sep } from 'node:path';
import { analyseTallied, tallied } from '../analyse-survey.js';
import { compareSurveys, type Wave } from '../compare.js';
import { countsDocument, mergeTallied, readCounts, type Tallied } from '../counts.js';
import { wholeBytes } from '../inputs.js';
import { problem } from '../errors.js';
import { checkGates, parseGate, type Gate } from '../gates.js';
import { inspectSurvey, type AnalyseOptions } from '../index.js';
import type { Report } from '../model/report.js';
import { renderComparisonCsv, renderComparisonMarkdown, renderComparisonTable } from '../render/comparison.js';
import { annotations } from '../render/github.js';
import { renderHtmlReport } from '../render/html-report.js';
import { renderInspection } from '../render/inspection.js';
import { jsonPieces } from '../render/json.js';
import { MESSAGES } from '../render/messages/index.js';
import type { Messages } from '../render/messages/messages.js';
import { RENDERERS } from '../render/registry.js';
import type { Style } from '../render/style.js';
import { renderSummary } from '../render/summary.js';
import { betterWorseSvg } from '../render/svg/better-worse.js';
import { terminalPlot } from '../render/terminal-plot.js';
import { buildTemplate, parseFeatureList } from '../template.js';
import { colourStyle, wantsColour } from './colour.js';
import type { Outcome } from './exit-code.js';
import { deliver, readInput, writeFile } from './files.js';
import type { Io } from './io.js';
import { talliedInShards } from './shards.js';
import type { AnalyzeOptions, CompareOptions, InspectOptions, MergeOptions, OutputOptions, PlotOptions, ReadingOptions, ReportOptions, TemplateOptions } from './program.js';

/** Where the result goes: --output or --out, or stdout. */
function outputOf(options: OutputOptions): string | undefined {
  return options.out ?? options.output;
}

/** Colour for the result only on a terminal (never in a file). */
function resultStyle(io: Io, options: OutputOptions): Style {
  return colourStyle(outputOf(options) === undefined && wantsColour(io.stdout, io.env, options.color));
}

/** The input summary and warnings on stderr, unless --quiet. */
function printSummary(io: Io, report: Report, options: OutputOptions): void {
  if (!options.quiet) io.stderr.write(renderSummary(report, colourStyle(wantsColour(io.stderr, io.env, options.color)), MESSAGES[options.lang]));
}

/**
 * After the result is written: GitHub annotations when running in Actions, then the --fail-on gates,
 * which turn the run into exit 1 naming the features that tripped them.
 */
function afterward(io: Io, report: Report, gates: Gate[], file: string): Outcome {
  const failures = checkGates(report, gates);
  if (io.env.GITHUB_ACTIONS === 'true') io.stderr.write(annotations(report, failures, MESSAGES.en.warnings, file));
  for (const f of failures) {
    io.stderr.write(`kano: --fail-on ${f.gate}: ${f.features.length} ${f.features.length === 1 ? 'feature has' : 'features have'} ${f.describe}: ${f.features.join(', ')}\n`);
  }
  return failures.length > 0 ? 'gate-failed' : 'ran';
}

/** How the files are read: in shards under --jobs or, without it, when large (shards.ts), quietly or not. */
interface Reading {
  jobs?: number;
  quiet?: boolean;
  color: boolean;
}

/**
 * The tallies of the files: one survey file in shards side by side, under --jobs or, without it, when
 * large (see defaultJobs); else read at once. stderr says which, unless the default read it at once.
 */
async function talliedFiles(io: Io, files: string[], options: AnalyseOptions, reading: Reading): Promise<Tallied> {
  const [file, ...others] = files;
  const sharded = await inShards(io, others.length === 0 ? file : undefined, options, reading);
  return sharded ?? tallied(files.map((f) => readInput(io, f, { quiet: reading.quiet })), options);
}

/**
 * The tallies of one survey file read in shards (see talliedFiles), or null: several files, or one read
 * at once. stderr says which, unless the default read it at once; `named`: naming the file (one of two
 * waves).
 */
async function inShards(io: Io, file: string | undefined, options: AnalyseOptions, { jobs, quiet, color }: Reading, named = false): Promise<Tallied | null> {
  const sharded = file === undefined ? null : await talliedInShards(io, file, jobs, options, quiet === true);
  const said = readingNote(jobs, sharded?.shards);
  if (said && !quiet) io.stderr.write(`${colourStyle(wantsColour(io.stderr, io.env, color)).dim(`kano: ${named ? `${file}: ` : ''}${said}`)}\n`);
  return sharded?.tallied ?? null;
}

/** What stderr says of how a file was read (shards: how many, if it was in shards), or null. */
function readingNote(jobs: number | undefined, shards: number | undefined): string | null {
  const read = shards ? `read in ${shards} shards side by side` : 'read at once, as this input cannot be read in shards';
  if (jobs === undefined) return shards ? `${read}, as the file is large (--jobs 1 reads it at once)` : null;
  return jobs > 1 ? `--jobs ${jobs}: ${read}` : null;
}

/** Reads and analyses the files. */
async function analysed(io: Io, files: string[], options: AnalyseOptions, reading: Reading): Promise<Report> {
  return analyseTallied(await talliedFiles(io, files, options, reading), options);
}

/** kano analyze: the result in the chosen format (or the counts), then the gates. */
export async function analyze(io: Io, files: string[], options: AnalyzeOptions): Promise<Outcome> {
  if (options.format === 'counts') {
    // What shapes the tallies: who is left out (--max-questionable) and what counts as questionable (--table).
    const { maxQuestionable, table } = options;
    const counts = countsDocument(await talliedFiles(io, files, { ...surveyOptions(io, options), maxQuestionable, table }, options));
    deliver(io, outputOf(options), jsonPieces(counts, 0));
    return 'ran';
  }
  const format = options.json ? 'json' : options.format;
  const gates = (options.failOn ?? []).map(parseGate);
  const { sort, rule, strengthThreshold, table, method, maxQuestionable, questionableWarning, refined } = options;
  const analysis = {
    ...surveyOptions(io, options),
    ...{ sort, rule, strengthThreshold, table, maxQuestionable, questionableWarning, refined },
    method: method ?? 'both',
    ...{ ci: options.ci, resamples: options.resamples, seed: options.seed, minSegment: options.minSegment },
  } satisfies AnalyseOptions;
  const report = await analysed(io, files, analysis, options);
  const show = { discrete: method !== 'continuous', continuous: method === 'continuous' || method === 'both' };
  const style = resultStyle(io, options);
  const messages = MESSAGES[options.lang];
  const plot = options.plot && format === 'table' ? `\n${terminalPlot(report, messages, style, io.stdout.columns)}` : '';
  const output = outputOf(options);
  const assetLink = options.assets === undefined ? undefined : writeAssets(io, options.assets, output, report, messages);
  const rendered = RENDERERS[format](report, { style, percent: options.percent === true, messages, show, assetLink });
  printSummary(io, report, options);
  deliver(io, output, typeof rendered === 'string' ? rendered + plot : rendered);
  return afterward(io, report, gates, files[0] ?? '');
}

/** kano inspect: what analyze would read; the outcome says whether analyze would stop. */
export function inspect(io: Io, files: string[], options: InspectOptions): Outcome {
  const inspection = inspectSurvey(files.map((file) => readInput(io, file, options)), surveyOptions(io, options));
  const style = resultStyle(io, options);
  const text = options.json || options.format === 'json' ? `${JSON.stringify(inspection, null, 2)}\n` : renderInspection(inspection, style, MESSAGES[options.lang]);
  deliver(io, outputOf(options), text);
  return inspection.problems.length > 0 ? 'could-not-analyse' : 'ran';
}

/** kano compare: two waves side by side, each a large survey file read in shards as analyze reads it. */
export async function compare(io: Io, older: string, newer: string, options: CompareOptions): Promise<void> {
  const { ci, resamples, seed, rule, table } = options;
  const analysis = { ...surveyOptions(io, options), resamples, seed, rule, table };
  const wave = async (file: string): Promise<Wave> => {
    const sharded = await inShards(io, file, analysis, options, true);
    return sharded ? { name: file, report: analyseTallied(sharded, analysis) } : readInput(io, file, options);
  };
  const comparison = compareSurveys(await wave(older), await wave(newer), { ...analysis, level: ci });
  const messages = MESSAGES[options.lang];
  const format = options.json ? 'json' : options.format;
  const style = resultStyle(io, options);
  const text = {
    table: () => renderComparisonTable(comparison, style, messages),
    json: () => `${JSON.stringify(comparison, null, 2)}\n`,
    csv: () => renderComparisonCsv(comparison),
    markdown: () => renderComparisonMarkdown(comparison, messages),
  }[format]();
  deliver(io, outputOf(options), text);
}

/** kano report: the HTML report, written even when a gate trips. */
export async function report(io: Io, files: string[], options: ReportOptions): Promise<Outcome> {
  const gates = (options.failOn ?? []).map(parseGate);
  const { ci, resamples, seed, rule, table, minSegment, refined } = options;
  const result = await analysed(io, files, { ...surveyOptions(io, options), ci, resamples, seed, rule, table, minSegment, refined }, options);
  printSummary(io, result, options);
  const generatedAt = options.timestamp ? io.now().toISOString() : undefined;
  deliver(io, outputOf(options), renderHtmlReport(result, { messages: MESSAGES[options.lang], lang: options.lang, title: options.title, generatedAt }));
  return afterward(io, result, gates, files[0] ?? '');
}

/** kano plot: the Better–Worse diagram alone. */
export async function plot(io: Io, files: string[], options: PlotOptions): Promise<void> {
  const { ci, resamples, seed, rule, table } = options;
  const result = await analysed(io, files, { ...surveyOptions(io, options), ci, resamples, seed, rule, table }, options);
  printSummary(io, result, options);
  deliver(io, outputOf(options), betterWorseSvg(result, MESSAGES[options.lang], options.title));
}

/** kano merge: counts files added into one. */
export function merge(io: Io, files: string[], options: MergeOptions): void {
  const merged = mergeTallied(files.map((file) => readCounts(readInput(io, file))));
  deliver(io, options.out ?? options.output, jsonPieces(countsDocument(merged), 0));
}

/** kano template: the questionnaire, or its empty response sheet. */
export function template(io: Io, options: TemplateOptions): void {
  const built = buildTemplate(parseFeatureList(options.features), options);
  deliver(io, options.output, options.format === 'csv' ? built.csv : built.text);
}

/**
 * Writes the Better–Worse SVG into the assets folder and returns its link for the Markdown, relative to
 * where the Markdown goes (the output file's folder, or the working folder).
 */
function writeAssets(io: Io, folder: string, output: string | undefined, result: Report, messages: Messages): string {
  const path = join(folder, 'better-worse.svg');
  try {
    io.makeFolder(folder);
  } catch (error) {
    throw problem('write-failed', {}, { path: folder, reason: (error as Error).message });
  }
  writeFile(io, path, betterWorseSvg(result, messages, messages.report.diagram));
  return relative(output === undefined ? '.' : dirname(output), path).split(sep).join('/');
}

/** The reading options as the library takes them. */
function surveyOptions(io: Io, options: ReadingOptions): AnalyseOptions {
  const { layout, source, id, functional, dysfunctional, codes, onInvalid, completeOnly, relaxColumns, encoding, segment, importancePattern, input, n } = options;
  return {
    ...{ layout, source, id, functional, dysfunctional, codes, onInvalid, completeOnly, relaxColumns, encoding, segment, importancePattern, input, n },
    importanceScale: options.importanceScale === undefined ? undefined : options.importanceScale === '5' ? 5 : 9,
    scale: options.scale === '3' ? 3 : 5,
    // Read whole: it is small, and shards in worker threads are handed plain bytes.
    answers: options.answers === undefined ? undefined : { name: options.answers, content: wholeBytes(readInput(io, options.answers, { quiet: true }).content) },
    delimiter: delimiterOption(options.delimiter),
  };
}

/** `\t` and the word `tab` are accepted, since a literal tab is awkward to type. */
function delimiterOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const delimiter = value === '\\t' || value.toLowerCase() === 'tab' ? '\t' : value;
  if ([...delimiter].length !== 1) throw problem('usage', {}, { message: `--delimiter takes one character, got "${value}"` });
  return delimiter;
}

