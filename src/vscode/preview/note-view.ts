// Turns a note of the corpus into what the webview shows. No `vscode` import: unit-testable.
import type { Corpus } from '../../core/corpus';
import { localize, type Lang, type Note } from '../../core/note';
import type { NoteView } from '../../shared/viewer-protocol';

type RenderNoteBody = typeof import('../../core/render').renderNoteBody;

/**
 * Loaded lazily: markdown-it, highlight.js and KaTeX are only loaded when a note is first shown. A
 * plain require, so that the extension's Node bundle can leave the module to a chunk of its own
 * (dist/chunks/render.js, see scripts/build.mjs).
 */
function loadRenderer(): RenderNoteBody {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../../core/render') as typeof import('../../core/render')).renderNoteBody;
}

export interface NoteViewOptions {
  /** The renderer (tests pass it in; the viewer loads it on first use). */
  render?: RenderNoteBody;
  /** The UI-language sentence for a body cut at the render limit. */
  cutNotice?(shownChars: number, totalChars: number): string;
}

/** Renders the note's body in `lang` and collects its header. */
export async function buildNoteView(corpus: Corpus, note: Note, lang: Lang, options: NoteViewOptions = {}): Promise<NoteView> {
  const renderNoteBody = options.render ?? loadRenderer();
  const body = renderNoteBody(localize(note.body, lang), {
    ...(options.cutNotice ? { cutNotice: options.cutNotice } : {}),
    exists: (id) => corpus.get(id) !== undefined,
    resolve: (target) => corpus.resolveLink(target),
    title: (id) => {
      const target = corpus.get(id);
      return target ? localize(target.title, lang) : undefined;
    },
    summary: (id) => {
      const target = corpus.get(id);
      return target ? localize(target.summary, lang) : undefined;
    },
  });
  const title = localize(note.title, lang);
  const seen = new Set<string>([title.toLowerCase()]);
  const aliases: string[] = [];
  for (const term of [localize(note.title, lang === 'zh' ? 'en' : 'zh'), ...note.aliases.map((a) => a.term)]) {
    const key = term.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    aliases.push(term);
  }
  return {
    id: note.id,
    lang,
    title,
    summary: localize(note.summary, lang),
    breadcrumb: corpus.breadcrumb(note, lang),
    aliases,
    related: note.related.flatMap((id) => {
      const target = corpus.get(id);
      return target ? [{ id, title: localize(target.title, lang), summary: localize(target.summary, lang) }] : [];
    }),
    origin: note.origin,
    html: body.html,
    headings: body.headings,
    verified: Object.entries(note.verified ?? {}).map(([tool, version]) => `${tool} ${version}`),
    ...(note.lang !== undefined && note.lang !== lang ? { writtenIn: note.lang } : {}),
  };
}
