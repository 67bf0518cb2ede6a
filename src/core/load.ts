import { parseDocument } from 'yaml';
import { parseNote, type Localized, type Note, type NoteOrigin, type Problem } from './note';
import type { TopicNames } from './corpus';

/** Where notes come from: the build reads content/, the CLI a folder, the extension workspace.fs. */
export interface NoteSource {
  /** Paths of every file below the root, relative, with "/" separators. */
  list(): Promise<string[]>;
  read(relativePath: string): Promise<string>;
  /** How a file is named in problem reports and in Note.file. */
  displayPath(relativePath: string): string;
}

export interface LoadedNotes {
  notes: Note[];
  topics: TopicNames;
  problems: Problem[];
}

export const TOPICS_FILE = 'topics.yml';

export function isNoteFile(relativePath: string): boolean {
  const name = relativePath.slice(relativePath.lastIndexOf('/') + 1);
  return name.endsWith('.md') && name.toLowerCase() !== 'readme.md' && !relativePath.split('/').some((s) => s.startsWith('.') || s === 'node_modules');
}

/** Reads every note of a source; a bad file becomes a problem, never an exception. */
export async function loadNotes(source: NoteSource, origin: NoteOrigin): Promise<LoadedNotes> {
  const problems: Problem[] = [];
  const notes: Note[] = [];
  let files: string[];
  try {
    files = (await source.list()).sort();
  } catch (err) {
    return { notes, topics: {}, problems: [{ file: source.displayPath(''), line: 1, severity: 'error', message: `cannot list notes: ${String(err)}` }] };
  }
  let topics: TopicNames = {};
  if (files.includes(TOPICS_FILE)) {
    try {
      const parsed = parseTopicNames(await source.read(TOPICS_FILE), source.displayPath(TOPICS_FILE));
      topics = parsed.topics;
      problems.push(...parsed.problems);
    } catch (err) {
      problems.push({ file: source.displayPath(TOPICS_FILE), line: 1, severity: 'error', message: `cannot read: ${String(err)}` });
    }
  }
  const seen = new Map<string, string>();
  for (const rel of files.filter(isNoteFile)) {
    const file = source.displayPath(rel);
    let text: string;
    try {
      text = await source.read(rel);
    } catch (err) {
      problems.push({ file, line: 1, severity: 'error', message: `cannot read: ${String(err)}` });
      continue;
    }
    const result = parseNote(text, file, origin);
    problems.push(...result.problems);
    if (!result.note) continue;
    const previous = seen.get(result.note.id);
    if (previous) {
      problems.push({ file, line: 1, severity: 'error', message: `duplicate id "${result.note.id}" (also in ${previous})` });
      continue;
    }
    seen.set(result.note.id, file);
    notes.push(result.note);
  }
  return { notes, topics, problems };
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
