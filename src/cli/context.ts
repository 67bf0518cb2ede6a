import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { assembleCorpus, type BundledNotes, type FolderNotes } from '../core/assemble';
import type { Corpus, TermRef } from '../core/corpus';
import { TermMatcher } from '../core/matcher';
import { applyBodies, BODIES_FILE, INDEX_FILE, savedMatcherOptions, indexStrings, parsePrebuiltIndex, PINYIN_FILE, type PrebuiltIndex } from '../core/index-format';
import { readBrotliText, readIndexText } from './bodies-file';
import { loadNotes } from '../core/load';
import { expandPinyin, sharedPinyin } from '../core/search/pinyin';
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

/** dist's index with what the build keeps beside it put back: the notes' bodies and the pinyin table. */
export function readBundledIndex(distDir: string): PrebuiltIndex {
  const index = parsePrebuiltIndex(readIndexText(join(distDir, INDEX_FILE)));
  if (index.bodies === 'separate') applyBodies(index.notes, readBrotliText(join(distDir, BODIES_FILE)));
  const pinyinPath = join(distDir, PINYIN_FILE);
  if (!index.pinyin && existsSync(pinyinPath)) index.pinyin = expandPinyin(readBrotliText(pinyinPath), indexStrings(index.notes));
  return index;
}

let bundledCache: { key: string; index: PrebuiltIndex; matcher?: TermMatcher<TermRef> } | undefined;

/**
 * The bundled notes with their bodies, pinyin table and saved matcher, read once per process (tests and scripts call
 * main() many times). A missing or unreadable matcher.bin only means it is built when needed.
 */
function bundledIndex(distDir: string): { index: PrebuiltIndex; matcher?: TermMatcher<TermRef> } {
  const indexPath = join(distDir, INDEX_FILE);
  const key = `${indexPath}\u0000${statSync(indexPath).mtimeMs}`;
  if (bundledCache?.key === key) return bundledCache;
  const index = readBundledIndex(distDir);
  let matcher: TermMatcher<TermRef> | undefined;
  try {
    matcher = TermMatcher.fromBinary<TermRef>(readFileSync(join(distDir, 'matcher.bin')), savedMatcherOptions(index));
  } catch {
    matcher = undefined;
  }
  bundledCache = { key, index, matcher };
  return bundledCache;
}

/** The bundled index next to the CLI (dist's INDEX_FILE), plus every --notes folder in order. */
export async function loadCorpus(options: CliOptions, distDir: string): Promise<LoadedCorpus> {
  const problems: Problem[] = [];
  let bundled: BundledNotes | undefined;
  if (options.bundled) {
    const indexPath = join(distDir, INDEX_FILE);
    if (!existsSync(indexPath)) throw new UsageError(`bundled index not found at ${indexPath}; run npm run build`);
    const { index, matcher } = bundledIndex(distDir);
    bundled = { notes: index.notes, topics: index.topics, matcher };
    if (index.pinyin) sharedPinyin.seed(index.pinyin);
  }
  const folders: FolderNotes[] = [];
  for (const dir of options.notes) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`notes folder not found: ${dir}`);
    const loaded = await loadNotes(folderSource(dir), 'user', { strict: options.flags.has('--strict'), glossaries: true });
    folders.push(loaded);
    problems.push(...loaded.problems);
  }
  return { corpus: assembleCorpus(bundled, folders), problems };
}
