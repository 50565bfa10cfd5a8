import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { analyseSurvey } from '../../src/index.js';
import { csvText, renderCsv } from '../../src/render/csv.js';
import { markdownCell, renderMarkdown } from '../../src/render/markdown.js';
import { MESSAGES } from '../../src/render/messages/index.js';
import { plainStyle } from '../../src/render/style.js';
import { renderTable } from '../../src/render/table.js';

const HOSTILE = ['=SUM(A1)', '+1 call', '-rm', '@import', '"quoted", with comma', 'a|b', '<script>alert(1)</script>', 'line\nbreak'];

function hostileReport() {
  const header = ['id', ...HOSTILE.flatMap((name) => [`${name} (functional)`, `${name} (dysfunctional)`])];
  const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
  const row = ['1', ...HOSTILE.flatMap(() => ['I like it', 'I dislike it'])];
  return analyseSurvey([{ name: 'hostile.csv', content: `${header.map(quote).join(',')}\n${row.join(',')}\n` }]);
}

describe('CSV output', () => {
  it('guards cells that a spreadsheet would run as a formula, and quotes per RFC 4180', () => {
    expect(csvText('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvText('+1')).toBe("'+1");
    expect(csvText('-x')).toBe("'-x");
    expect(csvText('@x')).toBe("'@x");
    expect(csvText('a "b", c')).toBe('"a ""b"", c"');
    expect(csvText('plain')).toBe('plain');
  });

  it('re-parses to the same feature names (guarded) and numbers', () => {
    const report = hostileReport();
    const records = parse(renderCsv(report), { columns: true }) as Record<string, string>[];
    const expected = HOSTILE.map((name) => (/^[=+\-@]/.test(name) ? `'${name}` : name).replace('\n', ' '));
    expect(records.map((r) => r.feature)).toEqual(expected);
    expect(records.every((r) => r.code === 'O' && r.worse === '-1' && r.better === '1')).toBe(true);
  });
});

describe('Markdown output', () => {
  it('escapes pipes, HTML and emphasis in cells', () => {
    expect(markdownCell('a|b')).toBe('a\\|b');
    expect(markdownCell('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markdownCell('*bold* _it_')).toBe('\\*bold\\* \\_it\\_');
    expect(markdownCell('two\nlines')).toBe('two lines');
  });

  it('keeps one table row per feature whatever the names hold', () => {
    const markdown = renderMarkdown(hostileReport(), { style: plainStyle, percent: false, messages: MESSAGES.en, show: { discrete: true, continuous: true } });
    const rows = markdown.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    // One row per feature in the discrete table (16 cells) and one in the continuous table (10 cells).
    expect(rows).toHaveLength(2 * HOSTILE.length);
    for (const row of rows.slice(0, HOSTILE.length)) expect(row.split(/(?<!\\)\|/).length).toBe(16);
    for (const row of rows.slice(HOSTILE.length)) expect(row.split(/(?<!\\)\|/).length).toBe(10);
    expect(markdown).not.toContain('<script>');
  });
});

describe('table output', () => {
  it('prints no colour codes with the plain style', () => {
    expect(renderTable(hostileReport(), { style: plainStyle, percent: false, messages: MESSAGES.en, show: { discrete: true, continuous: true } })).not.toMatch(/\u001b\[/);
  });
});
