/** A tripped --fail-on condition and the features that trip it. */
export interface GateFailure {
  gate: string;
  describe: string;
  features: string[];
}
