import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { localize } from '../../core/note';
import { isKnownLanguageId, languageIdForPath, matchingLanguageId } from '../../core/languages';
import { scanText } from '../../core/scan';
import { allowFlags } from '../args';
import { loadCorpus, UsageError, type CliOptions, type Output } from '../context';

export const scanUsage = 'scan [--language ID] FILE...  every concept mention in the files (- reads standard input)';

export async function runScan(options: CliOptions, distDir: string, io: Output, stdin: () => string): Promise<number> {
  allowFlags(options, ['--language']);
  const files = options.args.length > 0 ? options.args : [];
  if (files.length === 0) throw new UsageError('scan needs at least one FILE (or - for standard input)');
  const forced = options.flags.get('--language');
  if (forced === true) throw new UsageError('--language needs a language id');
  const { corpus } = await loadCorpus(options, distDir);
  const unknownLanguage = forced !== undefined && !isKnownLanguageId(forced);
  const results = [];
  let warned = false;
  for (const file of files) {
    let text: string;
    try {
      text = file === '-' ? stdin() : readFileSync(file, 'utf8');
    } catch (err) {
      throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    }
    const languageId = unknownLanguage ? 'plaintext' : (forced !== undefined ? matchingLanguageId(forced, '') : file === '-' ? 'plaintext' : matchingLanguageId(languageIdForPath(file), file));
    if (unknownLanguage && !warned) {
      warned = true;
      io.err(`concept-ref: unknown language id "${forced}"; scanning as plain text`);
    }
    for (const mention of scanText(corpus, text, languageId, file === '-' ? undefined : resolve(file))) {
      results.push({ file, ...mention });
    }
  }
  if (options.json) {
    io.out(
      JSON.stringify(
        results.map((r) => ({
          file: r.file,
          line: r.line,
          start: r.start,
          end: r.end,
          text: r.text,
          note: { id: r.note.id, title: localize(r.note.title, options.lang), aliases: r.note.aliases.map((a) => a.term) },
        })),
        null,
        2,
      ),
    );
  } else {
    for (const r of results) {
      io.out(`${r.file}:${r.line + 1}:${r.start + 1}: ${r.text} → ${localize(r.note.title, options.lang)} [${r.note.id}]`);
    }
  }
  return 0;
}
