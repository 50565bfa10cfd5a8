import { impactRank, type CategoryCode } from '../model/categories.js';
import type { SortKey } from '../model/report.js';

export interface Sortable {
  name: string;
  code: CategoryCode | null;
  better: number | null;
  worse: number | null;
  /** Mean self-stated importance, or null. */
  importance?: number | null;
}


// Made on first use: creating a collator loads ICU data, about 3 ms of every run's start-up otherwise.
let collator: Intl.Collator | undefined;
const byName = () => (collator ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true }));

/** Within-category score of the priority sort: what makes a feature of that category more urgent. */
function priorityScore({ code, better, worse }: Sortable): number | null {
  if (better === null || worse === null) return null;
  if (code === 'M') return -worse;
  if (code === 'A') return better;
  return better - worse;
}

/** Higher scores first, undefined ones last. */
function descending(x: number | null, y: number | null): number {
  if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
  return y - x;
}

/** The priority score scaled by importance: a more important feature of a category comes first. */
function weightedScore(f: Sortable): number | null {
  const score = priorityScore(f);
  return score === null || f.importance == null ? null : score * f.importance;
}

const byCategory = (a: Sortable, b: Sortable) => (a.code === null ? 99 : impactRank(a.code)) - (b.code === null ? 99 : impactRank(b.code));

const COMPARE: Record<SortKey, (a: Sortable, b: Sortable) => number> = {
  priority: (a, b) => byCategory(a, b) || descending(priorityScore(a), priorityScore(b)),
  weighted: (a, b) => byCategory(a, b) || descending(weightedScore(a), weightedScore(b)),
  importance: (a, b) => descending(a.importance ?? null, b.importance ?? null),
  better: (a, b) => descending(a.better, b.better),
  worse: (a, b) => descending(a.worse === null ? null : -a.worse, b.worse === null ? null : -b.worse),
  name: (a, b) => byName().compare(a.name, b.name),
  input: () => 0,
};

/** 1-based ranks of the features, in input order, under the sort; equal keys keep input order. */
export function rankFeatures(features: readonly Sortable[], key: SortKey): number[] {
  const order = features.map((_, i) => i).sort((i, j) => COMPARE[key](features[i] as Sortable, features[j] as Sortable) || i - j);
  const ranks = new Array<number>(features.length);
  order.forEach((featureIndex, position) => (ranks[featureIndex] = position + 1));
  return ranks;
}
