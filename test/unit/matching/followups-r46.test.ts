import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// Wrong matches the round-45 audits and reviews left for the lead.
describe('aliases narrowed in round 46 from what earlier audits left', () => {
  it('PATH is the environment variable, not the last or first part of another constant (BINARY_PATH, PATH_MAX)', () => {
    const sh = ['#!/bin/bash', 'export BINARY_PATH=/usr/local/bin/app', 'export PATH="$HOME/bin:$PATH"', 'echo "$CONFIG_PATH"', ''].join('\n');
    assert.deepEqual(notesAt(sh, 'shellscript', /PATH/), ['environment-variable', 'environment-variable']);
    const limits = ['#!/bin/sh', 'max=$(getconf PATH_MAX /)', 'echo "longest path: $max, search path: $PATH"', ''].join('\n');
    assert.deepEqual(notesAt(limits, 'shellscript', /PATH/), ['environment-variable']);
  });
});
