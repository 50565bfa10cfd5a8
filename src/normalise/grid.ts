import { featureKey } from './header-spellings.js';

/** A survey-grid column `<question stem> [<row label>]`, as Google Forms and LimeSurvey write them. */
export interface GridColumn {
  index: number;
  stem: string;
  item: string;
}

export interface GridPairing {
  pair: { functional: string; dysfunctional: string } | null;
  /** Plain stems that share row labels when no negated stem tells the sides apart. */
  ambiguous: string[];
}

const GRID = /^(.*\S)\s*\[([^\]]+)\]\s*$/u;

/** Negation in a question stem marks the dysfunctional question ("… did not have …", "… without …"). */
const NEGATION = /\b(not|no|without|never|lacks?|lacked|lacking|absent|missing)\b|n['’]t\b/iu;

export function readGridColumn(header: string, index: number): GridColumn | null {
  const match = GRID.exec(header.trim());
  return match?.[1] && match[2] ? { index, stem: match[1].trim(), item: match[2].trim() } : null;
}

/**
 * Finds the functional/dysfunctional pair among the grids of an export: the dysfunctional stem is the
 * negated one, and its partner the plain stem sharing most row labels (then most words), so an extra
 * grid such as an importance question is left alone.
 */
export function pairGrids(columns: GridColumn[]): GridPairing {
  const stems = new Map<string, Set<string>>();
  for (const { stem, item } of columns) {
    const items = stems.get(stem) ?? new Set<string>();
    items.add(featureKey(item));
    stems.set(stem, items);
  }
  const negated = [...stems.keys()].filter((s) => NEGATION.test(s));
  const plain = [...stems.keys()].filter((s) => !NEGATION.test(s));
  const candidates = negated.flatMap((dysfunctional) =>
    plain
      .map((functional) => ({
        functional,
        dysfunctional,
        shared: overlap(stems.get(functional), stems.get(dysfunctional)),
        words: wordOverlap(functional, dysfunctional),
      }))
      .filter((c) => c.shared > 0),
  );
  candidates.sort((a, b) => b.shared - a.shared || b.words - a.words);
  const best = candidates[0];
  if (best) return { pair: { functional: best.functional, dysfunctional: best.dysfunctional }, ambiguous: [] };
  const sharing = plain.filter((s) => plain.some((t) => t !== s && overlap(stems.get(s), stems.get(t)) > 0));
  return { pair: null, ambiguous: negated.length === 0 ? sharing : [] };
}

function overlap(a: Set<string> | undefined, b: Set<string> | undefined): number {
  return a && b ? [...a].filter((x) => b.has(x)).length : 0;
}

function wordOverlap(a: string, b: string): number {
  const words = (s: string) => new Set(featureKey(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  return overlap(words(a), words(b));
}
