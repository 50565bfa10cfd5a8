import type { Platform } from '../../model/platforms.js';
import { googleForms } from './google-forms.js';
import { limeSurvey } from './limesurvey.js';
import { msForms } from './ms-forms.js';
import { plainExport, type PlatformReader, type SurveyExport, type TableSample } from './platform.js';
import { qualtrics } from './qualtrics.js';
import { soSci } from './sosci.js';
import { surveyMonkey } from './surveymonkey.js';
import { typeform } from './typeform.js';

const generic: PlatformReader = { id: 'generic', detect: () => true, read: (table) => plainExport('generic', table) };

/** Every reader, in the order detection tries them: most distinctive signature first. */
export const READERS = {
  'qualtrics': qualtrics,
  'surveymonkey': surveyMonkey,
  'limesurvey': limeSurvey,
  'sosci': soSci,
  'typeform': typeform,
  'ms-forms': msForms,
  'google-forms': googleForms,
  'generic': generic,
} as const satisfies Record<Platform, PlatformReader>;

/** Reads a file as the export of the given platform, or of the first one whose signature its sample has. */
export function readExport(sample: TableSample, platform?: Platform): SurveyExport {
  const reader = platform ? READERS[platform] : Object.values(READERS).find((r) => r.detect(sample)) ?? generic;
  return reader.read(sample);
}

export { SAMPLE_ROWS, type SurveyExport, type RowStatus, type TableSample } from './platform.js';
