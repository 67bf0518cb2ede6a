import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// Wrong matches the audits of round 49 left for the lead, fixed in the matcher in round 50.
describe('round 50: what the audits left for the lead', () => {
  it('in code a hyphenated subcommand is one word: git merge is not in git merge-base; prose compounds keep their terms (audit dr)', () => {
    // As in audit dr's super-linter validation.sh (dr-code-4): git plumbing commands are hyphenated subcommands.
    const script = [
      '#!/usr/bin/env bash',
      'GIT_MERGE_BASE=$(git -C "${GITHUB_WORKSPACE}" merge-base "${GITHUB_SHA}" "${DEFAULT_BRANCH}")',
      'git merge-base --is-ancestor "${GITHUB_BEFORE_SHA}" HEAD',
      'git merge --no-ff "${BRANCH}"',
      'git merge "${BRANCH}"',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(script, 'shellscript', /^git .*merge$|^git -C .*merge$/), ['git-merge', 'git-merge']);
    // The same in a Markdown code span and fence; in prose a hyphenated compound after a term keeps it.
    const doc = [
      '# Finding the fork point',
      '',
      'Run `git merge-base main feature` first, then `git merge feature`.',
      '',
      '```bash',
      'git merge-base main feature',
      '```',
      '',
      'Most detectors are trained with stochastic gradient descent-like optimizers.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(doc, 'markdown', /^git merge$/), ['git-merge']);
    assert.deepEqual(notesAt(doc, 'markdown', /^stochastic gradient descent$/), ['stochastic-gradient-descent']);
  });
});
