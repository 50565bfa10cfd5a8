import { describe, expect, it } from 'vitest';
import { readSideColumn } from '../../src/normalise/header-spellings.js';

describe('readSideColumn', () => {
  it.each([
    ['Dark mode (functional)', 'Dark mode', 'functional'],
    ['Dark mode (dysfunctional)', 'Dark mode', 'dysfunctional'],
    ['Dark mode (Disfunctional)', 'Dark mode', 'dysfunctional'],
    ['Dark mode [F]', 'Dark mode', 'functional'],
    ['Dark mode - functional', 'Dark mode', 'functional'],
    ['Dark mode – dysfunctional', 'Dark mode', 'dysfunctional'],
    ['dark_mode_functional', 'dark_mode', 'functional'],
    ['dark_mode_dysfunctional', 'dark_mode', 'dysfunctional'],
    ['dark_mode_f', 'dark_mode', 'functional'],
    ['dark_mode_D', 'dark_mode', 'dysfunctional'],
    ['darkmode.d', 'darkmode', 'dysfunctional'],
    ['functional: Dark mode', 'Dark mode', 'functional'],
    ['Dysfunctional - Dark mode', 'Dark mode', 'dysfunctional'],
    ['F: Dark mode', 'Dark mode', 'functional'],
    ['D: Dark mode', 'Dark mode', 'dysfunctional'],
  ])('reads %j as %s, %s', (header, feature, side) => {
    expect(readSideColumn(header)).toEqual({ feature, side });
  });

  it.each(['Respondent ID', 'Timestamp', 'D-pad support', 'Feedback', 'Importance [Dark mode]', 'id_f2', 'Email address'])(
    'leaves %j alone',
    (header) => {
      expect(readSideColumn(header)).toBeNull();
    },
  );
});
