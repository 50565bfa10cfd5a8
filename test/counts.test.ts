import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tallied } from '../src/analyse-survey.js';
import { countsDocument, mergeTallied, readCounts } from '../src/counts.js';
import { analyseSurvey } from '../src/index.js';
import { jsonPieces } from '../src/render/json.js';
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

  // 2,500 respondents, every one with a reverse pair and every third with a questionable one: the
  // list is read back in chunks of a thousand.
  const flagged = ['id,A (functional),A (dysfunctional),B (functional),B (dysfunctional)']
    .concat(Array.from({ length: 2500 }, (_, i) => `${i + 1},I dislike it,I like it,${i % 3 === 0 ? 'I like it,I like it' : 'I expect it,I dislike it'}`))
    .join('\n');

  it('read back a list of thousands of respondents as it was written, in pieces or whole', () => {
    const read = tallied([{ name: 'f.csv', content: flagged }], {});
    const document = countsDocument(read);
    for (const text of [[...jsonPieces(document, 0)].join(''), JSON.stringify(document, null, 2)]) {
      const back = readCounts({ name: 'f.json', content: text }).input.quality;
      expect(back.respondents).toHaveLength(2500);
      expect(back.respondents).toEqual(read.input.quality.respondents);
      expect({ ...back, respondents: [] }).toEqual({ ...read.input.quality, respondents: [] });
    }
  });

  it('take the list that JSON.parse takes: the last of two, or none for null', () => {
    const text = JSON.stringify(countsDocument(tallied([{ name: 'f.csv', content: flagged }], {})));
    const twice = text.replace('"respondents":[', '"respondents":[{"source":"other.csv","line":7,"questionable":1,"reverse":0}],"respondents":[');
    expect(readCounts({ name: 'f.json', content: twice }).input.quality.respondents).toEqual(JSON.parse(twice).input.quality.respondents);
    const flipped = text.replace('"respondents":[', '"respondents":[],"respondents2":[');
    expect(readCounts({ name: 'f.json', content: flipped }).input.quality.respondents).toEqual([]);
    const none = text.replace(/"respondents":\[.*?\]\}/, '"respondents":null}');
    expect(readCounts({ name: 'f.json', content: none }).input.quality).toMatchObject({ respondents: [], questionableRespondents: 0 });
  });

  it('refuse a list of respondents that is not one, naming the entry that is wrong', () => {
    const text = JSON.stringify(countsDocument(tallied([{ name: 'f.csv', content: flagged }], {})));
    const read = (content: string) => failure(() => readCounts({ name: 'f.json', content })).message;
    expect(read(text.replace(/"respondents":\[.*?\]\}/, '"respondents":{}}'))).toBe('cannot read these counts: input.quality.respondents must be a list');
    expect(read(text.replace('"line":1500,', '"line":-1,'))).toBe(
      'cannot read these counts: input.quality.respondents[1498] must hold a source and whole counts line, questionable and reverse',
    );
    expect(read(text.replace('"line":1500,', '"line":1500,,'))).toMatch(/^cannot read these counts: not valid JSON \(/);
  });
});
