import type { Report } from '../model/report.js';
import { wordWarning, type WarningWords } from '../model/warnings.js';
import type { GateFailure } from '../model/gates.js';

/** GitHub shows at most 10 annotations of each kind per step. */
export const ANNOTATION_CAP = 10;

/** Escaping of workflow-command data (%, CR, LF) and of property values (also : and ,). */
function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Workflow commands for GitHub Actions: a `::warning` per warning and an `::error` per tripped gate,
 * escaped, at most ten of each (then one line saying how many more there were).
 */
export function annotations(report: Report, failures: GateFailure[], words: WarningWords, file: string): string {
  const warnings = report.warnings.map(
    (w) => `::warning file=${property(file)},title=${property(w.feature === null ? 'kano' : `kano: ${w.feature}`)}::${data(wordWarning(words, w))}`,
  );
  const errors = failures.map((f) => `::error file=${property(file)},title=${property(`kano --fail-on ${f.gate}`)}::${data(`${f.features.length} ${f.features.length === 1 ? 'feature' : 'features'} with ${f.describe}: ${f.features.join(', ')}`)}`);
  const capped = (lines: string[], kind: string) =>
    lines.length <= ANNOTATION_CAP ? lines : [...lines.slice(0, ANNOTATION_CAP), `::${kind}::${data(`… and ${lines.length - ANNOTATION_CAP} more (see the report)`)}`];
  const all = [...capped(warnings, 'warning'), ...capped(errors, 'error')];
  return all.length === 0 ? '' : `${all.join('\n')}\n`;
}
