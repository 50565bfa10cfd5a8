import type { FeatureResult, Report } from '../model/report.js';
import { sortedFeatures } from './human.js';
import type { Messages } from './messages/messages.js';
import type { Style } from './style.js';

/** A feature's marker: its rank, 1–9 then a–z, then +. */
function markerFor(rank: number): string {
  if (rank <= 9) return String(rank);
  return rank <= 35 ? String.fromCharCode(96 + rank - 9) : '+';
}

/**
 * The Better–Worse diagram in Unicode characters for a terminal `columns` wide: |Worse| across, Better
 * up, quadrant lines at 0.5, each feature marked by its rank (several in one cell: *), with a legend
 * underneath, so it reads without colour.
 */
export function terminalPlot(report: Report, messages: Messages, style: Style, columns = 80): string {
  const width = Math.max(24, Math.min(100, columns - 8));
  const height = Math.max(10, Math.round(width / 2.6));
  const grid: string[][] = Array.from({ length: height }, () => Array<string>(width).fill(' '));
  const mid = { x: Math.round((width - 1) / 2), y: Math.round((height - 1) / 2) };
  for (let y = 0; y < height; y++) grid[y]![mid.x] = '│';
  for (let x = 0; x < width; x++) grid[mid.y]![x] = x === mid.x ? '┼' : '─';
  const write = (x: number, y: number, text: string) => [...text].forEach((ch, i) => (grid[y]![x + i] = ch));
  const q = messages.categories;
  write(1, 0, q.A);
  write(width - 1 - [...q.O].length, 0, q.O);
  write(1, height - 1, q.I);
  write(width - 1 - [...q.M].length, height - 1, q.M);

  const plotted: { feature: FeatureResult; x: number; y: number }[] = [];
  for (const f of sortedFeatures(report)) {
    if (f.better === null || f.worse === null || f.code === null) continue;
    const x = Math.min(width - 1, Math.round(Math.abs(f.worse) * (width - 1)));
    const y = Math.min(height - 1, Math.round((1 - f.better) * (height - 1)));
    grid[y]![x] = plotted.some((p) => p.x === x && p.y === y) ? '*' : markerFor(f.rank);
    plotted.push({ feature: f, x, y });
  }
  const colourOf = new Map(plotted.map((p) => [`${p.x},${p.y}`, p.feature.code]));
  const lines = grid.map((row, y) => {
    const axis = y === 0 ? '1.0' : y === mid.y ? '0.5' : y === height - 1 ? '0.0' : '';
    const cells = row.map((ch, x) => {
      const code = colourOf.get(`${x},${y}`);
      return code && ch !== ' ' ? style.category(code, ch) : ch;
    });
    return `${axis.padStart(4)} ┃${cells.join('')}┃`;
  });
  const ruler = `${' '.repeat(5)}┗${'━'.repeat(width)}┛`;
  const scale = `${' '.repeat(5)}0.0${' '.repeat(Math.max(1, mid.x - 4))}0.5${' '.repeat(Math.max(1, width - mid.x - 5))}1.0`;
  const legend = plotted.map(
    ({ feature: f }) =>
      `${markerFor(f.rank).padStart(2)} ${f.name}: ${messages.categories[f.code!]} (${f.code}), Better ${f.better!.toFixed(2)}, |Worse| ${Math.abs(f.worse!).toFixed(2)}`,
  );
  return [`${' '.repeat(5)}Better ↑`, `${' '.repeat(5)}┏${'━'.repeat(width)}┓`, ...lines, ruler, `${scale}  |Worse| →`, '', ...legend, ''].join('\n');
}
