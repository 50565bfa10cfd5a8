import { seededUniform } from '../../src/analysis/random.js';

const WORDS = ['I like it', 'I expect it', 'I am neutral', 'I can tolerate it', 'I dislike it'];

/** A deterministic wide survey: `features` features, `respondents` rows of answer words. */
export function syntheticSurvey(features: number, respondents: number, seed = 1): string {
  const uniform = seededUniform(seed);
  const header = ['id', ...Array.from({ length: features }, (_, f) => [`Feature ${f + 1} (functional)`, `Feature ${f + 1} (dysfunctional)`]).flat()];
  const lines = [header.join(',')];
  for (let r = 0; r < respondents; r++) {
    const cells = [String(r + 1)];
    for (let f = 0; f < 2 * features; f++) cells.push(WORDS[Math.floor(uniform() * 5)] ?? WORDS[0]!);
    lines.push(cells.join(','));
  }
  return `${lines.join('\n')}\n`;
}
