import type { TopicNode } from './corpus';
import type { Note } from './note';
import type { PinyinLookup } from './search/pinyin';

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The words of a filter text (lower case, NFKC), or [] for a blank filter. */
export function filterTerms(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

/**
 * Whether a note matches a filter: every word of the filter occurs in its English or Chinese title,
 * its id, one of its aliases, or (with a pinyin lookup) the full pinyin or the initials of its
 * Chinese title. Returns the text that matched the first word (to show why), or undefined when the
 * note does not match.
 */
export function matchNote(note: Note, terms: readonly string[], pinyin?: PinyinLookup): string | undefined {
  if (terms.length === 0) return note.title.en;
  const fields = [note.title.en, note.title.zh, note.id, ...note.aliases.map((a) => a.term)];
  const folded = fields.map(fold);
  const syllables = pinyin?.syllables(note.title.zh);
  if (syllables && syllables.length > 0) {
    // Shown as the Chinese title: that is what the pinyin spells.
    fields.push(note.title.zh, note.title.zh);
    folded.push(syllables.join(''), syllables.map((s) => s[0]).join(''));
  }
  let first: string | undefined;
  for (const term of terms) {
    const i = folded.findIndex((f) => f.includes(term));
    if (i < 0) return undefined;
    first ??= fields[i];
  }
  return first;
}

/** A copy of the topic tree with only the notes `keep` accepts, their topic ancestors and recomputed counts. */
export function filterTopicTree(roots: readonly TopicNode[], keep: (note: Note) => boolean): TopicNode[] {
  const prune = (node: TopicNode): TopicNode | undefined => {
    const children = node.children.map(prune).filter((n): n is TopicNode => n !== undefined);
    const notes = node.notes.filter(keep);
    if (children.length === 0 && notes.length === 0) return undefined;
    const count = notes.length + children.reduce((n, c) => n + c.count, 0);
    return { ...node, children, notes, count };
  };
  return roots.map(prune).filter((n): n is TopicNode => n !== undefined);
}
