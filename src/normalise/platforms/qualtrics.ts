import type { Row } from '../../parse/table.js';
import { plainText } from './html.js';
import { cell, columnNamed, headOf, type PlatformReader, type RowStatus } from './platform.js';

const IMPORT_ID = /^\{"ImportId":/;

/**
 * Qualtrics CSV (INPUTS-AND-CONVENTIONS.md §1.3): three header rows (names such as Q1_1, labels such
 * as "Question text - Row text", ImportId JSON). A matrix column becomes `<question> [<row>]` from the
 * label row, or `<tag> [<row code>]` when labels are missing. Answers exported as numeric recode values
 * are user-defined, so they need --codes. Preview, test and spam rows are not respondents; unfinished
 * responses are partial.
 */
export const qualtrics: PlatformReader = {
  id: 'qualtrics',
  detect: ({ rows }) => rows[1]?.cells.some((c) => IMPORT_ID.test(c.trim())) === true,
  read(table) {
    // Question columns carry their label (ImportId QID…); metadata keeps its name, as labels are localised.
    const importIds = table.rows[1]?.cells ?? [];
    const labels = (table.rows[0]?.cells ?? []).map((label, i) => (/"ImportId":"QID/.test(importIds[i] ?? '') ? plainText(label) : ''));
    const header = matrixNames(table.header, labels);
    const at = (...names: string[]) => columnNamed(table.header, ...names);
    const columns = { status: at('Status'), channel: at('DistributionChannel'), finished: at('Finished'), progress: at('Progress') };
    return {
      platform: 'qualtrics',
      head: headOf(table, header),
      headerRows: 3,
      status: (row) => rowStatus(row, columns),
      numericNeedsCodes: true,
    };
  },
};

function matrixNames(names: string[], labels: string[]): string[] {
  const groups = new Map<string, number[]>();
  names.forEach((name, i) => {
    const tag = /^(.+)_(\d+)$/.exec(name)?.[1];
    if (tag) groups.set(tag, [...(groups.get(tag) ?? []), i]);
  });
  const result = names.map((name, i) => labels[i] || name);
  for (const [tag, members] of groups) {
    if (members.length < 2) continue;
    const stem = commonStem(members.map((i) => labels[i] ?? ''));
    for (const i of members) {
      const label = labels[i] ?? '';
      result[i] = stem ? `${stem} [${label.slice(stem.length + 3).trim()}]` : `${tag} [${names[i]?.slice(tag.length + 1)}]`;
    }
  }
  return result;
}

/** The question part of matrix labels "Question - Row": their common prefix up to its last " - ". */
function commonStem(labels: string[]): string | null {
  let prefix = labels[0] ?? '';
  for (const label of labels) while (!label.startsWith(prefix)) prefix = prefix.slice(0, -1);
  const end = prefix.lastIndexOf(' - ');
  return end > 0 ? prefix.slice(0, end).trim() : null;
}

function rowStatus(row: Row, columns: Record<'status' | 'channel' | 'finished' | 'progress', number>): RowStatus {
  const status = cell(row, columns.status).toLowerCase();
  const channel = cell(row, columns.channel).toLowerCase();
  if (/preview/.test(status) || ['1', '9', '17'].includes(status) || channel === 'preview') return 'preview';
  if (/spam/.test(status) || ['8', '12'].includes(status)) return 'spam';
  if (/test/.test(status) || status === '2' || channel === 'test') return 'test';
  const finished = cell(row, columns.finished).toLowerCase();
  const progress = Number(cell(row, columns.progress) || '100');
  return finished === 'false' || finished === '0' || progress < 100 ? 'partial' : 'complete';
}
