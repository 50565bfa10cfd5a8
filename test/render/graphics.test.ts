import { describe, expect, it } from 'vitest';
import { checkGates, parseGate } from '../../src/gates.js';
import { analyseSurvey } from '../../src/index.js';
import { annotations, ANNOTATION_CAP } from '../../src/render/github.js';
import { renderHtmlReport } from '../../src/render/html-report.js';
import { MESSAGES } from '../../src/render/messages/index.js';
import { plainStyle } from '../../src/render/style.js';
import { betterWorseSvg } from '../../src/render/svg/better-worse.js';
import { overlaps, placeLabels, textWidth } from '../../src/render/svg/labels.js';
import { terminalPlot } from '../../src/render/terminal-plot.js';

const HOSTILE = ['<script>alert(1)</script>', '"quoted"', 'a|b', '=SUM(A1)', "it's & co"];

function survey(names: string[], rows: string[]) {
  const header = names.flatMap((n) => [`${n} (functional)`, `${n} (dysfunctional)`]).map((h) => `"${h.replace(/"/g, '""')}"`);
  return [{ name: 'h.csv', content: `${header.join(',')}\n${rows.join('\n')}\n` }];
}

describe('label placement', () => {
  it('keeps 40 crowded labels apart, off every marker and inside the plot', () => {
    // Points on a tight grid in one corner, as a survey of near-identical features would give.
    const points = Array.from({ length: 40 }, (_, i) => ({ x: 100 + (i % 8) * 9, y: 100 + Math.floor(i / 8) * 9, text: `Feature number ${i + 1}` }));
    const area = { x: 0, y: 0, width: 600, height: 600 };
    const placed = placeLabels(points, { fontSize: 12, radius: 6, area });
    const markers = points.map((p) => ({ x: p.x - 6, y: p.y - 6, width: 12, height: 12 }));
    placed.forEach((a, i) => {
      expect(a.box.x).toBeGreaterThanOrEqual(0);
      expect(a.box.x + a.box.width).toBeLessThanOrEqual(600);
      placed.forEach((b, j) => i !== j && expect(overlaps(a.box, b.box), `labels ${i} and ${j}`).toBe(false));
      markers.forEach((m, j) => expect(overlaps(a.box, m), `label ${i} and marker ${j}`).toBe(false));
    });
  });

  it('measures Chinese characters as full width', () => {
    expect(textWidth('夜间模式', 10)).toBe(40);
    expect(textWidth('Dark', 10)).toBeCloseTo(24.8, 10);
  });
});

describe('escaping hostile names', () => {
  const report = analyseSurvey(survey(HOSTILE, ['1,5,1,5,1,3,2,5,3,3']));

  it('escapes them in the SVG and the HTML report', () => {
    const svg = betterWorseSvg(report, MESSAGES.en);
    const html = renderHtmlReport(report, { messages: MESSAGES.en, lang: 'en' });
    for (const text of [svg, html]) {
      expect(text).not.toContain('<script>');
      expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(text).toContain('&quot;quoted&quot;');
      expect(text).toContain('it&#39;s &amp; co');
    }
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it('gives byte-identical reports without --timestamp, and the time only when asked', () => {
    const a = renderHtmlReport(report, { messages: MESSAGES.en, lang: 'en' });
    expect(renderHtmlReport(report, { messages: MESSAGES.en, lang: 'en' })).toBe(a);
    expect(a).not.toMatch(/Generated/);
    expect(renderHtmlReport(report, { messages: MESSAGES.en, lang: 'en', generatedAt: '2026-11-22T12:00:00.000Z' })).toContain('Generated 2026-11-22T12:00:00.000Z');
  });
});

describe('gates', () => {
  // A: (1,5) O ×2 → n 2, not mixed; B: (1,1) Q, (1,5) O → Q share 0.5, mixed (Fong n.s. for N 2); C: (5,1) R ×2.
  const report = analyseSurvey(survey(['A', 'B', 'C'], ['1,5,1,1,5,1', '1,5,1,5,5,1']));

  it.each([
    ['n<3', ['A', 'B', 'C']],
    ['questionable>0.4', ['B']],
    ['q > 0.5', []],
    ['mixed', ['B']],
    ['reverse', ['C']],
  ])('--fail-on %s trips on %j', (spec, features) => {
    const failures = checkGates(report, [parseGate(spec)]);
    expect(failures.flatMap((f) => f.features)).toEqual(features);
  });

  it('refuses unknown conditions and stability without intervals', () => {
    expect(() => parseGate('n>3')).toThrow('not a condition kano knows');
    expect(() => checkGates(report, [parseGate('stability<0.8')])).toThrow('it needs --ci');
  });
});

describe('GitHub annotations', () => {
  it('escapes data and properties and caps each kind at ten', () => {
    const names = Array.from({ length: 12 }, (_, i) => `F${i}: a, b%`);
    const report = analyseSurvey(survey(names, [names.map(() => '1,1').join(',')]));
    const text = annotations(report, [], MESSAGES.en.warnings, 'dir,x/s:v.csv');
    const lines = text.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('::warning'))).toHaveLength(ANNOTATION_CAP + 1);
    expect(lines[0]).toBe(
      '::warning file=dir%2Cx/s%3Av.csv,title=kano%3A F0%3A a%2C b%25::100% of the valid pairs are questionable (above 10%): the question may be misunderstood'.replace('100% of', '100%25 of').replace('10%)', '10%25)'),
    );
    expect(lines.at(-1)).toMatch(/^::warning::… and \d+ more \(see the report\)$/);
  });
});

describe('terminal plot', () => {
  const report = analyseSurvey(survey(['Dark mode', 'Sync'], ['1,5,1,3', '2,5,1,3']));

  it('fits the width, marks features by rank, and lists them', () => {
    const plot = terminalPlot(report, MESSAGES.en, plainStyle, 60);
    for (const line of plot.split('\n')) expect([...line].length).toBeLessThanOrEqual(70);
    // Dark mode: (like, dislike) O and (expect, dislike) M tie → M by impact order.
    expect(plot).toContain(' 1 Dark mode: basic (M), Better 0.50, |Worse| 1.00');
    expect(plot).toContain(' 2 Sync: exciting (A), Better 1.00, |Worse| 0.00');
    expect(plot).not.toMatch(/\u001b\[/);
  });
});
