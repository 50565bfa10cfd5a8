import type { AnalysisOptions } from './analysis/analyse.js';
import { problem, type KanoError, type UnrecognisedValue } from './errors.js';
import { INVALID_CELL, type Scale } from './model/answers.js';
import { pairCategory, type TableName } from './model/evaluation-table.js';
import { PLATFORM_LABELS, type Platform } from './model/platforms.js';
import type { Exclusion, Layout, PairAccount, QualitySummary, RowAccount, SourceRole, SourceSummary } from './model/report.js';
import type { Warning } from './model/warnings.js';
import { createAnswerDecoder, type AnswerDecoder, type DecodedValue } from './normalise/answer-decoder.js';
import { parseAnswerMap } from './normalise/answer-map.js';
import { DEFAULT_CODES, parseCodes, type CodeMap } from './normalise/codes.js';
import { planLayout, type Plan } from './normalise/layout.js';
import { readExport, SAMPLE_ROWS, type SurveyExport } from './normalise/platforms/index.js';
import { cellLocation, cellText, walkRows, type CellRef, type Walk } from './normalise/respondents.js';
import { decodeText, type Encoding } from './parse/decode.js';
import { openRows, type RowStream } from './parse/row-stream.js';
import { parseTable, type Row, type Table, type TableHead } from './parse/table.js';
import { mergeTallies } from './stats/merge.js';
import { createQualityCollector } from './stats/quality.js';
import { readImportance } from './normalise/importance.js';
import type { FeatureTally } from './model/counts.js';
import { countPair, countRow, emptyFeatureTally, emptyRowAccount, OUTCOME_BITS } from './stats/tally.js';
import { featureKey } from './normalise/header-spellings.js';
import { piecesOf, wholeBytes, type SurveyInput } from './inputs.js';

/** How to read the inputs. */
export interface ReadOptions {
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
  /** A column whose values split the respondents into segments (plan, country, role). */
  segment?: string;
  /** Whether the files are surveys or counts (default: counts when they are JSON). */
  input?: 'survey' | 'counts';
  /** Published tables of percentages: n of each file (one value for all, or one per file, in order). */
  n?: number[];
  /**
   * A shard of a file (a part starting at a row, see shardPlan): the file's header, read before the
   * shard. Give its platform (`source`) and `delimiter` too.
   */
  header?: string[];
  /** A shard of an export with label rows under its header (Qualtrics, SurveyMonkey): those rows. */
  labels?: Row[];
  /** Leave out respondents with more questionable pairs than this. */
  maxQuestionable?: number;
  /** Evaluation table: standard (default) or pouliot; it decides which pairs are questionable. */
  table?: TableName;
  /** Header of each feature's importance column, with `{feature}` for its name. */
  importancePattern?: string;
  /** Points of the importance scale, 5 or 9; detected from the highest level seen when not given. */
  importanceScale?: 5 | 9;
}

/** Everything analyseSurvey takes: how to read the inputs and how to analyse them. */
export type AnalyseOptions = ReadOptions & AnalysisOptions;

/** An input as read: its export and, once all its rows are read, its totals. */
export interface ReadSource {
  export: SurveyExport;
  encoding: string;
  /** Data rows (after any label rows). */
  records: number;
  blankLines: number;
  relaxed: { short: number; long: number };
  /** Line ends read: where the next shard of a file starts, in lines. */
  lineEnds: number;
}

export interface ExcludedRow {
  source: string;
  line: number;
  reason: Exclusion;
}

/** Everything read from the inputs, up to the per-feature tallies: what analyze and inspect share. */
export interface SurveyRead {
  sources: ReadSource[];
  plan: Plan;
  walk: Walk;
  codes: CodeMap;
  scale: Scale;
  customLabels: number;
  decoder: AnswerDecoder;
  /** In input order, each with its tally: the sum of its segments' tallies. */
  features: { name: string; tally: FeatureTally }[];
  /** Under --segment: per segment value (sorted), the respondents used and the tally of each feature. */
  segments: { column: string; groups: { value: string; respondents: number; tallies: FeatureTally[] }[] } | null;
  rows: RowAccount;
  pairs: PairAccount;
  excludedRows: ExcludedRow[];
  values: DecodedValue[];
  /** Respondents with questionable or reverse pairs, by place. */
  quality: QualitySummary;
  /** The importance scale (declared, or detected from the highest level), null without importance answers. */
  importanceScale: 5 | 9 | null;
  unrecognised: UnrecognisedValue[];
  warnings: Warning[];
}

/** A small input (an answer map, a table of counts) decoded whole. */
function decoded({ name, content }: SurveyInput, encoding?: Encoding): { text: string; encoding: string } {
  const whole = wholeBytes(content);
  return typeof whole === 'string' ? { text: whole, encoding: 'utf-8' } : decodeText(whole, name, encoding);
}

/** A small CSV input (a table of counts) read whole into a table, as surveys are read. */
export function wholeTable(input: SurveyInput, options: ReadOptions): { table: Table; encoding: string } {
  const { text, encoding } = decoded(input, options.encoding);
  return { table: parseTable(text, input.name, { delimiter: options.delimiter, relaxColumns: options.relaxColumns }), encoding };
}

interface OpenSource {
  export: SurveyExport;
  stream: RowStream;
  /** Label rows still to come in the stream: none in a shard, which is given them (ReadOptions.labels). */
  labelRows: number;
}

/** Opens an input: its header, and the first rows that tell its platform; the rest is read as walked. */
function openSource(input: SurveyInput, options: ReadOptions): OpenSource {
  const { delimiter, relaxColumns, encoding, header, labels = [] } = options;
  const stream = openRows(piecesOf(input.content), input.name, { delimiter, relaxColumns, encoding, header });
  const rows = [...labels, ...stream.peek(SAMPLE_ROWS - labels.length)];
  const exported = readExport({ ...stream.head, rows }, options.source);
  return { export: exported, stream, labelRows: exported.headerRows - 1 - labels.length };
}

/**
 * The respondent rows of an input, read as they are asked for: label rows skipped, rows that are not
 * respondents (and partial ones under completeOnly) counted and left out.
 */
function* respondentRows(source: OpenSource, account: { rows: RowAccount; excluded: ExcludedRow[]; records: number }, completeOnly: boolean): Generator<Row> {
  let labels = source.labelRows;
  for (let row = source.stream.next(); row !== null; row = source.stream.next()) {
    if (labels > 0) {
      labels--;
      continue;
    }
    account.records++;
    const status = source.export.status(row);
    if (status === 'complete') {
      yield row;
      continue;
    }
    if (status === 'partial') {
      account.rows.partial++;
      if (!completeOnly) {
        yield row;
        continue;
      }
    }
    account.rows.read++;
    account.rows.excluded[status]++;
    account.excluded.push({ source: source.export.head.source, line: row.line, reason: status });
  }
}

/**
 * Reads survey file contents into per-feature tallies with every row and pair accounted for.
 * Throws KanoError for input that cannot be read at all; problems found in the answers themselves
 * (unrecognised values, numeric codes that need --codes) are left to `blockingProblem`.
 */
export function readSurvey(inputs: SurveyInput[], options: ReadOptions = {}): SurveyRead {
  const scale = options.scale ?? 5;
  const codes = parseCodes(options.codes ?? DEFAULT_CODES, scale);
  const labels = options.answers && parseAnswerMap(decoded(options.answers).text, options.answers.name);
  const opened = inputs.map((input) => openSource(input, options));
  const heads = opened.map((s) => s.export.head);
  const rows = emptyRowAccount();
  // Rows left out: by each input as it is read (not respondents), then over questionable answers.
  const accounts = opened.map(() => ({ rows, excluded: [] as ExcludedRow[], records: 0 }));
  const questionableRows: ExcludedRow[] = [];
  const plan = planLayout(heads, options);
  const decoder = createAnswerDecoder({ codes, labels, isMissing: opened.find((s) => s.export.isMissing)?.export.isMissing });

  const segmentOf = segmentReader(heads, options.segment);
  // Tallies per segment (one unnamed segment without --segment); a feature's tally is their sum.
  const groups = new Map<string, { respondents: number; tallies: FeatureTally[] }>();
  let group = { respondents: 0, tallies: [] as FeatureTally[] };
  const pairs: PairAccount = { used: 0, incomplete: 0, blank: 0, invalid: 0 };
  let rowOutcomes = 0;
  // The walk may come to a respondent out of file order (paired files matched by id: see walkRows), so
  // what is listed in order is ordered by place: the respondent's file (in input order) and line, then
  // the cell's turn within the respondent (3 per feature: functional, dysfunctional, importance).
  const sourceOrder = opened.map((s) => s.export.head.source);
  let placeSource = 0;
  let placeLine = 0;
  const unrecognised = new Map<string, { value: UnrecognisedValue; place: number[] }>();
  const noteUnrecognised = (text: string, ref: CellRef, turn: number) => {
    const at = [placeSource, placeLine, turn];
    const seen = unrecognised.get(text);
    if (seen === undefined) unrecognised.set(text, { value: { value: text, count: 1, first: cellLocation(ref) }, place: at });
    else {
      seen.value.count++;
      if (comparePlaces(at, seen.place) < 0) {
        seen.place = at;
        seen.value.first = cellLocation(ref);
      }
    }
  };
  const read = (ref: CellRef, turn: number): number => {
    const text = cellText(ref);
    const cell = decoder.decodeNumber(text);
    if (cell === INVALID_CELL) noteUnrecognised(text, ref, turn);
    return cell;
  };
  // A row's pairs wait until the row ends, so that a respondent with too many questionable pairs
  // (--max-questionable) is left out whole. Columns of arrays, reused from row to row.
  const pending = { count: 0, feature: [] as number[], functional: [] as number[], dysfunctional: [] as number[], importance: [] as (number | null)[] };
  let highestLevel = 0;
  const readLevel = (ref: CellRef | null, turn: number): number | null => {
    if (ref === null) return null;
    const text = cellText(ref);
    let level = readImportance(text);
    if (typeof level === 'number' && options.importanceScale !== undefined && level > options.importanceScale) level = 'invalid';
    if (level === 'invalid') {
      noteUnrecognised(text, ref, turn);
      return null;
    }
    if (level === 'blank') return null;
    highestLevel = Math.max(highestLevel, level);
    return level;
  };
  let where: { source: string; line: number } | null = null;
  const flagged = createQualityCollector();
  const walk = walkRows(
    plan,
    opened.map((source, i) => ({ head: source.export.head, rows: respondentRows(source, accounts[i]!, options.completeOnly === true) })),
    (feature, functional, dysfunctional, importance) => {
      const at = pending.count++;
      if (at === 0) {
        // A unit's pairs all come from the same row(s), so its segment and place are read once, at its first pair.
        const key = segmentOf(functional, dysfunctional);
        group = groups.get(key) ?? { respondents: 0, tallies: [] };
        groups.set(key, group);
        where = rowPlace(functional, dysfunctional);
        placeSource = where ? sourceOrder.indexOf(where.source) : 0;
        placeLine = where?.line ?? 0;
      }
      pending.feature[at] = feature;
      pending.functional[at] = read(functional, 3 * feature);
      pending.dysfunctional[at] = read(dysfunctional, 3 * feature + 1);
      pending.importance[at] = readLevel(importance, 3 * feature + 2);
    },
    () => {
      let questionable = 0;
      let reverse = 0;
      for (let i = 0; i < pending.count; i++) {
        const category = pairCategory(pending.functional[i]!, pending.dysfunctional[i]!, options.table);
        if (category === 'Q') questionable++;
        if (category === 'R') reverse++;
      }
      if (where) flagged.add(where.source, where.line, questionable, reverse);
      if (where && options.maxQuestionable !== undefined && questionable > options.maxQuestionable) {
        rows.read++;
        rows.excluded.questionable++;
        questionableRows.push({ ...where, reason: 'questionable' });
      } else {
        for (let i = 0; i < pending.count; i++) {
          const feature = pending.feature[i]!;
          const outcome = countPair((group.tallies[feature] ??= emptyFeatureTally()), pending.functional[i]!, pending.dysfunctional[i]!, pending.importance[i] ?? null);
          pairs[outcome]++;
          rowOutcomes |= OUTCOME_BITS[outcome];
        }
        if (rowOutcomes & OUTCOME_BITS.used) group.respondents++;
        countRow(rows, rowOutcomes);
      }
      rowOutcomes = 0;
      pending.count = 0;
      where = null;
    },
  );
  const sources = opened.map(({ export: exported, stream }, i) => ({ export: exported, encoding: stream.encoding, records: accounts[i]?.records ?? 0, ...stream.totals() }));
  return {
    sources,
    plan,
    walk,
    codes,
    scale,
    customLabels: labels?.size ?? 0,
    decoder,
    features: walk.features.map((name, i) => ({ name, tally: mergeTallies([...groups.values()].map((g) => g.tallies[i] ?? emptyFeatureTally())) })),
    segments: options.segment
      ? {
          column: options.segment,
          groups: [...groups.entries()]
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([value, g]) => ({ value, respondents: g.respondents, tallies: walk.features.map((_, i) => g.tallies[i] ?? emptyFeatureTally()) })),
        }
      : null,
    rows,
    pairs,
    excludedRows: [...accounts.flatMap((a) => a.excluded), ...inPlaceOrder(questionableRows, sourceOrder)],
    quality: flagged.summary(options.maxQuestionable ?? null, sourceOrder),
    importanceScale: options.importanceScale ?? (highestLevel === 0 ? null : highestLevel > 5 ? 9 : 5),
    values: decoder.distinct().sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)),
    unrecognised: [...unrecognised.values()].sort((a, b) => comparePlaces(a.place, b.place)).map((u) => u.value),
    warnings: walk.warnings,
  };
}

/** Places (numbers compared in turn) in order; a shorter place that is a prefix comes first. */
function comparePlaces(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** Rows by file (in input order) and line: the order of the files, whatever order the walk took. */
function inPlaceOrder<T extends { source: string; line: number }>(rows: T[], sourceOrder: string[]): T[] {
  return rows.sort((a, b) => sourceOrder.indexOf(a.source) - sourceOrder.indexOf(b.source) || a.line - b.line);
}

/** Where a row is: the file and line of the first cell that has a row. */
function rowPlace(functional: CellRef, dysfunctional: CellRef): { source: string; line: number } | null {
  const ref = functional.row ? functional : dysfunctional;
  return ref.row ? { source: ref.table.source, line: ref.row.line } : null;
}

/** Segment values are trimmed; a blank one is its own segment. */
export const BLANK_SEGMENT = '(blank)';

/** Which segment a pair belongs to: the value of the --segment column in the row it comes from. */
function segmentReader(heads: TableHead[], column: string | undefined): (functional: CellRef, dysfunctional: CellRef) => string {
  if (column === undefined) return () => '';
  const columnOf = (head: TableHead) => head.header.findIndex((h) => featureKey(h) === featureKey(column));
  if (heads.every((head) => columnOf(head) < 0)) {
    const [first] = heads;
    throw problem('segment-column-missing', { source: first?.source, line: first?.headerLine }, { column });
  }
  // By the cell's table: the heads of paired files are copied with their rows.
  const at = new Map<TableHead, number>();
  const index = (head: TableHead) => at.get(head) ?? at.set(head, columnOf(head)).get(head) ?? -1;
  return (functional, dysfunctional) => {
    const ref = [functional, dysfunctional].find((r) => r.row && index(r.table) >= 0);
    const value = ref?.row?.cells[index(ref.table)]?.trim() ?? '';
    return value === '' ? BLANK_SEGMENT : value;
  };
}

/** How a survey file is read in shards: what each shard after the first is read with, and where rows begin. */
export interface ShardPlan {
  /** Added to the options of a shard after the first (see ReadOptions.header). */
  reading: Pick<ReadOptions, 'header' | 'labels' | 'source' | 'delimiter' | 'encoding'>;
  /** The byte where the first respondent's row starts: no shard may start before it. */
  dataStart: number;
}

/**
 * Whether a survey file can be read in shards (consecutive parts, each starting at a row), from its
 * first bytes (whole lines): when its header is its first line, its label rows (Qualtrics,
 * SurveyMonkey) and first respondent are in those bytes, its layout is wide or long (a respondent's rows
 * in paired files may be anywhere) and its text is in an encoding where a line feed is one byte. How,
 * then; null otherwise.
 */
export function shardPlan(head: { name: string; content: Uint8Array }, options: ReadOptions): ShardPlan | null {
  try {
    const { export: exported, stream } = openSource(head, options);
    const encoding = stream.encoding as Encoding;
    if (stream.head.headerLine !== 1 || !ONE_BYTE_LINE_FEED.includes(encoding)) return null;
    if (planLayout([exported.head], options).layout === 'paired') return null;
    const rows = stream.peek(exported.headerRows);
    const first = rows[exported.headerRows - 1];
    const dataStart = first && lineStart(head.content, first.line);
    if (!dataStart) return null;
    const { header, delimiter } = stream.head;
    return { reading: { header, labels: rows.slice(0, -1), source: exported.platform, delimiter, encoding }, dataStart };
  } catch {
    return null;
  }
}

/** Where physical line `line` (1-based) starts: after line − 1 line ends (CRLF, LF or CR); null past the bytes. */
function lineStart(bytes: Uint8Array, line: number): number | null {
  let at = 0;
  for (let ends = 1; ends < line; ends++) {
    while (at < bytes.length && bytes[at] !== 0x0a && bytes[at] !== 0x0d) at++;
    if (at >= bytes.length) return null;
    at += bytes[at] === 0x0d && bytes[at + 1] === 0x0a ? 2 : 1;
  }
  return at < bytes.length ? at : null;
}

const ONE_BYTE_LINE_FEED: readonly Encoding[] = ['utf-8', 'windows-1252', 'iso-8859-1'];

/** What stops an analysis of what was read: numeric codes that need --codes, or unrecognised answers. */
export function blockingProblem(read: SurveyRead, options: ReadOptions): KanoError | null {
  const needsCodes = read.sources.find((s) => s.export.numericNeedsCodes);
  if (needsCodes && options.codes === undefined && read.decoder.numericCells() > 0) {
    return problem('codes-required', { source: needsCodes.export.head.source }, { platform: PLATFORM_LABELS[needsCodes.export.platform] });
  }
  if (read.unrecognised.length > 0 && options.onInvalid !== 'skip') {
    return problem('unrecognised-answers', read.unrecognised[0]?.first ?? {}, { values: read.unrecognised });
  }
  return null;
}

/** Each input as read: platform, encoding, dialect, header rows and records. */
export function sourceSummaries(read: SurveyRead): SourceSummary[] {
  const roles: SourceRole[] = read.plan.layout === 'paired' ? ['functional', 'dysfunctional'] : ['survey'];
  return read.sources.map(({ export: source, encoding, records, blankLines }, i) => ({
    name: source.head.source,
    role: roles[i] ?? 'survey',
    platform: source.platform,
    encoding,
    delimiter: source.head.delimiter,
    headerRows: source.headerRows,
    records,
    blankLines,
  }));
}
