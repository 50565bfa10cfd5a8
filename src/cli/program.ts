import { Command, InvalidArgumentError, Option } from 'commander';
import type { ReadOptions } from '../survey.js';
import { TABLE_NAMES, type TableName } from '../model/evaluation-table.js';
import { PLATFORMS } from '../model/platforms.js';
import { RULES, type Rule } from '../model/rules.js';
import { LANGUAGES, type Language } from '../model/languages.js';
import type { Method, SortKey } from '../model/report.js';
import { ENCODINGS, type Encoding } from '../parse/decode.js';
import { FORMATS, type Format } from '../model/formats.js';
import { VERSION } from '../version.js';
import { autoJobs } from './jobs.js';
import type { OutputStream } from './io.js';

/** Options that say how to read the input, as commander parses them: the library's, with a file path for --answers. */
export type ReadingOptions = Omit<ReadOptions, 'scale' | 'answers' | 'encoding' | 'importanceScale'> & {
  scale: '3' | '5';
  importanceScale?: '5' | '9';
  answers?: string;
  encoding: Encoding;
};

export interface OutputOptions {
  lang: Language;
  json?: boolean;
  output?: string;
  out?: string;
  quiet?: boolean;
  color: boolean;
}

export interface AnalyzeOptions extends ReadingOptions, OutputOptions {
  /** Unset: shards.ts decides by the file's size. */
  jobs?: number;
  format: Format | 'counts';
  plot?: boolean;
  assets?: string;
  failOn?: string[];
  method?: Method;
  ci?: number;
  resamples: number;
  seed: number;
  minSegment: number;
  maxQuestionable?: number;
  questionableWarning: number;
  refined?: boolean;
  rule: Rule;
  strengthThreshold: number;
  table: TableName;
  sort: SortKey;
  percent?: boolean;
}

export interface InspectOptions extends ReadingOptions, OutputOptions {
  format: 'table' | 'json';
}

export interface TemplateOptions {
  features: string;
  lang: Language;
  platform: 'generic' | 'google-forms';
  importance?: boolean;
  format: 'text' | 'csv';
  output?: string;
}

export interface CompareOptions extends ReadingOptions, OutputOptions {
  jobs?: number;
  format: Format;
  ci: number;
  resamples: number;
  seed: number;
  rule: Rule;
  table: TableName;
}

export interface PlotOptions extends ReadingOptions, OutputOptions {
  jobs?: number;
  ci?: number;
  resamples: number;
  seed: number;
  rule: Rule;
  table: TableName;
  title?: string;
}

export interface ReportOptions extends ReadingOptions, OutputOptions {
  jobs?: number;
  ci?: number;
  resamples: number;
  seed: number;
  rule: Rule;
  table: TableName;
  segment?: string;
  minSegment: number;
  refined?: boolean;
  title?: string;
  timestamp?: boolean;
  failOn?: string[];
}

export interface MergeOptions {
  output?: string;
  out?: string;
}

export interface Actions {
  analyze(files: string[], options: AnalyzeOptions): Promise<void>;
  inspect(files: string[], options: InspectOptions): Promise<void>;
  compare(older: string, newer: string, options: CompareOptions): Promise<void>;
  plot(files: string[], options: PlotOptions): Promise<void>;
  report(files: string[], options: ReportOptions): Promise<void>;
  template(options: TemplateOptions): Promise<void>;
  merge(files: string[], options: MergeOptions): Promise<void>;
}

const READING_HELP = `
Layouts (detected; --layout forces one):
  wide    one row per respondent; columns "<f> (functional)" / "<f> (dysfunctional)", "<f> - functional",
          "<f>_functional", "<f>_f" / "<f>_d", "functional: <f>", "F: <f>" / "D: <f>", two survey grids
          "<question> [<f>]" where the dysfunctional question is the negated one ("... did not have ...",
          "... no tuviera ...", "... 没有 ...", "... не было ..."), or one column per question, paired by title
  paired  two files with the same feature columns, functional first; rows matched by a respondent-id column
          (id, respondent, response id, email, or --id), else by row order
  long    one row per respondent and feature: columns feature, functional, dysfunctional

Survey platforms (detected; --source forces one): Google Forms, SurveyMonkey, Qualtrics, Typeform, LimeSurvey,
Microsoft Forms (re-saved as CSV), SoSci Survey, or any generic CSV. Preview, test and spam rows are excluded;
partial responses count with the pairs they completed (--complete-only drops them).

Answers: the five Kano answers in the common wordings of English, Spanish, Chinese, Russian, German, French,
Portuguese and Japanese (I like it / Me gusta / 喜欢 / Мне нравится …; case, spacing and punctuation ignored),
--answers for more, or numeric codes 1-5 with 1 = like (--codes 5=like reverses).

Large inputs: files and stdin (-) are read in one pass, without holding their rows (paired files matched by
id keep their ids, and the rows waiting for a partner). A survey file of 3 million cells or more (50,000
respondents × 30 features) is read in shards side by side, one per core (see --jobs; --jobs 1 reads it at
once). On a terminal, inputs over 50 MB show a progress line on stderr (not with --quiet).

Exit codes: 0 ran (warnings allowed), 1 a --fail-on condition held, 2 could not analyse (usage or input error),
3 internal error.
`;

const ANALYZE_EXAMPLES = `
Examples:
  $ kano analyze examples/mobile-banking.csv
      wide export: one row per respondent, the two questions of each feature found by column name
  $ kano analyze examples/hotline-functional.csv examples/hotline-dysfunctional.csv --id respondent
      paired files: functional answers in one file, dysfunctional in the other, matched by respondent id
  $ kano analyze examples/mobile-banking.csv --format json | jq '.features[] | select(.category == "basic") | .name'
  $ cat survey.csv | kano analyze - --format csv --output kano.csv
  $ kano analyze survey.csv --codes 5=like --on-invalid skip --percent
  $ kano analyze qualtrics-export.csv --codes 1=like --complete-only
  $ kano analyze encuesta.csv --answers respuestas.json --encoding windows-1252 --lang es
`;

const TEMPLATE_EXAMPLES = `
Examples:
  $ kano template --features "Dark mode, Offline mode, Export to PDF"
  $ kano template --features "Modo oscuro, Modo sin conexión" --lang es --importance
  $ kano template --features "Dark mode, Offline mode" --platform google-forms --format csv --output responses.csv

The questionnaire (text) and the empty response sheet (--format csv) match: fill one row per respondent
and kano analyze reads it as it is.
`;

const COMPARE_EXAMPLES = `
Examples:
  $ kano compare survey-2025.csv survey-2026.csv
  $ kano analyze survey-2025.csv --json --output 2025.json && kano compare 2025.json survey-2026.csv --format markdown
  $ kano compare old.csv new.csv --format csv --output changes.csv

Each wave is a survey file (read with the reading options below) or a result of kano analyze --format json.
`;

const INSPECT_EXAMPLES = `
Examples:
  $ kano inspect examples/mobile-banking.csv
  $ kano inspect export.csv --format json | jq '.answers[] | select(.readAs == "invalid")'
  $ kano inspect limesurvey.csv --functional FUNC --dysfunctional DYSF
`;

/** Gathers a repeatable option into a list. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** A number from 0 to 1, for options that take a share. */
function shareArgument(value: string): number {
  const share = Number(value);
  if (value.trim() === '' || !Number.isFinite(share) || share < 0 || share > 1) throw new InvalidArgumentError('expected a share from 0 to 1, e.g. 0.06');
  return share;
}

/** A confidence level strictly between 0 and 1. */
function levelArgument(value: string): number {
  const level = Number(value);
  if (!Number.isFinite(level) || level <= 0 || level >= 1) throw new InvalidArgumentError('expected a level between 0 and 1, e.g. 0.95');
  return level;
}

/** A whole number, 0 or more. */
function wholeArgument(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return count;
}

/** Whole numbers of at least 1, separated by commas. */
function sizesArgument(value: string): number[] {
  const sizes = value.split(',').map((part) => Number(part.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new InvalidArgumentError('expected whole numbers of at least 1, separated by commas');
  return sizes;
}

/** `--jobs`: a whole number of at least 1, or `auto`: one per core it may use, up to 8. */
function jobsArgument(value: string): number {
  return value === 'auto' ? autoJobs() : countArgument(value);
}

/** Reading one large survey file in parts, on several cores. */
function addJobsOption(command: Command): Command {
  return command.addOption(
    new Option(
      '--jobs <n>',
      'read one survey file in n parts side by side, on n cores (auto: one per core, within a container\'s CPU quota, up to 8): faster, takes more memory; ' +
        'for a file whose header is its first line (label rows under it may follow), not paired, not UTF-16 ' +
        '(default: auto for such a file of 3 million cells or more, e.g. 50,000 respondents × 30 features; else 1)',
    ).argParser(jobsArgument),
  );
}

/** A whole number of at least 1. */
function countArgument(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return count;
}

function addReadingOptions(command: Command): Command {
  return command
    .addOption(
      new Option('--input <kind>', 'the files are surveys or counts: JSON from --format counts, or a CSV table feature,A,O,M,I,R,Q (default: counts when JSON)').choices([
        'survey',
        'counts',
      ]),
    )
    .addOption(new Option('--n <sizes>', 'respondents behind a table of percentages (--input counts): one for all files, or one per file, e.g. 120,85').argParser(sizesArgument))
    .addOption(new Option('--layout <layout>', 'input layout (default: detected)').choices(['wide', 'paired', 'long']))
    .addOption(new Option('--source <platform>', 'survey platform of the export (default: detected)').choices(PLATFORMS))
    .option('--id <column>', 'respondent-id column that matches the rows of paired files')
    .option('--functional <question>', 'grid exports: the functional question (the text before the [brackets])')
    .option('--dysfunctional <question>', 'grid exports: the dysfunctional question')
    .option('--codes <mapping>', 'meaning of numeric answers: 1=like (1 like … 5 dislike), 5=like, 0=like, 4=like, or every point (default: 1=like)')
    .addOption(new Option('--scale <points>', 'answer scale: 5 points, or 3 (like, neutral, dislike)').choices(['5', '3']).default('5'))
    .option('--answers <file>', 'JSON file of extra answer wordings: {"label": "like|expect|neutral|tolerate|dislike", ...}')
    .addOption(
      new Option('--on-invalid <action>', 'unrecognised answers: stop with an error listing them, or skip those pairs')
        .choices(['stop', 'skip'])
        .default('stop'),
    )
    .option('--complete-only', 'drop partial responses instead of using the answer pairs they completed')
    .option('--relax-columns', 'read missing trailing cells as blank and ignore extra cells instead of failing')
    .option('--delimiter <char>', 'field delimiter (default: detected among , ; tab |)')
    .option('--importance-pattern <header>', 'header of each feature\'s importance column, {feature} for its name, e.g. "Importance of {feature}"')
    .addOption(new Option('--importance-scale <points>', 'importance scale: 9 or 5 points (default: detected)').choices(['5', '9']))
    .addOption(new Option('--encoding <encoding>', 'text encoding (default: UTF-16 by byte-order mark, else UTF-8)').choices(ENCODINGS).default('auto'));
}

/** How figures are computed: classification rule, evaluation table, and the random streams of resampling and tests. */
function addStatisticsOptions(command: Command): Command {
  return command
    .addOption(new Option('--rule <rule>', 'classification rule: mode, aom, strength or fong (see README "Method")').choices(RULES).default('mode'))
    .addOption(new Option('--table <table>', 'evaluation table: standard, or pouliot (same-answer pairs questionable)').choices(TABLE_NAMES).default('standard'))
    .addOption(new Option('--resamples <n>', 'bootstrap resamples (--ci) and Monte-Carlo simulations (tests with small expected counts)').argParser(countArgument).default(2000))
    .addOption(new Option('--seed <n>', 'seed of resampling and simulations, for reproducible figures').argParser(countArgument).default(1));
}

/** Options about where the result goes and how it looks; `--json` where there is a --format to shorten. */
function addOutputOptions(command: Command, { json }: { json: boolean }): Command {
  if (json) command.addOption(new Option('--json', 'shorthand for --format json').conflicts('format'));
  return command
    .addOption(new Option('--lang <language>', 'language of the human output (JSON and CSV keep English keys)').choices(LANGUAGES).default('en'))
    .option('-o, --output <file>', 'write the result to a file (whole or not at all) instead of standard output')
    .option('--out <file>', 'the same as --output')
    .option('-q, --quiet', 'nothing on standard error but errors')
    .option('--no-color', 'no colour, even on a terminal (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--debug', 'show stack traces of errors (in the TypeScript sources)');
}

/** The commander program; each command hands its parsed files and options to its action. */
export function buildProgram(out: OutputStream, err: OutputStream, actions: Actions): Command {
  const program = new Command('kano')
    .description('Kano-model analysis of survey exports: categories, priorities and Better/Worse coefficients')
    .version(VERSION, '-V, --version')
    .configureOutput({ writeOut: (s) => out.write(s), writeErr: (s) => err.write(s) })
    .showHelpAfterError('(run with --help for usage and examples)')
    .exitOverride();

  const analyze = program
    .command('analyze')
    .alias('analyse')
    .summary('classify every feature of a Kano survey and print the priority table')
    .description(
      'Read a Kano survey (one wide CSV, two paired CSVs, or a long CSV; - for standard input), classify every ' +
        'feature from its functional x dysfunctional answers, and print the priority table with category counts, ' +
        'Better/Worse coefficients, category strength and Fong\'s test. The result goes to standard output; the ' +
        'input summary and warnings go to standard error.',
    );
  addReadingOptions(analyze.argument('<files...>', 'survey CSV file(s); - reads standard input'))
    .addOption(new Option('-f, --format <format>', 'output format; counts: the per-feature tallies, for kano merge and --input counts').choices([...FORMATS, 'counts']).default('table'))
    .addOption(
      new Option('--sort <key>', 'row order of table, csv and markdown output')
        .choices(['priority', 'weighted', 'importance', 'better', 'worse', 'name', 'input'])
        .default('priority'),
    )
    .option('--percent', 'show A O M I R Q as shares of the valid pairs instead of counts')
    .option('--plot', 'draw the Better-Worse diagram under the table (table format only)')
    .option('--assets <folder>', 'with --format markdown: write the Better-Worse diagram there as SVG and link it')
    .option('--fail-on <condition>', 'exit 1 when a condition holds: questionable>SHARE, n<COUNT, mixed, reverse, stability<SHARE (repeatable)', collect)
    .addOption(
      new Option('--method <method>', 'discrete (categories), continuous (DuMouchel means) or both; default: both in JSON, discrete in tables')
        .choices(['discrete', 'continuous', 'both']),
    )
    .addOption(new Option('--ci <level>', 'add intervals at this confidence level, e.g. 0.95: Wilson for Better/Worse, bootstrap for shares').argParser(levelArgument))
    .option('--refined', 'Yang\'s refined categories: A, O, M, I split by mean importance (needs importance answers)')
    .option('--segment <column>', 'classify per value of this column (plan, country, role) and test whether categories differ')
    .addOption(new Option('--min-segment <n>', 'least respondents a segment needs to be tested').argParser(countArgument).default(10))
    .addOption(new Option('--max-questionable <k>', 'leave out respondents with more than k questionable answer pairs').argParser(wholeArgument))
    .addOption(new Option('--questionable-warning <share>', 'warn about features with more questionable pairs than this share').argParser(shareArgument).default(0.1))
    .addOption(new Option('--strength-threshold <share>', 'category strength below which the strength rule takes M > O > A > I').argParser(shareArgument).default(0.06));
  addStatisticsOptions(analyze);
  addJobsOption(analyze);
  addOutputOptions(analyze, { json: true })
    .addHelpText('after', ANALYZE_EXAMPLES + READING_HELP)
    .action((files: string[], options: AnalyzeOptions) => actions.analyze(files, options));

  const inspect = program
    .command('inspect')
    .summary('show what analyze would read, before it does')
    .description(
      'Show how kano reads a survey without analysing it: platform, encoding, delimiter and header rows; respondent ' +
        'rows and which are excluded and why; each feature with its two columns; every distinct answer with its count ' +
        'and what it is read as (unrecognised ones flagged); ignored columns. Exits 2 when analyze would fail, so a ' +
        'file can be fixed first.',
    );
  addReadingOptions(inspect.argument('<files...>', 'survey CSV file(s); - reads standard input')).addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'));
  addOutputOptions(inspect, { json: true })
    .addHelpText('after', INSPECT_EXAMPLES + READING_HELP)
    .action((files: string[], options: InspectOptions) => actions.inspect(files, options));

  const compare = program
    .command('compare')
    .summary('compare two waves of a survey feature by feature')
    .description(
      'Compare two waves of a Kano survey, feature by feature: the category transition and whether it goes along or against ' +
        'the Kano life cycle (indifferent -> exciting -> expected -> basic), a chi-square test of homogeneity wave x category, ' +
        'and the change in Better and |Worse| with a Newcombe interval. Features found in only one wave are listed.',
    )
    .argument('<old>', 'the earlier wave: a survey file or a JSON result of kano analyze')
    .argument('<new>', 'the later wave, likewise');
  addReadingOptions(compare)
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('table'))
    .addOption(new Option('--ci <level>', 'confidence level of the change intervals').argParser(levelArgument).default(0.95));
  addStatisticsOptions(compare);
  addJobsOption(compare);
  addOutputOptions(compare, { json: true })
    .addHelpText('after', COMPARE_EXAMPLES + READING_HELP)
    .action((older: string, newer: string, options: CompareOptions) => actions.compare(older, newer, options));

  const report = program
    .command('report')
    .summary('write the whole analysis as one self-contained HTML file')
    .description(
      'Write a self-contained HTML report (inline CSS and SVG; no scripts, fonts or anything fetched; printable): input summary, ' +
        'Better-Worse diagram, category shares, priority table, continuous diagram, segments (with --segment) and method notes.',
    )
    .argument('<files...>', 'survey CSV file(s); - reads standard input');
  addReadingOptions(report)
    .addOption(new Option('--ci <level>', 'add intervals at this confidence level, e.g. 0.95').argParser(levelArgument))
    .option('--refined', 'Yang\'s refined categories (needs importance answers)')
    .option('--segment <column>', 'a section per value of this column, and the test of their differences')
    .addOption(new Option('--min-segment <n>', 'least respondents a segment needs to be tested').argParser(countArgument).default(10))
    .option('--title <text>', 'title of the report')
    .option('--timestamp', 'write the time of making into the report (reports are otherwise byte-identical)')
    .option('--fail-on <condition>', 'exit 1 when a condition holds (the report is still written): questionable>SHARE, n<COUNT, mixed, reverse, stability<SHARE', collect);
  addStatisticsOptions(report);
  addJobsOption(report);
  addOutputOptions(report, { json: false })
    .addHelpText(
      'after',
      `\nExamples:\n  $ kano report examples/mobile-banking.csv --out report.html\n  $ kano report survey.csv --ci 0.95 --segment Plan --title "Q3 survey" --lang es --out informe.html\n${READING_HELP}`,
    )
    .action((files: string[], options: ReportOptions) => actions.report(files, options));

  const plot = program
    .command('plot')
    .summary('draw the Better-Worse diagram as SVG')
    .description(
      'Draw the Better-Worse diagram of a survey as a standalone SVG: x = |Worse|, y = Better, quadrant lines at 0.5 ' +
        '(exciting, expected, basic, indifferent), one labelled marker per feature coloured and shaped by category, ' +
        'interval whiskers with --ci, and a legend.',
    )
    .argument('<files...>', 'survey CSV file(s); - reads standard input');
  addReadingOptions(plot)
    .addOption(new Option('--ci <level>', 'draw Wilson interval whiskers at this confidence level').argParser(levelArgument))
    .option('--title <text>', 'title of the diagram (its <title> element)');
  addStatisticsOptions(plot);
  addJobsOption(plot);
  addOutputOptions(plot, { json: false })
    .addHelpText('after', `\nExamples:\n  $ kano plot examples/mobile-banking.csv --output better-worse.svg\n  $ kano plot survey.csv --ci 0.95 --lang es > diagram.svg\n${READING_HELP}`)
    .action((files: string[], options: PlotOptions) => actions.plot(files, options));

  program
    .command('merge')
    .summary('add counts files into one')
    .description(
      'Add counts files written by kano analyze --format counts (shards of one survey, or counts aggregated elsewhere) into ' +
        'one counts file. Matrices add, so the merged counts give exactly the figures of the whole survey.',
    )
    .argument('<files...>', 'counts files (JSON)')
    .option('-o, --output <file>', 'write the merged counts to a file (whole or not at all) instead of standard output')
    .option('--out <file>', 'the same as --output')
    .addHelpText(
      'after',
      '\nExamples:\n  $ kano analyze part-1.csv --format counts --output part-1.json\n  $ kano analyze part-2.csv --format counts --output part-2.json\n' +
        '  $ kano merge part-1.json part-2.json --output all.json\n  $ kano analyze all.json\n',
    )
    .action((files: string[], options: MergeOptions) => actions.merge(files, options));

  program
    .command('template')
    .summary('write a Kano questionnaire and its empty response sheet for a list of features')
    .description(
      'Write the Kano questionnaire for the given features (a functional and a dysfunctional question each, the five ' +
        'answers, and with --importance a 1-9 importance question), ready to paste into a survey tool; or, with ' +
        '--format csv, the empty response sheet in the layout kano analyze reads.',
    )
    .requiredOption('--features <list>', 'the features, comma-separated')
    .addOption(new Option('--lang <language>', 'language of the questions and answers').choices(LANGUAGES).default('en'))
    .addOption(
      new Option('--platform <platform>', 'generic: one question per feature and side; google-forms: two multiple-choice grids')
        .choices(['generic', 'google-forms'])
        .default('generic'),
    )
    .option('--importance', 'add a self-stated importance question (1-9) for every feature')
    .addOption(new Option('-f, --format <format>', 'text: the questionnaire; csv: the empty response sheet').choices(['text', 'csv']).default('text'))
    .option('-o, --output <file>', 'write to a file (whole or not at all) instead of standard output')
    .addHelpText('after', TEMPLATE_EXAMPLES)
    .action((options: TemplateOptions) => actions.template(options));

  program.addHelpText(
    'after',
    `\nExamples:\n  $ kano analyze examples/mobile-banking.csv\n  $ kano inspect examples/mobile-banking.csv\n  $ kano compare old.csv new.csv\n  $ kano template --features "Dark mode, Offline mode"\n  $ kano analyze --help\n`,
  );
  return program;
}
