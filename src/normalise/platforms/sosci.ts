import { cell, columnNamed, headOf, type PlatformReader } from './platform.js';

const ITEM = /^([A-Z]{2}\d{2})_(\d{2,})$/;

/**
 * SoSci Survey data (INPUTS-AND-CONVENTIONS.md §1.7): tab-separated, `CASE, SERIAL, REF, QUESTNNR,
 * MODE, …`, items named `<section><question>_<item>` (AB01_01) holding numeric codes; negative codes
 * are residual "not answered" codes. Items become `AB01 [01]`, so the two question groups pair up by
 * item. FINISHED = 0 marks an unfinished interview.
 */
export const soSci: PlatformReader = {
  id: 'sosci',
  detect: ({ header }) => ['CASE', 'SERIAL', 'REF', 'QUESTNNR', 'MODE'].every((name) => columnNamed(header, name) >= 0),
  read(table) {
    const header = table.header.map((name) => name.replace(ITEM, '$1 [$2]'));
    const finished = columnNamed(table.header, 'FINISHED');
    return {
      platform: 'sosci',
      head: headOf(table, header),
      headerRows: 1,
      status: (row) => (cell(row, finished) === '0' ? 'partial' : 'complete'),
      numericNeedsCodes: false,
      isMissing: (code) => code < 0,
    };
  },
};
