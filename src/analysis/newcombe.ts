import { wilson } from './wilson.js';

/**
 * Newcombe's hybrid score interval for a difference of proportions p₁ − p₂ (Newcombe 1998, "Interval
 * estimation for the difference between independent proportions", method 10), built from the two Wilson
 * intervals (l₁, u₁), (l₂, u₂): from d − sqrt((p₁ − l₁)² + (u₂ − p₂)²) to d + sqrt((u₁ − p₁)² + (p₂ − l₂)²).
 * Null when either proportion is undefined (n = 0).
 */
export function newcombe(x1: number, n1: number, x2: number, n2: number, level: number): [number, number] | null {
  const first = wilson(x1, n1, level);
  const second = wilson(x2, n2, level);
  if (!first || !second) return null;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const d = p1 - p2;
  return [d - Math.hypot(p1 - first[0], second[1] - p2), d + Math.hypot(first[1] - p1, p2 - second[0])];
}
