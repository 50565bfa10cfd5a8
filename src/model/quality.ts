import type { QualitySummary, RespondentQuality } from './report.js';

export type QualityTotals = Pick<QualitySummary, 'questionableRespondents' | 'questionablePairs' | 'reverseRespondents'>;

/**
 * The quality summary with its list of respondents made on first use. A million rows can flag
 * hundreds of thousands of respondents, and only the JSON outputs show them one by one (a
 * thousand at a time, from the packed form); the other outputs need the totals alone, so their
 * memory stays flat in the number of rows.
 */
function qualitySummary(maxQuestionable: number | null, totals: QualityTotals, list: () => RespondentQuality[]): QualitySummary {
  let respondents: RespondentQuality[] | undefined;
  return {
    maxQuestionable,
    ...totals,
    get respondents() {
      return (respondents ??= list());
    },
  };
}

/** A quality summary as names and numbers: to post to another thread, or to write, without making its list. */
export interface PackedQuality {
  maxQuestionable: number | null;
  totals: QualityTotals;
  sources: string[];
  /** Per respondent: source index, line, questionable pairs, reverse pairs. */
  columns: Uint32Array;
}

// The packed form of the summaries made from one, so that packing them again does not make the list.
const packedForms = new WeakMap<QualitySummary, PackedQuality>();

export function unpackQuality(packed: PackedQuality): QualitySummary {
  const summary = qualitySummary(packed.maxQuestionable, packed.totals, () => respondentsOf(packed, 0, packed.columns.length / 4));
  packedForms.set(summary, packed);
  return summary;
}

export function packQuality(quality: QualitySummary): PackedQuality {
  const known = packedForms.get(quality);
  if (known) return known;
  const { maxQuestionable, questionableRespondents, questionablePairs, reverseRespondents, respondents } = quality;
  const sources: string[] = [];
  const columns = new Uint32Array(4 * respondents.length);
  respondents.forEach((r, i) => {
    columns.set([sourceIndex(sources, r.source), r.line, r.questionable, r.reverse], 4 * i);
  });
  return { maxQuestionable, totals: { questionableRespondents, questionablePairs, reverseRespondents }, sources, columns };
}

/** A source's index in the packed form's list of sources, added if new. */
export function sourceIndex(sources: string[], source: string): number {
  const index = sources.indexOf(source);
  return index < 0 ? sources.push(source) - 1 : index;
}

/** The packed respondents from index `from` up to `to`, as records. */
export function respondentsOf({ sources, columns }: PackedQuality, from: number, to: number): RespondentQuality[] {
  const list: RespondentQuality[] = [];
  for (let i = 4 * from; i < 4 * to; i += 4) list.push({ source: sources[columns[i]!] ?? '', line: columns[i + 1]!, questionable: columns[i + 2]!, reverse: columns[i + 3]! });
  return list;
}
