/** An axis-aligned box in SVG user units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Placed {
  /** Baseline start of the text. */
  x: number;
  y: number;
  box: Box;
  /** Whether a leader line joins the label to its point (it had to move away). */
  leader: boolean;
}

const CJK = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * Width of a text in a monospace font of the given size, measured from above: Latin and Cyrillic
 * characters take at most 0.62 em in the usual monospace faces (DejaVu Sans Mono, Menlo, Consolas
 * 0.60), Chinese, Japanese and Korean ones 1 em.
 */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const ch of text) width += CJK.test(ch) ? 1 : 0.62;
  return width * fontSize;
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

function inside(box: Box, area: Box): boolean {
  return box.x >= area.x && box.y >= area.y && box.x + box.width <= area.x + area.width && box.y + box.height <= area.y + area.height;
}

/** Rings of candidate positions tried around a point before giving up. */
const RINGS = 40;

/**
 * Candidate boxes for a label around a point, nearest first: the eight classic positions (right, left,
 * above, below, then the diagonals) next to the marker, then rings further out with more angles on
 * each, the box's near edge facing the point.
 */
function* candidates(p: { x: number; y: number }, width: number, height: number, radius: number): Generator<Box & { ring: number }> {
  const d = radius + 2;
  const near: [number, number][] = [
    [p.x + d, p.y - height / 2],
    [p.x - d - width, p.y - height / 2],
    [p.x - width / 2, p.y - d - height],
    [p.x - width / 2, p.y + d],
    [p.x + d * 0.7, p.y - d * 0.7 - height],
    [p.x - d * 0.7 - width, p.y - d * 0.7 - height],
    [p.x + d * 0.7, p.y + d * 0.7],
    [p.x - d * 0.7 - width, p.y + d * 0.7],
  ];
  for (const [x, y] of near) yield { x, y, width, height, ring: 0 };
  for (let ring = 1; ring < RINGS; ring++) {
    const distance = d + ring * height * 0.8;
    const angles = 8 + 4 * ring;
    for (let k = 0; k < angles; k++) {
      const angle = (2 * Math.PI * k) / angles;
      const cos = Math.cos(angle);
      const sin = Math.sin(angle);
      yield { x: p.x + distance * cos - width / 2 + (width / 2) * cos, y: p.y + distance * sin - height / 2 + (height / 2) * sin, width, height, ring };
    }
  }
}

/**
 * Places one label per point so that no label overlaps another label, a marker or an obstacle, and
 * all stay inside the area. Deterministic and greedy: points are taken in order, each label takes the
 * first free candidate (nearest first); away from its marker it gets a leader line. A label that finds
 * no room at all is put at its first in-area candidate, which the tests would catch.
 */
export function placeLabels(
  points: { x: number; y: number; text: string }[],
  { fontSize, radius, area, obstacles = [] }: { fontSize: number; radius: number; area: Box; obstacles?: Box[] },
): Placed[] {
  const height = fontSize * 1.2;
  const markers: Box[] = points.map((p) => ({ x: p.x - radius, y: p.y - radius, width: 2 * radius, height: 2 * radius }));
  const taken: Box[] = [...obstacles];
  return points.map((p) => {
    const width = textWidth(p.text, fontSize);
    let fallback: Box | null = null;
    let chosen: (Box & { ring: number }) | null = null;
    for (const box of candidates(p, width, height, radius)) {
      if (!inside(box, area)) continue;
      fallback ??= box;
      if (taken.some((t) => overlaps(t, box, 1)) || markers.some((m) => overlaps(m, box, 1))) continue;
      chosen = box;
      break;
    }
    const box = chosen ?? fallback ?? { x: area.x, y: area.y, width, height };
    taken.push(box);
    return { x: box.x, y: box.y + fontSize, box: { x: box.x, y: box.y, width, height }, leader: (chosen?.ring ?? 1) > 0 };
  });
}
