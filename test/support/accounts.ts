import type { RowAccount } from '../../src/model/report.js';

/** A complete row account: the given counts, nothing excluded or partial unless said. */
export function account(counts: Partial<RowAccount>): RowAccount {
  return {
    read: 0,
    used: 0,
    blank: 0,
    incomplete: 0,
    invalid: 0,
    excluded: { preview: 0, test: 0, spam: 0, partial: 0, questionable: 0 },
    partial: 0,
    ...counts,
  };
}
