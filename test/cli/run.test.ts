import { describe, expect, it } from 'vitest';
import { wantsColour } from '../../src/cli/colour.js';
import { run } from '../../src/cli/main.js';
import { fakeIo, type FakeWorld } from '../support/fake-io.js';

const SURVEY = [
  'id,Speed (functional),Speed (dysfunctional),Price (functional),Price (dysfunctional)',
  '1,I like it,I dislike it,I expect it,I dislike it',
  '2,I like it,I am neutral,I expect it,I dislike it',
  '3,I like it,I dislike it,I like it,I like it',
].join('\n');

async function kano(argv: string[], world: FakeWorld = {}) {
  const fake = fakeIo(argv, { files: { 'survey.csv': SURVEY, ...world.files }, ...world });
  const code = await run(fake.io);
  return { code, stdout: fake.stdout(), stderr: fake.stderr(), written: fake.written };
}

describe('kano analyze: results and streams', () => {
  it('prints the table on stdout and the summary on stderr', async () => {
    const { code, stdout, stderr } = await kano(['analyze', 'survey.csv']);
    expect(code).toBe(0);
    expect(stdout).toContain('│ 1 │ Price   │ basic/questionable (M/Q) │ 3 │');
    expect(stdout).toContain('Sorted by priority');
    expect(stdout).not.toContain('kano:');
    expect(stderr).toContain('kano: survey.csv: generic CSV, wide layout, 2 features, UTF-8, comma-delimited');
    expect(stderr).toContain('kano: rows: 3 read = 3 used');
    expect(stderr).toContain('ignored columns: id');
  });

  it('keeps stderr silent with --quiet', async () => {
    expect((await kano(['analyze', 'survey.csv', '--quiet'])).stderr).toBe('');
  });

  it('gives the same JSON for --json and --format json, and refuses both with another format', async () => {
    const a = await kano(['analyze', 'survey.csv', '--json']);
    const b = await kano(['analyze', 'survey.csv', '--format', 'json']);
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(a.stdout).features.map((f: { name: string; code: string }) => [f.name, f.code])).toEqual([
      ['Speed', 'O'],
      ['Price', 'M'],
    ]);
    const both = await kano(['analyze', 'survey.csv', '--json', '--format', 'csv']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("option '--json' cannot be used with option '-f, --format <format>'");
  });

  it('shows shares with --percent and sorts on request', async () => {
    const { stdout } = await kano(['analyze', 'survey.csv', '--percent', '--sort', 'name']);
    expect(stdout).toMatch(/│ 1 │ Price\s+│ basic\/questionable \(M\/Q\)\s+│ 3 │ +0% │ +0% │ 67% │ 0% │ 0% │ 33% │/);
    expect(stdout).toContain('A O M I R Q: shares of n');
    expect(stdout).toContain('Sorted by feature name, A to Z.');
  });

  it('reads standard input for -, and refuses a terminal there', async () => {
    const piped = await kano(['analyze', '-', '--format', 'csv'], { stdin: SURVEY });
    expect(piped.code).toBe(0);
    expect(piped.stdout.split('\r\n')[0]).toMatch(/^rank,feature,code,category/);
    expect(piped.stderr).toContain('kano: <stdin>: generic CSV, wide layout');
    const tty = await kano(['analyze', '-'], { stdinIsTTY: true });
    expect(tty.code).toBe(2);
    expect(tty.stderr).toContain('standard input is a terminal');
  });

  it('writes --output whole, leaving stdout empty', async () => {
    const { code, stdout, written } = await kano(['analyze', 'survey.csv', '--format', 'markdown', '-o', 'out.md']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(written.get('out.md')).toContain('| 1 | Price | basic/questionable (M/Q) | 3 | 0 | 0 | 2 | 0 | 0 | 1 | 0.00 | -1.00 | 33% | n.s. |');
  });

  it('reads the tab delimiter by name', async () => {
    const tsv = SURVEY.replaceAll(',', '\t');
    const { code, stderr } = await kano(['analyze', 't.tsv', '--delimiter', 'tab'], { files: { 't.tsv': tsv } });
    expect(code).toBe(0);
    expect(stderr).toContain('tab-delimited');
  });
});

describe('kano analyze: errors say where and what to do, exit 2, no stack', () => {
  const cases: [string, string[], FakeWorld, string[]][] = [
    ['a missing file', ['analyze', 'nope.csv'], {}, ['kano: no such file: nope.csv', 'hint: check the path']],
    ['an empty file', ['analyze', 'e.csv'], { files: { 'e.csv': '' } }, ['e.csv: the input is empty']],
    ['a header without rows', ['analyze', 'h.csv'], { files: { 'h.csv': 'A (functional),A (dysfunctional)\n' } }, ['h.csv:1: the input has a header but no responses']],
    [
      'a lone feature column',
      ['analyze', 'l.csv'],
      { files: { 'l.csv': 'A (functional),A (dysfunctional),B (functional)\n1,5,1\n' } },
      ['l.csv:1:3: feature "B" has no dysfunctional column (column "B (functional)")', 'hint: add the dysfunctional question for "B"'],
    ],
    [
      'unrecognised answers',
      ['analyze', 'u.csv'],
      { files: { 'u.csv': 'A (functional),A (dysfunctional)\nSure,No way\nSure,5\n' } },
      [
        'u.csv:2:1: 2 unrecognised answer values (column "A (functional)")',
        '  "Sure" × 2, first at u.csv:2:1 (A (functional))',
        '  "No way" × 1, first at u.csv:2:2 (A (dysfunctional))',
        'hint: answers are the five Kano answers',
        '--on-invalid skip',
      ],
    ],
    [
      'ragged rows',
      ['analyze', 'r.csv'],
      { files: { 'r.csv': 'A (functional),A (dysfunctional)\n1,5\n1\n1,5,9\n' } },
      ['r.csv:3: 2 rows have a different number of fields than the header (2)', '  line 3: 1 field', '  line 4: 3 fields', '--relax-columns'],
    ],
    ['an unknown option', ['analyze', 'survey.csv', '--formt', 'json'], {}, ["error: unknown option '--formt'", '(Did you mean --format?)']],
    ['a bad --codes', ['analyze', 'survey.csv', '--codes', '3=like'], {}, ['kano: --codes 3=like: a single code for like must be 0, 1, 4 or 5']],
    ['a bad choice', ['analyze', 'survey.csv', '--format', 'xml'], {}, ["argument 'xml' is invalid. Allowed choices are table, json, csv, markdown, counts."]],
    ['no file', ['analyze'], {}, ["error: missing required argument 'files'"]],
    ['an unwritable output', ['analyze', 'survey.csv', '-o', '/root/x.json'], { writeFails: 'EACCES' }, ['kano: cannot write /root/x.json: permission denied']],
  ];

  it.each(cases)('%s', async (_name, argv, world, lines) => {
    const { code, stdout, stderr } = await kano(argv, world);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    for (const line of lines) expect(stderr).toContain(line);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('accepts ragged rows under --relax-columns and reports them', async () => {
    const { code, stderr } = await kano(['analyze', 'r.csv', '--relax-columns'], { files: { 'r.csv': 'A (functional),A (dysfunctional)\n1,5\n1\n1,5,9\n' } });
    expect(code).toBe(0);
    expect(stderr).toContain('warning: --relax-columns: 1 row with missing trailing cells (read as blank), 1 row with extra cells (ignored)');
  });

  it('shows the stack with --debug', async () => {
    const { code, stderr } = await kano(['analyze', 'nope.csv', '--debug']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^\s+at /m);
  });

  it('calls an unexpected failure an internal error with exit 3', async () => {
    const fake = fakeIo(['analyze', 'survey.csv'], { files: { 'survey.csv': SURVEY } });
    fake.io.stdout.write = () => {
      throw new TypeError('boom');
    };
    expect(await run(fake.io)).toBe(3);
    expect(fake.stderr()).toContain('kano: internal error: boom');
    expect(fake.stderr()).toContain('Run again with --debug');
  });
});

describe('help and version', () => {
  it('shows examples and exits 0', async () => {
    const { code, stdout } = await kano(['analyze', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('$ kano analyze examples/mobile-banking.csv');
    expect(stdout).toContain('Exit codes: 0 ran (warnings allowed), 1 a --fail-on condition held, 2 could not analyse');
    expect((await kano(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('treats a bare kano as a usage error', async () => {
    const { code, stderr } = await kano([]);
    expect(code).toBe(2);
    expect(stderr).toContain('Usage: kano');
  });
});

describe('colour', () => {
  const tty = { write: () => undefined, isTTY: true, hasColors: () => true };
  const pipe = { write: () => undefined, isTTY: false };

  it('is on only for a colour terminal, and NO_COLOR, TERM=dumb, --no-color and FORCE_COLOR decide first', () => {
    expect(wantsColour(tty, {}, true)).toBe(true);
    expect(wantsColour(pipe, {}, true)).toBe(false);
    expect(wantsColour(tty, { NO_COLOR: '1' }, true)).toBe(false);
    expect(wantsColour(tty, { NO_COLOR: '' }, true)).toBe(true);
    expect(wantsColour(tty, { TERM: 'dumb' }, true)).toBe(false);
    expect(wantsColour(tty, {}, false)).toBe(false);
    expect(wantsColour(pipe, { FORCE_COLOR: '1' }, true)).toBe(true);
    expect(wantsColour(tty, { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(wantsColour(pipe, { FORCE_COLOR: '1' }, false)).toBe(false);
  });

  it('colours the table on a terminal and never a file or --no-color', async () => {
    const ansi = /\u001b\[/;
    expect((await kano(['analyze', 'survey.csv'], { stdoutIsTTY: true })).stdout).toMatch(ansi);
    expect((await kano(['analyze', 'survey.csv', '--no-color'], { stdoutIsTTY: true })).stdout).not.toMatch(ansi);
    expect((await kano(['analyze', 'survey.csv'], { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ansi);
    const toFile = await kano(['analyze', 'survey.csv', '-o', 'out.txt'], { stdoutIsTTY: true });
    expect(toFile.written.get('out.txt')).not.toMatch(ansi);
  });
});

describe('gates, plots and reports', () => {
  it('exits 1 when a --fail-on condition holds, after writing the result', async () => {
    const { code, stderr, written } = await kano(['analyze', 'survey.csv', '--fail-on', 'n<4', '--fail-on', 'reverse', '-o', 'out.txt']);
    expect(code).toBe(1);
    expect(written.get('out.txt')).toContain('Sorted by priority');
    expect(stderr).toContain('kano: --fail-on n<4: 2 features have fewer than 4 valid pairs: Speed, Price');
    expect(stderr).not.toContain('--fail-on reverse');
    expect((await kano(['analyze', 'survey.csv', '--fail-on', 'n<3'])).code).toBe(0);
  });

  it('writes the HTML report even when a gate trips, and the SVG diagram', async () => {
    const report = await kano(['report', 'survey.csv', '--out', 'r.html', '--fail-on', 'mixed', '--title', 'Q3 <survey>']);
    expect(report.code).toBe(1);
    expect(report.written.get('r.html')).toContain('<title>Q3 &lt;survey&gt;</title>');
    const plot = await kano(['plot', 'survey.csv', '--quiet']);
    expect(plot.code).toBe(0);
    expect(plot.stdout).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it('draws the terminal plot under the table, and links the SVG written by --assets', async () => {
    expect((await kano(['analyze', 'survey.csv', '--plot', '--quiet'])).stdout).toContain('|Worse| →');
    const md = await kano(['analyze', 'survey.csv', '--format', 'markdown', '--assets', 'ci/assets', '-o', 'ci/summary.md', '--quiet']);
    expect(md.written.get('ci/summary.md')).toContain('![Better–Worse diagram](assets/better-worse.svg)');
    expect(md.written.get('ci/assets/better-worse.svg')).toContain('<svg');
  });

  it('annotates warnings and tripped gates for GitHub Actions', async () => {
    const { stderr } = await kano(['analyze', 'survey.csv', '--fail-on', 'mixed', '--quiet'], { env: { GITHUB_ACTIONS: 'true' } });
    expect(stderr).toContain('::error file=survey.csv,title=kano --fail-on mixed::2 features with no significant category (mixed): Speed, Price');
  });
});
