import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * A new folder for a test file's files, removed with what is in it when the file's tests are done (some
 * write 100 MB; left behind, every run added to the machine's temporary folder). Call it at the top of a
 * test file or in a describe block, where vitest takes hooks.
 */
export function temporaryFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}
