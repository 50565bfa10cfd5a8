import Table from 'cli-table3';
import type { Inspection } from '../model/inspection.js';
import { plural } from '../model/warnings.js';
import { en } from './messages/en.js';
import type { Style } from './style.js';
import { rowReasons } from './summary.js';

const words = en.summary;

function table(head: string[], rows: string[][], style: Style): string {
  const t = new Table({ head: head.map((h) => style.heading(h)), style: { head: [], border: [], compact: true } });
  t.push(...rows);
  return t.toString();
}

/** `kano inspect` for people: the reading of each file, then features, answers and problems. */
export function renderInspection(inspection: Inspection, style: Style): string {
  const out: string[] = [];
  for (const s of inspection.sources) {
    out.push(
      `${style.heading(s.name)}: ${words.platforms[s.platform]}, ${s.encoding.toUpperCase()}, ${words.delimiters[s.delimiter] ?? JSON.stringify(s.delimiter)}-delimited, ` +
        `${s.headerRows} header ${plural(s.headerRows, 'row')}, ${s.records} data ${plural(s.records, 'row')}${s.blankLines > 0 ? `, ${s.blankLines} empty ${plural(s.blankLines, 'line')}` : ''}`,
    );
  }
  const { rows } = inspection;
  out.push(
    `layout: ${inspection.layout}, ${inspection.features.length} ${plural(inspection.features.length, 'feature')}` +
      (inspection.matchedBy === null ? '' : inspection.matchedBy === 'row-order' ? words.matchedByOrder : words.matchedBy(inspection.matchedBy.column)),
    words.rows(rows.read, rows.used) + rowReasons(rows) + (rows.partial > 0 ? `; ${rows.partial} partial` : ''),
  );
  for (const row of inspection.excludedRows) out.push(`  excluded: ${row.source}:${row.line} (${row.reason})`);
  if (inspection.questionGroups) {
    const { functional, dysfunctional, by } = inspection.questionGroups;
    out.push(`questions: functional "${functional}", dysfunctional "${dysfunctional}" (told apart by ${by})`);
  }
  out.push(
    '',
    table(
      ['Feature', 'Functional column', 'Dysfunctional column'],
      inspection.features.map((f) => [f.name, `${f.functional.column}: ${f.functional.header}`, `${f.dysfunctional.column}: ${f.dysfunctional.header}`]),
      style,
    ),
    '',
    table(
      ['Answer', 'Count', 'Read as'],
      inspection.answers.map((a) => [
        a.value === '' ? '(blank)' : a.value,
        String(a.count),
        a.readAs === 'invalid' ? style.warning('UNRECOGNISED') : a.readAs === 'blank' ? 'not answered' : `${a.readAs}${a.numeric ? ' (code)' : ''}`,
      ]),
      style,
    ),
  );
  if (inspection.ignoredColumns.length > 0) {
    out.push('', `ignored columns: ${[...new Set(inspection.ignoredColumns.map((c) => c.column))].join(', ')}`);
  }
  out.push('');
  if (inspection.problems.length === 0) out.push('kano analyze would run on this input.');
  for (const p of inspection.problems) {
    out.push(`${style.warning('analyze would stop:')} ${p.location === '' ? '' : `${p.location}: `}${p.message}`);
    if (p.hint) out.push(`hint: ${p.hint}`);
  }
  return `${out.join('\n')}\n`;
}
