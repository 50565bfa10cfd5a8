import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrayChunks, valueRange } from '../../src/parse/json-path.js';

const slice = (text: string, range: [number, number] | null) => (range ? text.slice(...range) : null);

describe('valueRange', () => {
  it('finds a nested value past strings with brackets, quotes and escapes, and keys spelled with escapes', () => {
    const text = '{"a": "}]\\"{", "b": [1, {"c": "]"}], "i\\u006eput" : {"x": null, "quality": {"respondents": [{"s": "\\\\"}] } } }';
    expect(slice(text, valueRange(text, ['input', 'quality', 'respondents']))).toBe('[{"s": "\\\\"}]');
    expect(slice(text, valueRange(text, ['input', 'x']))).toBe('null');
    expect(slice(text, valueRange(text, ['b']))).toBe('[1, {"c": "]"}]');
  });

  it('is null where there is no such value, or what is on the way is not an object', () => {
    const text = '{"input": {"quality": 3}, "list": [1]}';
    expect(valueRange(text, ['input', 'quality', 'respondents'])).toBeNull();
    expect(valueRange(text, ['missing'])).toBeNull();
    expect(valueRange(text, ['list', '0'])).toBeNull();
    expect(valueRange('[]', ['input'])).toBeNull();
    expect(valueRange('{}', ['input'])).toBeNull();
  });

  it('finds what JSON.parse finds, however the document is spaced, on generated documents', () => {
    const value = fc.jsonValue({ maxDepth: 3 });
    const document = fc.record({
      before: fc.dictionary(fc.string({ maxLength: 6 }), value, { maxKeys: 3 }),
      inner: fc.dictionary(fc.string({ maxLength: 6 }), value, { maxKeys: 3 }),
      list: fc.array(value, { maxLength: 5 }),
      indent: fc.constantFrom(0, 1, 2, '\t'),
    });
    fc.assert(
      fc.property(document, ({ before, inner, list, indent }) => {
        // The keys on the path come last, so that a generated key of the same name does not repeat it.
        const { input: _, ...others } = before;
        const { quality: __, ...siblings } = inner;
        const text = JSON.stringify({ ...others, input: { ...siblings, quality: { respondents: list } } }, null, indent);
        const range = valueRange(text, ['input', 'quality', 'respondents']);
        expect(JSON.parse(slice(text, range) ?? 'null')).toEqual(JSON.parse(text).input.quality.respondents);
      }),
      { seed: 20261122, numRuns: 500 },
    );
  });
});

describe('arrayChunks', () => {
  it('parses the elements of an array so many at a time', () => {
    const text = ' { "list" : [ {"a": "x,]"} , 2,\n"three" , [4, [5]], null ] }';
    const range = valueRange(text, ['list'])!;
    expect([...arrayChunks(text, range, 2)]).toEqual([[{ a: 'x,]' }, 2], ['three', [4, [5]]], [null]]);
    expect([...arrayChunks(text, range, 10)]).toEqual([[{ a: 'x,]' }, 2, 'three', [4, [5]], null]]);
    expect([...arrayChunks('[ ]', [0, 3], 2)]).toEqual([]);
  });

  it('throws a SyntaxError for what is not an array, or not JSON', () => {
    expect(() => [...arrayChunks('{"a": 1}', [0, 8], 2)]).toThrow(SyntaxError);
    expect(() => [...arrayChunks('[1, x]', [0, 6], 2)]).toThrow(SyntaxError);
  });
});
