import { slugify } from '../../src/core/render';
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { localize } from '../../src/core/note';
import type { ConceptReferenceApi } from '../../src/vscode/extension';
import type { NoteOpenedEvent } from '../../src/vscode/preview/note-viewer';
import type { TopicElement, TopicsElement } from '../../src/vscode/tree/topics-view';
import { api, waitFor } from './helpers';

const VIEW_TYPE = 'conceptReference.note';

function describeState(exports: ConceptReferenceApi): string {
  return JSON.stringify(exports.viewer.state ?? null);
}

/** Open tabs that hold a note viewer panel. */
function viewerTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(VIEW_TYPE));
}

async function closeEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await waitFor(() => viewerTabs().length === 0, 5000);
}

describe('note viewer', () => {
  let exports: ConceptReferenceApi;

  before(async () => {
    exports = await api();
    await vscode.workspace.getConfiguration('conceptReference').update('viewer.openInNewPanel', undefined, vscode.ConfigurationTarget.Global);
    await closeEditors();
  });

  after(closeEditors);

  it('openNote shows the note in a webview panel titled with the note title, and records it', async () => {
    const opened: NoteOpenedEvent[] = [];
    const sub = exports.viewer.onDidOpenNote((e) => opened.push(e));
    try {
      await vscode.commands.executeCommand('conceptReference.openNote', 'kubectl-run');
      const rendered = await waitFor(() => exports.viewer.state?.noteId === 'kubectl-run' && exports.viewer.state.rendered, 15_000);
      assert.ok(rendered, `the viewer did not render kubectl-run: ${describeState(exports)}`);
      const note = exports.notes.corpus.get('kubectl-run')!;
      const state = exports.viewer.state!;
      assert.equal(state.title, localize(note.title, exports.notes.language));
      assert.deepEqual(state.history, ['kubectl-run']);
      assert.equal(state.canGoBack, false);
      assert.equal(state.canGoForward, false);
      const tabs = viewerTabs();
      assert.equal(tabs.length, 1, `expected one viewer tab, found ${tabs.map((t) => t.label).join(', ')}`);
      assert.equal(tabs[0].label, state.title);
      assert.deepEqual(opened.map((e) => e.id), ['kubectl-run']);
    } finally {
      sub.dispose();
    }
  });

  it('follows a [[link]] clicked in the page, then goes Back and Forward with the commands', async () => {
    await vscode.commands.executeCommand('conceptReference.openNote', 'kubectl-run');
    const panel = exports.viewer.activePanel;
    assert.ok(panel, 'no active viewer panel');
    // Play the webview's part: the message a click on [[pod]] sends.
    await panel.handleMessage({ type: 'openNote', id: 'pod', toSide: false });
    assert.equal(exports.viewer.state?.noteId, 'pod');
    assert.deepEqual(exports.viewer.state?.history, ['kubectl-run', 'pod']);
    assert.equal(exports.viewer.state?.canGoBack, true);
    assert.equal(exports.viewer.state?.title, localize(exports.notes.corpus.get('pod')!.title, exports.notes.language));

    await vscode.commands.executeCommand('conceptReference.viewerBack');
    assert.equal(exports.viewer.state?.noteId, 'kubectl-run', `Back did not return: ${describeState(exports)}`);
    assert.equal(exports.viewer.state?.canGoForward, true);
    assert.equal(exports.viewer.state?.historyIndex, 0);

    await vscode.commands.executeCommand('conceptReference.viewerForward');
    assert.equal(exports.viewer.state?.noteId, 'pod', `Forward did not return: ${describeState(exports)}`);
    assert.equal(exports.viewer.state?.canGoForward, false);
    const rendered = await waitFor(() => exports.viewer.state?.rendered, 10_000);
    assert.ok(rendered, `the page did not receive pod: ${describeState(exports)}`);
  });

  it('opens a [[note#Heading]] link at that heading', async () => {
    await vscode.commands.executeCommand('conceptReference.openNote', 'pod');
    const panel = exports.viewer.activePanel;
    assert.ok(panel, 'no active viewer panel');
    const heading = exports.notes.language === 'zh' ? '示例' : 'Example';
    await panel.handleMessage({ type: 'openNote', id: 'kubectl-run', toSide: false, heading });
    assert.equal(exports.viewer.state?.noteId, 'kubectl-run');
    // A page still loading gets the heading once it says it is ready.
    await waitFor(() => panel.lastAnchor, 10_000);
    assert.equal(panel.lastAnchor, slugify(heading), 'the page was not sent to the heading');
    await panel.handleMessage({ type: 'openNote', id: 'pod', toSide: false, heading: 'No such heading' });
    assert.equal(panel.lastAnchor, undefined, 'an unknown heading opens the note at its top');
  });

  it('keeps a [[note#Heading]] heading when the page reports ready while that note is being built or after, until it scrolls', async () => {
    await vscode.commands.executeCommand('conceptReference.openNote', 'pod');
    const panel = exports.viewer.activePanel;
    assert.ok(panel, 'no active viewer panel');
    await waitFor(() => exports.viewer.state?.rendered, 10_000);
    const heading = exports.notes.language === 'zh' ? '示例' : 'Example';
    // The link's navigation starts building its page; the page's `ready` (a reload) renders again before it is posted.
    const navigation = panel.handleMessage({ type: 'openNote', id: 'kubectl-run', toSide: false, heading });
    const ready = panel.handleMessage({ type: 'ready' });
    await Promise.all([navigation, ready]);
    assert.equal(exports.viewer.state?.noteId, 'kubectl-run');
    assert.equal(panel.lastAnchor, slugify(heading), 'the newer render dropped the heading');
    // A page that reloads after the link's page was posted opens at the heading again, until it has scrolled.
    await panel.handleMessage({ type: 'ready' });
    assert.equal(panel.lastAnchor, slugify(heading), 'a reloaded page lost the heading');
    await panel.handleMessage({ type: 'scroll', scrollY: 120 });
    await panel.handleMessage({ type: 'ready' });
    assert.equal(panel.lastAnchor, undefined, 'a page that has scrolled is restored to its scroll position, not the heading');
  });

  it('reuses one panel, switches the note language per panel, and ignores invalid messages', async () => {
    await vscode.commands.executeCommand('conceptReference.openNote', 'deployment', { lang: 'zh' });
    assert.equal(exports.viewer.allPanels.length, 1, 'openNote opened a second panel');
    assert.equal(exports.viewer.state?.noteId, 'deployment');
    assert.equal(exports.viewer.state?.lang, 'zh');
    assert.equal(exports.viewer.state?.title, exports.notes.corpus.get('deployment')!.title.zh);

    const panel = exports.viewer.activePanel!;
    await panel.handleMessage({ type: 'setLanguage', lang: 'en' });
    assert.equal(exports.viewer.state?.lang, 'en');
    assert.equal(exports.viewer.state?.title, exports.notes.corpus.get('deployment')!.title.en);

    const before = describeState(exports);
    const forged = [
      { type: 'openNote', id: '../../etc', toSide: false },
      // Well-formed, but no such note: the host looks the id up before it opens anything.
      { type: 'openNote', id: 'no-such-note-anywhere', toSide: false },
      { type: 'openNote', id: 'no-such-note-anywhere', toSide: true },
      { type: 'navigate', direction: 'sideways' },
      { type: 'openExternal', url: 'command:workbench.action.quit' },
      'ready',
      null,
    ];
    for (const bad of forged) {
      await panel.handleMessage(bad);
    }
    assert.equal(describeState(exports), before, 'an invalid message changed the viewer');
    assert.equal(exports.viewer.allPanels.length, 1, 'a forged message opened a panel');
  });

  it('copies a code block through the host when the page asks', async () => {
    const panel = exports.viewer.activePanel;
    assert.ok(panel, 'no active viewer panel');
    await vscode.env.clipboard.writeText('');
    await panel.handleMessage({ type: 'copy', text: 'kubectl run nginx --image=nginx\n' });
    assert.equal(await vscode.env.clipboard.readText(), 'kubectl run nginx --image=nginx\n');
  });

  it('warns about unknown ids and bad arguments without opening anything', async () => {
    const before = describeState(exports);
    await vscode.commands.executeCommand('conceptReference.openNote', 'no-such-note-anywhere');
    await vscode.commands.executeCommand('conceptReference.openNote', 42);
    await vscode.commands.executeCommand('conceptReference.openNote', 'pod', { lang: 'fr' });
    assert.equal(describeState(exports), before);
    assert.equal(exports.viewer.allPanels.length, 1);
  });

  it('opens a panel per note when viewer.openInNewPanel is set', async () => {
    const config = vscode.workspace.getConfiguration('conceptReference');
    await config.update('viewer.openInNewPanel', true, vscode.ConfigurationTarget.Global);
    try {
      await closeEditors();
      await vscode.commands.executeCommand('conceptReference.openNote', 'pod');
      await vscode.commands.executeCommand('conceptReference.openNote', 'deployment');
      assert.equal(exports.viewer.allPanels.length, 2);
      assert.deepEqual(exports.viewer.allPanels.map((p) => p.noteId).sort(), ['deployment', 'pod']);
    } finally {
      await config.update('viewer.openInNewPanel', undefined, vscode.ConfigurationTarget.Global);
      await closeEditors();
    }
  });
});

describe('Topics view', () => {
  let exports: ConceptReferenceApi;

  before(async () => {
    exports = await api();
    exports.topics.setFilter('');
  });

  after(async () => {
    exports.topics.setFilter('');
    await closeEditors();
  });

  const topicPath = (e: TopicsElement | undefined) => (e?.kind === 'topic' ? e.path : undefined);

  it('lists topic → subtopic → notes: kubernetes → kubectl contains kubectl-run', () => {
    const roots = exports.topics.getChildren();
    const kubernetes = roots.find((e) => topicPath(e) === 'kubernetes') as TopicElement | undefined;
    assert.ok(kubernetes, `no kubernetes topic among ${roots.map(topicPath).join(', ')}`);
    const kubectl = exports.topics.getChildren(kubernetes).find((e) => topicPath(e) === 'kubernetes/kubectl');
    assert.ok(kubectl, 'kubernetes has no kubectl subtopic');
    const notes = exports.topics.getChildren(kubectl);
    assert.ok(notes.some((e) => e.kind === 'note' && e.id === 'kubectl-run'), 'kubectl-run is not under kubernetes/kubectl');
    // Subtopics come before notes, and every element knows its parent (TreeView.reveal needs it).
    const kinds = exports.topics.getChildren(kubernetes).map((e) => e.kind);
    assert.deepEqual(kinds, [...kinds].sort((a, b) => (a === b ? 0 : a === 'topic' ? -1 : 1)));
    const run = exports.topics.findNote('kubectl-run')!;
    assert.equal(exports.topics.getParent(run), kubectl);
    assert.equal(exports.topics.getParent(kubectl), kubernetes);

    const topicItem = exports.topics.getTreeItem(kubectl);
    assert.equal(topicItem.description, String((kubectl as TopicElement).node.count));
    assert.equal(topicItem.id, 'topic:kubernetes/kubectl');
    const noteItem = exports.topics.getTreeItem(run);
    assert.equal(noteItem.contextValue, 'note.bundled');
    assert.equal(noteItem.id, 'note:kubectl-run');
    assert.equal(noteItem.command?.command, 'conceptReference.openNote');
    assert.equal(noteItem.command?.arguments?.[0], 'kubectl-run');
  });

  it('filters by title, alias or id, keeping topic ancestors, and clears', async () => {
    exports.topics.setFilter('kubectl run');
    const roots = exports.topics.getChildren();
    assert.deepEqual(roots.map(topicPath), ['kubernetes']);
    assert.ok(exports.topics.findNote('kubectl-run'));
    assert.equal(exports.topics.findNote('pod'), undefined);
    assert.match(exports.topics.view.message ?? '', /kubectl run/);
    assert.match(exports.topics.getTreeItem(exports.topics.findNote('kubectl-run')!).id ?? '', /^filtered:/);

    await vscode.commands.executeCommand('conceptReference.clearTopicsFilter');
    assert.equal(exports.topics.filter, '');
    assert.equal(exports.topics.view.message, undefined);
    assert.ok(exports.topics.findNote('pod'));
  });

  it('Reveal in Topics selects the note the viewer shows', async () => {
    await vscode.commands.executeCommand('conceptReference.openNote', 'kubectl-run');
    await vscode.commands.executeCommand('conceptReference.revealInTopics');
    const selected = await waitFor(() => exports.topics.view.selection.find((e) => e.kind === 'note' && e.id === 'kubectl-run'), 5000);
    assert.ok(selected, `selection is ${JSON.stringify(exports.topics.view.selection.map((e) => (e.kind === 'note' ? e.id : e.path)))}`);
  });

  it('Reveal Source shows a bundled note read-only, rebuilt from the index', async () => {
    await vscode.commands.executeCommand('conceptReference.revealSource', 'kubectl-run');
    const editor = await waitFor(() => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.scheme === 'concept-reference-note' ? e : undefined;
    }, 5000);
    assert.ok(editor, `active editor is ${vscode.window.activeTextEditor?.document.uri.toString()}`);
    const text = editor.document.getText();
    assert.match(text, /^---\n/);
    assert.match(text, /\nid: kubectl-run\n/);
    assert.match(text, /<!-- lang: zh -->/);
    assert.match(text, /<!-- lang: en -->\n## Definition/);
    assert.equal(editor.document.languageId, 'markdown');
  });

  it('Copy Link puts [[id]] on the clipboard', async function () {
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('conceptReference.copyLink', exports.topics.findNote('pod'));
    const text = await vscode.env.clipboard.readText();
    assert.equal(text, '[[pod]]');
  });
});
