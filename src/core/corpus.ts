import { localize, wikiLinks, type Alias, type Lang, type Localized, type Note, type Problem } from './note';
import { termKeys, TermMatcher, type Match, type TermInput } from './matcher';
import { scanDocument } from './document-scan';

const noteIdOf = (ref: TermRef) => ref.noteId;

/** One collator for every sort of titles: localeCompare with options builds one per call. */
const TITLE_ORDER = new Intl.Collator('en', { sensitivity: 'base' });

/**
 * Display names of topic paths ("machine-learning/optimization" → { zh, en }), and for some topics
 * the words that show a document is about them without being concepts themselves (`Go`, `Kubernetes`).
 */
export type TopicNames = Record<string, TopicInfo>;

export interface TopicInfo extends Localized {
  /** Names of the topic itself: evidence for the context of ordinary words, never shown as matches. Case-sensitive. */
  evidence?: string[];
}

export interface TopicNode {
  /** Full path, e.g. "machine-learning/optimization". */
  path: string;
  name: Localized;
  children: TopicNode[];
  notes: Note[];
  /** Notes in this topic and every subtopic. */
  count: number;
}

/** What the hover, scan and in-file view attach to each term. */
export interface TermRef {
  noteId: string;
}

/**
 * All notes in effect: bundled notes, replaced by user notes of the same id.
 * Immutable: a change in the notes produces a new Corpus (and with it a new matcher).
 */
export class Corpus {
  private readonly byId = new Map<string, Note>();
  private matcherCache: TermMatcher<TermRef> | undefined;
  private treeCache: TopicNode[] | undefined;

  constructor(
    notes: readonly Note[],
    readonly topicNames: TopicNames = {},
    private readonly ignoredTerms: readonly string[] = [],
    /** The matcher of exactly these notes, saved at build time (dist/matcher.bin). */
    prebuiltMatcher?: TermMatcher<TermRef>,
  ) {
    this.matcherCache = prebuiltMatcher;
    // Later notes win, so user notes passed after bundled ones replace them.
    for (const note of notes) this.byId.set(note.id, note);
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): Note | undefined {
    return this.byId.get(id);
  }

  all(): Note[] {
    return [...this.byId.values()];
  }

  /** The term matcher over every title and alias, built on first use and kept for this corpus. */
  get matcher(): TermMatcher<TermRef> {
    this.matcherCache ??= new TermMatcher<TermRef>(this.terms());
    return this.matcherCache;
  }

  /** Every match of a whole document, with its topic context and Markdown structure applied. */
  scanDocument(text: string, languageId: string): Match<TermRef>[] {
    return scanDocument(this.matcher, text, languageId, noteIdOf).matches;
  }

  /** Every title and alias once per note, minus the ignored terms. */
  terms(): TermInput<TermRef>[] {
    const ignored = new Set(this.ignoredTerms.flatMap((t) => termKeys(t).slice(0, 1)));
    const out: TermInput<TermRef>[] = [];
    for (const note of this.byId.values()) {
      const seen = new Set<string>();
      const topic = note.topic.join('/');
      const add = (term: string, alias?: Alias) => {
        const key = termKeys(term)[0];
        if (key === undefined || ignored.has(key)) return;
        const dedupe = key + '\u0000' + (alias?.languages ?? []).join(',');
        if (seen.has(dedupe)) return;
        seen.add(dedupe);
        out.push({ term, value: { noteId: note.id }, languages: alias?.languages, context: alias?.context, topic, forms: alias?.forms, codeOnly: alias?.prose === false });
      };
      for (const alias of note.aliases) add(alias.term, alias);
      // Titles count as terms unless an alias already scopes that same term.
      for (const title of [note.title.en, note.title.zh]) {
        const key = termKeys(title)[0];
        if (!note.aliases.some((a) => termKeys(a.term)[0] === key)) add(title);
      }
    }
    for (const [topic, info] of Object.entries(this.topicNames)) {
      for (const term of info.evidence ?? []) {
        if (!ignored.has(termKeys(term)[0] ?? '')) out.push({ term, value: { noteId: '' }, topic, evidence: true, caseSensitive: true, forms: false });
      }
    }
    return out;
  }

  topicName(path: string, lang: Lang): string {
    const names = this.topicNames[path];
    if (names) return localize(names, lang);
    return path.slice(path.lastIndexOf('/') + 1);
  }

  /** Topic breadcrumb of a note in the given language, e.g. ["Machine Learning", "Optimization"]. */
  breadcrumb(note: Note, lang: Lang): string[] {
    return note.topic.map((_, i) => this.topicName(note.topic.slice(0, i + 1).join('/'), lang));
  }

  /** The topic tree, topics sorted by their English name order in topics.yml, notes by title. */
  topicTree(): TopicNode[] {
    if (this.treeCache) return this.treeCache;
    const roots: TopicNode[] = [];
    const index = new Map<string, TopicNode>();
    const nodeFor = (path: string[]): TopicNode => {
      const key = path.join('/');
      let node = index.get(key);
      if (!node) {
        const fallback = path[path.length - 1];
        node = { path: key, name: this.topicNames[key] ?? { zh: fallback, en: fallback }, children: [], notes: [], count: 0 };
        index.set(key, node);
        if (path.length === 1) roots.push(node);
        else nodeFor(path.slice(0, -1)).children.push(node);
      }
      return node;
    };
    for (const note of this.byId.values()) {
      const node = nodeFor(note.topic.length > 0 ? note.topic : ['uncategorized']);
      node.notes.push(note);
      for (let p = note.topic.length; p >= 1; p--) index.get(note.topic.slice(0, p).join('/'))!.count++;
    }
    const order = Object.keys(this.topicNames);
    const rank = (path: string) => {
      const r = order.indexOf(path);
      return r < 0 ? Number.MAX_SAFE_INTEGER : r;
    };
    const sort = (nodes: TopicNode[]) => {
      nodes.sort((a, b) => rank(a.path) - rank(b.path) || a.name.en.localeCompare(b.name.en));
      for (const n of nodes) {
        n.notes.sort((a, b) => TITLE_ORDER.compare(a.title.en, b.title.en));
        sort(n.children);
      }
    };
    sort(roots);
    this.treeCache = roots;
    return roots;
  }

  /** Problems that involve more than one note: duplicate terms, broken links. */
  crossCheck(): Problem[] {
    const problems: Problem[] = [];
    const claims = new Map<string, { note: Note; languages?: readonly string[]; shared?: boolean; term: string }[]>();
    for (const note of this.byId.values()) {
      for (const alias of note.aliases) {
        const key = termKeys(alias.term)[0];
        if (key === undefined) {
          problems.push({ file: note.file, line: note.keyLines?.aliases ?? 1, severity: 'error', message: `alias "${alias.term}" has no letters, digits or CJK characters` });
          continue;
        }
        const list = claims.get(key) ?? [];
        list.push({ note, languages: alias.languages, shared: alias.shared, term: alias.term });
        claims.set(key, list);
      }
    }
    for (const list of claims.values()) {
      for (let a = 0; a < list.length; a++) {
        for (let b = a + 1; b < list.length; b++) {
          const x = list[a];
          const y = list[b];
          if (x.note.id === y.note.id) continue;
          if (x.shared && y.shared) continue;
          const overlap = !x.languages || !y.languages || x.languages.some((l) => y.languages!.includes(l));
          if (overlap) {
            problems.push({
              file: y.note.file,
              line: y.note.keyLines?.aliases ?? 1,
              severity: 'error',
              message: `alias "${y.term}" is also an alias of "${x.note.id}" (${x.note.file}); scope both to different languages or mark both shared`,
            });
          }
        }
      }
    }
    for (const note of this.byId.values()) {
      for (const id of note.related) {
        if (!this.byId.has(id)) problems.push({ file: note.file, line: note.keyLines?.related ?? 1, severity: 'error', message: `related id "${id}" does not exist` });
      }
      for (const lang of ['zh', 'en'] as const) {
        for (const link of wikiLinks(note.body[lang])) {
          if (!this.byId.has(link.id)) {
            problems.push({
              file: note.file,
              line: note.bodyLine[lang] + 1 + link.line,
              severity: 'error',
              message: `link [[${link.id}]] does not resolve to a note`,
            });
          }
        }
      }
    }
    return problems;
  }
}
