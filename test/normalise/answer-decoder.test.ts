import { describe, expect, it } from 'vitest';
import { createAnswerDecoder } from '../../src/normalise/answer-decoder.js';
import { parseCodes } from '../../src/normalise/codes.js';

describe('answer decoder', () => {
  const decoder = () => createAnswerDecoder({ codes: parseCodes('1=like') });

  it.each([
    ['I like it that way', 'like'], ['I like it', 'like'], ['This would be very helpful to me', 'like'],
    ['It must be that way', 'expect'], ['I expect it', 'expect'], ['It is a basic necessity', 'expect'],
    ['I am neutral', 'neutral'], ["I don't care", 'neutral'], ['This would not affect me', 'neutral'],
    ['I can live with it that way', 'tolerate'], ['I can tolerate it', 'tolerate'], ['This would be a minor inconvenience', 'tolerate'],
    ['I dislike it that way', 'dislike'], ['I dislike it', 'dislike'], ['This would be a major problem for me', 'dislike'],
  ])('reads %j as %s', (cell, answer) => {
    expect(decoder().decode(cell)).toBe(answer);
  });

  it('ignores case, spacing, punctuation and curly quotes', () => {
    const d = decoder();
    expect(d.decode('  i LIKE it.  ')).toBe('like');
    expect(d.decode('I don’t care')).toBe('neutral');
    expect(d.decode('I   am\tneutral!')).toBe('neutral');
    expect(d.decode('"I dislike it, but I can live with it that way"')).toBe('tolerate');
  });

  it('matches whole strings only: no answer is read from a part of another', () => {
    const d = decoder();
    expect(d.decode('I dislike it')).toBe('dislike');
    expect(d.decode('I like it a lot')).toBe('invalid');
    expect(d.decode('like it or not')).toBe('invalid');
    expect(d.decode('neutralish')).toBe('invalid');
  });

  it('reads blanks as blank and counts numeric cells', () => {
    const d = decoder();
    expect(d.decode('')).toBe('blank');
    expect(d.decode('   ')).toBe('blank');
    expect(d.decode('1')).toBe('like');
    expect(d.decode(' 5.0 ')).toBe('dislike');
    expect(d.decode('6')).toBe('invalid');
    expect(d.decode('-9')).toBe('invalid');
    expect(d.numericCells).toBe(4);
  });
});

describe('parseCodes', () => {
  const asObject = (spec: string) => Object.fromEntries(parseCodes(spec));

  it.each([
    ['1=like', { 1: 'like', 2: 'expect', 3: 'neutral', 4: 'tolerate', 5: 'dislike' }],
    ['5=like', { 5: 'like', 4: 'expect', 3: 'neutral', 2: 'tolerate', 1: 'dislike' }],
    ['0=like', { 0: 'like', 1: 'expect', 2: 'neutral', 3: 'tolerate', 4: 'dislike' }],
    ['4=like', { 4: 'like', 3: 'expect', 2: 'neutral', 1: 'tolerate', 0: 'dislike' }],
    ['2=like,1=expect,3=neutral,5=tolerate,4=dislike', { 2: 'like', 1: 'expect', 3: 'neutral', 5: 'tolerate', 4: 'dislike' }],
  ])('%s', (spec, expected) => {
    expect(asObject(spec)).toEqual(expected);
  });

  it.each([
    ['3=like', 'a single code for like must be 0, 1, 4 or 5'],
    ['1=love', 'is not code=answer'],
    ['1=like,2=expect', 'no code for neutral, tolerate, dislike'],
    ['1=like,1=dislike', 'code 1 is given twice'],
  ])('rejects %s', (spec, reason) => {
    expect(() => parseCodes(spec)).toThrow(reason);
  });
});
