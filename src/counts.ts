import { problem } from './errors.js';
import type { CountsDocument, FeatureCounts, FeatureTally } from './model/counts.js';
import type { InputSummary, QualitySummary, RespondentQuality, SourceSummary } from './model/report.js';
import { featureKey } from './normalise/header-spellings.js';
import { mergeTallies } from './stats/merge.js';
import { createQualityCollector, mergeQuality } from './stats/quality.js';
import { emptyFeatureTally, emptyRowAccount } from './stats/tally.js';
import { looksLikeJson, wholeText, type SurveyInput } from './inputs.js';
import { blockingProblem, readSurvey, sourceSummaries, wholeTable, type AnalyseOptions, type ReadOptions, type SurveyRead } from './survey.js';
import { readCountTable } from './normalise/count-tables.js';
import { arrayChunks, valueRange } from './parse/json-path.js';
import { CATEGORY_CODES, type CategoryCode } from './model/categories.js';
import { describeCodes } from './normalise/codes.js';

/** What the analysis takes, whether read from surveys or from counts files. */
export interface Tallied {
  input: Omit<InputSummary, 'segment'>;
  importanceScale: 5 | 9 | null;
  features: { name: string; tally: FeatureTally }[];
  segments: { column: string; groups: { value: string; respondents: number; tallies: FeatureTally[] }[] } | null;
  warnings: CountsDocument['warnings'];
  /** Line ends read from survey files (0 for counts): where the next shard of a file starts. */
  lineEnds: number;
}

/** A survey read and tallied, or the problem that stops its analysis. */
export function tallySurvey(inputs: SurveyInput[], options: AnalyseOptions): Tallied {
  const read = readSurvey(inputs, options);
  const blocking = blockingProblem(read, options);
  if (blocking) throw blocking;
  return fromRead(read, options);
}

function fromRead(read: SurveyRead, options: AnalyseOptions): Tallied {
  const relaxed = { short: 0, long: 0 };
  for (const source of read.sources) {
    relaxed.short += source.relaxed.short;
    relaxed.long += source.relaxed.long;
  }
  return {
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
      quality: read.quality,
      questionGroups: read.plan.layout === 'wide' ? read.plan.groups : null,
      relaxedRows: relaxed,
      counts: null,
    },
    importanceScale: read.importanceScale,
    features: read.features,
    segments: read.segments,
    warnings: read.warnings,
    lineEnds: read.sources.reduce((sum, s) => sum + s.lineEnds, 0),
  };
}

const features = (names: string[], tallies: FeatureTally[]): FeatureCounts[] => names.map((name, i) => ({ name, ...tallies[i]! }));

/** The counts document of a tallied survey (`--format counts`). */
export function countsDocument(tallied: Tallied): CountsDocument {
  const names = tallied.features.map((f) => f.name);
  return {
    kind: 'kano-counts',
    schemaVersion: 1,
    input: tallied.input,
    importanceScale: tallied.importanceScale,
    features: tallied.features.map(({ name, tally }) => ({ name, ...tally })),
    segments: tallied.segments && {
      column: tallied.segments.column,
      groups: tallied.segments.groups.map((g) => ({ value: g.value, respondents: g.respondents, features: features(names, g.tallies) })),
    },
    warnings: tallied.warnings,
  };
}

/** Whether a file holds a counts document rather than a survey: JSON, not CSV. */
export function isCounts(input: SurveyInput): boolean {
  return looksLikeJson(input.content);
}

const isCount = (x: unknown) => Number.isInteger(x) && (x as number) >= 0;

function tallyOf(f: FeatureCounts, source: string): FeatureTally {
  const bad = (what: string) => problem('bad-counts', { source }, { reason: `feature "${f.name}": ${what}` });
  if (!Array.isArray(f.matrix) || f.matrix.length !== 5 || f.matrix.some((row) => !Array.isArray(row) || row.length !== 5 || !row.every(isCount))) {
    throw bad('matrix must be 5 rows of 5 whole counts');
  }
  if (![f.incomplete, f.blank, f.invalid].every(isCount)) throw bad('incomplete, blank and invalid must be whole counts');
  if (!Array.isArray(f.importance) || f.importance.length !== 10 || !f.importance.every(isCount)) throw bad('importance must be 10 whole counts');
  if (![f.weighted?.weight, f.weighted?.functional, f.weighted?.dysfunctional].every(Number.isFinite)) throw bad('weighted must hold three sums');
  const tally: FeatureTally = { matrix: f.matrix, incomplete: f.incomplete, blank: f.blank, invalid: f.invalid, importance: f.importance, weighted: f.weighted };
  if (f.categories !== undefined) {
    const counts = f.categories as Partial<Record<CategoryCode, unknown>>;
    const valid = (x: unknown) => (f.shares === true ? typeof x === 'number' && x >= 0 : isCount(x));
    if (typeof counts !== 'object' || counts === null || !CATEGORY_CODES.every((code) => valid(counts[code]))) {
      throw bad(`categories must hold ${f.shares === true ? 'percentages' : 'whole counts'} for A, O, M, I, R and Q`);
    }
    tally.categories = f.categories;
    if (f.shares === true) tally.shares = true;
  }
  return tally;
}

/** Where a counts document lists the respondents with questionable or reverse pairs. */
const RESPONDENTS = ['input', 'quality', 'respondents'];
/** The largest number the packed columns hold. */
const MAX_PACKED = 0xffffffff;

/**
 * A counts document's list of respondents, in chunks: where it was left out of the parsed document,
 * from its text, a thousand at a time (a million respondents are 29 MB of text, but 90 MB as objects
 * all at once); else the list JSON.parse kept (a document naming it twice).
 */
function respondentChunks(text: string, list: [number, number] | null, parsed: unknown, source: string): Iterable<unknown[]> {
  const notList = () => problem('bad-counts', { source }, { reason: 'input.quality.respondents must be a list' });
  if (list && parsed === 0) {
    if (text.startsWith('null', list[0])) return [];
    if (text[list[0]] !== '[') throw notList();
    return arrayChunks(text, list, 1024);
  }
  if (parsed === undefined || parsed === null) return [];
  if (!Array.isArray(parsed)) throw notList();
  return [parsed];
}

/** The quality summary of a counts document's respondents, packed as they are read. */
function listedQuality(chunks: Iterable<unknown[]>, maxQuestionable: number | null, source: string): QualitySummary {
  const collector = createQualityCollector();
  let index = 0;
  for (const chunk of chunks) {
    for (const r of chunk as Partial<RespondentQuality>[]) {
      if (typeof r?.source !== 'string' || ![r.line, r.questionable, r.reverse].every((x) => isCount(x) && (x as number) <= MAX_PACKED)) {
        throw problem('bad-counts', { source }, { reason: `input.quality.respondents[${index}] must hold a source and whole counts line, questionable and reverse` });
      }
      collector.keep(r.source, r.line!, r.questionable!, r.reverse!);
      index++;
    }
  }
  return collector.listed(maxQuestionable);
}

/**
 * Reads counts: a counts document (JSON, from --format counts), or a published table of category counts
 * (CSV: feature, A, O, M, I, R, Q, optionally n; `n` for percentages without an n column).
 */
export function readCounts(input: SurveyInput, options: Omit<ReadOptions, 'n'> & { n?: number } = {}): Tallied {
  if (!looksLikeJson(input.content)) return publishedTallied(input, options);
  const text = wholeText(input.content);
  const notJson = (error: unknown) => problem('bad-counts', { source: input.name }, { reason: `not valid JSON (${(error as Error).message})` });
  // The list of respondents is left out (a 0 in its place) and read apart, below. Should a document name
  // it twice, JSON.parse keeps the last one: then that is the list, as it is.
  const list = valueRange(text, RESPONDENTS);
  let doc: CountsDocument;
  try {
    doc = JSON.parse(list ? `${text.slice(0, list[0])}0${text.slice(list[1])}` : text) as CountsDocument;
  } catch (error) {
    throw notJson(error);
  }
  if (doc?.kind !== 'kano-counts' || doc.schemaVersion !== 1 || !Array.isArray(doc.features) || typeof doc.input !== 'object') {
    throw problem('bad-counts', { source: input.name }, { reason: 'not a result of kano analyze --format counts (schemaVersion 1)' });
  }
  const tallies = doc.features.map((f) => tallyOf(f, input.name));
  let quality: QualitySummary;
  try {
    const chunks = respondentChunks(text, list, doc.input.quality?.respondents, input.name);
    quality = listedQuality(chunks, doc.input.quality?.maxQuestionable ?? null, input.name);
  } catch (error) {
    throw error instanceof SyntaxError ? notJson(error) : error;
  }
  return {
    input: { ...doc.input, quality, counts: [input.name] },
    importanceScale: doc.importanceScale,
    features: doc.features.map((f, i) => ({ name: f.name, tally: tallies[i]! })),
    segments: doc.segments && {
      column: doc.segments.column,
      groups: doc.segments.groups.map((g) => ({ value: g.value, respondents: g.respondents, tallies: g.features.map((f) => tallyOf(f, input.name)) })),
    },
    warnings: doc.warnings ?? [],
    lineEnds: 0,
  };
}

/** A CSV of counts as tallies: answer-pair counts (matrices), or a published table of category counts. */
function publishedTallied(input: SurveyInput, options: Omit<ReadOptions, 'n'> & { n?: number }): Tallied {
  const { n, ...reading } = options;
  const { table, encoding } = wholeTable(input, reading);
  const counted = readCountTable(table, n);
  const features: Tallied['features'] =
    counted.kind === 'matrix'
      ? counted.features.map(({ name, matrix, incomplete, blank }) => ({ name, tally: { ...emptyFeatureTally(), matrix, incomplete, blank } }))
      : counted.features.map((f) => ({ name: f.name, tally: { ...emptyFeatureTally(), categories: f.counts, ...(f.shares ? { shares: true } : {}) } }));
  const pairs = { used: 0, incomplete: 0, blank: 0, invalid: 0 };
  for (const { tally } of features) {
    pairs.used += tally.shares ? 0 : tally.matrix.flat().reduce((a, b) => a + b, 0) + (tally.categories ? CATEGORY_CODES.reduce((s, code) => s + tally.categories![code], 0) : 0);
    pairs.incomplete += tally.incomplete;
    pairs.blank += tally.blank;
  }
  const rows = emptyRowAccount();
  rows.read = rows.used = table.rows.length;
  return {
    input: {
      layout: 'table',
      sources: [{ name: input.name, role: 'survey', platform: 'generic', encoding, delimiter: table.delimiter, headerRows: 1, records: table.rows.length, blankLines: table.blankLines }],
      rows,
      pairs,
      ignoredColumns: [],
      matchedBy: null,
      numericCodes: { seen: 0, mapping: {} },
      scale: 5,
      customLabels: 0,
      quality: createQualityCollector().listed(null),
      questionGroups: null,
      relaxedRows: table.relaxed,
      counts: [input.name],
    },
    importanceScale: null,
    features,
    segments: null,
    warnings: [],
    lineEnds: 0,
  };
}

/**
 * The sum of tallied surveys (shards of one survey, or counts aggregated elsewhere): features matched by
 * name in order of first appearance, matrices and accounts added, segments matched by value.
 */
export function mergeTallied(parts: Tallied[]): Tallied {
  const [first] = parts;
  if (!first) throw problem('usage', {}, { message: 'nothing to merge' });
  if (parts.length === 1) return first;
  if (parts.some((p) => p.input.scale !== first.input.scale)) throw problem('bad-counts', {}, { reason: 'the parts use different answer scales' });
  const column = first.segments?.column;
  if (parts.some((p) => p.segments?.column !== column)) throw problem('bad-counts', {}, { reason: 'the parts are segmented differently' });
  const names: string[] = [];
  const byKey = new Map<string, FeatureTally[]>();
  for (const part of parts) {
    for (const f of part.features) {
      const key = featureKey(f.name);
      if (!byKey.has(key)) names.push(f.name);
      byKey.set(key, [...(byKey.get(key) ?? []), f.tally]);
    }
  }
  const sum = <T extends object>(pick: (p: Tallied) => T) => parts.map(pick).reduce(addCounts);
  const segments = column === undefined ? null : mergeSegments(column, parts, names);
  return {
    input: {
      ...first.input,
      sources: parts.flatMap((p) => p.input.sources),
      rows: sum((p) => p.input.rows),
      pairs: sum((p) => p.input.pairs),
      ignoredColumns: parts.flatMap((p) => p.input.ignoredColumns),
      numericCodes: { ...first.input.numericCodes, seen: parts.reduce((s, p) => s + p.input.numericCodes.seen, 0) },
      quality: mergeQuality(parts.map((p) => p.input.quality)),
      relaxedRows: sum((p) => p.input.relaxedRows),
      counts: parts.flatMap((p) => p.input.counts ?? []),
    },
    importanceScale: parts.some((p) => p.importanceScale === 9) ? 9 : parts.some((p) => p.importanceScale === 5) ? 5 : null,
    features: names.map((name) => ({ name, tally: mergeTallies(addable(name, byKey.get(featureKey(name)) ?? [])) })),
    segments,
    warnings: parts.flatMap((p) => p.warnings),
    lineEnds: parts.reduce((sum, p) => sum + p.lineEnds, 0),
  };
}

/**
 * The tallies of one survey file read in shards (consecutive parts, each starting at a row; see
 * shardPlan), in order: their sum, as the whole file read at once gives it. Each shard numbers its
 * lines from 1, so its respondents are moved down by the lines of the shards before it.
 */
export function mergeShards(shards: Tallied[]): Tallied {
  const [first] = shards;
  if (!first) throw problem('usage', {}, { message: 'nothing to merge' });
  let before = 0;
  const placed = shards.map((shard) => {
    const quality = mergeQuality([shard.input.quality], [before]);
    before += shard.lineEnds;
    return { ...shard, input: { ...shard.input, quality } };
  });
  const merged = mergeTallied(placed);
  const [source] = first.input.sources;
  const sum = (pick: (s: SourceSummary) => number) => shards.reduce((total, shard) => total + shard.input.sources.reduce((t, s) => t + pick(s), 0), 0);
  return {
    ...merged,
    input: {
      ...merged.input,
      sources: source ? [{ ...source, records: sum((s) => s.records), blankLines: sum((s) => s.blankLines) }] : [],
      ignoredColumns: first.input.ignoredColumns,
      counts: null,
    },
  };
}

/** A feature's tallies, if they can be added: percentages without n cannot be, to anything. */
function addable(name: string, tallies: FeatureTally[]): FeatureTally[] {
  if (tallies.length > 1 && tallies.some((t) => t.shares)) {
    throw problem('bad-counts', {}, { reason: `feature "${name}": percentages without n cannot be added to other counts (give --n)` });
  }
  return tallies;
}

/** Two accounts of counts (nested objects of numbers) added key by key. */
function addCounts<T extends object>(a: T, b: T): T {
  return Object.fromEntries(
    Object.entries(a).map(([key, value]) => {
      const other = (b as Record<string, unknown>)[key];
      return [key, typeof value === 'number' ? value + (typeof other === 'number' ? other : 0) : addCounts(value as object, other as object)];
    }),
  ) as T;
}

function mergeSegments(column: string, parts: Tallied[], names: string[]): NonNullable<Tallied['segments']> {
  const groups = new Map<string, { respondents: number; tallies: FeatureTally[][] }>();
  for (const part of parts) {
    const index = new Map(part.features.map((f, i) => [featureKey(f.name), i]));
    for (const g of part.segments?.groups ?? []) {
      const group = groups.get(g.value) ?? { respondents: 0, tallies: names.map(() => []) };
      group.respondents += g.respondents;
      names.forEach((name, i) => {
        const at = index.get(featureKey(name));
        if (at !== undefined) group.tallies[i]!.push(g.tallies[at] ?? emptyFeatureTally());
      });
      groups.set(g.value, group);
    }
  }
  return {
    column,
    groups: [...groups.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([value, g]) => ({ value, respondents: g.respondents, tallies: g.tallies.map((t) => mergeTallies(t)) })),
  };
}
