import * as vscode from 'vscode';
import type { Corpus, TopicNode } from '../../core/corpus';
import { localize, type Lang, type Note } from '../../core/note';
import { sharedPinyin } from '../../core/search/pinyin';
import { filterTerms, filterTopicTree, matchNote } from '../../core/topic-filter';
import { Commands, ContextKeys, Views } from '../ids';
import type { NotesService } from '../notes/notes-service';
import { debounce, Disposable } from '../util/dispose';
import { Settings } from '../settings';
import { noteRowText, topicRowText } from './tree-text';

export interface TopicElement {
  readonly kind: 'topic';
  /** Topic path, e.g. "kubernetes/kubectl". */
  readonly path: string;
  readonly node: TopicNode;
  readonly parent: TopicElement | undefined;
  readonly children: TopicsElement[];
}

export interface NoteElement {
  readonly kind: 'note';
  readonly id: string;
  readonly note: Note;
  readonly parent: TopicElement | undefined;
  /** With a filter: the title, alias or id that matched, when it is not the shown title. */
  readonly matched?: string;
}

export type TopicsElement = TopicElement | NoteElement;

/** Elements of one (corpus, filter, language): built once, so getParent and reveal see the same objects. */
interface Model {
  roots: TopicsElement[];
  notes: Map<string, NoteElement>;
  topics: Map<string, TopicElement>;
  noteCount: number;
}

/**
 * The Topics view: topic → subtopic → notes, filterable by text, following the note viewer.
 * Registers the filterTopics, clearTopicsFilter, revealInTopics, copyLink and revealSource commands.
 */
export class TopicsView extends Disposable implements vscode.TreeDataProvider<TopicsElement> {
  private readonly changeEmitter = this._register(new vscode.EventEmitter<TopicsElement | undefined | void>());
  readonly onDidChangeTreeData = this.changeEmitter.event;
  readonly view: vscode.TreeView<TopicsElement>;
  private filterText = '';
  private model: Model | undefined;

  constructor(
    private readonly notes: NotesService,
    /** The note the viewer shows, for Reveal in Topics without an argument. */
    private readonly currentNoteId: () => string | undefined,
  ) {
    super();
    this.view = this._register(vscode.window.createTreeView(Views.topics, { treeDataProvider: this, showCollapseAll: true }));
    this._register(notes.onDidChange(() => this.refresh()));
    this._register(notes.onDidChangeLanguage(() => this.refresh()));
    this._register(vscode.commands.registerCommand(Commands.filterTopics, () => this.promptFilter()));
    this._register(vscode.commands.registerCommand(Commands.clearTopicsFilter, () => this.setFilter('')));
    this._register(vscode.commands.registerCommand(Commands.revealInTopics, (arg: unknown) => this.revealCommand(arg)));
    void vscode.commands.executeCommand('setContext', ContextKeys.topicsFiltered, false);
    this.updateMessage();
  }

  /** The current filter text ('' when not filtered). */
  get filter(): string {
    return this.filterText;
  }

  /** Narrows the tree to notes matching `text` (titles in both languages, aliases, ids); '' clears. */
  setFilter(text: string): void {
    const next = text.trim();
    if (next === this.filterText) return;
    this.filterText = next;
    void vscode.commands.executeCommand('setContext', ContextKeys.topicsFiltered, next !== '');
    this.refresh();
  }

  refresh(): void {
    this.model = undefined;
    this.updateMessage();
    this.changeEmitter.fire();
  }

  /** The tree element of a note, if the note is in the (filtered) tree. */
  findNote(id: string): NoteElement | undefined {
    return this.current().notes.get(id);
  }

  /** The tree element of a topic path, if it is in the (filtered) tree. */
  findTopic(path: string): TopicElement | undefined {
    return this.current().topics.get(path);
  }

  /** Selects a note in the tree, expanding its topics. */
  async reveal(id: string, options: { focus?: boolean; select?: boolean } = {}): Promise<boolean> {
    const element = this.findNote(id);
    if (!element) return false;
    await this.view.reveal(element, { select: options.select ?? true, focus: options.focus ?? false, expand: true });
    return true;
  }

  // ---- TreeDataProvider ----

  getChildren(element?: TopicsElement): TopicsElement[] {
    if (!element) return this.current().roots;
    return element.kind === 'topic' ? element.children : [];
  }

  getParent(element: TopicsElement): TopicsElement | undefined {
    return element.parent;
  }

  getTreeItem(element: TopicsElement): vscode.TreeItem {
    const lang = this.notes.language;
    const filtered = this.filterText !== '';
    // Filtered items get other ids, so the filtered tree opens expanded and the unfiltered one keeps
    // the expansion the reader left it in.
    const idPrefix = filtered ? 'filtered:' : '';
    if (element.kind === 'topic') {
      const corpus = this.notes.corpus;
      const text = topicRowText(
        corpus.topicName(element.path, lang),
        corpus.topicName(element.path, 'en'),
        corpus.topicName(element.path, 'zh'),
        element.node.count === 1 ? vscode.l10n.t('1 note') : vscode.l10n.t('{0} notes', element.node.count),
        corpus.topicNames[element.path]?.description,
      );
      const item = new vscode.TreeItem(text.label, filtered ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `${idPrefix}topic:${element.path}`;
      item.description = String(element.node.count);
      item.tooltip = text.tooltip;
      item.iconPath = new vscode.ThemeIcon(element.parent ? 'folder' : 'library');
      item.contextValue = 'topic';
      item.accessibilityInformation = {
        label: element.node.count === 1 ? vscode.l10n.t('{0}, 1 note', text.label) : vscode.l10n.t('{0}, {1} notes', text.label, element.node.count),
      };
      return item;
    }
    const note = element.note;
    const text = noteRowText(localize(note.title, lang), localize(note.title, lang === 'zh' ? 'en' : 'zh'), localize(note.summary, lang), element.matched);
    const item = new vscode.TreeItem(text.label, vscode.TreeItemCollapsibleState.None);
    item.id = `${idPrefix}note:${note.id}`;
    if (text.description) item.description = text.description;
    item.tooltip = new vscode.MarkdownString(text.tooltip, true);
    item.iconPath = new vscode.ThemeIcon(note.origin === 'user' ? 'note' : 'book');
    item.contextValue = note.origin === 'user' ? 'note.user' : 'note.bundled';
    item.command = { command: Commands.openNote, title: vscode.l10n.t('Open Note'), arguments: [note.id, { preserveFocus: true }] };
    return item;
  }

  // ---- internals ----

  private current(): Model {
    this.model ??= buildModel(this.notes.corpus, this.notes.language, this.filterText);
    return this.model;
  }

  private updateMessage(): void {
    if (this.filterText === '') {
      this.view.description = undefined;
      this.view.message = undefined;
      return;
    }
    const count = this.current().noteCount;
    this.view.description = `“${this.filterText}”`;
    this.view.message =
      count === 0
        ? vscode.l10n.t('No notes match “{0}”.', this.filterText)
        : count === 1
          ? vscode.l10n.t('1 note matches “{0}”.', this.filterText)
          : vscode.l10n.t('{0} notes match “{1}”.', count, this.filterText);
  }

  /** The filter input: the tree narrows while typing, and the typed text stays the filter when the input closes. */
  private async promptFilter(): Promise<void> {
    const input = vscode.window.createInputBox();
    input.title = vscode.l10n.t('Filter Topics');
    input.placeholder = vscode.l10n.t('Title, alias or id (English or Chinese)');
    input.prompt = vscode.l10n.t('The Topics view narrows while you type. An empty text clears the filter.');
    input.value = this.filterText;
    const apply = debounce((value: string) => this.setFilter(value), 150);
    await new Promise<void>((resolve) => {
      const subscriptions = [
        input.onDidChangeValue((value) => apply(value)),
        input.onDidAccept(() => input.hide()),
        input.onDidHide(() => {
          subscriptions.forEach((s) => s.dispose());
          apply.dispose();
          resolve();
        }),
      ];
      input.show();
    });
    this.setFilter(input.value);
    input.dispose();
  }

  private async revealCommand(arg: unknown): Promise<void> {
    const id = typeof arg === 'string' ? arg : this.currentNoteId();
    if (!id || !this.notes.corpus.get(id)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a note first.'));
      return;
    }
    if (!this.findNote(id)) this.setFilter('');
    await vscode.commands.executeCommand(`${Views.topics}.focus`);
    await this.reveal(id, { select: true, focus: true });
  }
}

/** Builds the elements: subtopics first (topics.yml order), then notes by title in the display language. */
function buildModel(corpus: Corpus, lang: Lang, filter: string): Model {
  const terms = filterTerms(filter);
  const matched = new Map<string, string>();
  let roots = corpus.topicTree();
  if (terms.length > 0) {
    for (const note of corpus.all()) {
      const m = matchNote(note, terms, sharedPinyin);
      if (m !== undefined) matched.set(note.id, m);
    }
    roots = filterTopicTree(roots, (note) => matched.has(note.id));
  }
  const notes = new Map<string, NoteElement>();
  const topics = new Map<string, TopicElement>();
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en', { sensitivity: 'base', numeric: true });
  const build = (node: TopicNode, parent: TopicElement | undefined): TopicElement => {
    const children: TopicsElement[] = [];
    const element: TopicElement = { kind: 'topic', path: node.path, node, parent, children };
    topics.set(node.path, element);
    for (const child of node.children) children.push(build(child, element));
    const sorted = [...node.notes].sort((a, b) => collator.compare(localize(a.title, lang), localize(b.title, lang)));
    for (const note of sorted) {
      const n: NoteElement = { kind: 'note', id: note.id, note, parent: element, matched: matched.get(note.id) };
      notes.set(note.id, n);
      children.push(n);
    }
    return element;
  };
  const rootElements = roots.map((r) => build(r, undefined));
  return { roots: rootElements, notes, topics, noteCount: notes.size };
}

/** Whether the Topics view should follow the viewer (setting conceptReference.topics.autoReveal). */
export function autoRevealEnabled(): boolean {
  return Settings.topicsAutoReveal();
}
