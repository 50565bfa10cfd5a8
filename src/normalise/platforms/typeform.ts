import { plainText } from './html.js';
import { cell, columnNamed, headOf, type PlatformReader } from './platform.js';

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
    return {
      platform: 'typeform',
      head: headOf(table, table.header.map(plainText)),
      headerRows: 1,
      status: (row) => (cell(row, responseType).toLowerCase() === 'partial' ? 'partial' : 'complete'),
      numericNeedsCodes: false,
    };
  },
};
