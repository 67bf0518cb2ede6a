import { parseDocument } from './yaml-lib';
import { parseNote } from './note-parse';
import { type Localized, type Note, type NoteOrigin, type Problem } from './note';
import type { TopicNames } from './corpus';
import type { SkippedPath } from './folder-walk';
import { isGlossaryFile, parseGlossary } from './glossary';
import { parseWorkspaceNote } from './workspace-note';
import { nextTask } from './next-task';

/** Where notes come from: the build reads content/, the CLI a folder, the extension workspace.fs. */
export interface NoteSource {
  /** Paths of every file below the root, relative, with "/" separators. */
  list(): Promise<string[]>;
  /**
   * The file's text. A file that is no text note (too large, binary, not UTF-8: see decodeNoteBytes)
   * rejects with a NoteFileError, whose message is the problem reported.
   */
  read(relativePath: string): Promise<string>;
  /** What the last list() left out and should be reported (symbolic links, unreadable or too deep folders). */
  skipped?(): readonly SkippedPath[];
  /** How a file is named in problem reports and in Note.file. */
  displayPath(relativePath: string): string;
  /**
   * The prefix (ending in "/") that paths of documents below a folder of this source start with, in the
   * form the scan is given (a URI string in the extension, an absolute path in the CLI). Glossaries in a
   * subfolder apply only below it.
   */
  folderKey(relativeDir: string): string;
}

export interface LoadOptions {
  /** Bundled notes, and `check --strict`: the full bilingual schema. Otherwise workspace notes are lenient. */
  strict?: boolean;
  /** Read Contextive glossaries too (the CLI's --notes folders; the extension finds them workspace-wide). */
  glossaries?: boolean;
  /** At most this many note files; the rest are skipped with a warning. */
  limit?: number;
}

export const DEFAULT_NOTE_LIMIT = 20_000;
/**
 * Bytes a notes-folder file may have to be read at all (a glossary may be larger than one note, which the
 * parsers limit to MAX_NOTE_BYTES). A larger file is reported without being read.
 */
export const MAX_FILE_BYTES = 1024 * 1024;

/** A file that is not a readable note or glossary; the message says why and is reported as it is. */
export class NoteFileError extends Error {
  override readonly name = 'NoteFileError';
  constructor(
    message: string,
    /** 1-based line the problem is reported on. */
    readonly line: number = 1,
  ) {
    super(message);
  }
}

/** The problem message of a file of `size` bytes over MAX_FILE_BYTES. */
export function tooLargeMessage(size: number): string {
  return `file is ${(size / (1024 * 1024)).toFixed(1)} MB, more than the ${MAX_FILE_BYTES / (1024 * 1024)} MB a note or glossary may have: not read`;
}

/**
 * The text of a note file's bytes, or a NoteFileError: too large, binary (NUL bytes) or not valid UTF-8
 * (decoded with `fatal`, so bad bytes are reported instead of silently becoming U+FFFD). A UTF-8 byte
 * order mark is dropped.
 */
export function decodeNoteBytes(bytes: Uint8Array): string {
  if (bytes.length > MAX_FILE_BYTES) throw new NoteFileError(tooLargeMessage(bytes.length));
  if (bytes.includes(0)) throw new NoteFileError('binary file (contains NUL bytes): not a note');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // The first bad byte: the longest prefix that decodes (stream: an unfinished last character is
    // fine), found by halving. Its line is what the message names.
    let good = 0;
    let bad = bytes.length;
    while (bad - good > 1) {
      const mid = (good + bad) >> 1;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
        good = mid;
      } catch {
        bad = mid;
      }
    }
    let line = 1;
    for (let i = 0; i < good; i++) if (bytes[i] === 0x0a) line++;
    throw new NoteFileError('not valid UTF-8 text: save the file as UTF-8', line);
  }
}

/** The problem of a file whose read failed. */
function readProblem(file: string, err: unknown): Problem {
  if (err instanceof NoteFileError) return { file, line: err.line, severity: 'error', message: err.message };
  return { file, line: 1, severity: 'error', message: `cannot read: ${String(err)}` };
}
/** Files read at once: enough to overlap the file system's latency, few enough to bound memory. */
const READ_BATCH = 64;
/** Longest stretch of loading work between two turns of the event loop. */
const YIELD_AFTER_MS = 12;

export interface LoadedNotes {
  notes: Note[];
  topics: TopicNames;
  problems: Problem[];
  /** Every note parsed, before duplicate ids were left out (a caller that keeps notes per file needs them). */
  candidates: Note[];
  /** The duplicate-id problems among `problems` (uniqueNotes'). */
  duplicates: Problem[];
  /** Where the time went, for the log: listing the folder, waiting for reads, parsing. */
  timings?: { listMs: number; readMs: number; parseMs: number };
}

/** The first note of each id, in order; each later one is reported on its own file and left out. */
export function uniqueNotes(candidates: Iterable<Note>): { notes: Note[]; problems: Problem[] } {
  const notes: Note[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const note of candidates) {
    const previous = seen.get(note.id);
    if (previous) {
      problems.push({ file: note.file, line: 1, severity: 'error', message: `duplicate id "${note.id}" (also in ${previous})` });
      continue;
    }
    seen.set(note.id, note.file);
    notes.push(note);
  }
  return { notes, problems };
}

export const TOPICS_FILE = 'topics.yml';

export function isNoteFile(relativePath: string): boolean {
  const name = relativePath.slice(relativePath.lastIndexOf('/') + 1);
  return name.endsWith('.md') && name.toLowerCase() !== 'readme.md' && !relativePath.split('/').some((s) => s.startsWith('.') || s === 'node_modules');
}

/** Files a notes folder's listing keeps: notes, glossaries and topics.yml. */
export function isNotesFolderFile(relativePath: string): boolean {
  return relativePath === TOPICS_FILE || isNoteFile(relativePath) || isGlossaryFile(relativePath);
}

/** Reads every note of a source; a bad file becomes a problem, never an exception. */
export async function loadNotes(source: NoteSource, origin: NoteOrigin, options: LoadOptions = {}): Promise<LoadedNotes> {
  const strict = options.strict ?? origin === 'bundled';
  const limit = options.limit ?? DEFAULT_NOTE_LIMIT;
  const problems: Problem[] = [];
  const candidates: Note[] = [];
  let files: string[];
  const t0 = performance.now();
  let readMs = 0;
  let parseMs = 0;
  try {
    files = (await source.list()).sort();
  } catch (err) {
    return { notes: [], topics: {}, problems: [{ file: source.displayPath(''), line: 1, severity: 'error', message: `cannot list notes: ${String(err)}` }], candidates, duplicates: [] };
  }
  for (const s of source.skipped?.() ?? []) problems.push({ file: source.displayPath(s.path), line: 1, severity: s.severity, message: s.message });
  let topics: TopicNames = {};
  if (files.includes(TOPICS_FILE)) {
    try {
      const parsed = parseTopicNames(await source.read(TOPICS_FILE), source.displayPath(TOPICS_FILE));
      topics = parsed.topics;
      problems.push(...parsed.problems);
    } catch (err) {
      problems.push(readProblem(source.displayPath(TOPICS_FILE), err));
    }
  }
  let noteFiles = files.filter((f) => isNoteFile(f) || (options.glossaries === true && isGlossaryFile(f)));
  if (noteFiles.length > limit) {
    problems.push({
      file: source.displayPath(''),
      line: 1,
      severity: 'warning',
      message: `${noteFiles.length - limit} note files past the limit of ${limit} were skipped (setting conceptReference.maxNoteFiles)`,
    });
    noteFiles = noteFiles.slice(0, limit);
  }
  const listMs = performance.now() - t0;
  const readBatch = (at: number) => Promise.all(noteFiles.slice(at, at + READ_BATCH).map((rel) => source.read(rel).then((text) => ({ text }), (err: unknown) => ({ err }))));
  // The next batch is being read while this one is parsed.
  let next = noteFiles.length > 0 ? readBatch(0) : undefined;
  let lastYield = performance.now();
  for (let at = 0; at < noteFiles.length; at += READ_BATCH) {
    // Reads may complete synchronously (the Node host reads the disk directly): give the event loop a
    // turn now and then, so hovers and typing stay responsive while thousands of notes load.
    if (performance.now() - lastYield > YIELD_AFTER_MS) {
      await nextTask();
      lastYield = performance.now();
    }
    const batch = noteFiles.slice(at, at + READ_BATCH);
    const r0 = performance.now();
    const texts = await next!;
    next = at + READ_BATCH < noteFiles.length ? readBatch(at + READ_BATCH) : undefined;
    const p0 = performance.now();
    readMs += p0 - r0;
    batch.forEach((rel, k) => {
      const file = source.displayPath(rel);
      const read = texts[k];
      if ('err' in read) {
        problems.push(readProblem(file, read.err));
        return;
      }
      if (isGlossaryFile(rel)) {
        const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
        const contextive = dir === '.contextive' || dir.endsWith('/.contextive');
        const governs = contextive ? dir.slice(0, Math.max(0, dir.length - '.contextive'.length - 1)) : dir;
        const parsed = parseGlossary(read.text, file, source.folderKey(governs), governs === '');
        problems.push(...parsed.problems);
        topics = { ...parsed.topics, ...topics };
        candidates.push(...parsed.notes);
        return;
      }
      const result = strict ? parseNote(read.text, file, origin) : parseWorkspaceNote(read.text, rel, file);
      problems.push(...result.problems);
      if (result.note) candidates.push(result.note);
    });
    parseMs += performance.now() - p0;
  }
  const unique = uniqueNotes(candidates);
  return { notes: unique.notes, topics, problems: [...problems, ...unique.problems], candidates, duplicates: unique.problems, timings: { listMs, readMs, parseMs } };
}

/** topics.yml: `path: { zh: 名称, en: Name }`, in display order. */
export function parseTopicNames(text: string, file: string): { topics: TopicNames; problems: Problem[] } {
  const problems: Problem[] = [];
  const topics: TopicNames = {};
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    for (const e of doc.errors) problems.push({ file, line: (e.linePos?.[0]?.line ?? 0) + 1, severity: 'error', message: e.message.split('\n')[0] });
    return { topics, problems };
  }
  const data = doc.toJS() as unknown;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problems.push({ file, line: 1, severity: 'error', message: 'topics.yml must map topic paths to { zh, en } names' });
    return { topics, problems };
  }
  for (const [path, value] of Object.entries(data as Record<string, unknown>)) {
    const v = value as (Partial<Localized> & { evidence?: unknown }) | null;
    if (!v || typeof v.zh !== 'string' || typeof v.en !== 'string') {
      problems.push({ file, line: lineOfKey(text, path), severity: 'error', message: `topic "${path}" needs zh and en names` });
      continue;
    }
    topics[path] = { zh: v.zh, en: v.en };
    if (v.evidence !== undefined) {
      if (!Array.isArray(v.evidence) || v.evidence.some((t) => typeof t !== 'string' || t.trim() === '')) {
        problems.push({ file, line: lineOfKey(text, path), severity: 'error', message: `topic "${path}": evidence must be a list of terms` });
      } else {
        topics[path].evidence = (v.evidence as string[]).map((t) => t.trim());
      }
    }
  }
  return { topics, problems };
}

function lineOfKey(text: string, key: string): number {
  const idx = text.split('\n').findIndex((l) => l.startsWith(key + ':'));
  return idx < 0 ? 1 : idx + 1;
}
