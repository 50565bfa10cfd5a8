import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { account } from '../support/accounts.js';
import { temporaryFolder } from '../support/temporary.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'kano.cjs');
const work = temporaryFolder('kano-examples-');

function kano(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Expected {
  name: string;
  category: string;
  code: string;
  mixed: string[] | null;
  n: number;
  counts: Record<string, number>;
  better: number;
  worse: number;
}

/** The expected-figures table of one section of examples/README.md (counted outside kano). */
function expectedFor(section: string): Expected[] {
  const readme = readFileSync(join(ROOT, 'examples', 'README.md'), 'utf8');
  const body = readme.split(/^## /m).find((s) => s.startsWith(section));
  if (!body) throw new Error(`no section ${section} in examples/README.md`);
  return body
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| Feature'))
    .map((line) => line.split('|').slice(1, -1).map((c) => c.trim()))
    .map(([name, category, code, mixed, n, A, O, M, I, R, Q, better, worse]) => ({
      name: name ?? '',
      category: category ?? '',
      code: code ?? '',
      mixed: mixed === '–' ? null : [...(mixed ?? '')],
      n: Number(n),
      counts: { A: Number(A), O: Number(O), M: Number(M), I: Number(I), R: Number(R), Q: Number(Q) },
      better: Number(better),
      worse: Number(worse),
    }));
}

const EXAMPLES = [
  { section: 'mobile-banking.csv', files: ['examples/mobile-banking.csv'], features: 8, rows: account({ read: 72, used: 71, blank: 1 }) },
  {
    section: 'hotline-functional.csv',
    files: ['examples/hotline-functional.csv', 'examples/hotline-dysfunctional.csv'],
    features: 7,
    rows: account({ read: 64, used: 63, incomplete: 1 }),
  },
];

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'bundle', 'kano.cjs'))) throw new Error('dist/ is missing: run npm run build (npm test does)');
});

describe.each(EXAMPLES)('kano analyze $section', ({ section, files, features, rows }) => {
  const expected = expectedFor(section);

  it('has the figures examples/README.md gives, in JSON that matches the schema', () => {
    const { code, stdout } = kano(['analyze', ...files, '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    const schema = JSON.parse(readFileSync(join(ROOT, 'src', 'render', 'report.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(expected).toHaveLength(features);
    expect(report.input.rows).toEqual(rows);
    for (const want of expected) {
      const got = report.features.find((f) => f.name === want.name);
      expect(got, want.name).toBeDefined();
      expect({ name: got?.name, category: got?.mixed ? got.mixed.map(name).join('/') : got?.category, code: got?.code, mixed: got?.mixed, n: got?.n, counts: got?.counts }).toEqual({
        name: want.name,
        category: want.category,
        code: want.code,
        mixed: want.mixed,
        n: want.n,
        counts: want.counts,
      });
      expect(got?.better).toBeCloseTo(want.better, 3);
      expect(got?.worse).toBeCloseTo(want.worse, 3);
      // Every count is the matrix read through the evaluation table, and n is their sum.
      expect(got?.matrix.flat().reduce((a, b) => a + b, 0)).toBe(want.n);
    }
  });

  it('prints the priority table on stdout and the summary on stderr', () => {
    const { code, stdout, stderr } = kano(['analyze', ...files]);
    expect(code).toBe(0);
    for (const want of expected) expect(stdout).toContain(want.name);
    expect(stdout).toContain('Sorted by priority');
    expect(stdout).not.toContain('kano:');
    expect(stderr).toContain(`kano: rows: ${rows.read} read = ${rows.used} used`);
  });

  it('writes CSV that parses back to the JSON figures', () => {
    const json = JSON.parse(kano(['analyze', ...files, '--json']).stdout) as Report;
    const { code, stdout } = kano(['analyze', ...files, '--format', 'csv']);
    expect(code).toBe(0);
    const records = parse(stdout, { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(features);
    for (const record of records) {
      const feature = json.features.find((f) => f.name === record.feature);
      expect(feature, record.feature).toBeDefined();
      expect(Number(record.rank)).toBe(feature?.rank);
      expect(record.code).toBe(feature?.code);
      expect(Number(record.n)).toBe(feature?.n);
      for (const c of ['A', 'O', 'M', 'I', 'R', 'Q'] as const) expect(Number(record[c])).toBe(feature?.counts[c]);
      expect(Number(record.better)).toBe(feature?.better);
      expect(Number(record.worse)).toBe(feature?.worse);
      expect(Number(record.category_strength)).toBe(feature?.strength.category);
    }
    expect(records.map((r) => Number(r.rank))).toEqual(records.map((_, i) => i + 1));
  });

  it('writes a Markdown table with a row per feature', () => {
    const { code, stdout } = kano(['analyze', ...files, '--format', 'markdown']);
    expect(code).toBe(0);
    expect(stdout).toContain('| # | Feature | Category | n | A | O | M | I | R | Q | Better | Worse | Strength | Fong |');
    expect(stdout.split('\n').filter((l) => /^\| \d+ \|/.test(l))).toHaveLength(features);
  });

  it('gives byte-identical output on every run, and the same through --output', () => {
    const first = kano(['analyze', ...files, '--json']).stdout;
    expect(kano(['analyze', ...files, '--json']).stdout).toBe(first);
    const out = join(work, 'report.json');
    expect(kano(['analyze', ...files, '--json', '--output', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(first);
  });
});

const NAMES: Record<string, string> = { M: 'basic', O: 'expected', A: 'exciting', I: 'indifferent', R: 'reverse', Q: 'questionable' };
function name(code: string): string {
  return NAMES[code] ?? code;
}

describe('the built binary', () => {
  it('reads standard input', () => {
    const { code, stdout } = kano(['analyze', '-', '--json'], readFileSync(join(ROOT, 'examples', 'mobile-banking.csv'), 'utf8'));
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Report).input.sources[0]?.name).toBe('<stdin>');
  });

  it('fails on bad input with exit 2, a located message and no stack trace', () => {
    const { code, stdout, stderr } = kano(['analyze', 'examples/README.md']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^examples\/README\.md:/);
    expect(stderr).toContain('hint:');
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('keeps the version in step with package.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(kano(['--version']).stdout.trim()).toBe(pkg.version);
  });
});

describe('intervals in the built binary', () => {
  it('match the schema and are byte-identical between runs', () => {
    const args = ['analyze', 'examples/mobile-banking.csv', '--json', '--ci', '0.9', '--resamples', '500', '--seed', '7', '--method', 'both'];
    const first = kano(args);
    expect(first.code).toBe(0);
    const schema = JSON.parse(readFileSync(join(ROOT, 'src', 'render', 'report.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    expect(validate(JSON.parse(first.stdout)), JSON.stringify(validate.errors)).toBe(true);
    expect(kano(args).stdout).toBe(first.stdout);
  });
});

describe('kano compare in the built binary', () => {
  const waves = ['compare', 'examples/mobile-banking.csv', 'examples/mobile-banking-2027.csv'];

  it('prints the transitions, and CSV that parses back to the JSON figures', () => {
    const table = kano(waves);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Only in the old wave: Paper statements by post.');
    const json = JSON.parse(kano([...waves, '--json']).stdout) as { features: { name: string; transition: { direction: string }; change: { worse: { difference: number } } }[] };
    const csv = parse(kano([...waves, '--format', 'csv']).stdout, { columns: true }) as Record<string, string>[];
    expect(csv.map((r) => r.feature)).toEqual(json.features.map((f) => f.name));
    csv.forEach((r, i) => {
      expect(r.direction).toBe(json.features[i]?.transition.direction);
      expect(Number(r.worse_change)).toBe(json.features[i]?.change.worse.difference);
    });
    expect(kano([...waves, '--format', 'markdown']).stdout).toContain('## Kano comparison');
  });

  it('takes a saved JSON result as a wave', () => {
    const out = join(work, 'old.json');
    expect(kano(['analyze', 'examples/mobile-banking.csv', '--json', '--output', out]).code).toBe(0);
    const fromJson = JSON.parse(kano(['compare', out, 'examples/mobile-banking-2027.csv', '--json']).stdout) as { features: unknown[] };
    const fromCsv = JSON.parse(kano([...waves, '--json']).stdout) as { features: unknown[] };
    expect(fromJson.features).toEqual(fromCsv.features);
  });
});

describe('counts and kano merge in the built binary', () => {
  it('analyse merged shard counts exactly as the whole file', () => {
    const dir = work;
    const lines = readFileSync(join(ROOT, 'examples', 'mobile-banking.csv'), 'utf8').split('\r\n');
    const cut = lines.findIndex((l) => l.includes(',MB-1037,'));
    writeFileSync(join(dir, 'a.csv'), lines.slice(0, cut).join('\r\n'));
    writeFileSync(join(dir, 'b.csv'), [lines[0], ...lines.slice(cut)].join('\r\n'));
    for (const part of ['a', 'b']) expect(kano(['analyze', join(dir, `${part}.csv`), '--format', 'counts', '--output', join(dir, `${part}.json`)]).code).toBe(0);
    expect(kano(['merge', join(dir, 'a.json'), join(dir, 'b.json'), '--output', join(dir, 'all.json')]).code).toBe(0);
    const whole = kano(['analyze', 'examples/mobile-banking.csv', '--format', 'csv', '--quiet']).stdout;
    expect(kano(['analyze', join(dir, 'all.json'), '--format', 'csv', '--quiet']).stdout).toBe(whole);
  });
});

describe('--debug', () => {
  it('shows the stack of an error in the TypeScript sources, not in the bundle', () => {
    const { code, stderr } = kano(['analyze', 'no/such/file.csv', '--debug']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/at readInput \(.*src\/cli\/files\.ts:\d+:\d+\)/);
    expect(stderr).not.toContain('dist/bundle');
    expect(kano(['analyze', 'no/such/file.csv']).stderr).not.toContain(' at ');
  });
});
