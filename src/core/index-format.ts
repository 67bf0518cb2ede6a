import type { Note } from './note';
import type { TopicNames } from './corpus';
import type { PinyinTable } from './search/pinyin';

/** dist/index.json: the bundled notes, parsed and validated at build time. */
export interface PrebuiltIndex {
  version: 1;
  topics: TopicNames;
  notes: Note[];
  /**
   * Pinyin syllables of every Chinese title and alias (search matches "zszl" and "zhishizhengliu"),
   * computed at build time so the extension loads pinyin-pro only for user notes. Optional: an index
   * without it still loads, the syllables are then computed on first search.
   */
  pinyin?: PinyinTable;
}

export function parsePrebuiltIndex(json: string): PrebuiltIndex {
  const data = JSON.parse(json) as PrebuiltIndex;
  if (data.version !== 1 || !Array.isArray(data.notes)) throw new Error('unsupported prebuilt index');
  return data;
}
