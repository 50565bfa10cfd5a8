import { ANSWERS, isAnswer, type Answer } from '../model/answers.js';
import { problem } from '../errors.js';
import { integerText } from './label.js';

/** Numeric answer codes: canonical integer text → answer. */
export type CodeMap = ReadonlyMap<string, Answer>;

export const DEFAULT_CODES = '1=like';

/**
 * Parses --codes. One `k=like` gives the whole run: k = 0 or 1 counts up (k = like … k+4 = dislike),
 * k = 4 or 5 counts down (k = like … k−4 = dislike). Otherwise all five `code=answer` pairs are given.
 */
export function parseCodes(spec: string): CodeMap {
  const bad = (reason: string) => problem('bad-codes', {}, { spec, reason });
  const pairs = spec.split(',').map((part) => part.split('=').map((s) => s.trim()));
  const map = new Map<string, Answer>();
  for (const pair of pairs) {
    const [code, answer] = pair;
    const key = code === undefined ? null : integerText(code);
    if (pair.length !== 2 || key === null || answer === undefined || !isAnswer(answer)) {
      throw bad(`"${pair.join('=')}" is not code=answer with a whole-number code and one of ${ANSWERS.join(', ')}`);
    }
    if (map.has(key)) throw bad(`code ${key} is given twice`);
    map.set(key, answer);
  }
  if (map.size === 1 && pairs[0]?.[1] === 'like') {
    const start = Number([...map.keys()][0]);
    const step = start === 0 || start === 1 ? 1 : start === 4 || start === 5 ? -1 : 0;
    if (step === 0) throw bad('a single code for like must be 0, 1, 4 or 5; otherwise give all five');
    return new Map(ANSWERS.map((answer, i) => [String(start + step * i), answer]));
  }
  const missing = ANSWERS.filter((a) => ![...map.values()].includes(a));
  if (missing.length > 0) throw bad(`no code for ${missing.join(', ')}`);
  return map;
}

/** `1=like, 2=expect, …` for the summary and the method notes. */
export function describeCodes(codes: CodeMap): Record<string, string> {
  return Object.fromEntries([...codes].sort((a, b) => Number(a[0]) - Number(b[0])));
}
