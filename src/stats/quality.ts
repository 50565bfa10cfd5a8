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
      const kept = columns.subarray(0, length);
      return qualitySummary(maxQuestionable, { ...totals }, () => {
        const list: RespondentQuality[] = [];
        for (let i = 0; i < kept.length; i += 4) list.push({ source: sources[kept[i]!] ?? '', line: kept[i + 1]!, questionable: kept[i + 2]!, reverse: kept[i + 3]! });
        return list;
      });
    },
  };
}
