import { lazyCollator } from './collator';
import { wikiLinks } from './note-check';
import { localize, notInsideWords, type Alias, type Lang, type Localized, type Note, type Problem } from './note';
import { LayeredMatcher, type TermMatching } from './layered-matcher';
import { aliasIdentity, importContext, isCaseSensitiveTerm, isSymbolTerm, kindContext, termKeys, TermMatcher, type Match, type TermEntry, type TermInput } from './matcher';
import { scanDocument } from './document-scan';

/** One name in camel case (`podAffinity`, `RuntimeClass`): no spaces, a lower-case letter or digit before a capital. */
const CAMEL_NAME = /^[A-Za-z][A-Za-z0-9]*[a-z0-9][A-Z][A-Za-z0-9]*$/;

const noteIdOf = (ref: TermRef) => ref.noteId;

/** The Topics view's node for notes without a topic (a plain Markdown file at the top of a notes folder). */
const UNCATEGORIZED = 'uncategorized';
const UNCATEGORIZED_NAME: Localized = { zh: '未分类', en: 'Uncategorized' };

/** One collator for every sort of titles: localeCompare with options builds one per call. */
const compareTitles = lazyCollator('en', { sensitivity: 'base' });

/**
 * Display names of topic paths ("machine-learning/optimization" → { zh, en }), and for some topics
 * the words that show a document is about them without being concepts themselves (`Go`, `Kubernetes`).
 */
export type TopicNames = Record<string, TopicInfo>;

export interface TopicInfo extends Localized {
  /** Names of the topic itself: evidence for the context of ordinary words, never shown as matches. Case-sensitive. */
  evidence?: string[];
  /** What the topic is for (a Contextive context's domain vision statement), shown on the topic. */
  description?: string;
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

/** A matcher saved at build time and exactly the notes and topics (the same objects) it was built from. */
export interface PrebuiltMatcher {
  matcher: TermMatcher<TermRef>;
  notes: ReadonlySet<Note>;
  topics: TopicNames;
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
  private matcherCache: TermMatching<TermRef> | undefined;
  private treeCache: TopicNode[] | undefined;
  private linkTargets: Map<string, string> | undefined;
  private readonly layers: readonly PrebuiltMatcher[];
  /** The layers the matcher was made of, with the one built for the remaining notes (for the next corpus). */
  private builtLayers: PrebuiltMatcher[] | undefined;
  /** True when some note applies to part of the workspace only (a glossary in a subfolder). */
  private readonly hasScopedNotes: boolean;

  constructor(
    notes: readonly Note[],
    readonly topicNames: TopicNames = {},
    private readonly ignoredTerms: readonly string[] = [],
    /**
     * Matchers already built for some of these notes: the bundled notes' matcher saved at build time
     * (dist/matcher.bin), and the team's from an earlier corpus. Only the notes no layer covers are built.
     */
    prebuilt?: PrebuiltMatcher | readonly PrebuiltMatcher[],
  ) {
    this.layers = prebuilt === undefined ? [] : Array.isArray(prebuilt) ? (prebuilt as readonly PrebuiltMatcher[]) : [prebuilt as PrebuiltMatcher];
    // Later notes win, so user notes passed after bundled ones replace them.
    for (const note of notes) this.byId.set(note.id, note);
    this.hasScopedNotes = notes.some((n) => n.scope !== undefined);
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

  /**
   * The term matcher over every title and alias, built on first use and kept for this corpus. With a
   * saved bundled matcher, only the other notes' terms are built: the saved one is used as it is, minus
   * the notes replaced by team notes and the ignored terms.
   */
  get matcher(): TermMatching<TermRef> {
    this.matcherCache ??= this.buildMatcher();
    return this.matcherCache;
  }

  private buildMatcher(): TermMatching<TermRef> {
    const layers = this.layers;
    if (layers.length === 0) {
      const matcher = new TermMatcher<TermRef>(this.terms());
      this.builtLayers = [{ matcher, notes: new Set(this.byId.values()), topics: this.topicNames }];
      return matcher;
    }
    const covered = (note: Note) => layers.some((l) => l.notes.has(note));
    const topicCovered = (topic: string) => layers.some((l) => l.topics[topic] === this.topicNames[topic]);
    const restNotes = [...this.byId.values()].filter((n) => !covered(n));
    const rest = this.terms((note) => !covered(note), (topic) => !topicCovered(topic));
    const ignored = this.ignoredKeys();
    const ignoredTerm = new Map<string, boolean>();
    const isIgnored = (term: string) => {
      let hit = ignoredTerm.get(term);
      if (hit === undefined) ignoredTerm.set(term, (hit = ignored.has(termKeys(term)[0] ?? '')));
      return hit;
    };
    const matchers = layers.map((layer) => {
      // A layer's note that has been replaced or removed since is left out of it, inside the walk.
      const stale = [...layer.notes].some((note) => this.byId.get(note.id) !== note);
      if (!stale && ignored.size === 0) return layer.matcher;
      return TermMatcher.excluding(layer.matcher, (e: TermEntry<TermRef>) => {
        if (e.value.noteId !== '') {
          const note = this.byId.get(e.value.noteId);
          if (!note || !layer.notes.has(note)) return true;
        }
        return ignored.size > 0 && isIgnored(e.term);
      });
    });
    this.builtLayers = [...layers];
    if (rest.length > 0) {
      const matcher = new TermMatcher<TermRef>(rest);
      matchers.push(matcher);
      this.builtLayers.push({ matcher, notes: new Set(restNotes), topics: this.topicNames });
    }
    return new LayeredMatcher(matchers);
  }

  /**
   * The matchers this corpus's matcher was made of, for a corpus of the notes after a change to reuse:
   * then only the changed notes' terms are built. Undefined when the matcher was never built.
   */
  reusableLayers(): readonly PrebuiltMatcher[] | undefined {
    return this.matcherCache ? this.builtLayers : undefined;
  }

  private ignoredKeys(): Set<string> {
    return new Set(this.ignoredTerms.flatMap((t) => termKeys(t).slice(0, 1)));
  }

  /**
   * Every match of a whole document, with its topic context and Markdown structure applied.
   * @param documentKey the document's URI string (extension) or absolute path (CLI): notes scoped to other
   *   folders are left out. Without it, scoped notes apply everywhere.
   */
  scanDocument(text: string, languageId: string, documentKey?: string): Match<TermRef>[] {
    return this.inScope(scanDocument(this.matcher, text, languageId, noteIdOf).matches, documentKey);
  }

  /** Whether a note applies to the document (a glossary in billing/ applies to billing/** only). */
  appliesTo(note: Note, documentKey: string | undefined): boolean {
    return note.scope === undefined || documentKey === undefined || note.scope.some((prefix) => documentKey.startsWith(prefix));
  }

  /** The matches with the entries of notes scoped elsewhere removed (and matches left with none dropped). */
  inScope<M extends Match<TermRef>>(matches: M[], documentKey: string | undefined): M[] {
    if (!this.hasScopedNotes || documentKey === undefined) return matches;
    const out: M[] = [];
    for (const m of matches) {
      const kept = m.entries.filter((e) => {
        const note = this.byId.get(e.value.noteId);
        return note === undefined || this.appliesTo(note, documentKey);
      });
      if (kept.length === m.entries.length) out.push(m);
      else if (kept.length > 0) out.push({ start: m.start, end: m.end, text: m.text, entries: kept } as M);
    }
    return out;
  }

  /**
   * The note a `[[link]]` names: its id, file name or title (any case), optionally with `#Heading`.
   * Foam, Obsidian and Dendron write all of these.
   */
  resolveLink(target: string): { id: string; heading?: string } | undefined {
    const hash = target.indexOf('#');
    const name = (hash < 0 ? target : target.slice(0, hash)).trim();
    const heading = hash < 0 ? undefined : target.slice(hash + 1).trim() || undefined;
    const id = this.byId.has(name) ? name : this.linkIndex().get(name.toLowerCase());
    if (id === undefined) return undefined;
    return heading ? { id, heading } : { id };
  }

  private linkIndex(): Map<string, string> {
    if (this.linkTargets) return this.linkTargets;
    const index = new Map<string, string>();
    // Weakest first, so an id beats a file name, and a file name beats a title.
    for (const note of this.byId.values()) {
      for (const title of [note.title.en, note.title.zh]) if (title && !index.has(title.toLowerCase())) index.set(title.toLowerCase(), note.id);
    }
    for (const note of this.byId.values()) {
      if (note.origin !== 'user') continue;
      const base = note.file.slice(Math.max(note.file.lastIndexOf('/'), note.file.lastIndexOf('\\')) + 1).replace(/\.(md|markdown)$/i, '');
      if (base) index.set(decodeURIComponentSafe(base).toLowerCase(), note.id);
    }
    for (const note of this.byId.values()) index.set(note.id.toLowerCase(), note.id);
    this.linkTargets = index;
    return index;
  }

  /**
   * Every title and alias once per note, minus the ignored terms, and the topics' evidence terms.
   * @param includeNote which notes (default all); @param includeTopic whose evidence (default all).
   */
  terms(includeNote: (note: Note) => boolean = () => true, includeTopic: (topic: string) => boolean = () => true): TermInput<TermRef>[] {
    const ignored = this.ignoredKeys();
    const out: TermInput<TermRef>[] = [];
    for (const note of this.byId.values()) {
      if (!includeNote(note)) continue;
      const seen = new Set<string>();
      const topic = note.topic.join('/');
      const general = note.general === true ? { general: true } : {};
      // Words apart that the note limits (`{ term: weak reference, languages: [java] }`): its one-word
      // names with the same words (`WeakReference`) must not match them anywhere regardless.
      let limitedPhrases: Set<string> | undefined;
      for (const alias of note.aliases) {
        if ((alias.languages || alias.context || alias.imports) && /\s/.test(alias.term.trim())) (limitedPhrases ??= new Set()).add(termKeys(alias.term)[0] ?? '');
      }
      const insideOf = (term: string) => {
        const inside = notInsideWords(note, term);
        return inside ? { inside } : {};
      };
      const add = (term: string, alias?: Alias, titleApart = false) => {
        const key = termKeys(term)[0];
        if (key === undefined || ignored.has(key)) return;
        const joined = limitedPhrases?.has(key) === true && !alias?.languages && !alias?.context && !alias?.imports && !/[\s_-]/.test(term.trim());
        // A joined name (`NetworkPolicy`) matches only as one word: it does not stand in for the limited words apart
        // (`{ term: network policy, context: true }`), which keep their own entry.
        // A camel-case name (`podAffinity`) matches as one word only, so the same words apart (`pod affinity`) are a term of their own.
        const dedupe = aliasIdentity(key, term, alias?.languages, alias?.case === 'exact') + (titleApart ? '\u0000title' : '') + (joined ? '\u0000joined' : '') + (CAMEL_NAME.test(term) ? '\u0000camel' : '');
        if (seen.has(dedupe)) return;
        seen.add(dedupe);
        const caseSensitive = alias?.case === undefined ? undefined : alias.case === 'exact';
        out.push({ term, value: { noteId: note.id }, languages: withDialects(alias?.languages), context: alias?.kinds ? kindContext(alias.kinds) : alias?.imports ? importContext(alias.imports) : alias?.context, topic, forms: alias?.forms, codeOnly: alias?.prose === false || isSymbolTerm(term), ...(alias?.member !== undefined ? { member: alias.member } : {}), ...(alias?.command ? { command: true } : {}), ...(joined ? { joined: true } : {}), ...insideOf(term), caseSensitive, ...general });
      };
      for (const alias of note.aliases) add(alias.term, alias);
      // Titles count as terms unless an alias already scopes that same term, or writes it the same way:
      // an identifier never matches words apart, so `nodeAffinity` leaves the title "Node affinity" its words.
      for (const title of [note.title.en, note.title.zh]) {
        const key = termKeys(title)[0];
        const apart = /\s/.test(title.trim());
        if (!note.aliases.some((a) => termKeys(a.term)[0] === key && (a.languages || a.context || a.imports || /\s/.test(a.term.trim()) === apart))) add(title, undefined, apart);
      }
    }
    for (const [topic, info] of Object.entries(this.topicNames)) {
      if (!includeTopic(topic)) continue;
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
        const name = this.topicNames[key] ?? (key === UNCATEGORIZED ? UNCATEGORIZED_NAME : { zh: fallback, en: fallback });
        node = { path: key, name, children: [], notes: [], count: 0 };
        index.set(key, node);
        if (path.length === 1) roots.push(node);
        else nodeFor(path.slice(0, -1)).children.push(node);
      }
      return node;
    };
    for (const note of this.byId.values()) {
      const topic = note.topic.length > 0 ? note.topic : [UNCATEGORIZED];
      nodeFor(topic).notes.push(note);
      for (let p = topic.length; p >= 1; p--) index.get(topic.slice(0, p).join('/'))!.count++;
    }
    const order = Object.keys(this.topicNames);
    const rank = (path: string) => {
      const r = order.indexOf(path);
      return r < 0 ? Number.MAX_SAFE_INTEGER : r;
    };
    const sort = (nodes: TopicNode[]) => {
      nodes.sort((a, b) => rank(a.path) - rank(b.path) || a.name.en.localeCompare(b.name.en));
      for (const n of nodes) {
        n.notes.sort((a, b) => compareTitles(a.title.en, b.title.en));
        sort(n.children);
      }
    };
    sort(roots);
    this.treeCache = roots;
    return roots;
  }

  /**
   * Problems that involve more than one note: duplicate terms, broken links. With `reportOn`, only the
   * problems of those notes (the workspace's, whose bundled neighbours were checked at build time): their
   * terms are compared with every note's, and only their links are followed.
   */
  crossCheck(reportOn?: (note: Note) => boolean): Problem[] {
    const problems: Problem[] = [];
    const claims = new Map<string, { note: Note; languages?: readonly string[]; shared?: boolean; kinds?: readonly string[]; term: string; exactCase: boolean }[]>();
    let wanted: Set<string> | undefined;
    if (reportOn) {
      wanted = new Set();
      for (const note of this.byId.values()) if (reportOn(note)) for (const alias of note.aliases) wanted.add(termKeys(alias.term)[0] ?? '');
    }
    for (const note of this.byId.values()) {
      const reported = !reportOn || reportOn(note);
      for (const alias of note.aliases) {
        const key = termKeys(alias.term)[0];
        if (key === undefined) {
          if (reported) problems.push({ file: note.file, line: note.keyLines?.aliases ?? 1, severity: 'error', message: `alias "${alias.term}" has no letters, digits or CJK characters (an operator such as "?." has one to four of its characters)` });
          continue;
        }
        if (!alias.languages && isSymbolTerm(alias.term)) {
          if (reported) problems.push({ file: note.file, line: note.keyLines?.aliases ?? 1, severity: 'error', message: `alias "${alias.term}" is an operator: give it languages, the code it is syntax of ({ term: "${alias.term}", languages: [javascript] })` });
          continue;
        }
        if (wanted && !wanted.has(key)) continue;
        const list = claims.get(key) ?? [];
        const exactCase = alias.case === 'exact' || (alias.case === undefined && isCaseSensitiveTerm(alias.term));
        list.push({ note, languages: alias.languages, shared: alias.shared, kinds: alias.kinds, term: alias.term, exactCase });
        claims.set(key, list);
      }
    }
    for (const list of claims.values()) {
      for (let a = 0; a < list.length; a++) {
        for (let b = a + 1; b < list.length; b++) {
          // Reported on the later claim, or on the one reportOn wants.
          let x = list[a];
          let y = list[b];
          if (x.note.id === y.note.id) continue;
          if (x.shared && y.shared) continue;
          // An alias limited to manifest kinds wins in those manifests and matches nowhere else.
          if ((x.kinds || y.kinds) && !(x.kinds && y.kinds && x.kinds.some((k) => y.kinds!.includes(k)))) continue;
          if (!scopesOverlap(x.note.scope, y.note.scope)) continue;
          // `Path` and `PATH`, each matched only as written, never claim the same text.
          if (x.exactCase && y.exactCase && x.term !== y.term) continue;
          const overlap = !x.languages || !y.languages || x.languages.some((l) => y.languages!.includes(l));
          if (reportOn && !reportOn(y.note)) {
            if (!reportOn(x.note)) continue;
            [x, y] = [y, x];
          }
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
      if (reportOn && !reportOn(note)) continue;
      for (const id of note.related) {
        if (!this.byId.has(id)) problems.push({ file: note.file, line: note.keyLines?.related ?? 1, severity: 'error', message: `related id "${id}" does not exist` });
      }
      for (const lang of ['zh', 'en'] as const) {
        if (lang === 'zh' && note.body.zh === note.body.en) continue;
        for (const link of wikiLinks(note.body[lang])) {
          if (!this.resolveLink(link.id)) {
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

/** Whether two notes can apply to one document (a glossary in billing/ and one in shipping/ cannot). */
function scopesOverlap(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  return a.some((p) => b.some((q) => p.startsWith(q) || q.startsWith(p)));
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * A Compose file is YAML: an alias limited to `yaml` matches in one too (VS Code gives compose.yaml the id
 * `dockercompose`, and a ```yaml fence holding a Compose file is matched as one). A Vue single-file component's
 * script is JavaScript or TypeScript: an alias limited to those matches in a `.vue` file too (its `async`, `await`).
 */
function withDialects(languages: readonly string[] | undefined): readonly string[] | undefined {
  if (languages === undefined) return undefined;
  const yaml = languages.includes('yaml') && !languages.includes('dockercompose');
  const script = (languages.includes('javascript') || languages.includes('typescript')) && !languages.includes('vue');
  if (!yaml && !script) return languages;
  return [...languages, ...(yaml ? ['dockercompose'] : []), ...(script ? ['vue'] : [])];
}
