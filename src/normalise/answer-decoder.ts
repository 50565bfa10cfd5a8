import { ANSWERS, type Answer, type AnswerCell } from '../model/answers.js';
import { WORDINGS } from '../model/wordings.js';
import type { CodeMap } from './codes.js';
import { integerText, normaliseLabel } from './label.js';

export interface AnswerDecoder {
  decode(cell: string): AnswerCell;
  /** How many cells were read as numeric codes. */
  readonly numericCells: number;
}

const LABELS: ReadonlyMap<string, Answer> = new Map(
  Object.values(WORDINGS).flatMap((byAnswer) =>
    ANSWERS.flatMap((answer) => byAnswer[answer].map((label) => [normaliseLabel(label), answer] as const)),
  ),
);

/** Decodes answer cells; each distinct cell text is resolved once (surveys repeat a handful of texts). */
export function createAnswerDecoder(codes: CodeMap): AnswerDecoder {
  const cache = new Map<string, AnswerCell>();
  const numeric = new Set<string>();
  let numericCells = 0;
  return {
    decode(cell: string): AnswerCell {
      let decoded = cache.get(cell);
      if (decoded === undefined) {
        decoded = resolve(cell, codes, numeric);
        cache.set(cell, decoded);
      }
      if (numeric.has(cell)) numericCells++;
      return decoded;
    },
    get numericCells() {
      return numericCells;
    },
  };
}

function resolve(cell: string, codes: CodeMap, numeric: Set<string>): AnswerCell {
  if (cell.trim() === '') return 'blank';
  const code = integerText(cell);
  if (code !== null) {
    numeric.add(cell);
    return codes.get(code) ?? 'invalid';
  }
  return LABELS.get(normaliseLabel(cell)) ?? 'invalid';
}
