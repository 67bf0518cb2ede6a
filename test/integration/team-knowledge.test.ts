import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { ConceptReferenceApi } from '../../src/vscode/extension';
import { api, fixtureUri, ourHovers, positionOf, waitFor } from './helpers';

/** File events reach the host late when the machine is busy; a reload follows each within a second otherwise. */
const WATCH_MS = 30_000;
const encoder = new TextEncoder();
const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, encoder.encode(text));
const remove = (uri: vscode.Uri) => vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false }).then(undefined, () => undefined);

async function hoverTextAt(uri: vscode.Uri, needle: string): Promise<string[]> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return (await ourHovers(uri, positionOf(doc, needle, 1))).map((h) => h.text);
}

describe('team knowledge as teams write it', () => {
  let exports: ConceptReferenceApi;
  const notesFolder = () => fixtureUri('.concepts');

  before(async () => {
    exports = await api();
    // The glossary test's folders exist well before it writes into them: a file written within moments of
    // its new folder can be missed by the host's recursive watcher on a loaded machine (seen once in CI).
    await vscode.workspace.fs.createDirectory(fixtureUri('billing'));
    await vscode.workspace.fs.createDirectory(fixtureUri('shipping'));
  });

  beforeEach(function () {
    this.currentTest?.timeout(90_000);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    await remove(notesFolder());
    await remove(fixtureUri('billing'));
    await remove(fixtureUri('shipping'));
  });

  it('hovers a plain Markdown note in .concepts/, follows its edits and forgets it when deleted', async () => {
    const note = vscode.Uri.joinPath(notesFolder(), 'Ledger Entry.md');
    await vscode.workspace.fs.createDirectory(notesFolder());
    await write(note, '# Ledger entry\n\nOne immutable line of the ledger that moves money between two accounts. More text.\n');
    const code = fixtureUri('ledger-use.ts');
    await write(code, 'const e = new LedgerEntry(); // every ledger entry is final\n');
    try {
      const first = await waitFor(async () => (await hoverTextAt(code, 'ledger entry')).find((t) => t.includes('moves money between two accounts')), WATCH_MS);
      assert.ok(first, `the plain Markdown note does not hover; note: ${JSON.stringify(exports.notes.corpus.get('ledger-entry')?.summary)}, problems: ${JSON.stringify(exports.notes.problems)}, last load ${JSON.stringify(exports.notes.lastLoad)}, hovers: ${JSON.stringify(await hoverTextAt(code, 'ledger entry'))}`);
      assert.ok(!first.includes('More text'), 'the summary is the first sentence only');
      assert.ok(first.includes('.concepts/Ledger Entry.md'), `a team note's hover names its file:\n${first}`);
      assert.ok((await hoverTextAt(code, 'LedgerEntry')).length === 1, 'the title does not match as an identifier');

      await write(note, '# Ledger entry\n\nA row of the ledger, written once and never changed.\n');
      const edited = await waitFor(async () => (await hoverTextAt(code, 'ledger entry')).find((t) => t.includes('written once and never changed')), WATCH_MS);
      assert.ok(edited, 'the hover did not follow the edit');

      await remove(note);
      const gone = await waitFor(async () => (await hoverTextAt(code, 'ledger entry')).length === 0, WATCH_MS);
      assert.ok(gone, 'the hover stayed after the note was deleted');
    } finally {
      await remove(code);
    }
  });

  it('applies a glossary in billing/ to billing/x.ts only, not to shipping/y.ts', async () => {
    const glossary = ['contexts:', '  - name: Billing', '    domainVisionStatement: Charge customers correctly.', '    terms:', '      - name: Dunning', '        definition: Reminding a customer, step by step, of an unpaid invoice.', '        aliases: [payment reminder]'].join('\n');
    await write(fixtureUri('billing/terms.glossary.yml'), glossary);
    const inside = fixtureUri('billing/x.ts');
    const outside = fixtureUri('shipping/y.ts');
    await write(inside, '// Dunning starts three days after the due date.\n');
    await write(outside, '// Dunning is not our business here.\n');
    const loaded = await waitFor(() => exports.notes.corpus.get('billing/dunning'), WATCH_MS);
    assert.ok(loaded, `the glossary was not read; last load ${JSON.stringify(exports.notes.lastLoad)}`);
    assert.equal(exports.notes.corpus.topicName('billing', 'en'), 'Billing');
    const hovers = await hoverTextAt(inside, 'Dunning');
    assert.equal(hovers.length, 1);
    assert.ok(hovers[0].includes('Reminding a customer, step by step, of an unpaid invoice.'), hovers[0]);
    assert.deepEqual(await hoverTextAt(outside, 'Dunning'), []);
  });

  it('shows an avoided term as a problem and its quick fix writes the note\'s title', async () => {
    await vscode.workspace.fs.createDirectory(notesFolder());
    await write(vscode.Uri.joinPath(notesFolder(), 'fine-tuning.md'), '---\ntitle: Fine-tuning\navoid: [finetuning, 精调]\n---\nTraining a pretrained model further on task data.\n');
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Next week we do the finetuning of the ranker.\n' });
    await vscode.window.showTextDocument(doc);
    const avoided = () => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.code === 'avoided-term');
    await waitFor(() => avoided().length > 0, WATCH_MS);
    const diagnostics = avoided();
    assert.equal(diagnostics.length, 1, 'no avoided-term diagnostic');
    assert.equal(doc.getText(diagnostics[0].range), 'finetuning');
    assert.equal(diagnostics[0].severity, vscode.DiagnosticSeverity.Warning);
    // Asked again until it comes, as the light bulb asks: right after the diagnostics change, the host can
    // answer a request without our action although our provider returned it (seen in 2 of 3 runs here).
    let actions: vscode.CodeAction[] = [];
    await waitFor(async () => {
      actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diagnostics[0].range)) ?? [];
      return actions.some((a) => a.title === 'Replace with "Fine-tuning"');
    }, 10_000);
    const fix = actions.find((a) => a.title === 'Replace with "Fine-tuning"');
    assert.ok(fix?.edit, `no quick fix among ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(doc.getText(), 'Next week we do the Fine-tuning of the ranker.\n');
    const cleared = await waitFor(() => vscode.languages.getDiagnostics(doc.uri).every((d) => d.code !== 'avoided-term'), WATCH_MS);
    assert.ok(cleared, 'the diagnostic stayed after the fix');
  });

  it('completes [[ with note ids and titles inside a note file, hovers the link and goes to its definition', async () => {
    await vscode.workspace.fs.createDirectory(notesFolder());
    await write(vscode.Uri.joinPath(notesFolder(), 'settlement.md'), '# Settlement\n\nThe daily transfer of collected money to the merchant.\n');
    const linking = vscode.Uri.joinPath(notesFolder(), 'payout.md');
    await write(linking, '# Payout\n\nMoney sent out. See [[settlement]] and [[sett\n');
    await waitFor(() => exports.notes.corpus.get('settlement') && exports.notes.corpus.get('payout'), WATCH_MS);
    const doc = await vscode.workspace.openTextDocument(linking);
    const line = doc.lineAt(2).text;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(2, line.length), '[');
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('settlement'), `completions: ${labels.slice(0, 10).join(', ')}`);
    const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'settlement')!;
    assert.equal(item.insertText, 'settlement]]');

    const onLink = positionOf(doc, 'settlement]]', 2);
    const hovers = await ourHovers(doc.uri, onLink);
    assert.ok(hovers.some((h) => h.text.includes('The daily transfer of collected money to the merchant.')), JSON.stringify(hovers.map((h) => h.text)));
    const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, onLink);
    const target = definitions.map((d) => ('uri' in d ? d.uri : d.targetUri).toString());
    assert.ok(target.includes(vscode.Uri.joinPath(notesFolder(), 'settlement.md').toString()), target.join(', '));
  });

  it('indexes 5,001 notes of one folder', async function () {
    this.timeout(120_000);
    const folder = vscode.Uri.joinPath(notesFolder(), 'many');
    // Written with Node's fs: the host runs on this machine, and 5,001 workspace.fs round trips would dominate the test.
    mkdirSync(folder.fsPath, { recursive: true });
    for (let i = 0; i < 5001; i++) writeFileSync(`${folder.fsPath}/note-${i}.md`, `# Bulk note number ${i}\n\nGenerated note ${i} for the limit test.\n`);
    try {
      await vscode.commands.executeCommand('conceptReference.reloadNotes');
      const all = await waitFor(() => exports.notes.corpus.get('many/note-0') && exports.notes.corpus.get('many/note-5000'), 60_000, 200);
      assert.ok(all, `indexed ${exports.notes.corpus.all().filter((n) => n.id.startsWith('many/')).length} of 5001`);
      assert.equal(exports.notes.corpus.all().filter((n) => n.id.startsWith('many/')).length, 5001);
    } finally {
      rmSync(folder.fsPath, { recursive: true, force: true });
    }
  });
});
