import { spawnSync } from 'node:child_process';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryFolder } from '../support/temporary.js';

// The malformed corpus (test/fixtures/malformed): each file with the exact message and exit code of
// the built binary.
const ROOT = join(import.meta.dirname, '..', '..');
const M = 'test/fixtures/malformed';
const work = temporaryFolder('kano-huge-');

function kano(...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'kano.cjs'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const BINARY_HINT = 'hint: export the survey responses as CSV; spreadsheets (.xlsx) must be saved as CSV first\n';

describe.each([
  [
    'unterminated-quote.csv',
    `${M}/unterminated-quote.csv:3: a quoted field starting on this line is never closed\nhint: the file may be truncated; check that every opening " has a closing "\n`,
  ],
  [
    'ragged-rows.csv',
    `${M}/ragged-rows.csv:3: 2 rows have a different number of fields than the header (5)\n  line 3: 3 fields\n  line 4: 6 fields\n` +
      'hint: fix the rows, or pass --relax-columns to read missing trailing cells as blank and ignore extra ones\n',
  ],
  ['nul-bytes.csv', `${M}/nul-bytes.csv: this is a binary file, not a CSV (it contains NUL bytes)\n${BINARY_HINT}`],
  ['chart.png', `${M}/chart.png: this is a binary file, not a CSV (it looks like a PNG image)\n${BINARY_HINT}`],
  ['survey.xlsx', `${M}/survey.xlsx: this is a binary file, not a CSV (it looks like an Excel workbook or another zip archive)\n${BINARY_HINT}`],
  ['empty.csv', `${M}/empty.csv: the input is empty\nhint: pass the CSV export of the survey responses\n`],
  ['header-only.csv', `${M}/header-only.csv:1: the input has a header but no responses\nhint: export the survey again, including its responses\n`],
  [
    'duplicate-feature-names.csv',
    `${M}/duplicate-feature-names.csv:1:4: feature "dark mode" appears twice (column "dark mode (functional)")\nhint: give each feature one functional and one dysfunctional column\n`,
  ],
  [
    'bom-in-middle.csv',
    `${M}/bom-in-middle.csv:3: the header row appears again here (first on line 1)\nhint: two exports were probably pasted together: remove the second header row\n`,
  ],
])('%s', (file, message) => {
  it('stops with exit 2 and the exact message, no stack trace', () => {
    const { code, stdout, stderr } = kano('analyze', `${M}/${file}`, '--quiet');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(message);
  });
});

describe('malformed but readable', () => {
  it('reads mixed line endings as the rows they are', () => {
    const { code, stdout } = kano('analyze', `${M}/mixed-line-endings.csv`, '--json', '--quiet');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { input: { rows: { read: number } }; features: { counts: { O: number; M: number; A: number } }[] };
    expect(report.input.rows.read).toBe(3);
    // Dark mode: (like, dislike) O ×2, (expect, dislike) M; Sync: (like, neutral) A ×3.
    expect(report.features.map((f) => f.counts)).toMatchObject([{ O: 2, M: 1 }, { A: 3 }]);
  });

  it('lists a repeated ignored column once and analyses the rest', () => {
    const { code, stderr } = kano('analyze', `${M}/duplicate-column-names.csv`);
    expect(code).toBe(0);
    expect(stderr).toContain('kano: ignored columns: id, Comments\n');
  });

  it('warns about a feature whose columns are all blank', () => {
    const { code, stderr } = kano('analyze', `${M}/blank-feature-column.csv`);
    expect(code).toBe(0);
    expect(stderr).toContain('warning: "Sync": no valid answer pair; its figures are null');
  });

  it('refuses a respondent id that repeats in paired files', () => {
    const { code, stderr } = kano('analyze', `${M}/duplicate-ids-functional.csv`, `${M}/duplicate-ids-dysfunctional.csv`);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `${M}/duplicate-ids-functional.csv:4:1: respondent id "R1" appears again (first on line 2) (column "respondent")\n` +
        'hint: each respondent needs a unique id to be matched between the two files\n',
    );
  });

  it('stops at a 100 MB field with a clear error instead of holding it', () => {
    const file = join(work, 'huge.csv');
    const fd = openSync(file, 'w');
    writeSync(fd, 'id,Dark mode (functional),Dark mode (dysfunctional)\n1,"');
    const chunk = 'x'.repeat(1024 * 1024);
    for (let i = 0; i < 100; i++) writeSync(fd, chunk);
    writeSync(fd, '",I dislike it\n');
    closeSync(fd);
    const { code, stderr } = kano('analyze', file, '--quiet');
    expect(code).toBe(2);
    expect(stderr).toBe(
      `${file}:2: a record starting on this line is larger than 10 MiB\nhint: a quote is probably never closed, or the file is not a survey export; check the line\n`,
    );
  }, 60_000);
});
