import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { inspectSurvey } from '../src/index.js';
import { fakeIo } from './support/fake-io.js';

const fixture = (file: string) => ({ name: file, content: new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', file))) });

describe('inspectSurvey', () => {
  it('shows the reading of a Qualtrics export: exclusions by line, feature columns, every answer', () => {
    const inspection = inspectSurvey([fixture('platforms/qualtrics.csv')]);
    expect(inspection.sources[0]).toMatchObject({ platform: 'qualtrics', headerRows: 3, records: 13 });
    // Lines 1-3 are the header rows; the 10 respondents are lines 4-13, then preview, spam, partial.
    expect(inspection.excludedRows).toEqual([
      { source: 'platforms/qualtrics.csv', line: 14, reason: 'preview' },
      { source: 'platforms/qualtrics.csv', line: 15, reason: 'spam' },
    ]);
    expect(inspection.features[0]).toEqual({
      name: 'Dark mode',
      functional: { source: 'platforms/qualtrics.csv', column: 18, header: 'How would you feel if the app had this feature? [Dark mode]' },
      dysfunctional: { source: 'platforms/qualtrics.csv', column: 21, header: 'How would you feel if the app did not have this feature? [Dark mode]' },
    });
    // 11 respondents × 3 features × 2 questions = 66 cells.
    expect(inspection.answers.reduce((sum, a) => sum + a.count, 0)).toBe(66);
    expect(inspection.answers.find((a) => a.value === 'I expect it')).toEqual({ value: 'I expect it', count: 8, readAs: 'expect', numeric: false });
    expect(inspection.problems).toEqual([]);
  });

  it('flags unrecognised answers and says analyze would stop', () => {
    const inspection = inspectSurvey([fixture('unrecognised-answers.csv')]);
    expect(inspection.answers.filter((a) => a.readAs === 'invalid').map((a) => a.value)).toEqual(['Love it', '6', 'Hate it']);
    expect(inspection.problems).toEqual([
      expect.objectContaining({ code: 'unrecognised-answers', location: 'unrecognised-answers.csv:2:2' }),
    ]);
  });

  it('says numeric Qualtrics answers need --codes, and lists them as codes once given', () => {
    expect(inspectSurvey([fixture('platforms/qualtrics-numeric.csv')]).problems[0]?.code).toBe('codes-required');
    const given = inspectSurvey([fixture('platforms/qualtrics-numeric.csv')], { codes: '1=like' });
    expect(given.problems).toEqual([]);
    expect(given.answers.every((a) => a.numeric || a.readAs === 'blank')).toBe(true);
  });
});

describe('kano inspect', () => {
  const files = { 'ok.csv': 'A (functional),A (dysfunctional)\nI like it,I dislike it\n', 'bad.csv': 'A (functional),A (dysfunctional)\nYes,No\n' };

  it('exits 0 when analyze would run and 2 when it would stop, printing the inspection either way', async () => {
    const ok = fakeIo(['inspect', 'ok.csv'], { files });
    expect(await run(ok.io)).toBe(0);
    expect(ok.stdout()).toContain('kano analyze would run on this input.');
    const bad = fakeIo(['inspect', 'bad.csv'], { files });
    expect(await run(bad.io)).toBe(2);
    expect(bad.stdout()).toContain('UNRECOGNISED');
    expect(bad.stdout()).toContain('analyze would stop: bad.csv:2:1: 2 unrecognised answer values');
  });

  it('writes JSON with --format json', async () => {
    const fake = fakeIo(['inspect', 'ok.csv', '--format', 'json'], { files });
    expect(await run(fake.io)).toBe(0);
    expect(JSON.parse(fake.stdout())).toMatchObject({ kind: 'inspection', layout: 'wide', features: [{ name: 'A' }] });
  });
});
