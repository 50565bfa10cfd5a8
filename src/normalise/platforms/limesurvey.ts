import { cell, columnNamed, plainExport, type PlatformReader } from './platform.js';

/**
 * LimeSurvey response export (INPUTS-AND-CONVENTIONS.md §1.6), with code headings (`id, submitdate,
 * lastpage, startlanguage`, questions `FUNC[SQ001]`) or full-text headings (`Response ID, Date submitted,
 * Last page, Start language`, questions `Question [Sub-question]`). An empty submit date marks an
 * incomplete response.
 */
export const limeSurvey: PlatformReader = {
  id: 'limesurvey',
  detect: ({ header }) => submitColumn(header) >= 0 && columnNamed(header, 'lastpage', 'Last page') >= 0 && columnNamed(header, 'startlanguage', 'Start language') >= 0,
  read(table) {
    const submitted = submitColumn(table.header);
    return { ...plainExport('limesurvey', table), status: (row) => (cell(row, submitted) === '' ? 'partial' : 'complete') };
  },
};

function submitColumn(header: readonly string[]): number {
  return columnNamed(header, 'submitdate', 'Date submitted');
}
