import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryFolder } from '../support/temporary.js';

// Every ```console block of the README is a real command and its real output: run it and compare.
const ROOT = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```console\n\$ (.+)\n([\s\S]*?)```/g)].map((m) => ({ command: m[1] ?? '', output: m[2] ?? '' }));

describe('README console blocks', () => {
  const bin = temporaryFolder('kano-bin-');
  symlinkSync(join(ROOT, 'bin', 'kano.cjs'), join(bin, 'kano'));

  it('has some', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
  });

  it.each(blocks)('$command', ({ command, output }) => {
    const result = spawnSync('bash', ['-c', command], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, NO_COLOR: '1' },
    });
    // What a terminal shows: kano writes its stderr summary before the result. CSV's CRLF shown as LF.
    expect((result.stderr + result.stdout).replace(/\r\n/g, '\n')).toBe(output);
  });
});
