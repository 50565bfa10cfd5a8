/** Languages that human output (--lang) and questionnaires (kano template) are written in. */
export const LANGUAGES = ['en', 'es', 'zh', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];
