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
    expect(d.numericCells()).toBe(4);
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

describe('answer wordings in other languages', () => {
  const decode = (cell: string) => createAnswerDecoder({ codes: parseCodes('1=like') }).decode(cell);

  it.each([
    ['Me gusta', 'like'], ['No me gusta', 'dislike'], ['Lo espero', 'expect'], ['Me es indiferente', 'neutral'], ['Lo tolero', 'tolerate'],
    ['喜欢', 'like'], ['不喜欢', 'dislike'], ['理所当然', 'expect'], ['无所谓', 'neutral'], ['能忍受', 'tolerate'],
    ['喜歡', 'like'], ['不喜歡', 'dislike'], ['可以接受', 'tolerate'],
    ['Мне нравится', 'like'], ['Мне не нравится', 'dislike'], ['Мне всё равно', 'neutral'], ['Мне все равно', 'neutral'], ['МНЕ НРАВИТСЯ', 'like'],
    ['Das würde mich sehr freuen', 'like'], ['Das würde mich nicht stören', 'tolerate'], ['Das würde mich sehr stören', 'dislike'],
    ["J'aime", 'like'], ["Je n'aime pas", 'dislike'], ['Je n’aime pas', 'dislike'],
    ['Gosto', 'like'], ['Não gosto', 'dislike'],
    ['気に入る', 'like'], ['気に入らない', 'dislike'], ['しかたない', 'tolerate'],
  ])('reads %j as %s', (cell, answer) => {
    expect(decode(cell)).toBe(answer);
  });

  it('never reads one language variant from a part of another (the trap pairs)', () => {
    expect(['No me gusta', '不喜欢', 'Мне не нравится', 'Das würde mich nicht stören'].map(decode)).toEqual(['dislike', 'dislike', 'dislike', 'tolerate']);
    expect(decode('gusta')).toBe('invalid');
    expect(decode('喜')).toBe('invalid');
  });

  it('has no wording that two languages read as different answers', async () => {
    const { WORDINGS } = await import('../../src/model/wordings.js');
    const { normaliseLabel } = await import('../../src/normalise/label.js');
    const seen = new Map<string, string>();
    for (const byAnswer of Object.values(WORDINGS)) {
      for (const [answer, labels] of Object.entries(byAnswer)) {
        for (const label of labels) {
          const key = normaliseLabel(label);
          expect(seen.get(key) ?? answer, label).toBe(answer);
          seen.set(key, answer);
        }
      }
    }
  });
});

describe('--answers and --scale 3', () => {
  it('looks up the user wordings first', async () => {
    const { parseAnswerMap } = await import('../../src/normalise/answer-map.js');
    const labels = parseAnswerMap('{"Love it!": "like", "I like it": "expect", "__proto__": "dislike"}', 'a.json');
    const d = createAnswerDecoder({ codes: parseCodes('1=like'), labels });
    expect([d.decode('love it'), d.decode('I like it'), d.decode('__proto__'), d.decode('I dislike it')]).toEqual(['like', 'expect', 'dislike', 'dislike']);
    expect(({} as Record<string, unknown>).dislike).toBeUndefined();
  });

  it.each([
    ['not json', 'not valid JSON'],
    ['["like"]', 'expected a JSON object'],
    ['{"Love it": "love"}', '"Love it" maps to "love"'],
    ['{"!!!": "like"}', 'has no letters or digits'],
  ])('rejects the map %s', async (text, message) => {
    const { parseAnswerMap } = await import('../../src/normalise/answer-map.js');
    expect(() => parseAnswerMap(text, 'a.json')).toThrow(message);
  });

  it('reads 3-point codes', () => {
    expect(Object.fromEntries(parseCodes('1=like', 3))).toEqual({ 1: 'like', 2: 'neutral', 3: 'dislike' });
    expect(Object.fromEntries(parseCodes('3=like', 3))).toEqual({ 3: 'like', 2: 'neutral', 1: 'dislike' });
    expect(() => parseCodes('1=like,2=expect,3=dislike', 3)).toThrow('one of like, neutral, dislike');
  });
});
