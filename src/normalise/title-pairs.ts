import { isNegated, NEGATION_FRAGMENTS, NEGATION_WORDS } from '../model/negation.js';

export interface TitleColumn {
  index: number;
  title: string;
}

export interface TitlePair {
  name: string;
  functional: number;
  dysfunctional: number;
}

/** Least share of words a negated title must share with its plain partner to be taken as its pair. */
const MIN_SIMILARITY = 0.6;

const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu;

function tokens(title: string): Set<string> {
  const words = title.normalize('NFKC').toLowerCase().match(TOKEN) ?? [];
  return new Set(words.filter((w) => !NEGATION_WORDS.has(w) && !NEGATION_FRAGMENTS.includes(w)));
}

function similarity(a: Set<string>, b: Set<string>): number {
  const shared = [...a].filter((t) => b.has(t)).length;
  return shared / (a.size + b.size - shared || 1);
}

/**
 * Pairs question columns of exports that give each question its own column (Typeform, Microsoft Forms):
 * a negated title ("…did NOT have dark mode?") with the plain title most like it once the negation is
 * set aside, each the other's best match. The feature is named by what the functional titles do not
 * share: "How would you feel if the app had dark mode?" → "dark mode".
 */
export function pairTitles(columns: TitleColumn[]): TitlePair[] {
  const plain = columns.filter((c) => !isNegated(c.title)).map((c) => ({ ...c, tokens: tokens(c.title) }));
  const negated = columns.filter((c) => isNegated(c.title)).map((c) => ({ ...c, tokens: tokens(c.title) }));
  const bestFor = <T extends { tokens: Set<string> }>(x: { tokens: Set<string> }, among: T[]) => {
    let best: T | undefined;
    let score = MIN_SIMILARITY;
    for (const y of among) {
      const s = similarity(x.tokens, y.tokens);
      if (s >= score) [best, score] = [y, s + Number.EPSILON];
    }
    return best;
  };
  const pairs = negated.flatMap((d) => {
    const f = bestFor(d, plain);
    return f && bestFor(f, negated) === d ? [{ functional: f, dysfunctional: d }] : [];
  });
  pairs.sort((a, b) => a.functional.index - b.functional.index);
  const names = featureNames(pairs.map((p) => p.functional.title));
  return pairs.map((p, i) => ({ name: names[i] ?? p.functional.title, functional: p.functional.index, dysfunctional: p.dysfunctional.index }));
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const EDGE = /^[\s\p{P}]+|[\s\p{P}]+$/gu;

/** Where a title may be cut: at a space or punctuation, or anywhere in Chinese or Japanese text. */
function boundary(text: string, at: number): boolean {
  const before = text[at - 1] ?? ' ';
  const after = text[at] ?? ' ';
  return /[\s\p{P}]/u.test(before) || /[\s\p{P}]/u.test(after) || CJK.test(before) || CJK.test(after);
}

/**
 * Names from titles that follow one template: the titles less their common beginning and (when it is
 * more than one word) their common ending, cut at word boundaries. One title is its own name.
 */
function featureNames(titles: string[]): string[] {
  if (titles.length < 2) return titles.map((t) => t.replace(EDGE, ''));
  let prefix = commonPrefix(titles);
  while (prefix > 0 && !titles.every((t) => boundary(t, prefix))) prefix--;
  let suffix = commonPrefix(titles.map((t) => [...t].reverse().join('')));
  while (suffix > 0 && !titles.every((t) => boundary(t, t.length - suffix))) suffix--;
  const ending = titles[0]?.slice(titles[0].length - suffix) ?? '';
  if ((ending.match(/\p{L}+/gu) ?? []).length < 2 && !CJK.test(ending)) suffix = 0;
  const names = titles.map((t) => t.slice(prefix, t.length - suffix).replace(EDGE, ''));
  return names.every((n) => n !== '') && new Set(names).size === names.length ? names : titles.map((t) => t.replace(EDGE, ''));
}

function commonPrefix(texts: string[]): number {
  const [first = ''] = texts;
  let length = 0;
  while (length < first.length && texts.every((t) => t[length] === first[length])) length++;
  return length;
}
