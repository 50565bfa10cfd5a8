import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tallied } from '../src/analyse-survey.js';
import { countsDocument, mergeTallied, readCounts } from '../src/counts.js';
import { analyseSurvey } from '../src/index.js';
import { failure } from './support/failure.js';

const banking = readFileSync(join(import.meta.dirname, '..', 'examples', 'mobile-banking.csv'), 'utf8');
const options = { segment: 'Plan', ci: 0.95, resamples: 200, refined: true };
const counts = (name: string, content: string) => ({ name, content: JSON.stringify(countsDocument(tallied([{ name, content }], options))) });

describe('counts', () => {
  it('give exactly the report of the survey they were counted from', () => {
    const direct = analyseSurvey([{ name: 'b.csv', content: banking }], options);
    const fromCounts = analyseSurvey([counts('b.csv', banking)], options);
    expect(fromCounts.features).toEqual(direct.features);
    expect(fromCounts.segments).toEqual(direct.segments);
    expect(fromCounts.input).toEqual({ ...direct.input, counts: ['b.csv'] });
  });

  it('of two shards merge into the counts of the whole', () => {
    const lines = banking.split('\r\n');
    const cut = lines.findIndex((l) => l.includes(',MB-1037,'));
    const a = counts('a.csv', lines.slice(0, cut).join('\r\n'));
    const b = counts('b.csv', [lines[0], ...lines.slice(cut)].join('\r\n'));
    const whole = analyseSurvey([{ name: 'w.csv', content: banking }], options);
    const merged = analyseSurvey([a, b], options);
    expect(merged.features).toEqual(whole.features);
    expect(merged.segments).toEqual(whole.segments);
    expect(merged.input.rows).toEqual(whole.input.rows);
    expect(merged.input.counts).toEqual(['a.csv', 'b.csv']);
    expect(countsDocument(mergeTallied([readCounts(a), readCounts(b)])).features).toEqual(countsDocument(tallied([{ name: 'w.csv', content: banking }], options)).features);
  });

  it('refuse what is not a counts document, and a mix with survey files', () => {
    expect(failure(() => analyseSurvey([{ name: 'x.json', content: '{"kind": "other"}' }])).message).toBe(
      'cannot read these counts: not a result of kano analyze --format counts (schemaVersion 1)',
    );
    const broken = JSON.parse(counts('b.csv', banking).content) as { features: { matrix: number[][] }[] };
    broken.features[0]!.matrix[2]![3] = -1;
    expect(failure(() => analyseSurvey([{ name: 'c.json', content: JSON.stringify(broken) }])).message).toBe(
      'cannot read these counts: feature "Biometric login": matrix must be 5 rows of 5 whole counts',
    );
    expect(failure(() => analyseSurvey([counts('b.csv', banking), { name: 'b.csv', content: banking }])).message).toBe(
      'give either survey files or counts files, not both',
    );
  });
});
