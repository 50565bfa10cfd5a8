import { ANSWERS, isAnswer, type Answer } from '../model/answers.js';
import { problem } from '../errors.js';
import { normaliseLabel } from './label.js';

/**
 * Reads an --answers file: a JSON object from answer label to like | expect | neutral | tolerate |
 * dislike. Returns normalised label → answer; these labels are looked up before the built-in ones.
 */
export function parseAnswerMap(text: string, source: string): Map<string, Answer> {
  const bad = (reason: string) => problem('bad-answer-map', { source }, { reason });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw bad(`not valid JSON (${(error as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw bad('expected a JSON object such as {"Me encanta": "like", "Lo necesito": "expect"}');
  }
  const map = new Map<string, Answer>();
  for (const [label, answer] of Object.entries(parsed)) {
    if (typeof answer !== 'string' || !isAnswer(answer)) {
      throw bad(`"${label}" maps to ${JSON.stringify(answer)}; use one of ${ANSWERS.join(', ')}`);
    }
    const key = normaliseLabel(label);
    if (key === '') throw bad(`"${label}" has no letters or digits to match`);
    map.set(key, answer);
  }
  return map;
}
