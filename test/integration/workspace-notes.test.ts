import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { localize } from '../../src/core/note';
import type { ConceptReferenceApi } from '../../src/vscode/extension';
import { api, fixtureUri, ourHovers, plain, positionOf, waitFor } from './helpers';

function teamNote(id: string, alias: string, summaryEn: string): string {
  return [
    '---',
    `id: ${id}`,
    'title:',
    `  zh: 团队术语 ${alias}`,
    `  en: Team term ${alias}`,
    `aliases: [${alias}]`,
    'topic: team/practices',
    'summary:',
    `  zh: ${JSON.stringify(`团队的定义：${summaryEn}`)}`,
    `  en: ${JSON.stringify(summaryEn)}`,
    '---',
    '<!-- lang: zh -->',
    '## 定义',
    '',
    '团队笔记。',
    '',
    '<!-- lang: en -->',
    '## Definition',
    '',
    'A team note.',
    '',
  ].join('\n');
}

const config = () => vscode.workspace.getConfiguration('conceptReference');

describe('workspace notes and term settings', () => {
  let exports: ConceptReferenceApi;
  const folder = () => fixtureUri('.concepts');

  before(async () => {
    exports = await api();
  });

  after(async () => {
    await vscode.workspace.fs.delete(folder(), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await config().update('ignoredTerms', undefined, vscode.ConfigurationTarget.Global);
  });

  it('reads notes from .concepts/, hovers their terms, and a note with a bundled id replaces the bundled one', async () => {
    const encoder = new TextEncoder();
    await vscode.workspace.fs.createDirectory(folder());
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder(), 'rollout.md'), encoder.encode(teamNote('blue-green-rollout', 'blue-green rollout', 'Our way of shipping: two identical stacks, traffic switched at once.')));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder(), 'kubectl-run.md'), encoder.encode(teamNote('kubectl-run', 'kubectl run', 'Team rule: only for throwaway debug Pods, never in scripts.')));

    const loaded = await waitFor(() => exports.notes.corpus.get('blue-green-rollout') && exports.notes.corpus.get('kubectl-run')?.origin === 'user', 15_000);
    assert.ok(loaded, 'the notes folder was not picked up by the file watcher');

    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'We ship with a blue-green rollout every Friday.\n' });
    const hovers = await ourHovers(doc.uri, positionOf(doc, 'blue-green rollout', 5));
    assert.equal(hovers.length, 1);
    assert.ok(hovers[0].text.includes('two identical stacks'), hovers[0].markdown);

    const sh = await vscode.workspace.openTextDocument(fixtureUri('deploy.sh'));
    const runHover = await ourHovers(sh.uri, positionOf(sh, 'kubectl run', 3, 'set -euo'));
    assert.equal(runHover.length, 1);
    assert.ok(runHover[0].text.includes(plain('Team rule: only for throwaway debug Pods, never in scripts.')), runHover[0].markdown);

    await vscode.workspace.fs.delete(folder(), { recursive: true, useTrash: false });
    const restored = await waitFor(() => !exports.notes.corpus.get('blue-green-rollout') && exports.notes.corpus.get('kubectl-run')?.origin === 'bundled', 15_000);
    assert.ok(restored, 'deleting the notes folder did not restore the bundled note');
  });

  it('finds a team note by the pinyin of its Chinese title (initials and full), computed by the pinyin converter', async () => {
    const note = teamNote('reconciliation-window', 'reconciliation window', 'The daily period in which payments are checked against the ledger.').replace('zh: 团队术语 reconciliation window', 'zh: 对账窗口');
    await vscode.workspace.fs.createDirectory(folder());
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder(), 'reconciliation-window.md'), new TextEncoder().encode(note));
    assert.ok(await waitFor(() => exports.notes.corpus.get('reconciliation-window'), 15_000), 'the notes folder was not picked up by the file watcher');
    for (const query of ['dzck', 'duizhangchuangkou', '对账']) {
      const ids = exports.search.items(query).map((row) => row.noteId);
      assert.ok(ids.includes('reconciliation-window'), `"${query}" finds ${ids.slice(0, 5).join(', ')}`);
    }
  });

  it('does not follow symbolic links in a notes folder (to a note or a folder outside it) and reports each, in a full reload and for a link added later', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'concept-ref-outside-'));
    const encoder = new TextEncoder();
    try {
      writeFileSync(join(outside, 'outside.md'), teamNote('outside-note', 'outside term', 'A note outside the workspace.'));
      await vscode.workspace.fs.createDirectory(folder());
      symlinkSync(outside, join(folder().fsPath, 'linked-dir'));
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder(), 'kept.md'), encoder.encode(teamNote('kept-note', 'kept term', 'A note of the notes folder.')));
      const linkProblem = (name: string) => exports.notes.problems.some((p) => p.file.endsWith(`/.concepts/${name}`) && /symbolic link not followed/.test(p.message));
      const state = () => `kept: ${exports.notes.corpus.get('kept-note') !== undefined}; problems: ${JSON.stringify(exports.notes.problems)}`;
      // The folder's creation reads it whole (the folder walk).
      const loaded = await waitFor(() => exports.notes.corpus.get('kept-note') !== undefined && linkProblem('linked-dir'), 8000);
      assert.ok(loaded, state());
      // A link to a note added now is one file event: the incremental update must not read through it either.
      symlinkSync(join(outside, 'outside.md'), join(folder().fsPath, 'linked.md'));
      const reported = await waitFor(() => linkProblem('linked.md'), 8000);
      assert.ok(reported, state());
      assert.equal(exports.notes.corpus.get('outside-note'), undefined, 'a note behind a symbolic link was read');
      assert.ok(exports.notes.corpus.get('kept-note'), 'the folder\'s own note left');
    } finally {
      await vscode.workspace.fs.delete(folder(), { recursive: true, useTrash: false }).then(undefined, () => undefined);
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('shows problems of workspace notes in the Problems view, on the reported line, and clears them', async () => {
    const encoder = new TextEncoder();
    const bad = vscode.Uri.joinPath(folder(), 'bad.md');
    const linking = vscode.Uri.joinPath(folder(), 'linking.md');
    await vscode.workspace.fs.createDirectory(folder());
    await vscode.workspace.fs.writeFile(bad, encoder.encode(teamNote('bad-alias', 'bad term', 'A note with an alias that has no term.').replace('aliases: [bad term]', 'aliases: [{ lang: x }]')));
    await vscode.workspace.fs.writeFile(linking, encoder.encode(teamNote('linking-note', 'linking term', 'Links nowhere.').replace('A team note.', 'See [[no-such-note]].')));
    // An everyday word as an unscoped alias: the warning comes from the everyday-word list, read for the check.
    const everyday = vscode.Uri.joinPath(folder(), 'everyday.md');
    await vscode.workspace.fs.writeFile(everyday, encoder.encode(teamNote('team-window', 'window', 'Our release window.')));

    const messages = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).map((d) => `${d.range.start.line + 1}: ${d.message}`);
    const reported = await waitFor(() => messages(bad).length > 0 && messages(linking).length > 0 && messages(everyday).length > 0, 15_000);
    assert.ok(reported, `no diagnostics: ${JSON.stringify([messages(bad), messages(linking), messages(everyday)])}`);
    assert.match(messages(everyday).join('\n'), /^6: alias "window" is an everyday word and would match ordinary prose/);
    assert.deepEqual(messages(bad), ['6: aliases[0]: term is missing']);
    const linkLine = teamNote('linking-note', 'linking term', 'Links nowhere.').replace('A team note.', 'See [[no-such-note]].').split('\n').indexOf('See [[no-such-note]].') + 1;
    assert.deepEqual(messages(linking), [`${linkLine}: link [[no-such-note]] does not resolve to a note`]);
    assert.equal(vscode.languages.getDiagnostics(bad)[0].severity, vscode.DiagnosticSeverity.Error);

    await vscode.workspace.fs.delete(folder(), { recursive: true, useTrash: false });
    const cleared = await waitFor(() => messages(bad).length === 0 && messages(linking).length === 0 && messages(everyday).length === 0, 15_000);
    assert.ok(cleared, 'diagnostics stayed after the notes were deleted');
  });

  it('conceptReference.ignoredTerms stops a term from matching; the shorter term underneath still can', async () => {
    const sh = await vscode.workspace.openTextDocument(fixtureUri('deploy.sh'));
    const pos = positionOf(sh, 'kubectl run', 3, 'set -euo');
    const runSummary = plain(localize(exports.notes.corpus.get('kubectl-run')!.summary, exports.notes.language));
    assert.ok((await ourHovers(sh.uri, pos))[0]?.text.includes(runSummary), 'precondition: kubectl run hovers');

    await config().update('ignoredTerms', ['Kubectl Run'], vscode.ConfigurationTarget.Global);
    const changed = await waitFor(async () => {
      const hovers = await ourHovers(sh.uri, pos);
      return hovers.every((h) => !h.text.includes(runSummary)) ? hovers : undefined;
    }, 5000);
    assert.ok(changed, 'kubectl run still hovers although it is ignored');
    // "kubectl" alone is a term of its own (the kubectl note), and now covers the position.
    assert.equal(changed.length, 1);
    assert.ok(changed[0].range?.isEqual(new vscode.Range(pos.translate(0, -3), pos.translate(0, 'kubectl'.length - 3))));
  });

  it('Look Up Concept at Cursor opens the note under the cursor, or the search with the word', async () => {
    await config().update('ignoredTerms', undefined, vscode.ConfigurationTarget.Global);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixtureUri('deploy.sh')));
    const inTerm = positionOf(editor.document, 'kubectl run', 9, 'set -euo');
    editor.selection = new vscode.Selection(inTerm, inTerm);
    await vscode.commands.executeCommand('conceptReference.lookUpAtCursor');
    const opened = await waitFor(() => exports.viewer.state?.noteId === 'kubectl-run', 15_000);
    assert.ok(opened, `the viewer shows ${exports.viewer.state?.noteId ?? 'nothing'}`);

    const editor2 = await vscode.window.showTextDocument(editor.document);
    const onName = positionOf(editor2.document, 'hello', 2, 'kubectl run hello');
    editor2.selection = new vscode.Selection(onName, onName);
    void vscode.commands.executeCommand('conceptReference.lookUpAtCursor');
    const picker = await waitFor(() => exports.search.activePicker, 5000);
    assert.ok(picker, 'no search picker was opened');
    assert.equal(picker.value, 'hello');
    picker.hide();
  });
});
