import { ANSWERS, type Answer, type AnswerCell } from '../model/answers.js';
import { WORDINGS } from '../model/wordings.js';
import type { CodeMap } from './codes.js';
import { integerText, normaliseLabel } from './label.js';

export interface AnswerDecoder {
  decode(cell: string): AnswerCell;
  /** Whether a cell text is read as a numeric code. */
  isNumeric(cell: string): boolean;
  /** How many cells were read as numeric codes. */
  readonly numericCells: number;
}

export interface DecoderOptions {
  codes: CodeMap;
  /** Labels from --answers (normalised label → answer), looked up before everything else. */
  labels?: ReadonlyMap<string, Answer>;
  /** Codes that mean "not answered" in this export (SoSci's negative residual codes). */
  isMissing?: (code: number) => boolean;
}

const BUILT_IN: ReadonlyMap<string, Answer> = new Map(
  Object.values(WORDINGS).flatMap((byAnswer) =>
    ANSWERS.flatMap((answer) => byAnswer[answer].map((label) => [normaliseLabel(label), answer] as const)),
  ),
);

/** Decodes answer cells; each distinct cell text is resolved once (surveys repeat a handful of texts). */
export function createAnswerDecoder(options: DecoderOptions): AnswerDecoder {
  const cache = new Map<string, AnswerCell>();
  const numeric = new Set<string>();
  let numericCells = 0;
  return {
    decode(cell: string): AnswerCell {
      let decoded = cache.get(cell);
      if (decoded === undefined) {
        decoded = resolve(cell, options, numeric);
        cache.set(cell, decoded);
      }
      if (numeric.has(cell)) numericCells++;
      return decoded;
    },
    isNumeric: (cell) => numeric.has(cell),
    get numericCells() {
      return numericCells;
    },
  };
}

function resolve(cell: string, { codes, labels, isMissing }: DecoderOptions, numeric: Set<string>): AnswerCell {
  if (cell.trim() === '') return 'blank';
  const label = normaliseLabel(cell);
  const mapped = labels?.get(label);
  if (mapped) return mapped;
  const code = integerText(cell);
  if (code !== null) {
    if (isMissing?.(Number(code))) return 'blank';
    numeric.add(cell);
    return codes.get(code) ?? 'invalid';
  }
  return BUILT_IN.get(label) ?? 'invalid';
}
