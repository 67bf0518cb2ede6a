import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { RecentNotes } from '../../../src/vscode/search/recent-notes';

/** The part of vscode.Memento that RecentNotes uses, in memory. */
function memento(): vscode.Memento {
  const data = new Map<string, unknown>();
  return {
    keys: () => [...data.keys()],
    get: <T>(key: string, fallback?: T) => (data.has(key) ? (data.get(key) as T) : fallback),
    update: async (key: string, value: unknown) => {
      if (value === undefined) data.delete(key);
      else data.set(key, value);
    },
  } as vscode.Memento;
}

describe('RecentNotes', () => {
  it('keeps the most recent first, without repeats, up to its capacity', async () => {
    const recent = new RecentNotes(memento(), 3);
    for (const id of ['a', 'b', 'c', 'b', 'd']) await recent.record(id);
    assert.deepEqual(recent.ids(), ['d', 'b', 'c']);
  });

  it('ignores malformed stored values and can be cleared', async () => {
    const state = memento();
    await state.update(RecentNotes.storageKey, ['x', 3, null, 'y']);
    const recent = new RecentNotes(state);
    assert.deepEqual(recent.ids(), ['x', 'y']);
    await state.update(RecentNotes.storageKey, 'not a list');
    assert.deepEqual(recent.ids(), []);
    await recent.record('z');
    await recent.clear();
    assert.deepEqual(recent.ids(), []);
  });
});
