import { isAnswer, scalePoints, type Answer, type Scale } from '../model/answers.js';
import { problem } from '../errors.js';
import { integerText } from './label.js';

/** Numeric answer codes: canonical integer text → answer. */
export type CodeMap = ReadonlyMap<string, Answer>;

export const DEFAULT_CODES = '1=like';

/**
 * Parses --codes for a scale of 5 (like … dislike) or 3 (like, neutral, dislike) points. One `k=like`
 * gives the whole run: k = 0 or 1 counts up (k = like … dislike), k = points − 1 or points counts down.
 * Otherwise every point of the scale gets its own `code=answer`.
 */
export function parseCodes(spec: string, scale: Scale = 5): CodeMap {
  const points = scalePoints(scale);
  const bad = (reason: string) => problem('bad-codes', {}, { spec, reason });
  const pairs = spec.split(',').map((part) => part.split('=').map((s) => s.trim()));
  const map = new Map<string, Answer>();
  for (const pair of pairs) {
    const [code, answer] = pair;
    const key = code === undefined ? null : integerText(code);
    if (pair.length !== 2 || key === null || answer === undefined || !isAnswer(answer) || !points.includes(answer)) {
      throw bad(`"${pair.join('=')}" is not code=answer with a whole-number code and one of ${points.join(', ')}`);
    }
    if (map.has(key)) throw bad(`code ${key} is given twice`);
    map.set(key, answer);
  }
  if (map.size === 1 && pairs[0]?.[1] === 'like') {
    const start = Number([...map.keys()][0]);
    const step = start === 0 || start === 1 ? 1 : start === points.length - 1 || start === points.length ? -1 : 0;
    if (step === 0) {
      throw bad(`a single code for like must be 0, 1, ${points.length - 1} or ${points.length}; otherwise give every point`);
    }
    return new Map(points.map((answer, i) => [String(start + step * i), answer]));
  }
  const missing = points.filter((a) => ![...map.values()].includes(a));
  if (missing.length > 0) throw bad(`no code for ${missing.join(', ')}`);
  return map;
}

/** `1=like, 2=expect, …` for the summary and the method notes. */
export function describeCodes(codes: CodeMap): Record<string, string> {
  return Object.fromEntries([...codes].sort((a, b) => Number(a[0]) - Number(b[0])));
}
