import { stringify } from './yaml-lib';
import type { Note } from './note';

/**
 * A note as Markdown in the content format (frontmatter, then the zh and en bodies), e.g. to show a
 * bundled note whose file is not shipped. parseNote(formatNote(n)) gives back the same note.
 */
export function formatNote(note: Note, comment?: string): string {
  const frontmatter: Record<string, unknown> = {
    id: note.id,
    title: { zh: note.title.zh, en: note.title.en },
    aliases: note.aliases.map((a) => (a.languages === undefined && a.shared === undefined && a.context === undefined && a.forms === undefined && a.prose === undefined ? a.term : { ...a })),
    topic: note.topic.join('/'),
  };
  if (note.tags.length > 0) frontmatter.tags = note.tags;
  frontmatter.summary = { zh: note.summary.zh, en: note.summary.en };
  if (note.related.length > 0) frontmatter.related = note.related;
  if (note.verified) frontmatter.verified = note.verified;
  const yaml = stringify(frontmatter, { lineWidth: 0, flowCollectionPadding: false }).trimEnd();
  const header = comment ? comment.split('\n').map((l) => `# ${l}`).join('\n') + '\n' : '';
  return `---\n${header}${yaml}\n---\n\n<!-- lang: zh -->\n${note.body.zh}\n\n<!-- lang: en -->\n${note.body.en}\n`;
}
