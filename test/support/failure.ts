import { KanoError } from '../../src/errors.js';

/** The KanoError an action throws; fails the test if it throws nothing or something else. */
export function failure(action: () => unknown): KanoError {
  try {
    action();
  } catch (error) {
    if (error instanceof KanoError) return error;
    throw error;
  }
  throw new Error('expected a KanoError, but nothing was thrown');
}
