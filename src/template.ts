import { problem } from './errors.js';
import { ANSWERS } from './model/answers.js';
import type { Language } from './model/languages.js';
import { QUESTIONNAIRES } from './model/questionnaire.js';
import { featureKey } from './normalise/header-spellings.js';
import { csvText } from './render/csv.js';

export type TemplatePlatform = 'generic' | 'google-forms';

export interface TemplateOptions {
  lang?: Language;
  platform?: TemplatePlatform;
  /** Add a 1–9 self-stated importance question per feature. */
  importance?: boolean;
}

export interface Template {
  /** The questionnaire, ready to paste into a survey tool. */
  text: string;
  /** An empty response sheet whose filled-in rows `kano analyze` reads. */
  csv: string;
}

/** Feature names from `--features "Dark mode, Offline mode"`: trimmed, non-empty, distinct. */
export function parseFeatureList(list: string): string[] {
  const features = list.split(',').map((f) => f.trim()).filter((f) => f !== '');
  if (features.length === 0) throw problem('usage', {}, { message: '--features names no feature; give them comma-separated, e.g. --features "Dark mode, Offline mode"' });
  const seen = new Set<string>();
  for (const feature of features) {
    if (seen.has(featureKey(feature))) throw problem('usage', {}, { message: `--features names "${feature}" twice` });
    if (/[[\]]/.test(feature)) throw problem('usage', {}, { message: `feature "${feature}": square brackets would be read as a survey grid; leave them out` });
    seen.add(featureKey(feature));
  }
  return features;
}

/**
 * A Kano questionnaire for the features (functional and dysfunctional question each, the five answers,
 * optionally an importance question) and the matching empty CSV: the canonical wide layout
 * `<feature> (functional)` / `<feature> (dysfunctional)`, or the Google Forms export layout.
 */
export function buildTemplate(features: string[], { lang = 'en', platform = 'generic', importance = false }: TemplateOptions = {}): Template {
  const q = QUESTIONNAIRES[lang];
  const answers = ANSWERS.map((a) => q.answers[a]).join(' · ');
  const lines: string[] = [];
  let header: string[];
  if (platform === 'google-forms') {
    lines.push(q.gridIntro, `  ${answers}`, '', `1. ${q.gridFunctional}`, `2. ${q.gridDysfunctional}`);
    if (importance) lines.push(`3. ${q.gridImportance} (${q.scaleNote})`);
    lines.push('', ...features.map((f) => `   - ${f}`));
    header = [
      'Timestamp',
      ...(importance ? features.map((f) => `${q.gridImportance} [${f}]`) : []),
      ...features.map((f) => `${q.gridFunctional} [${f}]`),
      ...features.map((f) => `${q.gridDysfunctional} [${f}]`),
    ];
  } else {
    lines.push(q.intro, `  ${answers}`);
    features.forEach((f, i) => {
      lines.push('', `${i + 1}. ${f}`, `   ${q.functional(f)}`, `   ${q.dysfunctional(f)}`);
      if (importance) lines.push(`   ${q.importance(f)} (${q.scaleNote})`);
    });
    header = [
      'respondent',
      ...features.flatMap((f) => [`${f} (functional)`, `${f} (dysfunctional)`, ...(importance ? [`${f} (importance)`] : [])]),
    ];
  }
  return { text: `${lines.join('\n')}\n`, csv: `${header.map(csvText).join(',')}\r\n` };
}
