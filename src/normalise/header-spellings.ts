export type Side = 'functional' | 'dysfunctional';

export interface SideColumn {
  feature: string;
  side: Side;
}

const FUNCTIONAL_WORDS = ['functional', 'func'];
const DYSFUNCTIONAL_WORDS = ['dysfunctional', 'disfunctional', 'dysfunc', 'dysf'];
const WORDS = [...FUNCTIONAL_WORDS, ...DYSFUNCTIONAL_WORDS].join('|');
const LETTERS = 'f|d';

// Header patterns are case-insensitive without the `u` flag: their words case-fold the same either way
// (Latin, Cyrillic, CJK), and compiling nine `iu` patterns took about 3 ms of every run's start-up.

/**
 * The spellings of a wide export's Kano column, each giving the feature and the side:
 * `<f> (functional)`, `<f> [F]`, `<f> - functional`, `<f>_functional`, `<f>_f`, `<f>.d`,
 * `functional: <f>`, `dysfunctional - <f>`, `F: <f>`, `D: <f>`.
 */
const PATTERNS: { regex: RegExp; feature: 1 | 2; side: 1 | 2 }[] = [
  { regex: new RegExp(`^(.+?)\\s*[([]\\s*(${WORDS}|${LETTERS})\\s*[)\\]]$`, 'i'), feature: 1, side: 2 },
  { regex: new RegExp(`^(.+?)\\s+[-–—:]\\s*(${WORDS})$`, 'i'), feature: 1, side: 2 },
  { regex: new RegExp(`^(.+?)\\s*[_.](${WORDS}|${LETTERS})$`, 'i'), feature: 1, side: 2 },
  { regex: new RegExp(`^(${WORDS})\\s*[:\\-–—]\\s*(.+)$`, 'i'), feature: 2, side: 1 },
  { regex: new RegExp(`^(${LETTERS})\\s*:\\s*(.+)$`, 'i'), feature: 2, side: 1 },
];

/** Reads a header cell as one side of a feature's question pair, or null when it is not one. */
export function readSideColumn(header: string): SideColumn | null {
  for (const { regex, feature, side } of PATTERNS) {
    const match = regex.exec(header.trim());
    const name = match?.[feature]?.trim();
    const word = match?.[side]?.toLowerCase();
    if (name && word) return { feature: name, side: isFunctional(word) ? 'functional' : 'dysfunctional' };
  }
  return null;
}

function isFunctional(word: string): boolean {
  return word === 'f' || FUNCTIONAL_WORDS.includes(word);
}

/** Feature names match ignoring case and spacing: "Dark mode" pairs with "dark  Mode". */
export function featureKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

const IMPORTANCE_WORDS = 'importance|importancia|importância|wichtigkeit|важность|重要性|重要度';

/** Spellings of a feature's importance column: `<f> (importance)`, `<f> - importance`, `<f>_importance`, `importance: <f>`. */
const IMPORTANCE_PATTERNS: { regex: RegExp; feature: 1 | 2 }[] = [
  { regex: new RegExp(`^(.+?)\\s*[([]\\s*(?:${IMPORTANCE_WORDS})\\s*[)\\]]$`, 'i'), feature: 1 },
  { regex: new RegExp(`^(.+?)\\s+[-–—:]\\s*(?:${IMPORTANCE_WORDS})$`, 'i'), feature: 1 },
  { regex: new RegExp(`^(.+?)\\s*[_.](?:${IMPORTANCE_WORDS})$`, 'i'), feature: 1 },
  { regex: new RegExp(`^(?:${IMPORTANCE_WORDS})\\s*[:\\-–—]\\s*(.+)$`, 'i'), feature: 1 },
];

/** The feature whose importance a header cell holds, or null. */
export function readImportanceColumn(header: string): string | null {
  for (const { regex, feature } of IMPORTANCE_PATTERNS) {
    const name = regex.exec(header.trim())?.[feature]?.trim();
    if (name) return name;
  }
  return null;
}
