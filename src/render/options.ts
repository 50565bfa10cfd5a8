import type { Messages } from './messages/messages.js';
import type { Style } from './style.js';

export interface RenderOptions {
  style: Style;
  /** Show A O M I R Q as shares of n instead of counts. */
  percent: boolean;
  /** The words of the human formats (--lang). */
  messages: Messages;
  /** Which analyses the human formats show (--method); JSON and CSV always carry what the report has. */
  show: { discrete: boolean; continuous: boolean };
  /** Markdown: where the Better–Worse SVG was written (--assets), to link it. */
  assetLink?: string;
}
