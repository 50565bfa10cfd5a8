import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { analyseSurvey } from '../../src/index.js';
import { temporaryFolder } from '../support/temporary.js';
import { syntheticSurvey } from './survey.js';

// A typical survey: 50 features, 300 respondents. What --ci (2000 resamples) adds to an analysis.
const survey = [{ name: 'typical.csv', content: syntheticSurvey(50, 300) }];

describe('analyze, 50 features × 300 respondents', () => {
  bench('without intervals', () => {
    analyseSurvey(survey);
  });
  bench('with --ci 0.95 (2000 resamples)', () => {
    analyseSurvey(survey, { ci: 0.95, resamples: 2000 });
  });
  bench('with --ci 0.95 (10000 resamples)', () => {
    analyseSurvey(survey, { ci: 0.95, resamples: 10000 });
  });
});

// The same, end to end: the built CLI on the file, start-up included, as a user runs it.
const bin = join(import.meta.dirname, '..', '..', 'bin', 'kano.cjs');
const file = join(temporaryFolder('kano-bench-'), 'typical.csv');
writeFileSync(file, survey[0]!.content);

describe('kano analyze end to end, 50 features × 300 respondents', () => {
  bench('kano analyze', () => {
    execFileSync(process.execPath, [bin, 'analyze', file, '--quiet']);
  });
  bench('kano analyze --ci 0.95', () => {
    execFileSync(process.execPath, [bin, 'analyze', file, '--quiet', '--ci', '0.95']);
  });
});
