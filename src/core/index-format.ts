import type { Note } from './note';
import type { TopicNames } from './corpus';

/** dist/index.json: the bundled notes, parsed and validated at build time. */
export interface PrebuiltIndex {
  version: 1;
  topics: TopicNames;
  notes: Note[];
}

export function parsePrebuiltIndex(json: string): PrebuiltIndex {
  const data = JSON.parse(json) as PrebuiltIndex;
  if (data.version !== 1 || !Array.isArray(data.notes)) throw new Error('unsupported prebuilt index');
  return data;
}
