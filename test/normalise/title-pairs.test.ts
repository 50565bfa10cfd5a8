import { describe, expect, it } from 'vitest';
import { isNegated } from '../../src/model/negation.js';
import { plainText } from '../../src/normalise/platforms/html.js';
import { pairTitles } from '../../src/normalise/title-pairs.js';

const columns = (titles: string[]) => titles.map((title, index) => ({ index, title }));

describe('isNegated', () => {
  it.each([
    'How would you feel if it did not have X?', "How would you feel if it didn't have X?", 'Without X?', '¿Y si no tuviera X?',
    '¿Y sin X?', 'Se não tivesse X?', "Si l'application n'avait pas X ?", 'Wenn es X nicht gäbe?', 'Если бы не было X?',
    '如果没有X？', '如果沒有X？', 'Xがなかったら？',
  ])('finds the negation in %j', (title) => {
    expect(isNegated(title)).toBe(true);
  });

  it.each(['How would you feel if it had X?', '¿Y si tuviera X?', 'Note the notation', 'Если бы было X?', '如果有X？'])('finds none in %j', (title) => {
    expect(isNegated(title)).toBe(false);
  });
});

describe('pairTitles', () => {
  it('pairs each negated title with its plain twin and names the feature by what the titles do not share', () => {
    const pairs = pairTitles(
      columns([
        'How would you feel if the app had dark mode?',
        'How would you feel if the app had offline sync?',
        'How would you feel if the app did NOT have dark mode?',
        'How would you feel if the app did NOT have offline sync?',
        'Anything else?',
      ]),
    );
    expect(pairs).toEqual([
      { name: 'dark mode', functional: 0, dysfunctional: 2 },
      { name: 'offline sync', functional: 1, dysfunctional: 3 },
    ]);
  });

  it('names features in Chinese titles too', () => {
    const pairs = pairTitles(columns(['如果产品有夜间模式，您的感受是？', '如果产品有扫码支付，您的感受是？', '如果产品没有夜间模式，您的感受是？', '如果产品没有扫码支付，您的感受是？']));
    expect(pairs.map((p) => [p.name, p.functional, p.dysfunctional])).toEqual([['夜间模式', 0, 2], ['扫码支付', 1, 3]]);
  });

  it('keeps a lone pair under its whole title and pairs nothing unlike', () => {
    expect(pairTitles(columns(['Do you want X?', 'Would you NOT want X?']))).toEqual([{ name: 'Do you want X', functional: 0, dysfunctional: 1 }]);
    expect(pairTitles(columns(['How old are you?', 'Why not tell us more about your team?']))).toEqual([]);
  });
});

describe('plainText', () => {
  it('drops tags and decodes entities in headers', () => {
    expect(plainText('How would you feel if the app&apos;s <strong>dark&nbsp;mode</strong> &amp; &#x263A; &#169;?')).toBe("How would you feel if the app's dark mode & ☺ ©?");
  });
});
