import type { CategoryCode } from '../../model/categories.js';
import type { Direction } from '../../model/comparison.js';
import type { Platform } from '../../model/platforms.js';
import type { Exclusion, Refined, SortKey } from '../../model/report.js';
import type { WarningWords } from '../../model/warnings.js';

/**
 * Every word the human formats (table, Markdown, the stderr summary) print, per language (--lang).
 * JSON and CSV keep English keys and codes whatever the language.
 */
export interface Messages {
  categories: Record<CategoryCode, string>;
  head: {
    rank: string; feature: string; category: string; better: string; worse: string; strength: string; fong: string; stability: string;
    importance: string; refined: string;
  };
  refined: Record<Refined, string>;
  ciNote: (ci: { level: number; resamples: number; seed: number }) => string;
  fong: { significant: string; notSignificant: string };
  sortedBy: (rule: string) => string;
  sortRules: Record<SortKey, string>;
  sharesNote: string;
  formulaNote: string;
  fongNote: string;
  ruleNote: (rule: string, table: string) => string;
  refinedNote: (threshold: number) => string;
  segments: { title: string; chi2: string; p: string; v: string; note: (column: string, min: number) => string };
  report: {
    title: string;
    input: string;
    diagram: string;
    shares: string;
    priority: string;
    method: string;
    segment: (value: string, respondents: number) => string;
    generated: (when: string) => string;
    evaluationTable: string;
  };
  compare: {
    title: string;
    head: { old: string; new: string; direction: string; better: string; worse: string };
    directions: Record<Direction, string>;
    onlyOld: (names: string) => string;
    onlyNew: (names: string) => string;
    note: (level: number) => string;
  };
  continuous: { title: string; functionalMean: string; dysfunctionalMean: string; sd: string; quadrant: string; note: string };
  title: string;
  warningsTitle: string;
  warningLabel: string;
  warnings: WarningWords;
  summary: {
    platforms: Record<Platform, string>;
    delimiters: Record<string, string>;
    source: (a: { names: string; platform: string; generic: boolean; headerRows: number; layout: string; matched: string; features: number; encodings: string; delimiters: string }) => string;
    matchedByOrder: string;
    matchedBy: (column: string) => string;
    rows: (read: number, used: number) => string;
    /** `+ <phrase>` after the used rows: each reason with its count. */
    rowReasons: Record<'blank' | 'incomplete' | 'invalid' | 'preview' | 'test' | 'spam' | 'partial' | 'questionable', (n: number) => string>;
    quality: (respondents: number, pairs: number, reverseRespondents: number) => string;
    partialUsed: (n: number) => string;
    emptyLines: (n: number) => string;
    pairs: (used: number) => string;
    pairReasons: Record<'incomplete' | 'blank' | 'invalid', (n: number) => string>;
    questions: (functional: string, dysfunctional: string, by: 'negation' | 'option' | 'order') => string;
    ignored: (columns: string) => string;
    numeric: (n: number, mapping: string) => string;
    scale3: string;
    customLabels: (n: number) => string;
  };
  inspect: {
    source: (a: { platform: string; encoding: string; delimiter: string; headerRows: number; records: number; blankLines: number }) => string;
    layout: (layout: string, features: number) => string;
    partial: (n: number) => string;
    excluded: (where: string, reason: Exclusion) => string;
    featureHead: [string, string, string];
    answerHead: [string, string, string];
    blankValue: string;
    notAnswered: string;
    unrecognised: string;
    code: string;
    wouldRun: string;
    wouldStop: string;
  };
}
