import type { Report } from '../../model/report.js';
import { coordinate as c, escapeXml } from '../escape.js';
import type { Messages } from '../messages/messages.js';
import { placeLabels, type Box } from './labels.js';
import { CATEGORY_FILL, marker } from './palette.js';

const SIZE = 480;
const PLOT = { x: 70, y: 30, size: SIZE };
const FONT = 12;
const RADIUS = 5;
/** DuMouchel's scores run from −2 to 4; the quadrant lines are at 2. */
const LOW = -2;
const HIGH = 4;

/**
 * DuMouchel's continuous diagram (KANO-METHODS.md §5): x = mean dysfunctional score, y = mean functional
 * score, each with a ±1 SD bar, quadrant lines at 2 (a convention), markers by discrete category.
 */
export function continuousSvg(report: Report, messages: Messages, title = 'Continuous analysis'): string {
  const plotted = report.features.filter((f) => f.continuous !== null && f.code !== null);
  const scale = (v: number) => (Math.min(HIGH, Math.max(LOW, v)) - LOW) / (HIGH - LOW);
  const px = (v: number) => PLOT.x + scale(v) * SIZE;
  const py = (v: number) => PLOT.y + (1 - scale(v)) * SIZE;
  const area: Box = { x: PLOT.x, y: PLOT.y, width: SIZE, height: SIZE };
  const points = plotted.map((f) => ({ x: px(f.continuous!.dysfunctional.mean), y: py(f.continuous!.functional.mean), text: f.name }));
  const labels = placeLabels(points, { fontSize: FONT, radius: RADIUS + 2, area });
  const width = PLOT.x + SIZE + 20;
  const height = PLOT.y + SIZE + 56;
  const ticks = [-2, -1, 0, 1, 2, 3, 4];
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="cont-title cont-desc" class="kano-continuous" font-family="ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace" font-size="${FONT}">`,
    `<title id="cont-title">${escapeXml(title)}</title>`,
    `<desc id="cont-desc">${escapeXml(
      `${messages.continuous.note} ` +
        plotted.map((f) => `${f.name}: functional ${f.continuous!.functional.mean.toFixed(2)}, dysfunctional ${f.continuous!.dysfunctional.mean.toFixed(2)}`).join('; '),
    )}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<rect x="${PLOT.x}" y="${PLOT.y}" width="${SIZE}" height="${SIZE}" fill="none" stroke="#444"/>`,
    `<path d="M${c(px(2))} ${PLOT.y}V${PLOT.y + SIZE}M${PLOT.x} ${c(py(2))}H${PLOT.x + SIZE}" stroke="#888" stroke-dasharray="4 3"/>`,
    ...ticks.flatMap((t) => [
      `<text x="${c(px(t))}" y="${PLOT.y + SIZE + 18}" text-anchor="middle">${t}</text>`,
      `<text x="${PLOT.x - 8}" y="${c(py(t) + 4)}" text-anchor="end">${t}</text>`,
    ]),
    `<text x="${PLOT.x + SIZE / 2}" y="${PLOT.y + SIZE + 40}" text-anchor="middle" font-weight="bold">${escapeXml(messages.continuous.dysfunctionalMean)}</text>`,
    `<text x="${PLOT.x - 48}" y="${PLOT.y + SIZE / 2}" text-anchor="middle" font-weight="bold" transform="rotate(-90 ${PLOT.x - 48} ${PLOT.y + SIZE / 2})">${escapeXml(messages.continuous.functionalMean)}</text>`,
  ];
  plotted.forEach((f, i) => {
    const { functional, dysfunctional } = f.continuous!;
    const x = px(dysfunctional.mean);
    const y = py(functional.mean);
    const code = f.code ?? 'I';
    const bars = [
      dysfunctional.sd === null ? '' : `M${c(px(dysfunctional.mean - dysfunctional.sd))} ${c(y)}H${c(px(dysfunctional.mean + dysfunctional.sd))}`,
      functional.sd === null ? '' : `M${c(x)} ${c(py(functional.mean - functional.sd))}V${c(py(functional.mean + functional.sd))}`,
    ].join('');
    out.push(
      `<g class="point" data-feature="${escapeXml(f.name)}" data-functional="${functional.mean}" data-dysfunctional="${dysfunctional.mean}" fill="${CATEGORY_FILL[code]}" color="${CATEGORY_FILL[code]}">`,
      `<title>${escapeXml(`${f.name}: functional ${functional.mean.toFixed(2)} ± ${functional.sd?.toFixed(2) ?? '–'}, dysfunctional ${dysfunctional.mean.toFixed(2)} ± ${dysfunctional.sd?.toFixed(2) ?? '–'}`)}</title>`,
      bars === '' ? '' : `<path class="sd" d="${bars}" stroke="${CATEGORY_FILL[code]}" opacity="0.5"/>`,
      marker(code, x, y, RADIUS),
      '</g>',
    );
    const label = labels[i];
    if (label) out.push(`<text class="label" x="${c(label.x)}" y="${c(label.y - 2)}" data-feature="${escapeXml(f.name)}">${escapeXml(f.name)}</text>`);
  });
  out.push('</svg>');
  return `${out.filter((l) => l !== '').join('\n')}\n`;
}
