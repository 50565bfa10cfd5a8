import { readGridColumn } from '../grid.js';
import { columnNamed, plainExport, type PlatformReader } from './platform.js';

/** The first column of a Forms response sheet, in the form's language (INPUTS-AND-CONVENTIONS.md §1.1). */
const TIMESTAMP = [
  'Timestamp', 'Marca temporal', 'Marca de tiempo', '时间戳记', '時間戳記', 'Отметка времени', 'Zeitstempel',
  'Horodateur', 'Carimbo de data/hora', 'タイムスタンプ',
];

/** Google Forms / Sheets CSV: a Timestamp column, Kano questions as two grids `Question [Row]`. */
export const googleForms: PlatformReader = {
  id: 'google-forms',
  detect: ({ header }) => columnNamed(header.slice(0, 1), ...TIMESTAMP) === 0 && header.some((h, i) => readGridColumn(h, i) !== null),
  read: (table) => plainExport('google-forms', table),
};
