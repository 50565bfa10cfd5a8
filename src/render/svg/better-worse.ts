import { CATEGORY_CODES } from '../../model/categories.js';
import type { Report } from '../../model/report.js';
import { coordinate as c, escapeXml } from '../escape.js';
import type { Messages } from '../messages/messages.js';
import { placeLabels, textWidth, type Box } from './labels.js';
import { CATEGORY_FILL, marker } from './palette.js';

const WIDTH = 760;
const HEIGHT = 600;
const PLOT = { x: 70, y: 50, size: 480 };
const FONT = 12;
const RADIUS = 5;

/**
 * The Better–Worse diagram (KANO-METHODS.md §4) as a standalone SVG: x = |Worse|, y = Better, both
 * 0–1, quadrant lines at 0.5, one marker per feature (colour and shape by category), labels placed
 * clear of each other and of the markers, interval whiskers under --ci, a legend, <title> and <desc>.
 */
export function betterWorseSvg(report: Report, messages: Messages, title = 'Better–Worse diagram'): string {
  const plotted = report.features.filter((f) => f.better !== null && f.worse !== null && f.code !== null);
  const px = (worse: number) => PLOT.x + Math.abs(worse) * PLOT.size;
  const py = (better: number) => PLOT.y + (1 - better) * PLOT.size;
  const area: Box = { x: PLOT.x, y: PLOT.y, width: PLOT.size, height: PLOT.size };

  // Quadrant names in the outer corners (exciting top left, expected top right, basic bottom right,
  // indifferent bottom left) are obstacles for the feature labels.
  const quadrants = [
    { code: 'A' as const, x: PLOT.x + 6, y: PLOT.y + 6, anchor: 'start' },
    { code: 'O' as const, x: PLOT.x + PLOT.size - 6, y: PLOT.y + 6, anchor: 'end' },
    { code: 'M' as const, x: PLOT.x + PLOT.size - 6, y: PLOT.y + PLOT.size - 6 - FONT, anchor: 'end' },
    { code: 'I' as const, x: PLOT.x + 6, y: PLOT.y + PLOT.size - 6 - FONT, anchor: 'start' },
  ].map((q) => {
    const text = messages.categories[q.code];
    const width = textWidth(text, FONT);
    return { ...q, text, box: { x: q.anchor === 'end' ? q.x - width : q.x, y: q.y, width, height: FONT * 1.2 } };
  });
  const points = plotted.map((f) => ({ x: px(f.worse ?? 0), y: py(f.better ?? 0), text: f.name }));
  const labels = placeLabels(points, { fontSize: FONT, radius: RADIUS + 2, area, obstacles: quadrants.map((q) => q.box) });

  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="bw-title bw-desc" class="kano-better-worse" font-family="ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace" font-size="${FONT}">`,
    `<title id="bw-title">${escapeXml(title)}</title>`,
    `<desc id="bw-desc">${escapeXml(describe(report, messages, plotted.length))}</desc>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<g class="plot" data-left="${PLOT.x}" data-top="${PLOT.y}" data-size="${PLOT.size}">`,
    `<rect x="${PLOT.x}" y="${PLOT.y}" width="${PLOT.size}" height="${PLOT.size}" fill="none" stroke="#444"/>`,
    `<path d="M${c(px(0.5))} ${PLOT.y}V${PLOT.y + PLOT.size}M${PLOT.x} ${c(py(0.5))}H${PLOT.x + PLOT.size}" stroke="#888" stroke-dasharray="4 3"/>`,
    ...ticks.flatMap((t) => [
      `<text x="${c(px(t))}" y="${PLOT.y + PLOT.size + 18}" text-anchor="middle">${t}</text>`,
      `<text x="${PLOT.x - 8}" y="${c(py(t) + 4)}" text-anchor="end">${t}</text>`,
    ]),
    `<text x="${PLOT.x + PLOT.size / 2}" y="${PLOT.y + PLOT.size + 40}" text-anchor="middle" font-weight="bold">|Worse|</text>`,
    `<text x="${PLOT.x - 48}" y="${PLOT.y + PLOT.size / 2}" text-anchor="middle" font-weight="bold" transform="rotate(-90 ${PLOT.x - 48} ${PLOT.y + PLOT.size / 2})">Better</text>`,
    ...quadrants.map((q) => `<text class="quadrant" x="${c(q.x)}" y="${c(q.y + FONT)}" text-anchor="${q.anchor}" fill="#555" font-style="italic">${escapeXml(q.text)}</text>`),
  ];
  plotted.forEach((f, i) => {
    const x = px(f.worse ?? 0);
    const y = py(f.better ?? 0);
    const code = f.code ?? 'I';
    const whiskers =
      f.ci && f.ci.better && f.ci.worse
        ? `<path class="whisker" d="M${c(px(f.ci.worse[0]))} ${c(y)}H${c(px(f.ci.worse[1]))}M${c(x)} ${c(py(f.ci.better[0]))}V${c(py(f.ci.better[1]))}" stroke="${CATEGORY_FILL[code]}" stroke-width="1.2" opacity="0.6"/>`
        : '';
    out.push(
      `<g class="point" data-feature="${escapeXml(f.name)}" data-code="${code}" data-better="${f.better}" data-worse="${f.worse}" fill="${CATEGORY_FILL[code]}" color="${CATEGORY_FILL[code]}">`,
      `<title>${escapeXml(`${f.name}: ${messages.categories[code]} (${code}), Better ${f.better?.toFixed(2)}, Worse ${f.worse?.toFixed(2)}`)}</title>`,
      whiskers,
      marker(code, x, y, RADIUS),
      '</g>',
    );
    const label = labels[i];
    if (label) {
      if (label.leader) {
        const tx = Math.min(Math.max(x, label.box.x), label.box.x + label.box.width);
        const ty = Math.min(Math.max(y, label.box.y), label.box.y + label.box.height);
        out.push(`<path class="leader" d="M${c(x)} ${c(y)}L${c(tx)} ${c(ty)}" stroke="#999" stroke-width="0.8"/>`);
      }
      out.push(`<text class="label" x="${c(label.x)}" y="${c(label.y - 2)}" data-feature="${escapeXml(f.name)}">${escapeXml(f.name)}</text>`);
    }
  });
  out.push('</g>');
  // Legend: the marker, letter and name of each category, so the colours need no explaining.
  const legendX = PLOT.x + PLOT.size + 30;
  CATEGORY_CODES.forEach((code, i) => {
    const y = PLOT.y + 10 + i * 22;
    out.push(
      `<g class="legend" fill="${CATEGORY_FILL[code]}" color="${CATEGORY_FILL[code]}">${marker(code, legendX, y, RADIUS)}</g>`,
      `<text x="${legendX + 12}" y="${y + 4}">${code} ${escapeXml(messages.categories[code])}</text>`,
    );
  });
  out.push('</svg>');
  return `${out.filter((line) => line !== '').join('\n')}\n`;
}

function describe(report: Report, messages: Messages, plotted: number): string {
  const lines = report.features.map((f) =>
    f.better === null || f.worse === null || f.code === null
      ? `${f.name}: not plotted (no Better/Worse)`
      : `${f.name}: ${messages.categories[f.code]} (${f.code}), Better ${f.better.toFixed(2)}, |Worse| ${Math.abs(f.worse).toFixed(2)}`,
  );
  return `Scatter of ${plotted} features: x |Worse| 0 to 1, y Better 0 to 1, quadrant lines at 0.5. ${lines.join('; ')}.`;
}
