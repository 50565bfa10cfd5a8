import { problem } from '../errors.js';
import { isNegated } from '../model/negation.js';
import { featureKey } from './header-spellings.js';

/** A survey-grid column `<question stem> [<row label>]`, as Google Forms and LimeSurvey write them. */
export interface GridColumn {
  index: number;
  stem: string;
  item: string;
}

export interface GridChoice {
  /** Stems named by --functional / --dysfunctional. */
  functional?: string;
  dysfunctional?: string;
}

export interface GridPairing {
  pair: { functional: string; dysfunctional: string } | null;
  /** How the sides were told apart: by negation, by the user, or by position (functional first). */
  by: 'negation' | 'option' | 'order' | null;
  /** Plain stems sharing row labels that nothing tells apart. */
  ambiguous: string[];
}

const GRID = /^(.*\S)\s*\[([^\]]+)\]\s*$/u;

export function readGridColumn(header: string, index: number): GridColumn | null {
  const match = GRID.exec(header.trim());
  return match?.[1] && match[2] ? { index, stem: match[1].trim(), item: match[2].trim() } : null;
}

/**
 * Finds the functional/dysfunctional pair among the grids of an export. The user's choice wins; else the
 * dysfunctional stem is the negated one, its partner the plain stem sharing most row labels (then most
 * words), so an extra grid such as an importance question is left alone; else, for exactly two grids
 * of codes such as FUNC[SQ001] / DYSF[SQ001], the first is functional, as questionnaires are written.
 */
export function pairGrids(columns: GridColumn[], choice: GridChoice = {}, source = ''): GridPairing {
  const stems = new Map<string, Set<string>>();
  for (const { stem, item } of columns) stems.set(stem, (stems.get(stem) ?? new Set<string>()).add(featureKey(item)));

  if (choice.functional !== undefined || choice.dysfunctional !== undefined) {
    const find = (wanted: string | undefined, side: string) => {
      const stem = [...stems.keys()].find((s) => featureKey(s) === featureKey(wanted ?? ''));
      if (!stem) throw problem('grid-not-found', { source }, { side, wanted: wanted ?? '', stems: [...stems.keys()] });
      return stem;
    };
    return { pair: { functional: find(choice.functional, 'functional'), dysfunctional: find(choice.dysfunctional, 'dysfunctional') }, by: 'option', ambiguous: [] };
  }

  const negated = [...stems.keys()].filter(isNegated);
  const plain = [...stems.keys()].filter((s) => !isNegated(s));
  const candidates = negated.flatMap((dysfunctional) =>
    plain
      .map((functional) => ({ functional, dysfunctional, shared: overlap(stems.get(functional), stems.get(dysfunctional)), words: wordOverlap(functional, dysfunctional) }))
      .filter((c) => c.shared > 0),
  );
  candidates.sort((a, b) => b.shared - a.shared || b.words - a.words);
  const best = candidates[0];
  if (best) return { pair: { functional: best.functional, dysfunctional: best.dysfunctional }, by: 'negation', ambiguous: [] };

  const sharing = plain.filter((s) => plain.some((t) => t !== s && overlap(stems.get(s), stems.get(t)) > 0));
  if (negated.length === 0 && sharing.length === 2) {
    const [functional, dysfunctional] = sharing as [string, string];
    return { pair: { functional, dysfunctional }, by: 'order', ambiguous: [] };
  }
  return { pair: null, by: null, ambiguous: negated.length === 0 ? sharing : [] };
}

function overlap(a: Set<string> | undefined, b: Set<string> | undefined): number {
  return a && b ? [...a].filter((x) => b.has(x)).length : 0;
}

function wordOverlap(a: string, b: string): number {
  const words = (s: string) => new Set(featureKey(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  return overlap(words(a), words(b));
}
