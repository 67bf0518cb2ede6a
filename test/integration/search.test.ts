import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { localize } from '../../src/core/note';
import type { ConceptReferenceApi } from '../../src/vscode/extension';
import { plainLabel, WORD_JOINER } from '../../src/vscode/search/label-order';
import type { SearchQuickPickItem } from '../../src/vscode/search/items';
import { api, skipBecause, waitFor } from './helpers';

const isSeparator = (item: SearchQuickPickItem) => item.kind === vscode.QuickPickItemKind.Separator;
const noteRows = (items: SearchQuickPickItem[]) => items.filter((i) => !isSeparator(i));

describe('Search Concepts', () => {
  let exports: ConceptReferenceApi;
  let savedRecent: string[] = [];

  before(async () => {
    exports = await api();
    savedRecent = exports.search.recent.ids();
  });

  after(async () => {
    exports.search.activePicker?.hide();
    await exports.search.recent.clear();
    for (const id of [...savedRecent].reverse()) await exports.search.recent.record(id);
  });

  function requireNotes(ctx: Mocha.Context, ...ids: string[]): void {
    const missing = ids.filter((id) => !exports.notes.corpus.get(id));
    if (missing.length > 0) skipBecause(ctx, `not bundled yet: ${missing.join(', ')}`);
  }

  // First in this file: no other test has built the full-text index yet, so the picker builds it (in slices).
  it('the open picker adds the notes that mention a word only in their text once full text is built', async function () {
    requireNotes(this, 'knowledge-distillation');
    await vscode.commands.executeCommand('conceptReference.searchConcepts', 'distillation');
    const picker = await waitFor(() => exports.search.activePicker);
    assert.ok(picker);
    const bodyRows = await waitFor(() => {
      const rows = noteRows([...picker.items]).filter((r) => Math.floor(r.score ?? 0) === 1);
      return rows.length > 0 ? rows : undefined;
    }, 15_000);
    assert.ok(bodyRows, 'no full-text row appeared in the open picker');
    assert.equal(noteRows([...picker.items])[0].noteId, 'knowledge-distillation');
    picker.hide();
    await waitFor(() => !exports.search.activePicker);
  });

  it('ranks the note first for a prefix, with title, breadcrumb and summary in the display language', function () {
    requireNotes(this, 'kubectl-apply');
    const lang = exports.notes.language;
    const note = exports.notes.corpus.get('kubectl-apply')!;
    const [first] = exports.search.items('kubectl ap');
    assert.equal(first.noteId, 'kubectl-apply');
    assert.equal(plainLabel(first.label), localize(note.title, lang));
    assert.equal(first.title, localize(note.title, lang));
    assert.equal(first.description, exports.notes.corpus.breadcrumb(note, lang).join(' › '));
    assert.equal(first.detail, localize(note.summary, lang));
    assert.equal(first.alwaysShow, true, 'rows must stay visible whatever VS Code\'s own filter thinks');
    assert.equal(first.buttons?.length, 2, 'open-to-side and copy-link buttons');
  });

  it('finds 知识蒸馏 by pinyin initials, full pinyin, a Chinese substring and a typo', function () {
    requireNotes(this, 'knowledge-distillation');
    for (const query of ['zszl', 'zhishizhengliu', '蒸馏', 'distilation']) {
      const [first] = exports.search.items(query);
      assert.equal(first?.noteId, 'knowledge-distillation', `"${query}" → ${first?.noteId}`);
    }
  });

  it('keeps our order: labels that VS Code would re-sort carry invisible joiners, the leading prefix run does not', function () {
    requireNotes(this, 'kubectl', 'kubectl-apply');
    const rows = exports.search.items('kubectl');
    assert.equal(rows[0].noteId, 'kubectl');
    assert.ok(!rows[0].label.includes(WORD_JOINER), 'the exact title keeps its plain label (and VS Code highlights it)');
    const zszl = exports.search.items('zszl');
    for (const row of zszl) assert.equal(plainLabel(row.label), row.title);
    const scores = rows.map((r) => r.score ?? 0);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a), 'rows are best first');
  });

  it('an empty input lists recently opened notes first, then every note under its topic', async function () {
    requireNotes(this, 'kubectl-run');
    await exports.search.recent.record('kubectl-run');
    const rows = exports.search.items('');
    assert.ok(isSeparator(rows[0]), 'starts with the "Recently opened" separator');
    assert.equal(rows[1].noteId, 'kubectl-run');
    const separators = rows.filter(isSeparator).length;
    assert.ok(separators >= 2, 'topic separators follow');
    const listedUnderTopics = new Set(noteRows(rows.slice(rows.findIndex((r, i) => i > 0 && isSeparator(r)))).map((r) => r.noteId));
    assert.equal(listedUnderTopics.size, exports.notes.corpus.size, 'every note appears under its topic');
  });

  it('the command opens a quick pick with the initial query and the ranked rows', async function () {
    requireNotes(this, 'knowledge-distillation');
    await vscode.commands.executeCommand('conceptReference.searchConcepts', 'zszl');
    const picker = await waitFor(() => exports.search.activePicker);
    assert.ok(picker, 'no quick pick is open');
    assert.equal(picker.value, 'zszl');
    assert.equal(picker.items[0]?.noteId, 'knowledge-distillation');
    assert.equal(picker.matchOnDetail, true, 'summary highlights come from VS Code\'s own filter');
    picker.hide();
    await waitFor(() => !exports.search.activePicker);
    assert.equal(exports.search.activePicker, undefined);
  });

  it('Search Related lists the related notes first, then matches for the title, without the note itself', async function () {
    requireNotes(this, 'kubectl-run');
    // Related ids are read with the bodies (activation leaves both out); the command reads them itself.
    await exports.notes.ensureBodies();
    const note = exports.notes.corpus.get('kubectl-run')!;
    const related = note.related.filter((id) => exports.notes.corpus.get(id));
    assert.ok(related.length >= 2, 'kubectl-run has related notes');
    const rows = exports.search.relatedItems('kubectl-run');
    assert.ok(rows);
    const ids = noteRows(rows).map((r) => r.noteId);
    assert.deepEqual(ids.slice(0, related.length), related);
    assert.ok(!ids.includes('kubectl-run'));
    assert.equal(new Set(ids).size, ids.length, 'no note twice');

    await vscode.commands.executeCommand('conceptReference.searchRelated', 'kubectl-run');
    const picker = await waitFor(() => exports.search.activePicker);
    assert.ok(picker);
    assert.deepEqual(
      noteRows([...picker.items]).map((r) => r.noteId),
      ids,
    );
    picker.hide();
  });

  it('ranks a title hit above a note that only mentions the word in its text', function () {
    requireNotes(this, 'knowledge-distillation');
    const rows = exports.search.items('distillation');
    assert.equal(rows[0].noteId, 'knowledge-distillation');
    const bodyOnly = rows.slice(1).filter((r) => Math.floor(r.score ?? 0) === 1);
    for (const r of bodyOnly) assert.ok((r.score ?? 0) < (rows[0].score ?? 0));
  });
});
