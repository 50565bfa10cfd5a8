/**
 * How a run ended, and the exit code that says so (README "Exit codes"). Exit 1 is kept for the
 * gates that a later `--fail-on` will add.
 */
export type Outcome = 'ran' | 'could-not-analyse' | 'internal-error';

export function exitCode(outcome: Outcome): 0 | 2 | 3 {
  switch (outcome) {
    case 'ran':
      return 0;
    case 'could-not-analyse':
      return 2;
    case 'internal-error':
      return 3;
  }
}
