/**
 * Words that negate a Kano question: the dysfunctional question is the functional one negated
 * ("…if it did not have…", "…si no tuviera…", "…如果没有…", "…если бы не было…").
 * Whole words for alphabetic scripts; Chinese and Japanese negations are matched inside the text.
 */
export const NEGATION_WORDS: ReadonlySet<string> = new Set([
  // en
  'not', 'no', 'without', 'never', 'lack', 'lacks', 'lacked', 'lacking', 'absent', 'missing',
  // es, pt
  'sin', 'nunca', 'não', 'nao', 'sem',
  // fr (n'avait pas → n, avait, pas)
  'pas', 'sans', 'jamais',
  // de
  'nicht', 'kein', 'keine', 'keinen', 'ohne', 'nie',
  // ru
  'не', 'нет', 'без',
]);

export const NEGATION_FRAGMENTS: readonly string[] = ['没有', '沒有', '没', '沒', '不', '无', '無', '未', 'ない', 'なかった', 'なし'];

const ENGLISH_CONTRACTION = /n['’]t\b/iu;

export function isNegated(text: string): boolean {
  const lower = text.normalize('NFKC').toLowerCase();
  return (
    ENGLISH_CONTRACTION.test(lower) ||
    lower.split(/[^\p{L}\p{N}]+/u).some((word) => NEGATION_WORDS.has(word)) ||
    NEGATION_FRAGMENTS.some((fragment) => lower.includes(fragment))
  );
}
