import { gammaln } from 'simple-statistics';
import { tableWithMargins } from './hypergeometric.js';
import type { Uniform } from './random.js';

export interface ChiSquare {
  chi2: number;
  df: number;
  p: number;
  /** `asymptotic` (chi-square distribution) or `monte-carlo` (expected counts below 5). */
  pMethod: 'asymptotic' | 'monte-carlo';
  cramersV: number;
}

/** Smallest expected count for which the chi-square distribution is trusted (Cochran 1954). */
const MIN_EXPECTED = 5;

/** The row and column totals of a table of counts, and its total. */
function margins(table: readonly (readonly number[])[]): { rows: number[]; columns: number[]; n: number } {
  const rows = table.map((row) => row.reduce((a, b) => a + b, 0));
  const columns = (table[0] ?? []).map((_, c) => table.reduce((sum, row) => sum + (row[c] ?? 0), 0));
  return { rows, columns, n: rows.reduce((a, b) => a + b, 0) };
}

/** Pearson's statistic Σ (O − E)² / E for a table of counts, E from its margins. */
export function pearson(table: readonly (readonly number[])[]): { chi2: number; minExpected: number } {
  const { rows, columns, n } = margins(table);
  let chi2 = 0;
  let minExpected = Infinity;
  table.forEach((row, r) =>
    row.forEach((observed, c) => {
      const expected = ((rows[r] ?? 0) * (columns[c] ?? 0)) / n;
      minExpected = Math.min(minExpected, expected);
      if (expected > 0) chi2 += ((observed - expected) * (observed - expected)) / expected;
    }),
  );
  return { chi2, minExpected };
}

/**
 * Upper regularized incomplete gamma Q(a, x) = Γ(a, x) / Γ(a), by its series below a + 1 and its
 * continued fraction above (Numerical Recipes §6.2), with ln Γ from simple-statistics.
 */
export function upperGamma(a: number, x: number): number {
  if (x <= 0) return 1;
  const lnFront = a * Math.log(x) - x - gammaln(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let k = 1; k < 1000 && Math.abs(term) > Math.abs(sum) * 1e-16; k++) {
      term *= x / (a + k);
      sum += term;
    }
    return Math.max(0, 1 - sum * Math.exp(lnFront));
  }
  // Lentz's method for the continued fraction of Γ(a, x).
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.min(1, Math.exp(lnFront) * h);
}

/** P(χ²_df ≥ x). */
export function chiSquareTail(x: number, df: number): number {
  return upperGamma(df / 2, x / 2);
}

/**
 * Pearson's chi-square test of independence for an r × c table of counts. When an expected count is
 * below 5 the p-value is Monte-Carlo instead (as R's chisq.test with simulate.p.value): `simulations`
 * random tables with the same margins (drawn cell by cell, see tableWithMargins: the work does not
 * grow with n, as a shuffle of the units would), and
 * p = (1 + #{χ²_sim ≥ χ²}) / (simulations + 1). Cramér's V = sqrt(χ² / (n · (min(r, c) − 1))).
 */
export function chiSquareTest(table: readonly (readonly number[])[], simulations: number, uniform: Uniform): ChiSquare {
  const { chi2, minExpected } = pearson(table);
  const r = table.length;
  const c = table[0]?.length ?? 0;
  const { rows, columns, n } = margins(table);
  const df = (r - 1) * (c - 1);
  const cramersV = Math.sqrt(chi2 / (n * (Math.min(r, c) - 1)));
  if (minExpected >= MIN_EXPECTED) return { chi2, df, p: chiSquareTail(chi2, df), pMethod: 'asymptotic', cramersV };

  // The simulated tables keep both margins, so they all have the observed expected counts: worked out
  // once, as pearson does, so that each simulated statistic is pearson's to the last bit.
  const expected = Float64Array.from({ length: r * c }, (_, cell) => ((rows[Math.floor(cell / c)] ?? 0) * (columns[cell % c] ?? 0)) / n);
  const simulated = new Int32Array(r * c);
  let atLeast = 0;
  for (let s = 0; s < simulations; s++) {
    tableWithMargins(rows, columns, uniform, simulated);
    let statistic = 0;
    for (let cell = 0; cell < expected.length; cell++) {
      const e = expected[cell]!;
      if (e > 0) statistic += ((simulated[cell]! - e) * (simulated[cell]! - e)) / e;
    }
    // A small tolerance, as R uses, so that ties with the observed statistic count as at least as extreme.
    if (statistic >= chi2 - 1e-7 * Math.max(1, chi2)) atLeast++;
  }
  return { chi2, df, p: (1 + atLeast) / (simulations + 1), pMethod: 'monte-carlo', cramersV };
}

/**
 * Holm's step-down adjustment (Holm 1979): with p sorted ascending, p'(i) = max over j ≤ i of
 * min(1, (m − j + 1) · p(j)). Returns the adjusted values in the input order; nulls stay null.
 */
export function holm(ps: readonly (number | null)[]): (number | null)[] {
  const tested = ps.map((p, i) => ({ p, i })).filter((x): x is { p: number; i: number } => x.p !== null);
  tested.sort((a, b) => a.p - b.p || a.i - b.i);
  const adjusted: (number | null)[] = ps.map(() => null);
  let running = 0;
  tested.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (tested.length - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}
