import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';

// The report and the diagram as a person sees them: Debian's Chromium, driven by playwright-core
// (.ci/run installs the chromium package; no browser is ever downloaded).
const ROOT = join(import.meta.dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'test', 'artifacts');
const CHROMIUM = '/usr/bin/chromium';

function kano(...args: string[]): string {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'kano.cjs'), ...args], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`kano ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

let browser: Browser;
let report: Report;
const reportFile = join(ARTIFACTS, 'report.html');
const svgFile = join(ARTIFACTS, 'better-worse.svg');

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium), as .ci/run does`);
  mkdirSync(ARTIFACTS, { recursive: true });
  const args = ['examples/mobile-banking.csv', '--ci', '0.95', '--quiet'];
  report = JSON.parse(kano('analyze', ...args, '--json')) as Report;
  kano('report', ...args, '--segment', 'Plan', '--out', reportFile);
  kano('plot', ...args, '--out', svgFile);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** Opens a file, recording console errors and every request other than for the file itself. */
async function open(file: string, width: number) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  const requests: string[] = [];
  const url = pathToFileURL(file).href;
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/*', async (route) => {
    if (route.request().url() === url) return route.continue();
    requests.push(route.request().url());
    return route.abort();
  });
  await page.goto(url);
  return { page, errors, requests };
}

interface Drawn {
  feature: string;
  worse: number;
  better: number;
  marker: DOMRect;
}

/** Each marker's centre read back from the DOM, turned into |Worse| and Better by the plot's scale. */
async function points(page: Page): Promise<Drawn[]> {
  return page.$$eval('svg.kano-better-worse g.point', (groups) =>
    groups.map((g) => {
      const plot = g.closest('g.plot') as SVGGElement;
      const left = Number(plot.dataset.left);
      const top = Number(plot.dataset.top);
      const size = Number(plot.dataset.size);
      const shape = g.lastElementChild as SVGGraphicsElement;
      const box = shape.getBBox();
      const r = shape.getBoundingClientRect();
      return {
        feature: (g as SVGGElement).dataset.feature ?? '',
        worse: (box.x + box.width / 2 - left) / size,
        better: 1 - (box.y + box.height / 2 - top) / size,
        marker: { x: r.x, y: r.y, width: r.width, height: r.height } as DOMRect,
      };
    }),
  );
}

async function labelBoxes(page: Page): Promise<{ feature: string; box: DOMRect }[]> {
  return page.$$eval('svg.kano-better-worse text.label', (texts) =>
    texts.map((t) => {
      const r = t.getBoundingClientRect();
      return { feature: (t as SVGTextElement).dataset.feature ?? '', box: { x: r.x, y: r.y, width: r.width, height: r.height } as DOMRect };
    }),
  );
}

const apart = (a: DOMRect, b: DOMRect) => a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

describe.each([
  ['the HTML report', () => reportFile, 1100],
  ['the SVG alone', () => svgFile, 800],
])('%s in Chromium', (name, file, width) => {
  it('loads with no console error and no network request', async () => {
    const { page, errors, requests } = await open(file(), width);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    // A bare SVG document has no scrolling page to capture whole, so it is shot at its viewport.
    await page.screenshot({ path: join(ARTIFACTS, `${name.replace(/\W+/g, '-')}.png`), fullPage: file().endsWith('.html') });
    await page.close();
  }, 60_000);

  it('draws one marker per feature where the JSON puts it', async () => {
    const { page } = await open(file(), width);
    const drawn = await points(page);
    const expected = report.features.filter((f) => f.better !== null && f.worse !== null);
    expect(drawn.map((d) => d.feature).sort()).toEqual(expected.map((f) => f.name).sort());
    for (const f of expected) {
      const d = drawn.find((x) => x.feature === f.name)!;
      // One pixel is 1/480 of the axis.
      expect(Math.abs(d.worse - Math.abs(f.worse!)), f.name).toBeLessThan(0.005);
      expect(Math.abs(d.better - f.better!), f.name).toBeLessThan(0.005);
    }
    await page.close();
  }, 60_000);

  it('keeps the labels apart from each other and from the markers', async () => {
    const { page } = await open(file(), width);
    const labels = await labelBoxes(page);
    const markers = (await points(page)).map((p) => p.marker);
    expect(labels).toHaveLength(markers.length);
    labels.forEach((a, i) => {
      labels.forEach((b, j) => i < j && expect(apart(a.box, b.box), `${a.feature} / ${b.feature}`).toBe(true));
      markers.forEach((m) => expect(apart(a.box, m), `${a.feature} and a marker`).toBe(true));
    });
    await page.close();
  }, 60_000);
});
