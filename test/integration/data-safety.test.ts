// Data safety in the real host: no command of ours changes a file unless a person asked for that file to
// be written, and Create Concept Note never overwrites one. (test/security/data-safety.test.ts audits the
// source for every other way to write.)
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as vscode from 'vscode';
import { Commands } from '../../src/vscode/ids';
import { api, EXTENSION_ID, fixtureUri, openFixture, positionOf } from './helpers';

const encoder = new TextEncoder();

/** Every file under the workspace folder: relative path → content hash and modification time. */
function snapshot(folder: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.set(relative(folder, path), `${createHash('sha256').update(readFileSync(path)).digest('hex')} ${statSync(path).mtimeMs}`);
    }
  };
  walk(folder);
  return out;
}

function differences(before: Map<string, string>, after: Map<string, string>): string[] {
  const changed: string[] = [];
  for (const [path, stamp] of after) if (before.get(path) !== stamp) changed.push(before.has(path) ? `changed ${path}` : `created ${path}`);
  for (const path of before.keys()) if (!after.has(path)) changed.push(`deleted ${path}`);
  return changed.sort();
}

/** Runs a command; one that waits for a person (a quick pick, an input box) is answered with Escape. */
async function runAndDismiss(command: string, ...args: unknown[]): Promise<void> {
  const run = Promise.resolve(vscode.commands.executeCommand(command, ...args)).then(
    () => undefined,
    () => undefined,
  );
  const settled = await Promise.race([run.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 1500))]);
  if (!settled) {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await Promise.race([run, new Promise((r) => setTimeout(r, 3000))]);
  }
}

describe('data safety: files change only when a person asks', () => {
  const workspace = () => fixtureUri('.').fsPath;
  const notesFolder = () => fixtureUri('.concepts');

  before(async () => {
    await api();
  });

  beforeEach(function () {
    this.currentTest?.timeout(120_000);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(notesFolder(), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('every command of the extension, run with and without arguments, leaves every workspace file as it was', async () => {
    const contributed = (vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON.contributes.commands ?? []).map((c: { command: string }) => c.command);
    const ours = Object.values(Commands);
    assert.deepEqual([...contributed].sort(), [...ours].sort(), 'package.json and ids.ts list different commands');

    const editor = await openFixture('k8s-deployments.md');
    editor.selection = new vscode.Selection(positionOf(editor.document, 'Deployment', 1), positionOf(editor.document, 'Deployment', 1));
    const before = snapshot(workspace());
    for (const command of ours) {
      if (command === Commands.createNote) continue; // writes by design; tested below
      await runAndDismiss(command);
      await runAndDismiss(command, 'pod');
      await runAndDismiss(command, { id: 'pod' });
      await runAndDismiss(command, '../../../etc/passwd');
    }
    // No file's document was edited (the sample opens as an untitled document, which is no file).
    const dirty = vscode.workspace.textDocuments.filter((d) => d.isDirty && d.uri.scheme !== 'untitled').map((d) => d.uri.toString());
    assert.deepEqual(dirty, [], 'a command edited a document');
    for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    assert.deepEqual(differences(before, snapshot(workspace())), [], 'a command changed the workspace');
  });

  it('Create Concept Note writes one new file, and opens an existing note instead of overwriting it', async () => {
    await vscode.workspace.fs.createDirectory(notesFolder());
    const existing = vscode.Uri.joinPath(notesFolder(), 'ledger.md');
    const text = '---\ntitle: Ledger\n---\nOur ledger: every entry is final. Written by a person, not by a template.\n';
    await vscode.workspace.fs.writeFile(existing, encoder.encode(text));
    const before = snapshot(workspace());

    await vscode.commands.executeCommand(Commands.createNote, 'Ledger');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), existing.toString(), 'the existing note was not opened');
    assert.equal(readFileSync(existing.fsPath, 'utf8'), text, 'the existing note was overwritten');
    assert.deepEqual(differences(before, snapshot(workspace())), []);

    await vscode.commands.executeCommand(Commands.createNote, 'Settlement batch');
    assert.deepEqual(differences(before, snapshot(workspace())), ['created .concepts/settlement-batch.md']);
    assert.equal(vscode.window.activeTextEditor?.document.isDirty, false, 'the new note was left with unsaved edits');
  });
});
