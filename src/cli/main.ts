import { dirname, join, relative, sep } from 'node:path';
import { CommanderError } from 'commander';
import { formatLocation, KanoError, problem } from '../errors.js';
import { analyseSurvey, inspectSurvey, type AnalyseOptions, type SurveyInput } from '../index.js';
import { compareSurveys } from '../compare.js';
import { checkGates, parseGate, type Gate } from '../gates.js';
import type { Report } from '../model/report.js';
import { annotations } from '../render/github.js';
import type { Messages } from '../render/messages/messages.js';
import { renderComparisonCsv, renderComparisonMarkdown, renderComparisonTable } from '../render/comparison.js';
import { renderHtmlReport } from '../render/html-report.js';
import { renderInspection } from '../render/inspection.js';
import { terminalPlot } from '../render/terminal-plot.js';
import { betterWorseSvg } from '../render/svg/better-worse.js';
import { MESSAGES } from '../render/messages/index.js';
import { buildTemplate, parseFeatureList } from '../template.js';
import { RENDERERS } from '../render/registry.js';
import { renderSummary } from '../render/summary.js';
import { colourStyle, wantsColour } from './colour.js';
import { exitCode, type Outcome } from './exit-code.js';
import { processIo, type Io } from './io.js';
import { buildProgram, type AnalyzeOptions, type CompareOptions, type InspectOptions, type ReadingOptions } from './program.js';

/** Runs one command line against the given world and returns its exit code; never exits itself. */
export async function run(io: Io): Promise<number> {
  // Known before parsing, so that errors in parsing the options show their stack too.
  const debug = io.argv.includes('--debug');
  let outcome: Outcome = 'ran';
  const program = buildProgram(io.stdout, io.stderr, {
    analyze: (files, options) => void (outcome = analyze(io, files, options)),
    inspect: (files, options) => void (outcome = inspect(io, files, options)),
    compare: (older, newer, options) => compare(io, older, newer, options),
    report: (files, options) => {
      const gates = (options.failOn ?? []).map(parseGate);
      const { ci, resamples, seed, rule, table, minSegment, refined } = options;
      const report = analyseSurvey(files.map((file) => readInput(io, file)), { ...surveyOptions(io, options), ci, resamples, seed, rule, table, minSegment, refined });
      const messages = MESSAGES[options.lang];
      if (!options.quiet) io.stderr.write(renderSummary(report, colourStyle(wantsColour(io.stderr, io.env, options.color)), messages));
      const html = renderHtmlReport(report, { messages, lang: options.lang, title: options.title, generatedAt: options.timestamp ? io.now().toISOString() : undefined });
      deliver(io, options.out ?? options.output, html);
      outcome = afterward(io, report, gates, files[0] ?? '');
    },
    plot: (files, options) => {
      const { ci, resamples, seed, rule, table } = options;
      const report = analyseSurvey(files.map((file) => readInput(io, file)), { ...surveyOptions(io, options), ci, resamples, seed, rule, table });
      if (!options.quiet) io.stderr.write(renderSummary(report, colourStyle(wantsColour(io.stderr, io.env, options.color)), MESSAGES[options.lang]));
      deliver(io, options.out ?? options.output, betterWorseSvg(report, MESSAGES[options.lang], options.title));
    },
    template: (options) => {
      const template = buildTemplate(parseFeatureList(options.features), options);
      deliver(io, options.output, options.format === 'csv' ? template.csv : template.text);
    },
  });
  const failure = await outcomeOf(io, () => program.parseAsync(io.argv, { from: 'user' }), debug);
  return exitCode(failure === 'ran' ? outcome : failure);
}

async function outcomeOf(io: Io, action: () => Promise<unknown>, debug: boolean): Promise<Outcome> {
  try {
    await action();
    return 'ran';
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its message; --help and --version are successes.
      return error.exitCode === 0 ? 'ran' : 'could-not-analyse';
    }
    if (error instanceof KanoError) {
      io.stderr.write(describe(error));
      if (debug) io.stderr.write(`${error.stack ?? ''}\n`);
      return 'could-not-analyse';
    }
    const internal = error instanceof Error ? error : new Error(String(error));
    io.stderr.write(
      `kano: internal error: ${internal.message}\n` +
        'This is a bug in kano. Please report it with the command you ran and, if you can, the input.\n' +
        (debug ? `${internal.stack ?? ''}\n` : 'Run again with --debug to see the stack trace.\n'),
    );
    return 'internal-error';
  }
}

/** `file:line:col: what is wrong`, the details indented, then `hint: what to do`. */
function describe(error: KanoError): string {
  const where = formatLocation(error.location);
  const column = error.location.columnName === undefined ? '' : ` (column "${error.location.columnName}")`;
  return [
    `${where === '' ? 'kano' : where}: ${error.message}${column}`,
    ...error.details.map((d) => `  ${d}`),
    ...(error.hint === undefined ? [] : [`hint: ${error.hint}`]),
  ].join('\n') + '\n';
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

function analyze(io: Io, files: string[], options: AnalyzeOptions): Outcome {
  const gates = (options.failOn ?? []).map(parseGate);
  const { sort, rule, strengthThreshold, table, method, maxQuestionable, questionableWarning, refined } = options;
  const report = analyseSurvey(files.map((file) => readInput(io, file)), {
    ...surveyOptions(io, options),
    ...{ sort, rule, strengthThreshold, table, maxQuestionable, questionableWarning, refined },
    method: method ?? 'both',
    ...{ ci: options.ci, resamples: options.resamples, seed: options.seed, minSegment: options.minSegment },
  });
  const show = { discrete: method !== 'continuous', continuous: method === 'continuous' || method === 'both' };
  const format = options.json ? 'json' : options.format;
  const style = colourStyle(options.output === undefined && wantsColour(io.stdout, io.env, options.color));
  const messages = MESSAGES[options.lang];
  const plot = options.plot && format === 'table' ? `\n${terminalPlot(report, messages, style, io.stdout.columns)}` : '';
  const output = options.out ?? options.output;
  const assetLink = options.assets === undefined ? undefined : writeAssets(io, options.assets, output, report, messages);
  const text = RENDERERS[format](report, { style, percent: options.percent === true, messages, show, assetLink }) + plot;
  if (!options.quiet) io.stderr.write(renderSummary(report, colourStyle(wantsColour(io.stderr, io.env, options.color)), messages));
  deliver(io, output, text);
  return afterward(io, report, gates, files[0] ?? '');
}

function compare(io: Io, older: string, newer: string, options: CompareOptions): void {
  const { ci, resamples, seed, rule, table } = options;
  const comparison = compareSurveys(readInput(io, older), readInput(io, newer), { ...surveyOptions(io, options), level: ci, resamples, seed, rule, table });
  const messages = MESSAGES[options.lang];
  const format = options.json ? 'json' : options.format;
  const style = colourStyle(options.output === undefined && wantsColour(io.stdout, io.env, options.color));
  const text = {
    table: () => renderComparisonTable(comparison, style, messages),
    json: () => `${JSON.stringify(comparison, null, 2)}\n`,
    csv: () => renderComparisonCsv(comparison),
    markdown: () => renderComparisonMarkdown(comparison, messages),
  }[format]();
  deliver(io, options.out ?? options.output, text);
}

/**
 * Writes the Better–Worse SVG into the assets folder and returns its link for the Markdown, relative to
 * where the Markdown goes (the --output file's folder, or the working folder).
 */
function writeAssets(io: Io, folder: string, output: string | undefined, report: Report, messages: Messages): string {
  const path = join(folder, 'better-worse.svg');
  try {
    io.makeFolder(folder);
    io.writeFileAtomic(path, betterWorseSvg(report, messages, messages.report.diagram));
  } catch (error) {
    throw problem('write-failed', {}, { path, reason: systemReason(error) });
  }
  return relative(output === undefined ? '.' : dirname(output), path).split(sep).join('/');
}

/** Prints the inspection; exits 2 (by throwing the problem, already shown) when analyze would stop. */
function inspect(io: Io, files: string[], options: InspectOptions): Outcome {
  const inspection = inspectSurvey(files.map((file) => readInput(io, file)), surveyOptions(io, options));
  const style = colourStyle(options.output === undefined && wantsColour(io.stdout, io.env, options.color));
  const text = options.json || options.format === 'json' ? `${JSON.stringify(inspection, null, 2)}\n` : renderInspection(inspection, style, MESSAGES[options.lang]);
  deliver(io, options.out ?? options.output, text);
  return inspection.problems.length > 0 ? 'could-not-analyse' : 'ran';
}

function surveyOptions(io: Io, options: ReadingOptions): AnalyseOptions {
  const { layout, source, id, functional, dysfunctional, codes, onInvalid, completeOnly, relaxColumns, encoding, segment, importancePattern } = options;
  return {
    ...{ layout, source, id, functional, dysfunctional, codes, onInvalid, completeOnly, relaxColumns, encoding, segment, importancePattern },
    importanceScale: options.importanceScale === undefined ? undefined : options.importanceScale === '5' ? 5 : 9,
    scale: options.scale === '3' ? 3 : 5,
    answers: options.answers === undefined ? undefined : readInput(io, options.answers),
    delimiter: delimiterOption(options.delimiter),
  };
}

/** The result to stdout, or whole to --output. */
function deliver(io: Io, output: string | undefined, text: string): void {
  if (output === undefined) {
    io.stdout.write(text);
    return;
  }
  try {
    io.writeFileAtomic(output, text);
  } catch (error) {
    throw problem('write-failed', {}, { path: output, reason: systemReason(error) });
  }
}

function readInput(io: Io, file: string): SurveyInput {
  if (file === '-') {
    if (io.stdinIsTTY) throw problem('usage', {}, { message: 'standard input is a terminal; pipe a CSV into kano, or name a file' });
    return { name: '<stdin>', content: io.readStdin() };
  }
  try {
    return { name: file, content: io.readFile(file) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw problem('file-not-found', {}, { path: file });
    throw problem('file-unreadable', {}, { path: file, reason: systemReason(error) });
  }
}

/** `\t` and the word `tab` are accepted, since a literal tab is awkward to type. */
function delimiterOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const delimiter = value === '\\t' || value.toLowerCase() === 'tab' ? '\t' : value;
  if ([...delimiter].length !== 1) throw problem('usage', {}, { message: `--delimiter takes one character, got "${value}"` });
  return delimiter;
}

function systemReason(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EISDIR: 'it is a folder',
    ENOTDIR: 'a part of the path is not a folder',
    EROFS: 'read-only file system',
  };
  return (code && reasons[code]) || message;
}

/**
 * Entry point of bin/kano.js. A reader that closes the pipe early (`kano analyze … | head -1`) ends the
 * run quietly with success. Ctrl-C keeps Node's default (stop at once, nothing printed, status 130):
 * a JavaScript handler would only run once a long analysis had finished.
 */
export async function main(): Promise<void> {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(0);
    });
  }
  process.exitCode = await run(processIo());
}
