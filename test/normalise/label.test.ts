import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMPORTANCE_WORDS } from '../../src/model/importance-words.js';
import { WORDINGS } from '../../src/model/wordings.js';
import { isAsciiText } from '../../src/parse/decode.js';
import { normaliseAnyLabel, normaliseLabel } from '../../src/normalise/label.js';

describe('normaliseLabel', () => {
  it('reads plain ASCII as the Unicode patterns do (normaliseAnyLabel), every character of it', () => {
    const ascii = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)).join('');
    expect(normaliseLabel(ascii)).toBe(normaliseAnyLabel(ascii));
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)), maxLength: 40 }), (text) => normaliseLabel(text) === normaliseAnyLabel(text)),
      { seed: 20261122, numRuns: 3000 },
    );
  });

  it('keeps every built-in wording that is not ASCII out of ASCII, so labelLookup may split them', () => {
    const labels = [...Object.values(WORDINGS).flatMap((byAnswer) => Object.values(byAnswer).flat()), ...Object.values(IMPORTANCE_WORDS).flat(2)];
    expect(labels.length).toBeGreaterThan(100);
    for (const label of labels) expect(isAsciiText(normaliseLabel(label)), label).toBe(isAsciiText(label));
  });
});
