import { CATEGORY_CODES } from '../../model/categories.js';
import { shareBase, type FeatureResult } from '../../model/report.js';
import { coordinate as c, escapeXml } from '../escape.js';
import type { Messages } from '../messages/messages.js';
import { textWidth } from './labels.js';
import { CATEGORY_FILL } from './palette.js';

const FONT = 12;
const BAR = 18;
const GAP = 8;
const CHART = 420;

/**
 * A 100 % stacked bar per feature (in the order given): the share of n of each category in the order
 * M, O, A, I, R, Q, with the letter and percentage written on segments wide enough to hold them.
 */
export function stackedBarsSvg(features: FeatureResult[], messages: Messages, title = 'Category shares'): string {
  const labelWidth = Math.ceil(Math.max(80, ...features.map((f) => textWidth(f.name, FONT))) + 12);
  const left = labelWidth;
  const top = 10;
  const legendWidth = CATEGORY_CODES.reduce((sum, code) => sum + 30 + textWidth(`${code} ${messages.categories[code]}`, FONT), 0);
  const width = Math.ceil(Math.max(left + CHART + 20, left + legendWidth + 20));
  const legendY = top + features.length * (BAR + GAP) + 16;
  const height = legendY + 30;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="bars-title bars-desc" class="kano-shares" font-family="ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace" font-size="${FONT}">`,
    `<title id="bars-title">${escapeXml(title)}</title>`,
    `<desc id="bars-desc">${escapeXml(
      features
        .map((f) => `${f.name}: ${CATEGORY_CODES.filter((k) => f.counts[k] > 0).map((k) => `${k} ${shareBase(f) === 0 ? 0 : Math.round((100 * f.counts[k]) / shareBase(f))}%`).join(', ') || 'no valid pairs'}`)
        .join('; '),
    )}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  features.forEach((f, i) => {
    const y = top + i * (BAR + GAP);
    out.push(`<text x="${left - 8}" y="${c(y + BAR / 2 + 4)}" text-anchor="end">${escapeXml(f.name)}</text>`);
    let x = left;
    for (const code of CATEGORY_CODES) {
      const share = shareBase(f) === 0 ? 0 : f.counts[code] / shareBase(f);
      if (share === 0) continue;
      const w = share * CHART;
      const text = `${code} ${Math.round(share * 100)}%`;
      out.push(
        `<rect class="share" data-feature="${escapeXml(f.name)}" data-code="${code}" data-share="${share}" x="${c(x)}" y="${y}" width="${c(w)}" height="${BAR}" fill="${CATEGORY_FILL[code]}"><title>${escapeXml(`${f.name}: ${messages.categories[code]} ${Math.round(share * 100)}%`)}</title></rect>`,
      );
      if (textWidth(text, FONT - 1) + 4 <= w) {
        out.push(`<text x="${c(x + w / 2)}" y="${c(y + BAR / 2 + 4)}" text-anchor="middle" font-size="${FONT - 1}" fill="#ffffff">${text}</text>`);
      }
      x += w;
    }
  });
  let lx = left;
  for (const code of CATEGORY_CODES) {
    const text = `${code} ${messages.categories[code]}`;
    out.push(`<rect x="${c(lx)}" y="${legendY}" width="12" height="12" fill="${CATEGORY_FILL[code]}"/>`, `<text x="${c(lx + 16)}" y="${legendY + 10}">${escapeXml(text)}</text>`);
    lx += 16 + textWidth(text, FONT) + 14;
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
