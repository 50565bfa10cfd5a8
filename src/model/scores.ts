import type { Answer } from './answers.js';

/**
 * DuMouchel's answer scores (in Berger et al. 1993), asymmetric on purpose: liking a feature's presence
 * weighs more than expecting it, disliking its absence more than tolerating it.
 */
export const FUNCTIONAL_SCORES = { like: 4, expect: 2, neutral: 0, tolerate: -1, dislike: -2 } as const satisfies Record<Answer, number>;
export const DYSFUNCTIONAL_SCORES = { like: -2, expect: -1, neutral: 0, tolerate: 2, dislike: 4 } as const satisfies Record<Answer, number>;
