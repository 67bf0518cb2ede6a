import type { Corpus } from './corpus';
import { localize, type Lang, type Note } from './note';

export interface SearchHit {
  note: Note;
  score: number;
}

/** Interim ranking (exact, prefix, then substring on titles and aliases); replaced by the full search index. */
export class SearchIndex {
  constructor(private readonly corpus: Corpus) {}

  search(query: string, limit = 10, lang: Lang = 'en'): SearchHit[] {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    const hits: SearchHit[] = [];
    for (const note of this.corpus.all()) {
      const terms = [note.title.zh, note.title.en, ...note.aliases.map((a) => a.term)].map((t) => t.toLowerCase());
      let score = 0;
      if (terms.includes(q)) score = 100;
      else if (terms.some((t) => t.startsWith(q))) score = 50;
      else if (terms.some((t) => t.includes(q))) score = 20;
      if (score > 0) hits.push({ note, score });
    }
    hits.sort((a, b) => b.score - a.score || localize(a.note.title, lang).length - localize(b.note.title, lang).length);
    return hits.slice(0, limit);
  }
}
