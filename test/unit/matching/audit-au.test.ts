import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit au', () => {
  it("an install script's own info() logger is no GNU info manual; man still is (blind audit au, au-code-2)", () => {
    // As in the audited installer: coloured log helpers named info / ok / warn, then calls of info "...".
    const sh = [
      '#!/usr/bin/env bash',
      'set -euo pipefail',
      "BLUE='\\033[0;34m'",
      "NC='\\033[0m'",
      'info()  { echo -e "${BLUE}[INFO]${NC}  $*"; }',
      'ok()    { echo -e "[OK]    $*"; }',
      'ARCH="$(uname -m)"',
      'info "Detected architecture: $ARCH"',
      'command -v systemctl >/dev/null 2>&1 || exit 1',
      'info "Fetching latest release"',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(sh, 'shellscript', /^info$/), []);
    const man = '#!/usr/bin/env bash\n# read the manual of the crontab file format\nman 5 crontab\n';
    assert.deepEqual(notesAt(man, 'shellscript', /^man$/), ['man-pages']);
  });
});
