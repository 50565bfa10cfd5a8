import { plainText } from './html.js';
import { cell, columnNamed, headOf, type PlatformReader } from './platform.js';

/** Row-2 labels under a single-answer question: the column is the question itself. */
const WHOLE_QUESTION = new Set(['response', 'open-ended response']);

/**
 * SurveyMonkey "all individual responses" CSV (INPUTS-AND-CONVENTIONS.md §1.2): two header rows; row 1
 * has the question text once per group of columns, row 2 the row label of each matrix column.
 * A matrix column becomes `<question> [<row label>]`; HTML entities in headers are decoded.
 */
export const surveyMonkey: PlatformReader = {
  id: 'surveymonkey',
  detect: ({ header, rows }) =>
    columnNamed(header.slice(0, 1), 'Respondent ID') === 0 && columnNamed(header.slice(1, 2), 'Collector ID') === 0 && rows.length > 0,
  read(table) {
    const labels = table.rows[0];
    let question = '';
    const header = table.header.map((raw, i) => {
      if (raw !== '') question = plainText(raw);
      const label = labels ? plainText(cell(labels, i)) : '';
      if (label === '' || WHOLE_QUESTION.has(label.toLowerCase())) return raw === '' ? question : plainText(raw);
      return `${question} [${label}]`;
    });
    return { platform: 'surveymonkey', head: headOf(table, header), headerRows: 2, status: () => 'complete', numericNeedsCodes: false };
  },
};
