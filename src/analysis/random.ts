/** A uniform random number in [0, 1). */
export type Uniform = () => number;

/** splitmix32: spreads a seed over the generator state (Steele, Lea & Flood 2014, 32-bit variant). */
function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * xoshiro128** (Blackman & Vigna 2018), seeded through splitmix32: fast, small, and the same sequence
 * for the same seed on every platform, so resampled figures are reproducible byte for byte.
 */
export function seededUniform(seed: number): Uniform {
  const next = splitmix32(seed);
  let a = next();
  let b = next();
  let c = next();
  let d = next();
  return () => {
    const result = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0;
    const t = (b << 9) >>> 0;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result / 4294967296;
  };
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

/** A seed for one stream (e.g. one feature), from the run's seed and a name: FNV-1a over both. */
export function streamSeed(seed: number, name: string): number {
  let hash = 0x811c9dc5 ^ (seed >>> 0);
  for (const unit of name) {
    const code = unit.codePointAt(0) ?? 0;
    hash = Math.imul(hash ^ code, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
