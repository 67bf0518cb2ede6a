import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ConceptReferenceApi } from '../../src/vscode/extension';
import { api, openFixture, waitFor } from './helpers';

function countOf(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

function summary(exports: ConceptReferenceApi): string {
  return exports.conceptsInFile.concepts.map((c) => `${c.noteId}×${c.ranges.length}`).join(', ') || '(none)';
}

describe('Concepts in This File', () => {
  let exports: ConceptReferenceApi;

  before(async () => {
    exports = await api();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('lists kubectl-run with one range per occurrence after opening deploy.sh', async () => {
    const editor = await openFixture('deploy.sh');
    const doc = editor.document;
    const expected = countOf(doc.getText(), 'kubectl run');
    assert.equal(expected, 2, 'fixture deploy.sh should mention "kubectl run" twice');

    const entry = await waitFor(() => {
      if (vscode.window.activeTextEditor?.document !== doc) return undefined;
      return exports.conceptsInFile.concepts.find((c) => c.noteId === 'kubectl-run' && c.ranges.length === expected);
    }, 5000);
    assert.ok(entry, `kubectl-run×${expected} not listed for deploy.sh; listed: ${summary(exports)}`);
    for (const r of entry.ranges) assert.equal(doc.getText(r), 'kubectl run');
    // Most frequent first.
    const counts = exports.conceptsInFile.concepts.map((c) => c.ranges.length);
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a), `not sorted by frequency: ${summary(exports)}`);
  });

  it('follows the active editor: another file replaces the list', async () => {
    await openFixture('deploy.sh');
    await waitFor(() => exports.conceptsInFile.concepts.some((c) => c.noteId === 'kubectl-run'), 5000);

    const go = await openFixture('main.go');
    // The word, the keyword and the send/receive operator.
    const expected = countOf(go.document.getText(), 'channel') + countOf(go.document.getText(), 'chan ') + countOf(go.document.getText(), ' <- ');
    const entry = await waitFor(() => exports.conceptsInFile.concepts.find((c) => c.noteId === 'go-channel' && c.ranges.length === expected), 5000);
    assert.ok(entry, `go-channel×${expected} not listed for main.go; listed: ${summary(exports)}`);
    assert.ok(!exports.conceptsInFile.concepts.some((c) => c.noteId === 'kubectl-run'), `deploy.sh's concepts are still listed: ${summary(exports)}`);

    await openFixture('readme.txt');
    const empty = await waitFor(() => exports.conceptsInFile.concepts.length === 0, 5000);
    assert.ok(empty, `readme.txt mentions no concept, but the view lists: ${summary(exports)}`);
  });

  it('updates when the document is edited', async () => {
    const editor = await openFixture('readme.txt');
    await waitFor(() => exports.conceptsInFile.concepts.length === 0, 5000);
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    assert.ok(await editor.edit((b) => b.insert(end, '\nkubectl run debug --image=busybox\n')));
    try {
      const entry = await waitFor(() => exports.conceptsInFile.concepts.find((c) => c.noteId === 'kubectl-run' && c.ranges.length === 1), 5000);
      assert.ok(entry, `edit not picked up; listed: ${summary(exports)}`);
    } finally {
      // Leave the fixture file untouched on disk and in memory.
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });
});
