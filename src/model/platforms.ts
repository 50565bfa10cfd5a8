/** Survey platforms whose exports are recognised; `generic` is any other CSV. */
export const PLATFORMS = ['qualtrics', 'surveymonkey', 'limesurvey', 'sosci', 'typeform', 'ms-forms', 'google-forms', 'generic'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** The names users know them by. */
export const PLATFORM_LABELS = {
  'qualtrics': 'Qualtrics',
  'surveymonkey': 'SurveyMonkey',
  'limesurvey': 'LimeSurvey',
  'sosci': 'SoSci Survey',
  'typeform': 'Typeform',
  'ms-forms': 'Microsoft Forms',
  'google-forms': 'Google Forms',
  'generic': 'generic CSV',
} as const satisfies Record<Platform, string>;
