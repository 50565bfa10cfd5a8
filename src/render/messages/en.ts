import { PLATFORM_LABELS } from '../../model/platforms.js';
import { SORT_RULES } from '../../model/sort-rules.js';
import { plural, WARNING_TEXT } from '../../model/warnings.js';
import type { Messages } from './messages.js';

export const en: Messages = {
  categories: { M: 'basic', O: 'expected', A: 'exciting', I: 'indifferent', R: 'reverse', Q: 'questionable' },
  head: { rank: '#', feature: 'Feature', category: 'Category', better: 'Better', worse: 'Worse', strength: 'Strength', fong: 'Fong', stability: 'Stability', importance: 'Importance', refined: 'Refined (Yang)' },
  refined: {
    'highly-attractive': 'highly attractive', 'less-attractive': 'less attractive', 'high-value-added': 'high value-added',
    'low-value-added': 'low value-added', 'critical': 'critical', 'necessary': 'necessary', 'potential': 'potential', 'care-free': 'care-free',
  },
  ciNote: ({ level, resamples, seed }) =>
    `[ ] ${level * 100}% Wilson intervals; Stability: share of ${resamples} bootstrap resamples (seed ${seed}) keeping the category on top.`,
  fong: { significant: 'sig', notSignificant: 'n.s.' },
  sortedBy: (rule) => `Sorted by ${rule}.`,
  sortRules: SORT_RULES,
  sharesNote: 'A O M I R Q: shares of n, the valid answer pairs.',
  formulaNote: 'Better = (A+O)/(A+O+M+I); Worse = -(O+M)/(A+O+M+I); Strength = share of the top category minus the next.',
  fongNote: 'Fong: sig = top two categories significantly different (Fong 1996, alpha 0.10); n.s. = mixed, both shown, primary first.',
  refinedNote: (threshold) => `Refined categories (Yang 2005): split at the mean of the features' mean importance, ${threshold.toFixed(2)}.`,
  ruleNote: (rule, table) => `Category by the ${rule} rule, ${table} evaluation table (--rule, --table).`,
  segments: {
    title: 'Segments',
    chi2: 'χ²',
    p: 'p (Holm)',
    v: 'V',
    note: (column, min) =>
      `By ${column}: category, Better/Worse and (n) per segment (respondents in the heading). χ² test of segment × category over segments with ` +
      `at least ${min} respondents (Monte-Carlo p when expected counts are small), Holm-adjusted; * p < 0.05; V = Cramér's V.`,
  },
  report: {
    title: 'Kano report',
    input: 'Input',
    diagram: 'Better–Worse diagram',
    shares: 'Category shares',
    priority: 'Priorities',
    method: 'Method',
    segment: (value, respondents) => `Segment ${value} (${respondents} respondents)`,
    generated: (when) => `Generated ${when}`,
    evaluationTable: 'Evaluation table: functional answer (rows) × dysfunctional answer (columns)',
  },
  compare: {
    title: 'Kano comparison',
    head: { old: 'Old', new: 'New', direction: 'Life cycle', better: 'Δ Better', worse: 'Δ |Worse|' },
    directions: { 'along': 'along', 'against': 'against', 'none': 'unchanged', 'off-cycle': 'off-cycle' },
    onlyOld: (names) => `Only in the old wave: ${names}.`,
    onlyNew: (names) => `Only in the new wave: ${names}.`,
    note: (level) =>
      `Category and (n) per wave; life cycle indifferent → exciting → expected → basic; χ² test of wave × category, Holm-adjusted, * p < 0.05; ` +
      `Δ = new − old with Newcombe's ${level * 100}% interval.`,
  },
  continuous: {
    title: 'Continuous analysis',
    functionalMean: 'Functional',
    dysfunctionalMean: 'Dysfunctional',
    sd: 'SD',
    quadrant: 'Quadrant',
    note:
      'Mean DuMouchel scores (functional like 4, expect 2, neutral 0, tolerate -1, dislike -2; dysfunctional like -2, expect -1, neutral 0, ' +
      'tolerate 2, dislike 4) with sample SD; quadrants split at 2, a convention, not a law.',
  },
  title: 'Kano analysis',
  warningsTitle: 'Warnings',
  warningLabel: 'warning:',
  warnings: WARNING_TEXT,
  summary: {
    platforms: PLATFORM_LABELS,
    delimiters: { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' },
    source: (a) =>
      `${a.names}: ${a.platform}${a.generic ? '' : ' export'}${a.headerRows > 1 ? ` (${a.headerRows} header rows)` : ''}, ${a.layout} layout${a.matched}, ` +
      `${a.features} ${plural(a.features, 'feature')}, ${a.encodings}, ${a.delimiters}-delimited`,
    matchedByOrder: ', rows matched by order',
    matchedBy: (column) => `, rows matched by "${column}"`,
    rows: (read, used) => `rows: ${read} read = ${used} used`,
    rowReasons: {
      blank: (n) => `${n} blank`,
      incomplete: (n) => `${n} incomplete`,
      invalid: (n) => `${n} with unrecognised answers`,
      preview: (n) => `${n} preview`,
      test: (n) => `${n} test`,
      spam: (n) => `${n} spam`,
      partial: (n) => `${n} partial (--complete-only)`,
      questionable: (n) => `${n} over --max-questionable`,
    },
    quality: (respondents, pairs, reverse) =>
      `quality: questionable answers from ${respondents} ${plural(respondents, 'respondent')} (${pairs} ${plural(pairs, 'pair')}), reverse answers from ${reverse}`,
    partialUsed: (n) => `; ${n} partial ${plural(n, 'response')} used with the pairs ${n === 1 ? 'it' : 'they'} completed`,
    emptyLines: (n) => `; ${n} empty ${plural(n, 'line')} skipped`,
    pairs: (used) => `answer pairs: ${used} used`,
    pairReasons: {
      incomplete: (n) => `${n} incomplete (one side blank)`,
      blank: (n) => `${n} unanswered`,
      invalid: (n) => `${n} skipped (unrecognised answer)`,
    },
    questions: (functional, dysfunctional, by) =>
      `questions: functional "${functional}", dysfunctional "${dysfunctional}", told apart ` +
      { negation: 'by the negation', option: 'as given', order: 'by position, functional first (--functional/--dysfunctional to change)' }[by],
    ignored: (columns) => `ignored columns: ${columns}`,
    numeric: (n, mapping) => `numeric answers: ${n} ${plural(n, 'cell')} read as ${mapping} (--codes)`,
    scale3: '3-point scale: expect and tolerate count as neutral (--scale 3)',
    customLabels: (n) => `answer wordings: ${n} added by --answers`,
  },
  inspect: {
    source: (a) =>
      `${a.platform}, ${a.encoding}, ${a.delimiter}-delimited, ${a.headerRows} header ${plural(a.headerRows, 'row')}, ` +
      `${a.records} data ${plural(a.records, 'row')}${a.blankLines > 0 ? `, ${a.blankLines} empty ${plural(a.blankLines, 'line')}` : ''}`,
    layout: (layout, features) => `layout: ${layout}, ${features} ${plural(features, 'feature')}`,
    partial: (n) => `; ${n} partial`,
    excluded: (where, reason) => `  excluded: ${where} (${reason})`,
    featureHead: ['Feature', 'Functional column', 'Dysfunctional column'],
    answerHead: ['Answer', 'Count', 'Read as'],
    blankValue: '(blank)',
    notAnswered: 'not answered',
    unrecognised: 'UNRECOGNISED',
    code: ' (code)',
    wouldRun: 'kano analyze would run on this input.',
    wouldStop: 'analyze would stop:',
  },
};
