/**
 * Warnings are records; their English words come from this one catalogue (render/messages has the
 * others), so every format says the same. A run with warnings still exits 0.
 */
export interface WarningArgs {
  'no-valid-pairs': Record<string, never>;
  'coefficients-undefined': { n: number };
  'invalid-skipped': { pairs: number };
  'row-count-mismatch': { functional: number; dysfunctional: number };
  'unmatched-ids': { functionalOnly: number; dysfunctionalOnly: number; column: string };
  'relaxed-rows': { short: number; long: number };
  'small-segments': { column: string; min: number; segments: string };
  'questionable-share': { share: number; threshold: number };
  'n-unknown': { features: number };
}

export type WarningCode = keyof WarningArgs;

/** A warning record; `message` is its English wording, human formats word it in their language. */
export type Warning = {
  [C in WarningCode]: {
    code: C;
    /** The feature it concerns, or null for the whole input. */
    feature: string | null;
    args: WarningArgs[C];
    message: string;
  };
}[WarningCode];

export type WarningWords = { [C in WarningCode]: (args: WarningArgs[C]) => string };

export const WARNING_TEXT: WarningWords = {
  'no-valid-pairs': () => 'no valid answer pair; its figures are null',
  'coefficients-undefined': ({ n }) =>
    `all ${n} valid pairs are reverse or questionable, so Better and Worse are undefined (A + O + M + I = 0)`,
  'invalid-skipped': ({ pairs }) => `${pairs} ${plural(pairs, 'pair')} with an unrecognised answer skipped (--on-invalid skip)`,
  'row-count-mismatch': ({ functional, dysfunctional }) =>
    `the functional file has ${functional} ${plural(functional, 'row')} and the dysfunctional file ${dysfunctional}; ` +
    'rows were matched by order, and rows without a partner count as incomplete (use --id COLUMN to match by respondent)',
  'unmatched-ids': ({ functionalOnly, dysfunctionalOnly, column }) =>
    `${functionalOnly} ${plural(functionalOnly, 'respondent')} only in the functional file and ${dysfunctionalOnly} only in ` +
    `the dysfunctional file (matched by "${column}"); their answers count as incomplete`,
  'relaxed-rows': ({ short, long }) =>
    `--relax-columns: ${short} ${plural(short, 'row')} with missing trailing cells (read as blank), ` +
    `${long} ${plural(long, 'row')} with extra cells (ignored)`,
  'questionable-share': ({ share, threshold }) =>
    `${Math.round(share * 100)}% of the valid pairs are questionable (above ${Math.round(threshold * 100)}%): the question may be misunderstood`,
  'small-segments': ({ column, min, segments }) =>
    `${column}: segments with fewer than ${min} respondents are shown but not tested: ${segments} (--min-segment)`,
  'n-unknown': ({ features }) =>
    `${features} ${plural(features, 'feature')} given as percentages without n: their counts are percentages, and n, ` +
    "Fong's test and intervals are unavailable (give --n or an n column)",
};

export function warning<C extends WarningCode>(code: C, feature: string | null, args: WarningArgs[C]): Warning {
  return { code, feature, args, message: WARNING_TEXT[code](args) } as Warning;
}

/** A warning's text from a catalogue of words (the English one, or a --lang one). */
export function wordWarning(words: WarningWords, w: Warning): string {
  return (words[w.code] as (args: Warning['args']) => string)(w.args);
}

export function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
