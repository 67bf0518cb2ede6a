import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/**
 * A new folder under the system's temporary directory, removed when the whole test run ends (a copy of content/
 * is 21 MB: every unit run left a few of them behind in /tmp).
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

// Imported at load time by the test files that use it: the hook is the root suite's, run once after every test
// (outside mocha, e.g. a script reusing test/security/corpus.ts, there is no hook and nothing is removed).
if (typeof after === 'function') {
  after(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
}
