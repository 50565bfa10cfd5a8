import { packQuality, sourceIndex, unpackQuality, type QualityTotals } from '../model/quality.js';
import type { QualitySummary } from '../model/report.js';

/** Parts' summaries in order (files, or shards of one file with the lines before each), as one. */
export function mergeQuality(parts: QualitySummary[], lineOffsets: number[] = []): QualitySummary {
  const packed = parts.map(packQuality);
  const sources: string[] = [];
  const columns = new Uint32Array(packed.reduce((length, p) => length + p.columns.length, 0));
  let at = 0;
  packed.forEach((part, i) => {
    const indexes = part.sources.map((source) => sourceIndex(sources, source));
    const offset = lineOffsets[i] ?? 0;
    for (let j = 0; j < part.columns.length; j += 4) {
      columns[at++] = indexes[part.columns[j]!]!;
      columns[at++] = part.columns[j + 1]! + offset;
      columns[at++] = part.columns[j + 2]!;
      columns[at++] = part.columns[j + 3]!;
    }
  });
  const sum = (key: keyof QualityTotals) => packed.reduce((total, p) => total + p.totals[key], 0);
  const totals = { questionableRespondents: sum('questionableRespondents'), questionablePairs: sum('questionablePairs'), reverseRespondents: sum('reverseRespondents') };
  return unpackQuality({ maxQuestionable: parts[0]?.maxQuestionable ?? null, totals, sources, columns });
}

function addTotals(totals: QualityTotals, questionable: number, reverse: number): void {
  if (questionable > 0) totals.questionableRespondents++;
  totals.questionablePairs += questionable;
  if (reverse > 0) totals.reverseRespondents++;
}

/** Collects the respondents with questionable or reverse pairs as rows stream by, four numbers each. */
export function createQualityCollector() {
  const sources: string[] = [];
  const totals = { questionableRespondents: 0, questionablePairs: 0, reverseRespondents: 0 };
  // source index, line, questionable pairs, reverse pairs: one flat column, grown by doubling.
  let columns = new Uint32Array(4 * 1024);
  let length = 0;
  function keep(source: string, line: number, questionable: number, reverse: number): void {
    const index = sourceIndex(sources, source);
    if (length === columns.length) {
      const grown = new Uint32Array(2 * columns.length);
      grown.set(columns);
      columns = grown;
    }
    columns[length++] = index;
    columns[length++] = line;
    columns[length++] = questionable;
    columns[length++] = reverse;
    addTotals(totals, questionable, reverse);
  }
  return {
    /** A respondent's pairs as the rows stream by: kept if one is questionable or reverse. */
    add(source: string, line: number, questionable: number, reverse: number): void {
      if (questionable + reverse > 0) keep(source, line, questionable, reverse);
    },
    /** A respondent as listed (in a counts document), kept as it is. */
    keep,
    /** The summary of the respondents in the order they were kept. */
    listed(maxQuestionable: number | null): QualitySummary {
      return unpackQuality({ maxQuestionable, totals: { ...totals }, sources: [...sources], columns: columns.slice(0, length) });
    },
    /** The summary, respondents by file (in `sourceOrder`) and line, whatever order they came in. */
    summary(maxQuestionable: number | null, sourceOrder: string[] = sources): QualitySummary {
      const rank = sources.map((source) => sourceOrder.indexOf(source));
      const count = length / 4;
      const before = (i: number, j: number) => rank[columns[4 * i]!]! - rank[columns[4 * j]!]! || columns[4 * i + 1]! - columns[4 * j + 1]!;
      let sorted = columns.slice(0, length);
      let inOrder = true;
      for (let i = 1; i < count && inOrder; i++) inOrder = before(i - 1, i) <= 0;
      if (!inOrder) {
        const order = Array.from({ length: count }, (_, i) => i).sort(before);
        sorted = new Uint32Array(length);
        order.forEach((from, to) => sorted.set(columns.subarray(4 * from, 4 * from + 4), 4 * to));
      }
      return unpackQuality({ maxQuestionable, totals: { ...totals }, sources: [...sources], columns: sorted });
    },
  };
}
