import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswerMap } from '../../src/normalise/answer-map.js';

const ROOT = join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

function run(command: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command[0]!, command.slice(1), { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('security', () => {
  it('has no dynamic code and no network module in src', () => {
    for (const file of sources(join(ROOT, 'src'))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/\beval\s*\(|new Function\s*\(|\bFunction\s*\(\s*['"`]/);
      expect(text, file).not.toMatch(/from '(node:)?(http|https|net|dns|tls|dgram|http2)'/);
    }
  });

  it('gives the same report with no network at all, and with proxies pointing nowhere', () => {
    const args = ['report', 'examples/mobile-banking.csv', '--ci', '0.95', '--quiet'];
    const normal = run([process.execPath, 'bin/kano.cjs', ...args]);
    expect(normal.code).toBe(0);
    // A network namespace of its own has no interface but a down loopback: nothing can be reached.
    const isolated = run(['unshare', '--net', process.execPath, 'bin/kano.cjs', ...args]);
    expect(isolated.code).toBe(0);
    expect(isolated.stdout).toBe(normal.stdout);
    const proxied = run([process.execPath, 'bin/kano.cjs', ...args], { HTTP_PROXY: 'http://127.0.0.1:9', HTTPS_PROXY: 'http://127.0.0.1:9', ALL_PROXY: 'http://127.0.0.1:9' });
    expect(proxied.stdout).toBe(normal.stdout);
  });

  it('keeps --answers maps from polluting prototypes', () => {
    const map = parseAnswerMap('{"__proto__": "like", "constructor": "dislike", "toString": "neutral"}', 'a.json');
    expect([...map.values()]).toEqual(['like', 'dislike', 'neutral']);
    expect(() => parseAnswerMap('{"__proto__": {"polluted": "like"}}', 'a.json')).toThrow('maps to {"polluted":"like"}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });
});
