import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus } from '../core/corpus';
import { applyBodies, parsePrebuiltIndex, type PrebuiltIndex } from '../core/index-format';
import { loadNotes } from '../core/load';
import { sharedPinyin } from '../core/search/pinyin';
import type { Lang, Problem } from '../core/note';
import { folderSource } from './folder-source';

/** Bad usage or unreadable input: exit code 2 with a one-line reason. */
export class UsageError extends Error {}

export interface CliOptions {
  notes: string[];
  bundled: boolean;
  lang: Lang;
  json: boolean;
  help: boolean;
  /** Options specific to one command, e.g. --limit, --language, --html. */
  flags: Map<string, string | true>;
  args: string[];
}

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export function defaultLang(env: NodeJS.ProcessEnv): Lang {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return value.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export interface LoadedCorpus {
  corpus: Corpus;
  /** Problems found while reading notes (bundled notes were validated at build time). */
  problems: Problem[];
}

let bundledCache: { key: string; index: PrebuiltIndex } | undefined;

/** The bundled notes with their bodies, parsed once per process (tests and scripts call main() many times). */
function bundledIndex(indexPath: string, bodiesPath: string): PrebuiltIndex {
  const key = `${indexPath}\u0000${statSync(indexPath).mtimeMs}`;
  if (bundledCache?.key === key) return bundledCache.index;
  const index = parsePrebuiltIndex(readFileSync(indexPath, 'utf8'));
  if (index.bodies === 'separate') applyBodies(index.notes, readFileSync(bodiesPath, 'utf8'));
  bundledCache = { key, index };
  return index;
}

/** The bundled index next to the CLI (dist/index.json), plus every --notes folder in order. */
export async function loadCorpus(options: CliOptions, distDir: string): Promise<LoadedCorpus> {
  const notes = [];
  const problems: Problem[] = [];
  let topics = {};
  if (options.bundled) {
    const indexPath = join(distDir, 'index.json');
    if (!existsSync(indexPath)) throw new UsageError(`bundled index not found at ${indexPath}; run npm run build`);
    const index = bundledIndex(indexPath, join(distDir, 'bodies.json'));
    notes.push(...index.notes);
    topics = index.topics;
    if (index.pinyin) sharedPinyin.seed(index.pinyin);
  }
  for (const dir of options.notes) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`notes folder not found: ${dir}`);
    const loaded = await loadNotes(folderSource(dir), 'user', { strict: options.flags.has('--strict'), glossaries: true });
    notes.push(...loaded.notes);
    topics = { ...topics, ...loaded.topics };
    problems.push(...loaded.problems);
  }
  return { corpus: new Corpus(notes, topics), problems };
}
