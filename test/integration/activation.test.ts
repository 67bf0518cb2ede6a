import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, EXTENSION_ID } from './helpers';

describe('activation', () => {
  it('activates and returns the API with the bundled notes loaded', async () => {
    const exports = await api();
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.equal(ext.isActive, true);
    assert.ok(exports.notes.bundledCount > 0, 'no bundled notes were read from dist/index.utf16.json.br');
    assert.ok(exports.notes.corpus.size >= exports.notes.bundledCount, `corpus has ${exports.notes.corpus.size} notes, fewer than the ${exports.notes.bundledCount} bundled ones`);
    const note = exports.notes.corpus.get('kubectl-run');
    assert.ok(note, 'bundled note kubectl-run is missing from the corpus');
    assert.equal(note.id, 'kubectl-run');
    assert.ok(exports.notes.corpus.matcher.stats.terms > 0, 'the term matcher has no terms');
    assert.ok(Number.isFinite(exports.activationMs) && exports.activationMs >= 0, `activationMs is ${exports.activationMs}`);
  });

  it('registers its core commands', async () => {
    await api();
    const all = new Set(await vscode.commands.getCommands(true));
    for (const id of ['conceptReference.lookUpAtCursor', 'conceptReference.reloadNotes', 'conceptReference.revealNextOccurrence']) {
      assert.ok(all.has(id), `command ${id} is not registered`);
    }
  });

  it('registers every command its package.json contributes', async () => {
    await api();
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const declared: string[] = (ext.packageJSON.contributes?.commands ?? []).map((c: { command: string }) => c.command);
    assert.ok(declared.length > 0, 'package.json contributes no commands');
    const all = new Set(await vscode.commands.getCommands(true));
    const missing = declared.filter((id) => !all.has(id));
    assert.deepEqual(missing, [], `declared in package.json but not registered: ${missing.join(', ')}`);
  });
});
