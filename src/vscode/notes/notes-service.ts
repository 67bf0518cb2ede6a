import * as vscode from 'vscode';
import { assembleCorpus } from '../../core/assemble';
import type { Corpus, TermRef, TopicNames } from '../../core/corpus';

/** More changed files than this at once (a branch switch) are read as one full reload. */
const MAX_INCREMENTAL_CHANGES = 200;
import { TermMatcher } from '../../core/matcher';
import { applyBodies, BODIES_FILE, decodeIndexText, INDEX_FILE, savedMatcherOptions, indexStrings, parsePrebuiltIndex, PINYIN_FILE } from '../../core/index-format';
import { SYMLINK_NOT_FOLLOWED } from '../../core/folder-walk';
import { decodeNoteBytes, isNoteFile, isNotesFolderFile, loadNotes, NoteFileError, uniqueNotes, type LoadedNotes } from '../../core/load';
import { parseWorkspaceNote } from '../../core/workspace-note';
import { glossarySource, GLOSSARY_GLOB } from './glossary-source';
import type { Lang, Note, Problem } from '../../core/note';
import { formatProblem } from '../../core/problems';
import { expandPinyin, sharedPinyin } from '../../core/search/pinyin';
import { ContextKeys } from '../ids';
import { debounce, Disposable } from '../util/dispose';
import { displayLanguage } from './display-language';
import { brotliDecode, brotliDecodeNow } from './brotli';
import { isLinkBelow, readFileBytes } from './read-file';
import { workspaceSource } from './workspace-source';
import { Settings } from '../settings';

interface BundledNotes {
  notes: Note[];
  topics: TopicNames;
  /** Loaded from dist/matcher.bin, so activation does not build it. */
  matcher?: TermMatcher<TermRef>;
  /** dist/bodies.json.br when the index leaves the bodies out. */
  bodiesUri?: vscode.Uri;
  bodiesLoaded: boolean;
  /** dist/pinyin.json.br when the index leaves the bundled names' pinyin out (read on the first search). */
  pinyinUri?: vscode.Uri;
}

/**
 * Owns the Corpus: the prebuilt bundled notes plus the workspace's notes folders.
 * Every change (notes edited, folders or ignored terms reconfigured) produces a new Corpus and fires
 * onDidChange, so features rebuild their derived structures once per change, never per request.
 */
export class NotesService extends Disposable {
  private readonly changeEmitter = this._register(new vscode.EventEmitter<Corpus>());
  readonly onDidChange = this.changeEmitter.event;
  private readonly languageEmitter = this._register(new vscode.EventEmitter<Lang>());
  /** Fires when the display language setting changes. */
  readonly onDidChangeLanguage = this.languageEmitter.event;
  private current: Corpus;
  private userNotes: Note[] = [];
  /** Notes and problems of each workspace note file (by URI), so a change re-reads only that file. */
  private userFiles = new Map<string, { notes: Note[]; problems: Problem[] }>();
  private userTopics: TopicNames = {};
  private watchers: vscode.Disposable[] = [];
  private watchSignature: string | undefined;
  private readonly pendingChanges = new Set<string>();
  private reloadCounter = 0;
  private bodiesPromise: Promise<void> | undefined;
  private pinyinPromise: Promise<void> | undefined;
  private pinyinLoaded = false;
  problems: Problem[] = [];
  /** Timings of the last completed read of the workspace notes (for the log, tests and benchmarks). */
  lastLoad: { totalMs: number; glossaryMs: number; publishMs: number; notes: number; timings: { listMs: number; readMs: number; parseMs: number } } | undefined;

  static async create(extensionUri: vscode.Uri, log: vscode.LogOutputChannel): Promise<NotesService> {
    const dist = vscode.Uri.joinPath(extensionUri, 'dist');
    const t0 = performance.now();
    const [bytes, matcherBytes] = await Promise.all([
      readFileBytes(vscode.Uri.joinPath(dist, INDEX_FILE)).then(brotliDecodeNow),
      readFileBytes(vscode.Uri.joinPath(dist, 'matcher.bin')).catch(() => undefined),
    ]);
    const t1 = performance.now();
    const index = parsePrebuiltIndex(decodeIndexText(bytes));
    // Search uses the prebuilt pinyin of bundled names (the pinyin converter loads only for user notes). It is read
    // when the search opens (ensurePinyin): most sessions never search, and the table is ~2 MB of heap.
    if (index.pinyin) sharedPinyin.seed(index.pinyin);
    let matcher: TermMatcher<TermRef> | undefined;
    try {
      matcher = matcherBytes && TermMatcher.fromBinary<TermRef>(matcherBytes, savedMatcherOptions(index));
    } catch (err) {
      log.warn(`dist/matcher.bin not usable (${String(err)}); building the matcher instead.`);
    }
    const separate = index.bodies === 'separate';
    log.info(`Bundled notes: read and decompressed ${(t1 - t0).toFixed(1)} ms, index and matcher ${(performance.now() - t1).toFixed(1)} ms.`);
    return new NotesService({ notes: index.notes, topics: index.topics, matcher, bodiesUri: separate ? vscode.Uri.joinPath(dist, BODIES_FILE) : undefined, bodiesLoaded: !separate, pinyinUri: index.pinyin ? undefined : vscode.Uri.joinPath(dist, PINYIN_FILE) }, log);
  }

  private constructor(
    private readonly bundled: BundledNotes,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this.current = this.makeCorpus(false);
    // Hovers work at once; the word table that speeds up whole-document scans is built just after activation.
    const warmUp = setTimeout(() => this.isDisposed || this.current.matcher.warmUp(), 500);
    this._register({ dispose: () => clearTimeout(warmUp) });
    const scheduleReload = this._register(debounce(() => void this.reloadUserNotes(), 300));
    this._register({ dispose: () => this.disposeWatchers() });
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (Settings.affects(e, 'notesFolders', 'maxNoteFiles')) scheduleReload();
        else if (Settings.affects(e, 'ignoredTerms')) this.publish();
        if (Settings.affects(e, 'displayLanguage')) this.languageEmitter.fire(this.language);
      }),
    );
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => scheduleReload()));
    this._register(vscode.workspace.onDidGrantWorkspaceTrust(() => scheduleReload()));
  }

  get corpus(): Corpus {
    return this.current;
  }

  get language(): Lang {
    return displayLanguage();
  }

  /** True once the bundled notes' bodies are loaded (see ensureBodies). */
  get bodiesReady(): boolean {
    return this.bundled.bodiesLoaded === true;
  }

  /**
   * Reads the bundled names' pinyin (dist/pinyin.json.br) into the search's syllable cache, once. Search
   * asks for it when it opens; before it arrives a query still works (syllables computed by the pinyin converter).
   */
  ensurePinyin(): Promise<void> {
    this.pinyinPromise ??= (async () => {
      if (!this.bundled.pinyinUri) return;
      try {
        const json = new TextDecoder('utf-8').decode(await brotliDecode(await readFileBytes(this.bundled.pinyinUri)));
        sharedPinyin.seed(expandPinyin(json, indexStrings(this.bundled.notes)));
      } catch (err) {
        this.log.warn(`Cannot read the bundled pinyin table: ${String(err)}`);
      }
      this.pinyinLoaded = true;
    })();
    return this.pinyinPromise;
  }

  /** True once the bundled names' pinyin is in (see ensurePinyin). */
  get pinyinReady(): boolean {
    return this.pinyinLoaded || !this.bundled.pinyinUri;
  }

  /**
   * Loads the bundled notes' bodies (dist/bodies.json.br) into the notes, once. Only the viewer and
   * full-text search need them, so activation neither reads nor keeps them.
   */
  ensureBodies(): Promise<void> {
    this.bodiesPromise ??= (async () => {
      if (!this.bundled.bodiesUri) return;
      try {
        const bytes = await brotliDecode(await readFileBytes(this.bundled.bodiesUri));
        applyBodies(this.bundled.notes, new TextDecoder('utf-8').decode(bytes));
      } catch (err) {
        this.log.error(`Cannot read the bundled notes' bodies: ${String(err)}`);
      }
      this.bundled.bodiesLoaded = true;
    })();
    return this.bodiesPromise;
  }

  get bundledCount(): number {
    return this.bundled.notes.length;
  }

  /** The configured notes folders of a workspace folder (or of every one), as URIs, in setting order. */
  notesFolders(workspaceFolder?: vscode.WorkspaceFolder): vscode.Uri[] {
    const out: vscode.Uri[] = [];
    for (const folder of workspaceFolder ? [workspaceFolder] : (vscode.workspace.workspaceFolders ?? [])) {
      for (const rel of Settings.notesFolders(folder.uri)) {
        out.push(vscode.Uri.joinPath(folder.uri, ...rel.split(/[\\/]/).filter(Boolean)));
      }
    }
    return out;
  }

  /** Whether a document is a note file of a notes folder (where [[links]] complete and resolve). */
  isNoteDocument(uri: vscode.Uri): boolean {
    const key = uri.toString();
    return this.notesFolders().some((folder) => key.startsWith(folder.toString() + '/'));
  }

  /** Reads every configured notes folder and every Contextive glossary of every workspace folder, and publishes a new corpus. */
  async reloadUserNotes(): Promise<void> {
    const run = ++this.reloadCounter;
    const started = Date.now();
    const loading = this.loadWorkspaceNotes(run);
    // Hover works with the bundled notes meanwhile; a long load shows in the status bar.
    const slow = setTimeout(() => {
      if (run === this.reloadCounter) {
        void vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Loading concept notes…') }, () => loading);
      }
    }, 1000);
    try {
      await loading;
    } finally {
      clearTimeout(slow);
    }
    if (run === this.reloadCounter && this.userNotes.length > 0) {
      // Built now rather than on the first hover, so the log says when hovers are ready.
      const m0 = performance.now();
      void this.current.matcher;
      const last = this.lastLoad;
      const phases = last ? `list ${last.timings.listMs.toFixed(0)} ms, read ${last.timings.readMs.toFixed(0)} ms, parse ${last.timings.parseMs.toFixed(0)} ms, glossaries ${last.glossaryMs.toFixed(0)} ms, publish ${last.publishMs.toFixed(0)} ms, ` : '';
      this.log.info(`Workspace notes: ${this.userNotes.length} hover-ready in ${Date.now() - started} ms (${phases}matcher ${(performance.now() - m0).toFixed(0)} ms).`);
    }
  }

  private async loadWorkspaceNotes(run: number): Promise<void> {
    const sources: LoadedNotes[] = [];
    const watches: [vscode.WorkspaceFolder, string][] = [];
    const take = (loaded: LoadedNotes) => sources.push(loaded);
    if (vscode.workspace.isTrusted) {
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        for (const root of this.notesFolders(folder)) {
          watches.push([folder, root.path.slice(folder.uri.path.replace(/\/$/, '').length + 1)]);
        }
        watches.push([folder, GLOSSARY_GLOB]);
      }
    }
    // Watch before reading, and keep the watchers across reloads: an event during a reload is not lost.
    this.ensureWatchers(watches);
    const t0 = performance.now();
    let glossaryMs = 0;
    if (vscode.workspace.isTrusted) {
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        const limit = Settings.maxNoteFiles(folder.uri);
        // The workspace-wide search for glossaries runs in another process while the notes folders load.
        const glossaries = glossarySource(folder, limit);
        glossaries.catch(() => undefined);
        for (const root of this.notesFolders(folder)) take(await loadNotes(workspaceSource(root), 'user', { limit }));
        const g0 = performance.now();
        take(await loadNotes(await glossaries, 'user', { glossaries: true, limit }));
        glossaryMs += performance.now() - g0;
      }
    }
    const sum = (key: 'listMs' | 'readMs' | 'parseMs') => sources.reduce((n, s) => n + (s.timings?.[key] ?? 0), 0);
    this.lastLoad = { totalMs: performance.now() - t0, glossaryMs, publishMs: 0, notes: sources.reduce((n, s) => n + s.candidates.length, 0), timings: { listMs: sum('listMs'), readMs: sum('readMs'), parseMs: sum('parseMs') } };
    if (run !== this.reloadCounter || this.isDisposed) return;
    // Kept per file, so that a change re-reads one file; duplicate ids are found again over all files.
    this.userFiles = new Map();
    const entry = (file: string) => {
      let e = this.userFiles.get(file);
      if (!e) this.userFiles.set(file, (e = { notes: [], problems: [] }));
      return e;
    };
    for (const loaded of sources) {
      for (const note of loaded.candidates) entry(note.file).notes.push(note);
      for (const problem of loaded.problems) if (!loaded.duplicates.includes(problem)) entry(problem.file).problems.push(problem);
    }
    this.userTopics = Object.assign({}, ...sources.map((s) => s.topics)) as TopicNames;
    this.mergeUserFiles();
    for (const p of this.problems) this.log.warn(formatProblem(p));
    const p0 = performance.now();
    this.publish(false);
    this.lastLoad.publishMs = performance.now() - p0;
  }

  /** The team's notes and problems from the notes of every file, duplicate ids reported and left out. */
  private mergeUserFiles(): void {
    const files = [...this.userFiles.values()];
    const unique = uniqueNotes(files.flatMap((f) => f.notes));
    this.userNotes = unique.notes;
    this.problems = [...files.flatMap((f) => f.problems), ...unique.problems];
  }

  /**
   * Re-reads just the note files that changed and publishes a corpus that reuses the matchers built
   * before (only the changed notes' terms are built). A burst of events (a branch switch), a glossary,
   * topics.yml or a folder event falls back to one full reload.
   */
  private async applyFileChanges(): Promise<void> {
    const changed = [...this.pendingChanges].map((s) => vscode.Uri.parse(s));
    this.pendingChanges.clear();
    if (changed.length === 0) return;
    const roots = this.notesFolders();
    const updates: { key: string; uri: vscode.Uri; root: vscode.Uri; rel: string }[] = [];
    for (const uri of changed) {
      const root = roots.find((r) => uri.path.startsWith(r.path.replace(/\/$/, '') + '/') && uri.scheme === r.scheme && uri.authority === r.authority);
      const rel = root ? uri.path.slice(root.path.replace(/\/$/, '').length + 1) : undefined;
      if (rel === undefined || !isNoteFile(rel) || changed.length > MAX_INCREMENTAL_CHANGES) {
        // A glossary, topics.yml, a folder, or too many files at once: read everything again.
        if (rel !== undefined && isNoteFile(rel) === false && /\.[^/]+$/.test(rel) && !isNotesFolderFile(rel)) continue; // an image or other file
        return this.reloadUserNotes();
      }
      updates.push({ key: uri.toString(), uri, root: root!, rel });
    }
    const run = ++this.reloadCounter;
    const read = await Promise.all(
      updates.map(async (u) => {
        // Reported as the full reload's folder walk reports it, not read through the link.
        if (await isLinkBelow(u.root, u.rel)) return { ...u, text: undefined, bad: { line: 1, message: SYMLINK_NOT_FOLLOWED, severity: 'warning' as const } };
        try {
          return { ...u, text: decodeNoteBytes(await readFileBytes(u.uri)), bad: undefined };
        } catch (err) {
          // A binary, non-UTF-8 or huge file is reported; a deleted one just leaves.
          return { ...u, text: undefined, bad: err instanceof NoteFileError ? err : undefined };
        }
      }),
    );
    if (run !== this.reloadCounter || this.isDisposed) return;
    for (const { key, rel, text, bad } of read) {
      if (bad) {
        this.userFiles.set(key, { notes: [], problems: [{ file: key, line: bad.line, severity: 'severity' in bad ? bad.severity : 'error', message: bad.message }] });
        continue;
      }
      if (text === undefined) {
        this.userFiles.delete(key);
        continue;
      }
      const result = parseWorkspaceNote(text, rel, key);
      this.userFiles.set(key, { notes: result.note ? [result.note] : [], problems: result.problems });
    }
    this.mergeUserFiles();
    this.publish(true);
  }

  /**
   * Watches each notes folder (and the folder itself: deleting or renaming it is one event on the folder)
   * and the glossary glob; replaces the watchers only when what to watch has changed.
   */
  private ensureWatchers(watches: readonly [vscode.WorkspaceFolder, string][]): void {
    const signature = watches.map(([folder, path]) => `${folder.uri.toString()}\u0000${path}`).join('\n');
    if (signature === this.watchSignature) return;
    this.disposeWatchers();
    this.watchSignature = signature;
    const flush = debounce(() => void this.applyFileChanges(), 300);
    const onChange = (uri: vscode.Uri) => {
      this.pendingChanges.add(uri.toString());
      flush();
    };
    this.watchers.push(flush);
    for (const [folder, pathOrGlob] of watches) {
      const pattern = pathOrGlob.includes('*') ? pathOrGlob : `{${pathOrGlob},${pathOrGlob}/**}`;
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, pattern));
      watcher.onDidChange(onChange);
      watcher.onDidCreate(onChange);
      watcher.onDidDelete(onChange);
      this.watchers.push(watcher);
    }
  }

  private disposeWatchers(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    this.watchSignature = undefined;
  }

  /** @param reuse keep the current corpus's large matcher layers: after a one-file change only its terms are built. */
  private makeCorpus(reuse: boolean): Corpus {
    const ignoredTerms = Settings.ignoredTerms();
    return assembleCorpus(this.bundled, [{ notes: this.userNotes, topics: this.userTopics }], { ignoredTerms, previous: reuse ? this.current : undefined });
  }

  private publish(reuse = true): void {
    this.current = this.makeCorpus(reuse);
    void vscode.commands.executeCommand('setContext', ContextKeys.noteCount, this.current.size);
    this.changeEmitter.fire(this.current);
  }
}
