/** How a run ended, and the exit code that says so (README "Exit codes"). */
export type Outcome = 'ran' | 'gate-failed' | 'could-not-analyse' | 'internal-error';

export function exitCode(outcome: Outcome): 0 | 1 | 2 | 3 {
  switch (outcome) {
    case 'ran':
      return 0;
    case 'gate-failed':
      return 1;
    case 'could-not-analyse':
      return 2;
    case 'internal-error':
      return 3;
  }
}
