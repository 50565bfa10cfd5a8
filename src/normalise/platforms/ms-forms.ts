import { columnNamed, plainExport, type PlatformReader } from './platform.js';

/**
 * Microsoft Forms responses re-saved from Excel as CSV (INPUTS-AND-CONVENTIONS.md §1.5): `ID, Start time,
 * Completion time, Email, Name`; one column per question, matched by header text since column order drifts.
 */
export const msForms: PlatformReader = {
  id: 'ms-forms',
  detect: ({ header }) => ['ID', 'Start time', 'Completion time'].every((name, i) => columnNamed(header.slice(i, i + 1), name) === 0),
  read: (table) => plainExport('ms-forms', table),
};
