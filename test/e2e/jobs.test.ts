import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { autoJobs } from '../../src/cli/jobs.js';
import { temporaryFolder } from '../support/temporary.js';

// --jobs reads one file in shards side by side; whatever it does, the result must be that of --jobs 1.
const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'kano.cjs');

function kano(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 2 ** 28 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const work = temporaryFolder('kano-jobs-');
/** A wide survey with a quoted comment column, some cells holding line breaks (where cuts cannot be). */
function survey(rows: number, lineBreaks: boolean): string {
  const answers = ['I like it', 'I expect it', 'I am neutral', 'I can tolerate it', 'I dislike it', ''];
  const lines = ['id,Plan,A (functional),A (dysfunctional),B (functional),B (dysfunctional),Comment'];
  for (let r = 0; r < rows; r++) {
    const pick = (k: number) => answers[(r * 7 + k * 3 + ((r * k) % 5)) % answers.length];
    const comment = lineBreaks && r % 3 === 0 ? `"line one\nline ""two"""` : `fine ${r}`;
    lines.push([r + 1, r % 4 === 0 ? 'Pro' : 'Free', pick(1), pick(2), pick(3), pick(4), comment].join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

const CASES: { name: string; args: string[]; shards: boolean }[] = [
  { name: 'the example', args: ['examples/mobile-banking.csv', '--segment', 'Plan', '--ci', '0.9'], shards: true },
  { name: 'the long layout', args: ['test/fixtures/warehouse/responses.csv'], shards: true },
  { name: 'partial responses dropped', args: ['test/fixtures/platforms/typeform.csv', '--complete-only'], shards: true },
  { name: 'a file of 3,000 rows with multi-line cells', args: [join(work, 'quoted.csv'), '--max-questionable', '0', '--segment', 'Plan'], shards: true },
  { name: 'label rows under the header (SurveyMonkey)', args: ['test/fixtures/platforms/surveymonkey.csv'], shards: true },
  { name: 'label rows; preview, spam and partial rows (Qualtrics)', args: ['test/fixtures/platforms/qualtrics.csv', '--complete-only'], shards: true },
  { name: 'paired files (read at once)', args: ['examples/hotline-functional.csv', 'examples/hotline-dysfunctional.csv'], shards: false },
];
writeFileSync(join(work, 'quoted.csv'), survey(3000, true));

describe('--jobs', { timeout: 60_000 }, () => {
  it.each(CASES)('gives the result of --jobs 1: $name', ({ args, shards }) => {
    for (const format of ['json', 'counts']) {
      const once = kano(['analyze', ...args, '--format', format, '--jobs', '1']);
      expect(once.code).toBe(0);
      for (const jobs of ['2', '3', '7']) {
        const sharded = kano(['analyze', ...args, '--format', format, '--jobs', jobs]);
        expect(sharded.stdout, `--jobs ${jobs}`).toBe(once.stdout);
        expect(sharded.stderr.replace(/^kano: --jobs .*\n/, '')).toBe(once.stderr);
        // At 7 shards of these small files, some cuts fall in multi-line cells or leave a shard empty: read at once.
        if (jobs !== '7') expect(sharded.stderr).toMatch(shards ? /^kano: --jobs \d: read in \d shards side by side\n/ : /^kano: --jobs \d: read at once/);
      }
    }
  });

  it('reports an error as reading at once does, where the shards cannot tell it', () => {
    const broken = join(work, 'broken.csv');
    writeFileSync(broken, `${survey(2000, false)}9,Free,I like it,"I dislike it\r\n`);
    const once = kano(['analyze', broken, '--jobs', '1']);
    expect(once.code).toBe(2);
    expect(once.stderr).toContain('a quoted field starting on this line is never closed');
    const sharded = kano(['analyze', broken, '--jobs', '4']);
    expect(sharded.code).toBe(2);
    expect(sharded.stderr).toBe(`kano: --jobs 4: read at once, as this input cannot be read in shards\n${once.stderr}`);
  });

  it('reads a large file in shards without --jobs, with the result of --jobs 1', () => {
    const large = join(work, 'large.csv');
    writeFileSync(large, survey(500_000, false));
    const once = kano(['analyze', large, '--format', 'json', '--jobs', '1']);
    expect(once.code).toBe(0);
    const auto = kano(['analyze', large, '--format', 'json']);
    expect(auto.stdout).toBe(once.stdout);
    const shards = autoJobs();
    const said = shards > 1 ? `kano: read in ${shards} shards side by side, as the file is large (--jobs 1 reads it at once)\n` : '';
    expect(auto.stderr).toBe(`${said}${once.stderr}`);
    // A large file that cannot be cut (here, for its sep= line) is read at once, and nothing is said of it.
    const uncut = join(work, 'large-sep.csv');
    writeFileSync(uncut, `sep=,\r\n${survey(500_000, false)}`);
    const uncutOnce = kano(['analyze', uncut, '--format', 'json', '--jobs', '1']);
    expect(uncutOnce.code).toBe(0);
    expect(kano(['analyze', uncut, '--format', 'json'])).toEqual(uncutOnce);
  });

  it('reads each wave of kano compare as analyze reads it, naming the wave', () => {
    const result = join(work, 'older.json');
    writeFileSync(result, kano(['analyze', 'examples/mobile-banking.csv', '--json']).stdout);
    for (const older of ['examples/mobile-banking.csv', result]) {
      const args = ['compare', older, 'examples/mobile-banking-2027.csv', '--json'];
      const once = kano([...args, '--jobs', '1']);
      expect(once.code).toBe(0);
      const sharded = kano([...args, '--jobs', '2']);
      expect(sharded.stdout).toBe(once.stdout);
      // A JSON result is no survey file: it is read as it is.
      const olderNote = older === result ? 'read at once, as this input cannot be read in shards' : 'read in 2 shards side by side';
      expect(sharded.stderr).toBe(`kano: ${older}: --jobs 2: ${olderNote}\nkano: examples/mobile-banking-2027.csv: --jobs 2: read in 2 shards side by side\n${once.stderr}`);
    }
  });
});
