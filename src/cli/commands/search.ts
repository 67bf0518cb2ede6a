import { localize } from '../../core/note';
import { searchIndexFor } from '../../core/search';
import { allowFlags } from '../args';
import { loadCorpus, UsageError, type CliOptions, type Output } from '../context';

export const searchUsage = 'search [--limit N] QUERY...  ranked notes for the query (English, Chinese, pinyin, typos)';

export async function runSearch(options: CliOptions, distDir: string, io: Output): Promise<number> {
  allowFlags(options, ['--limit']);
  const query = options.args.join(' ').trim();
  if (!query) throw new UsageError('search needs a QUERY');
  const rawLimit = options.flags.get('--limit') ?? '10';
  const limit = Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit must be a positive whole number');
  const { corpus } = await loadCorpus(options, distDir);
  const hits = searchIndexFor(corpus).searchOnce(query, { limit, lang: options.lang });
  if (options.json) {
    io.out(
      JSON.stringify(
        hits.map((h) => ({
          id: h.note.id,
          title: localize(h.note.title, options.lang),
          aliases: h.note.aliases.map((a) => a.term),
          topic: h.note.topic.join('/'),
          score: h.score,
        })),
        null,
        2,
      ),
    );
  } else {
    for (const h of hits) io.out(`${h.score.toFixed(2).padStart(8)}  ${localize(h.note.title, options.lang)}  [${h.note.id}]  ${h.note.topic.join('/')}`);
  }
  return 0;
}
