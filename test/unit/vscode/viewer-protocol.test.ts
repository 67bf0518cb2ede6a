import * as assert from 'node:assert/strict';
import { NavigationHistory } from '../../../src/vscode/preview/history';
import { noteIdOf, openNoteOptionsOf } from '../../../src/vscode/preview/command-args';
import { isPersistedViewerState, isViewerMessage } from '../../../src/shared/viewer-protocol';

describe('viewer protocol: isViewerMessage', () => {
  it('accepts every well-formed message', () => {
    for (const msg of [
      { type: 'ready' },
      { type: 'openNote', id: 'kubectl-run', toSide: false },
      { type: 'openNote', id: 'payments/order-saga', toSide: true, heading: 'Steps' },
      { type: 'openNote', id: '领域/对账', toSide: false },
      { type: 'openExternal', url: 'https://kubernetes.io/docs/' },
      { type: 'navigate', direction: 'back' },
      { type: 'navigate', direction: 'forward' },
      { type: 'setLanguage', lang: 'zh' },
      { type: 'copy', text: 'kubectl run nginx --image=nginx' },
      { type: 'scroll', scrollY: 120.5 },
    ]) {
      assert.equal(isViewerMessage(msg), true, JSON.stringify(msg));
    }
  });

  it('rejects unknown types, wrong field types, extra or missing fields and unsafe values', () => {
    for (const msg of [
      null,
      'ready',
      [],
      { type: 'eval', code: '1' },
      { type: 'ready', extra: 1 },
      { type: 'openNote', id: 'kubectl-run' },
      { type: 'openNote', id: '../etc/passwd', toSide: false },
      { type: 'openNote', id: 'Kubectl Run', toSide: false },
      { type: 'openNote', id: 'pod', toSide: 'yes' },
      { type: 'openNote', id: 'pod', toSide: false, heading: 7 },
      { type: 'openNote', id: 'pod', toSide: false, heading: '' },
      { type: 'openNote', id: 'pod', toSide: false, heading: 'x'.repeat(301) },
      { type: 'openNote', id: 'a/../b', toSide: false },
      { type: 'openExternal', url: 'javascript:alert(1)' },
      { type: 'openExternal', url: 'file:///etc/passwd' },
      { type: 'openExternal', url: 'command:workbench.action.quit' },
      { type: 'openExternal', url: 42 },
      { type: 'navigate', direction: 'up' },
      { type: 'setLanguage', lang: 'fr' },
      { type: 'copy', text: 5 },
      { type: 'copy', text: 'x'.repeat(1_000_001) },
      { type: 'scroll', scrollY: -1 },
      { type: 'scroll', scrollY: Number.NaN },
      { type: 'scroll', scrollY: '10' },
    ]) {
      assert.equal(isViewerMessage(msg), false, JSON.stringify(msg));
    }
  });

  it('validates the persisted state a reload hands back', () => {
    const good = { version: 1, noteId: 'pod', lang: 'en', langPinned: false, scrollY: 10, history: { entries: [{ id: 'kubectl-run', scrollY: 0 }, { id: 'pod', scrollY: 10 }], index: 1 } };
    assert.equal(isPersistedViewerState(good), true);
    assert.equal(isPersistedViewerState({ ...good, version: 2 }), false);
    assert.equal(isPersistedViewerState({ ...good, history: { entries: [], index: 0 } }), false);
    assert.equal(isPersistedViewerState({ ...good, history: { ...good.history, index: 2 } }), false);
    assert.equal(isPersistedViewerState({ ...good, history: { entries: [{ id: '<script>', scrollY: 0 }], index: 0 } }), false);
    assert.equal(isPersistedViewerState(undefined), false);
  });
});

describe('NavigationHistory', () => {
  it('goes back and forward, and a new visit drops the forward entries', () => {
    const h = new NavigationHistory();
    assert.equal(h.canGoBack, false);
    h.push('a');
    h.push('b');
    h.setScroll(300);
    h.push('c');
    assert.deepEqual(h.snapshot(), { entries: [{ id: 'a', scrollY: 0 }, { id: 'b', scrollY: 300 }, { id: 'c', scrollY: 0 }], index: 2 });
    assert.deepEqual(h.back(), { id: 'b', scrollY: 300 });
    assert.equal(h.canGoForward, true);
    h.push('d');
    assert.equal(h.canGoForward, false);
    assert.deepEqual(h.snapshot().entries.map((e) => e.id), ['a', 'b', 'd']);
    assert.equal(h.forward(), undefined);
  });

  it('ignores a visit of the current note and keeps at most `limit` entries', () => {
    const h = new NavigationHistory(undefined, 3);
    for (const id of ['a', 'a', 'b', 'c', 'd']) h.push(id);
    assert.deepEqual(h.snapshot(), { entries: [{ id: 'b', scrollY: 0 }, { id: 'c', scrollY: 0 }, { id: 'd', scrollY: 0 }], index: 2 });
  });

  it('restores from a snapshot', () => {
    const h = new NavigationHistory({ entries: [{ id: 'a', scrollY: 5 }, { id: 'b', scrollY: 0 }], index: 0 });
    assert.equal(h.current?.id, 'a');
    assert.equal(h.canGoForward, true);
  });
});

describe('command arguments', () => {
  it('finds the note id in an id, a Topics item or a Concepts-in-File item', () => {
    assert.equal(noteIdOf('kubectl-run'), 'kubectl-run');
    assert.equal(noteIdOf({ kind: 'note', id: 'pod', note: {} }), 'pod');
    assert.equal(noteIdOf({ noteId: 'pod', ranges: [] }), 'pod');
    assert.equal(noteIdOf({ kind: 'topic', path: 'kubernetes' }), undefined);
    assert.equal(noteIdOf(42), undefined);
    assert.equal(noteIdOf('Not an id'), undefined);
  });

  it('accepts only the known openNote options with the right types', () => {
    assert.deepEqual(openNoteOptionsOf(undefined), {});
    assert.deepEqual(openNoteOptionsOf({ toSide: true, lang: 'zh' }), { toSide: true, lang: 'zh' });
    assert.equal(openNoteOptionsOf({ toSide: 'yes' }), undefined);
    assert.equal(openNoteOptionsOf({ lang: 'fr' }), undefined);
    assert.equal(openNoteOptionsOf({ evil: true }), undefined);
    assert.equal(openNoteOptionsOf([1]), undefined);
  });
});
