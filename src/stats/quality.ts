import type { QualitySummary, RespondentQuality } from '../model/report.js';

type Totals = Pick<QualitySummary, 'questionableRespondents' | 'questionablePairs' | 'reverseRespondents'>;

/**
 * The quality summary with its list of respondents made on first use. A million rows can flag
 * hundreds of thousands of respondents, and only the JSON outputs show them one by one; the other
 * outputs need the totals alone, so their memory stays flat in the number of rows.
 */
export function qualitySummary(maxQuestionable: number | null, totals: Totals, list: () => RespondentQuality[]): QualitySummary {
  let respondents: RespondentQuality[] | undefined;
  return {
    maxQuestionable,
    ...totals,
    get respondents() {
      return (respondents ??= list());
    },
  };
}

/** The summary of a list already made (a counts document read back). */
export function qualityOfList(maxQuestionable: number | null, respondents: RespondentQuality[]): QualitySummary {
  const totals = { questionableRespondents: 0, questionablePairs: 0, reverseRespondents: 0 };
  for (const r of respondents) addTotals(totals, r.questionable, r.reverse);
  return qualitySummary(maxQuestionable, totals, () => respondents);
}

/** Parts' summaries in order (files, or shards of one file with the lines before each), as one. */
export function mergeQuality(parts: QualitySummary[], lineOffsets: number[] = []): QualitySummary {
  const sum = (key: keyof Totals) => parts.reduce((total, p) => total + p[key], 0);
  const totals = { questionableRespondents: sum('questionableRespondents'), questionablePairs: sum('questionablePairs'), reverseRespondents: sum('reverseRespondents') };
  return qualitySummary(parts[0]?.maxQuestionable ?? null, totals, () =>
    parts.flatMap((p, i) => {
      const offset = lineOffsets[i] ?? 0;
      return offset === 0 ? p.respondents : p.respondents.map((r) => ({ ...r, line: r.line + offset }));
    }),
  );
}

function addTotals(totals: Totals, questionable: number, reverse: number): void {
  if (questionable > 0) totals.questionableRespondents++;
  totals.questionablePairs += questionable;
  if (reverse > 0) totals.reverseRespondents++;
}

/** A quality summary as names and numbers, to post to another thread without making its list. */
export interface PackedQuality {
  maxQuestionable: number | null;
  totals: Totals;
  sources: string[];
  /** Per respondent: source index, line, questionable pairs, reverse pairs. */
  columns: Uint32Array;
}

// The packed form of the summaries made by a collector, so that packing them does not make the list.
const packedForms = new WeakMap<QualitySummary, PackedQuality>();

export function packQuality(quality: QualitySummary): PackedQuality {
  const packed = packedForms.get(quality);
  if (packed) return packed;
  const collector = createQualityCollector();
  for (const r of quality.respondents) collector.add(r.source, r.line, r.questionable, r.reverse);
  return packQuality(collector.summary(quality.maxQuestionable));
}

export function unpackQuality({ maxQuestionable, totals, sources, columns }: PackedQuality): QualitySummary {
  const summary = qualitySummary(maxQuestionable, totals, () => {
    const list: RespondentQuality[] = [];
    for (let i = 0; i < columns.length; i += 4) list.push({ source: sources[columns[i]!] ?? '', line: columns[i + 1]!, questionable: columns[i + 2]!, reverse: columns[i + 3]! });
    return list;
  });
  packedForms.set(summary, { maxQuestionable, totals, sources, columns });
  return summary;
}

/** Collects the respondents with questionable or reverse pairs as rows stream by, four numbers each. */
export function createQualityCollector() {
  const sources: string[] = [];
  const totals = { questionableRespondents: 0, questionablePairs: 0, reverseRespondents: 0 };
  // source index, line, questionable pairs, reverse pairs: one flat column, grown by doubling.
  let columns = new Uint32Array(4 * 1024);
  let length = 0;
  return {
    add(source: string, line: number, questionable: number, reverse: number): void {
      if (questionable + reverse === 0) return;
      let index = sources.indexOf(source);
      if (index < 0) index = sources.push(source) - 1;
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
    },
    summary(maxQuestionable: number | null): QualitySummary {
      return unpackQuality({ maxQuestionable, totals: { ...totals }, sources: [...sources], columns: columns.slice(0, length) });
    },
  };
}
