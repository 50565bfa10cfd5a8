import { plural } from './model/warnings.js';

/** Where a problem is: any of file, line (1-based, physical), column (1-based) and its header. */
export interface Location {
  source?: string;
  line?: number;
  column?: number;
  columnName?: string;
  feature?: string;
}

export interface UnrecognisedValue {
  value: string;
  count: number;
  first: Location;
}

/** Arguments of each problem that stops a run; the words for them live in PROBLEMS below. */
export interface ProblemArgs {
  'usage': { message: string };
  'file-not-found': { path: string };
  'file-unreadable': { path: string; reason: string };
  'not-decodable': { encoding: string };
  'binary-input': { kind: 'zip' | 'png' | 'pdf' | 'unknown' };
  'empty-input': Record<string, never>;
  'header-only': Record<string, never>;
  'csv-syntax': { reason: string };
  'unterminated-quote': Record<string, never>;
  'record-too-large': { limit: number };
  'repeated-header': { first: number };
  'ragged-rows': { expected: number; rows: { line: number; fields: number }[] };
  'no-features': { columns: string[] };
  'lone-feature-column': { feature: string; missing: 'functional' | 'dysfunctional' };
  'duplicate-feature': { feature: string };
  'ambiguous-grid': { stems: string[] };
  'grid-not-found': { side: string; wanted: string; stems: string[] };
  'long-columns': { missing: string[] };
  'long-missing-feature': Record<string, never>;
  'paired-columns': { onlyIn: 'functional' | 'dysfunctional'; columns: string[] };
  'paired-needs-two': { count: number };
  'id-column-missing': { column: string };
  'duplicate-id': { value: string; firstLine: number };
  'unrecognised-answers': { values: UnrecognisedValue[] };
  'bad-codes': { spec: string; reason: string };
  'segment-column-missing': { column: string };
  'compare-input': { reason: string };
  'bad-gate': { spec: string };
  'bad-counts': { reason: string };
  'bad-answer-map': { reason: string };
  'codes-required': { platform: string };
  'write-failed': { path: string; reason: string };
}

export type ProblemCode = keyof ProblemArgs;

interface Words {
  message: string;
  hint?: string;
  details?: string[];
}

const MAX_LISTED = 20;

const PROBLEMS: { [C in ProblemCode]: (args: ProblemArgs[C]) => Words } = {
  'usage': ({ message }) => ({ message, hint: 'run kano --help, or kano <command> --help, for usage and examples' }),
  'file-not-found': ({ path }) => ({ message: `no such file: ${path}`, hint: 'check the path; use - to read standard input' }),
  'file-unreadable': ({ path, reason }) => ({ message: `cannot read ${path}: ${reason}` }),
  'not-decodable': ({ encoding }) => ({
    message: `the file is not valid ${encoding.toUpperCase()} text`,
    hint:
      encoding === 'utf-8'
        ? 'name its encoding with --encoding (e.g. --encoding windows-1252 for an older Excel export), or re-save it as "CSV UTF-8"'
        : 'check the --encoding given, or re-save the file as "CSV UTF-8"',
  }),
  'binary-input': ({ kind }) => ({
    message: `this is a binary file, not a CSV (${BINARY_KINDS[kind]})`,
    hint: 'export the survey responses as CSV; spreadsheets (.xlsx) must be saved as CSV first',
  }),
  'empty-input': () => ({ message: 'the input is empty', hint: 'pass the CSV export of the survey responses' }),
  'header-only': () => ({ message: 'the input has a header but no responses', hint: 'export the survey again, including its responses' }),
  'csv-syntax': ({ reason }) => ({ message: `not a valid CSV: ${reason}` }),
  'unterminated-quote': () => ({
    message: 'a quoted field starting on this line is never closed',
    hint: 'the file may be truncated; check that every opening " has a closing "',
  }),
  'record-too-large': ({ limit }) => ({
    message: `a record starting on this line is larger than ${limit / 1024 / 1024} MiB`,
    hint: 'a quote is probably never closed, or the file is not a survey export; check the line',
  }),
  'repeated-header': ({ first }) => ({
    message: `the header row appears again here (first on line ${first})`,
    hint: 'two exports were probably pasted together: remove the second header row',
  }),
  'ragged-rows': ({ expected, rows }) => ({
    message: `${rows.length} ${plural(rows.length, 'row')} ${rows.length === 1 ? 'has' : 'have'} a different number of fields than the header (${expected})`,
    details: listed(rows.map((r) => `line ${r.line}: ${r.fields} ${plural(r.fields, 'field')}`)),
    hint: 'fix the rows, or pass --relax-columns to read missing trailing cells as blank and ignore extra ones',
  }),
  'no-features': ({ columns }) => ({
    message: 'no Kano question pairs found among the columns',
    details: listed(columns.map((c) => `column: ${c}`)),
    hint:
      'name the columns "<feature> (functional)" and "<feature> (dysfunctional)" (or _f/_d, "F: <feature>", a survey grid ' +
      '"<question> [<feature>]"), or use --layout long with feature, functional and dysfunctional columns',
  }),
  'lone-feature-column': ({ feature, missing }) => ({
    message: `feature "${feature}" has no ${missing} column`,
    hint: `add the ${missing} question for "${feature}", or remove its other column`,
  }),
  'duplicate-feature': ({ feature }) => ({
    message: `feature "${feature}" appears twice`,
    hint: 'give each feature one functional and one dysfunctional column',
  }),
  'ambiguous-grid': ({ stems }) => ({
    message: 'cannot tell which survey grid is the functional question and which the dysfunctional one',
    details: stems.map((s) => `grid: ${s}`),
    hint: 'name them with --functional "<question>" --dysfunctional "<question>" (the text before the [brackets])',
  }),
  'grid-not-found': ({ side, wanted, stems }) => ({
    message: `--${side} "${wanted}" is not one of the question groups`,
    details: listed(stems.map((s) => `group: ${s}`)),
    hint: 'name a group as it appears before the [brackets] of its columns',
  }),
  'long-columns': ({ missing }) => ({
    message: `the long layout needs columns for the feature, the functional and the dysfunctional answer; missing: ${missing.join(', ')}`,
    hint: 'name them feature, functional and dysfunctional',
  }),
  'long-missing-feature': () => ({
    message: 'this row has answers but no feature name',
    hint: 'every row of the long layout names the feature its answers are about',
  }),
  'paired-columns': ({ onlyIn, columns }) => ({
    message: `${columns.length} feature ${plural(columns.length, 'column')} only in the ${onlyIn} file`,
    details: listed(columns.map((c) => `column: ${c}`)),
    hint: 'both files need the same feature columns',
  }),
  'paired-needs-two': ({ count }) => ({
    message: `the paired layout needs two files (functional, then dysfunctional), got ${count}`,
    hint: 'kano analyze functional.csv dysfunctional.csv',
  }),
  'id-column-missing': ({ column }) => ({
    message: `no column "${column}"`,
    hint: 'pass the name of the respondent-id column as it is written in the header of both files',
  }),
  'duplicate-id': ({ value, firstLine }) => ({
    message: `respondent id "${value}" appears again (first on line ${firstLine})`,
    hint: 'each respondent needs a unique id to be matched between the two files',
  }),
  'unrecognised-answers': ({ values }) => ({
    message: `${values.length} unrecognised answer ${plural(values.length, 'value')}`,
    details: listed(
      values.map((v) => `"${v.value}" × ${v.count}, first at ${formatLocation(v.first)}${v.first.columnName ? ` (${v.first.columnName})` : ''}`),
    ),
    hint:
      'answers are the five Kano answers in the wordings kano knows (I like it, Me gusta, 喜欢, Мне нравится, …) or the ' +
      'codes 1-5 (see --codes); add your wordings with --answers FILE, or skip such pairs with --on-invalid skip',
  }),
  'bad-codes': ({ spec, reason }) => ({
    message: `--codes ${spec}: ${reason}`,
    hint:
      'e.g. --codes 5=like (5 = like … 1 = dislike), --codes 0=like, or every point: --codes 1=like,2=expect,3=neutral,4=tolerate,5=dislike ' +
      '(with --scale 3: 1=like,2=neutral,3=dislike)',
  }),
  'bad-answer-map': ({ reason }) => ({
    message: `--answers: ${reason}`,
    hint: 'the file is a JSON object from answer label to like, expect, neutral, tolerate or dislike',
  }),
  'codes-required': ({ platform }) => ({
    message: `the ${platform} export holds numeric answers, and ${platform}'s answer codes are set per survey`,
    hint: 'say what the numbers mean with --codes (e.g. --codes 1=like or --codes 5=like), or export choice text instead',
  }),
  'segment-column-missing': ({ column }) => ({
    message: `no column "${column}" to segment by`,
    hint: 'name the column as it is written in the header (any case); kano inspect lists the columns',
  }),
  'compare-input': ({ reason }) => ({
    message: `cannot compare this wave: ${reason}`,
    hint: 'give two survey files, or two results of kano analyze --format json',
  }),
  'bad-gate': ({ spec }) => ({
    message: `--fail-on ${spec}: not a condition kano knows`,
    hint: 'use questionable>SHARE, n<COUNT, mixed, reverse or stability<SHARE (with --ci), e.g. --fail-on "n<30" --fail-on mixed',
  }),
  'bad-counts': ({ reason }) => ({
    message: `cannot read these counts: ${reason}`,
    hint: 'counts are JSON written by kano analyze --format counts (or kano merge), or a CSV table feature,A,O,M,I,R,Q with counts or percentages (with n)',
  }),
  'write-failed': ({ path, reason }) => ({ message: `cannot write ${path}: ${reason}`, hint: 'check that the folder exists and is writable' }),
};

const BINARY_KINDS = {
  zip: 'it looks like an Excel workbook or another zip archive',
  png: 'it looks like a PNG image',
  pdf: 'it looks like a PDF document',
  unknown: 'it contains NUL bytes',
} as const;

function listed(lines: string[]): string[] {
  return lines.length <= MAX_LISTED ? lines : [...lines.slice(0, MAX_LISTED), `… and ${lines.length - MAX_LISTED} more`];
}

/** An error that stops the run with exit code 2: bad usage or input. */
export class KanoError extends Error {
  readonly hint: string | undefined;
  readonly details: string[];

  constructor(
    readonly code: ProblemCode,
    readonly location: Location,
    words: Words,
  ) {
    super(words.message);
    this.name = 'KanoError';
    this.hint = words.hint;
    this.details = words.details ?? [];
  }
}

export function problem<C extends ProblemCode>(code: C, location: Location, args: ProblemArgs[C]): KanoError {
  return new KanoError(code, location, PROBLEMS[code](args));
}

/** `file:line:col`, with whatever parts are known. */
export function formatLocation(location: Location): string {
  const parts = [location.source, location.line, location.line !== undefined ? location.column : undefined];
  return parts.filter((p) => p !== undefined).join(':');
}
