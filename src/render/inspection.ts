import Table from 'cli-table3';
import type { Inspection } from '../model/inspection.js';
import type { Messages } from './messages/messages.js';
import type { Style } from './style.js';
import { rowReasons } from './summary.js';

function table(head: string[], rows: string[][], style: Style): string {
  const t = new Table({ head: head.map((h) => style.heading(h)), style: { head: [], border: [], compact: true } });
  t.push(...rows);
  return t.toString();
}

/** `kano inspect` for people: the reading of each file, then features, answers and problems. */
export function renderInspection(inspection: Inspection, style: Style, messages: Messages): string {
  const { summary: words, inspect: said } = messages;
  const out: string[] = [];
  for (const s of inspection.sources) {
    out.push(
      `${style.heading(s.name)}: ${said.source({
        platform: words.platforms[s.platform],
        encoding: s.encoding.toUpperCase(),
        delimiter: words.delimiters[s.delimiter] ?? JSON.stringify(s.delimiter),
        headerRows: s.headerRows,
        records: s.records,
        blankLines: s.blankLines,
      })}`,
    );
  }
  const { rows } = inspection;
  out.push(
    said.layout(inspection.layout, inspection.features.length) +
      (inspection.matchedBy === null ? '' : inspection.matchedBy === 'row-order' ? words.matchedByOrder : words.matchedBy(inspection.matchedBy.column)),
    words.rows(rows.read, rows.used) + rowReasons(rows, words) + (rows.partial > 0 ? said.partial(rows.partial) : ''),
  );
  for (const row of inspection.excludedRows) out.push(said.excluded(`${row.source}:${row.line}`, row.reason));
  if (inspection.questionGroups) {
    const { functional, dysfunctional, by } = inspection.questionGroups;
    out.push(words.questions(functional, dysfunctional, by));
  }
  out.push(
    '',
    table(
      said.featureHead,
      inspection.features.map((f) => [f.name, `${f.functional.column}: ${f.functional.header}`, `${f.dysfunctional.column}: ${f.dysfunctional.header}`]),
      style,
    ),
    '',
    table(
      said.answerHead,
      inspection.answers.map((a) => [
        a.value === '' ? said.blankValue : a.value,
        String(a.count),
        a.readAs === 'invalid' ? style.warning(said.unrecognised) : a.readAs === 'blank' ? said.notAnswered : `${a.readAs}${a.numeric ? said.code : ''}`,
      ]),
      style,
    ),
  );
  if (inspection.ignoredColumns.length > 0) {
    out.push('', words.ignored([...new Set(inspection.ignoredColumns.map((c) => c.column))].join(', ')));
  }
  out.push('');
  if (inspection.problems.length === 0) out.push(said.wouldRun);
  for (const p of inspection.problems) {
    out.push(`${style.warning(said.wouldStop)} ${p.location === '' ? '' : `${p.location}: `}${p.message}`);
    if (p.hint) out.push(`hint: ${p.hint}`);
  }
  return `${out.join('\n')}\n`;
}
