import type { CategoryCode } from '../model/categories.js';

/** How human formats emphasise text. The CLI passes a colour style; everything else gets plain. */
export interface Style {
  category(code: CategoryCode, text: string): string;
  heading(text: string): string;
  dim(text: string): string;
  warning(text: string): string;
}

export const plainStyle: Style = {
  category: (_code, text) => text,
  heading: (text) => text,
  dim: (text) => text,
  warning: (text) => text,
};
