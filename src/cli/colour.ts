import { Chalk } from 'chalk';
import type { CategoryCode } from '../model/categories.js';
import { plainStyle, type Style } from '../render/style.js';
import type { OutputStream } from './io.js';

/**
 * Colour for one output stream (clig.dev; commander uses the same rule for its help): off with
 * --no-color, a non-empty NO_COLOR or TERM=dumb; on with FORCE_COLOR (unless 0 or false);
 * otherwise only on a terminal that has colours.
 */
export function wantsColour(stream: OutputStream, env: Record<string, string | undefined>, flag: boolean): boolean {
  if (!flag || (env.NO_COLOR ?? '') !== '') return false;
  if (env.FORCE_COLOR !== undefined) return !['0', 'false'].includes(env.FORCE_COLOR);
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true && (stream.hasColors?.() ?? true);
}

const CATEGORY_COLOURS = {
  M: 'blue',
  O: 'green',
  A: 'magenta',
  I: 'gray',
  R: 'red',
  Q: 'yellow',
} as const satisfies Record<CategoryCode, string>;

export function colourStyle(enabled: boolean): Style {
  if (!enabled) return plainStyle;
  const chalk = new Chalk({ level: 1 });
  return {
    category: (code, text) => chalk[CATEGORY_COLOURS[code]](text),
    heading: (text) => chalk.bold(text),
    dim: (text) => chalk.dim(text),
    warning: (text) => chalk.yellow(text),
  };
}
