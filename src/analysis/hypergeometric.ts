import { gammaln } from 'simple-statistics';
import type { Uniform } from './random.js';

/**
 * ln k! (gammaln(k + 1)) for k = 0, 1, …, each worked out once: a Monte-Carlo test draws millions of
 * cells from the same few populations, and gammaln took two thirds of its time (2,000 segments).
 */
let logFactorials = new Float64Array(0);

function logFactorial(k: number): number {
  if (k >= logFactorials.length) {
    const known = logFactorials;
    logFactorials = new Float64Array(Math.max(k + 1, 2 * known.length));
    logFactorials.set(known);
    for (let i = known.length; i < logFactorials.length; i++) logFactorials[i] = gammaln(i + 1);
  }
  return logFactorials[k]!;
}

const logChoose = (n: number, k: number) => logFactorial(n) - logFactorial(k) - logFactorial(n - k);

/**
 * A Hypergeometric variate: the successes among `draws` units drawn without replacement from a
 * `population` holding `successes`. By inversion from the mode outwards (mode, one above, one below,
 * two above, …): exact, and the work grows with the standard deviation, not with the population.
 */
export function hypergeometric(population: number, successes: number, draws: number, uniform: Uniform): number {
  const failures = population - successes;
  const low = Math.max(0, draws - failures);
  const high = Math.min(draws, successes);
  if (low >= high) return low;
  const mode = Math.min(high, Math.max(low, Math.floor(((draws + 1) * (successes + 1)) / (population + 2))));
  const atMode = Math.exp(logChoose(successes, mode) + logChoose(failures, draws - mode) - logChoose(population, draws));
  let u = uniform() - atMode;
  if (u <= 0) return mode;
  let up = mode;
  let down = mode;
  let pUp = atMode;
  let pDown = atMode;
  while (up < high || down > low) {
    if (up < high) {
      // p(x + 1) / p(x) = (K − x)(n − x) / ((x + 1)(N − K − n + x + 1))
      pUp *= ((successes - up) * (draws - up)) / ((up + 1) * (failures - draws + up + 1));
      up++;
      u -= pUp;
      if (u <= 0) return up;
    }
    if (down > low) {
      // p(x − 1) / p(x) = x (N − K − n + x) / ((K − x + 1)(n − x + 1))
      pDown *= (down * (failures - draws + down)) / ((successes - down + 1) * (draws - down + 1));
      down--;
      u -= pDown;
      if (u <= 0) return down;
    }
  }
  // Rounding left a sliver of probability unassigned after the whole support: give it to the mode.
  return mode;
}

/**
 * A random r × c table with the given row and column totals, as the shuffle of a table's units gives
 * them (the multiple hypergeometric distribution; Patefield 1981 draws the same): each row's cells drawn
 * in turn, each from what the row and its column have left. Written into `into`, row after row.
 */
export function tableWithMargins(rows: readonly number[], columns: readonly number[], uniform: Uniform, into: Int32Array): Int32Array {
  const c = columns.length;
  const left = [...columns];
  let population = left.reduce((a, b) => a + b, 0);
  rows.forEach((total, i) => {
    let need = total;
    let pool = population;
    for (let j = 0; j < c; j++) {
      const column = left[j]!;
      const cell = j === c - 1 ? need : need === 0 ? 0 : hypergeometric(pool, column, need, uniform);
      into[i * c + j] = cell;
      left[j] = column - cell;
      need -= cell;
      pool -= column;
    }
    population -= total;
  });
  return into;
}
