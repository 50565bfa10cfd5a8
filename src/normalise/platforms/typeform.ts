import { plainText } from './html.js';
import { cell, columnNamed, withHeader, type PlatformReader } from './platform.js';

/**
 * Typeform results CSV (INPUTS-AND-CONVENTIONS.md §1.4): `#` token first, one column per question with
 * the feature inside the question title (HTML such as <strong> dropped), `Response Type` completed or
 * partial, then `Start Date (UTC)`, `Submit Date (UTC)`, `Network ID`.
 */
export const typeform: PlatformReader = {
  id: 'typeform',
  detect: ({ header }) => header[0] === '#' && columnNamed(header, 'Submit Date (UTC)', 'Network ID', 'Response Type') >= 0,
  read(table) {
    const responseType = columnNamed(table.header, 'Response Type');
    const data = withHeader(table, table.header.map(plainText), 0);
    return {
      platform: 'typeform',
      table: data,
      headerRows: 1,
      status: data.rows.map((row) => (cell(row, responseType).toLowerCase() === 'partial' ? 'partial' : 'complete')),
      numericNeedsCodes: false,
    };
  },
};
