import { problem } from './errors.js';
import type { GateFailure } from './model/gates.js';
import { shareBase, type FeatureResult, type Report } from './model/report.js';

/** A --fail-on condition: what it checks and which features trip it. */
export interface Gate {
  spec: string;
  describe: string;
  trips(feature: FeatureResult): boolean;
  /** Conditions that need intervals (--ci). */
  needsCi?: boolean;
}

/**
 * Parses a --fail-on condition: `questionable>0.1` (a feature's share of questionable pairs),
 * `n<30` (valid pairs), `mixed` (no significant category), `reverse` (classified reverse),
 * `stability<0.8` (share of resamples keeping the category; needs --ci).
 */
export function parseGate(spec: string): Gate {
  const text = spec.replace(/\s+/g, '').toLowerCase();
  const number = (s: string | undefined) => {
    const value = Number(s);
    if (s === undefined || s === '' || !Number.isFinite(value)) throw problem('bad-gate', {}, { spec });
    return value;
  };
  let match: RegExpExecArray | null;
  if ((match = /^(?:questionable|q)>(.+)$/.exec(text))) {
    const limit = number(match[1]);
    return { spec, describe: `a share of questionable pairs above ${limit}`, trips: (f) => shareBase(f) > 0 && f.counts.Q / shareBase(f) > limit };
  }
  if ((match = /^n<(.+)$/.exec(text))) {
    const limit = number(match[1]);
    // An unknown n (percentages without n) cannot show that there are enough pairs.
    return { spec, describe: `fewer than ${limit} valid pairs`, trips: (f) => f.n === null || f.n < limit };
  }
  if ((match = /^stability<(.+)$/.exec(text))) {
    const limit = number(match[1]);
    return { spec, describe: `a category stability below ${limit}`, trips: (f) => f.ci !== null && f.ci.stability < limit, needsCi: true };
  }
  if (text === 'mixed') return { spec, describe: 'no significant category (mixed)', trips: (f) => f.mixed !== null };
  if (text === 'reverse') return { spec, describe: 'the reverse category', trips: (f) => f.code === 'R' };
  throw problem('bad-gate', {}, { spec });
}

/** Every gate that trips on the report, with the features that trip it. */
export function checkGates(report: Report, gates: readonly Gate[]): GateFailure[] {
  return gates.flatMap((gate) => {
    if (gate.needsCi && report.method.intervals === null) throw problem('bad-gate', {}, { spec: `${gate.spec} (it needs --ci)` });
    const features = report.features.filter((f) => gate.trips(f)).map((f) => f.name);
    return features.length > 0 ? [{ gate: gate.spec, describe: gate.describe, features }] : [];
  });
}
