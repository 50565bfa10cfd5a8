/** Output formats of a report (the renderers are registered in render/registry.ts). */
export const FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];
