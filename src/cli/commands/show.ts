import type { Corpus } from '../../core/corpus';
import { localize } from '../../core/note';
import { allowFlags } from '../args';
import { loadCorpus, UsageError, type CliOptions, type Output } from '../context';

export const showUsage = 'show [--html] ID            a note in the chosen language (--html: the viewer\'s sanitized HTML body)';

export async function runShow(options: CliOptions, distDir: string, io: Output): Promise<number> {
  allowFlags(options, ['--html']);
  if (options.args.length !== 1) throw new UsageError('show takes exactly one note id');
  const { corpus } = await loadCorpus(options, distDir);
  return showNote(corpus, options.args[0], options, io);
}

/** What `show ID` prints, from a loaded corpus; the exit code. */
export function showNote(corpus: Corpus, id: string, options: Pick<CliOptions, 'lang' | 'json' | 'flags'>, io: Output): number {
  const note = corpus.get(id);
  if (!note) {
    io.err(`no note with id "${id}"`);
    return 1;
  }
  const lang = options.lang;
  const body = localize(note.body, lang);
  if (options.flags.has('--html')) {
    // Required, not import()ed: dist/chunks/render.js is CommonJS built for both hosts, whose export
    // names an ESM import() of it would not see.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { renderNoteBody } = require('../../core/render') as typeof import('../../core/render');
    // The same options as the viewer: [[links]] show the linked note's title in the chosen language.
    const title = (id: string) => {
      const target = corpus.get(id);
      return target ? localize(target.title, lang) : undefined;
    };
    io.out(renderNoteBody(body, { exists: (id) => corpus.get(id) !== undefined, resolve: (target) => corpus.resolveLink(target), title }).html);
    return 0;
  }
  if (options.json) {
    io.out(JSON.stringify({ id: note.id, title: localize(note.title, lang), summary: localize(note.summary, lang), topic: note.topic.join('/'), body }, null, 2));
    return 0;
  }
  io.out(`# ${localize(note.title, lang)}\n\n> ${localize(note.summary, lang)}\n\n${body}`);
  return 0;
}
