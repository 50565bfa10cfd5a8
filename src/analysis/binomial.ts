import type { Uniform } from './random.js';

/** Stirling-series corrections fc(k) = ln k! − (k + ½) ln(k + 1) + (k + 1) − ½ ln 2π, for k ≤ 9. */
const FC = [
  0.08106146679532726, 0.04134069595540929, 0.02767792568499834, 0.02079067210376509, 0.01664469118982119,
  0.01387612882307075, 0.01189670994589177, 0.01041126526197209, 0.009255462182712733, 0.008330563433362871,
];

export function stirlingCorrection(k: number): number {
  if (k <= 9) return FC[k] ?? 0;
  const k1 = k + 1;
  const k2 = k1 * k1;
  return (1 / 12 - (1 / 360 - 1 / 1260 / k2) / k2) / k1;
}

/** Inversion (BINV, Kachitvichyanukul & Schmeiser 1988), for small n·p: expected work O(n·p). */
function inversion(n: number, p: number, uniform: Uniform): number {
  const q = 1 - p;
  const s = p / q;
  const a = (n + 1) * s;
  for (;;) {
    let r = q ** n;
    let u = uniform();
    let x = 0;
    while (u > r) {
      u -= r;
      x++;
      if (x > n) break;
      r *= a / x - s;
    }
    if (x <= n) return x;
  }
}

/**
 * BTRD (Hörmann 1993, "The generation of binomial random variates", J. Statist. Comput. Simul. 46):
 * transformed rejection with decomposition, for n·p ≥ 10 and p ≤ ½, constant expected work.
 */
function btrd(n: number, p: number, uniform: Uniform): number {
  const q = 1 - p;
  const m = Math.floor((n + 1) * p);
  const r = p / q;
  const nr = (n + 1) * r;
  const npq = n * p * q;
  const sqrtNpq = Math.sqrt(npq);
  const b = 1.15 + 2.53 * sqrtNpq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const alpha = (2.83 + 5.1 / b) * sqrtNpq;
  const vr = 0.92 - 4.2 / b;
  const urvr = 0.86 * vr;
  for (;;) {
    let v = uniform();
    let u: number;
    if (v <= urvr) {
      u = v / vr - 0.43;
      return Math.floor(((2 * a) / (0.5 - Math.abs(u)) + b) * u + c);
    }
    if (v >= vr) {
      u = uniform() - 0.5;
    } else {
      u = v / vr - 0.93;
      u = Math.sign(u) * 0.5 - u;
      v = uniform() * vr;
    }
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    v = (v * alpha) / (a / (us * us) + b);
    const km = Math.abs(k - m);
    if (km <= 15) {
      // Evaluate f(k)/f(m) by its recurrence.
      let f = 1;
      if (m < k) for (let i = m + 1; i <= k; i++) f *= nr / i - r;
      else if (m > k) for (let i = k + 1; i <= m; i++) v *= nr / i - r;
      if (v <= f) return k;
      continue;
    }
    // Squeeze, then the exact test on log f(k)/f(m) with Stirling corrections.
    v = Math.log(v);
    const rho = (km / npq) * (((km / 3 + 0.625) * km + 1 / 6) / npq + 0.5);
    const t = (-km * km) / (2 * npq);
    if (v < t - rho) return k;
    if (v > t + rho) continue;
    const nm = n - m + 1;
    const h = (m + 0.5) * Math.log((m + 1) / (r * nm)) + stirlingCorrection(m) + stirlingCorrection(n - m);
    const nk = n - k + 1;
    if (v <= h + (n + 1) * Math.log(nm / nk) + (k + 0.5) * Math.log((nk * r) / (k + 1)) - stirlingCorrection(k) - stirlingCorrection(n - k)) {
      return k;
    }
  }
}

/** A Binomial(n, p) variate. */
export function binomial(n: number, p: number, uniform: Uniform): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomial(n, 1 - p, uniform);
  return n * p < 10 ? inversion(n, p, uniform) : btrd(n, p, uniform);
}

/**
 * A Multinomial(n, probabilities) variate, as a chain of conditional binomials, written into `into`
 * (no allocation: the bootstrap draws it thousands of times per feature).
 */
export function multinomial<T extends number[] | Int32Array>(n: number, probabilities: ArrayLike<number>, uniform: Uniform, into: T): T {
  let remaining = n;
  let mass = 1;
  const last = probabilities.length - 1;
  for (let i = 0; i < last; i++) {
    const p = probabilities[i] ?? 0;
    const k = remaining === 0 || mass <= 0 ? 0 : binomial(remaining, Math.min(1, Math.max(0, p / mass)), uniform);
    into[i] = k;
    remaining -= k;
    mass -= p;
  }
  into[last] = remaining;
  return into;
}
