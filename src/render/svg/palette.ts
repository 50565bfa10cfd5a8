import type { CategoryCode } from '../../model/categories.js';

/** Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. */
export const CATEGORY_FILL = {
  M: '#0072B2',
  O: '#009E73',
  A: '#CC79A7',
  I: '#999999',
  R: '#D55E00',
  Q: '#E69F00',
} as const satisfies Record<CategoryCode, string>;

/** A marker shape per category, so that the diagrams read without colour too. */
export function marker(code: CategoryCode, x: number, y: number, r: number): string {
  const f = (n: number) => String(Math.round(n * 100) / 100);
  switch (code) {
    case 'M':
      return `<rect x="${f(x - r)}" y="${f(y - r)}" width="${f(2 * r)}" height="${f(2 * r)}"/>`;
    case 'O':
      return `<path d="M${f(x)} ${f(y - r * 1.3)}L${f(x + r * 1.3)} ${f(y)}L${f(x)} ${f(y + r * 1.3)}L${f(x - r * 1.3)} ${f(y)}Z"/>`;
    case 'A':
      return `<circle cx="${f(x)}" cy="${f(y)}" r="${f(r)}"/>`;
    case 'I':
      return `<path d="M${f(x)} ${f(y - r * 1.2)}L${f(x + r * 1.1)} ${f(y + r * 0.8)}L${f(x - r * 1.1)} ${f(y + r * 0.8)}Z"/>`;
    case 'R':
      return `<path d="M${f(x)} ${f(y + r * 1.2)}L${f(x + r * 1.1)} ${f(y - r * 0.8)}L${f(x - r * 1.1)} ${f(y - r * 0.8)}Z"/>`;
    case 'Q':
      return `<path d="M${f(x - r)} ${f(y - r)}L${f(x + r)} ${f(y + r)}M${f(x + r)} ${f(y - r)}L${f(x - r)} ${f(y + r)}" stroke-width="2.5" stroke="currentColor"/>`;
  }
}
