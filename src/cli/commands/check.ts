import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TerminologyLint } from '../../core/authoring/terminology';
import { languageIdForPath } from '../../core/languages';
import { lineStarts, positionOf } from '../../core/matcher';
import type { Problem } from '../../core/note';
import { ORDINARY_WORDS_FILE, OrdinaryWords, ordinaryWordProblems } from '../../core/ordinary-words';
import { formatProblem } from '../../core/problems';
import { allowFlags } from '../args';
import { readBrotliText } from '../bodies-file';
import { loadCorpus, UsageError, type CliOptions, type Output } from '../context';

export const checkUsage = 'check [--strict] [--terms FILE...]  validate the notes; --strict: the full bilingual schema; --terms: report avoided terms in the files';

export async function runCheck(options: CliOptions, distDir: string, io: Output): Promise<number> {
  allowFlags(options, ['--strict', '--terms']);
  const terms = options.flags.has('--terms');
  if (terms && options.args.length === 0) throw new UsageError('check --terms needs at least one FILE');
  if (!terms && options.args.length > 0) throw new UsageError(`check takes no files (did you mean check --terms ${options.args[0]}?)`);
  const { corpus, problems } = await loadCorpus(options, distDir);
  const all = [...problems, ...corpus.crossCheck()];
  const wordList = join(distDir, ORDINARY_WORDS_FILE);
  if (existsSync(wordList)) all.push(...ordinaryWordProblems(corpus.all(), OrdinaryWords.parse(readBrotliText(wordList))));
  if (terms) all.push(...avoidedTermProblems(new TerminologyLint(corpus.all()), options.args));
  if (options.json) {
    io.out(JSON.stringify(all, null, 2));
  } else {
    for (const p of all) io.out(formatProblem(p));
    const errors = all.filter((p) => p.severity === 'error').length;
    io.err(`${corpus.size} notes checked: ${errors} error(s), ${all.length - errors} warning(s)`);
  }
  const failed = all.some((p) => p.severity === 'error') || (terms && all.some((p) => p.message.startsWith(AVOIDED)));
  return failed ? 1 : 0;
}

const AVOIDED = 'avoided term';

/** Uses of the notes' `avoid:` terms in the files, one warning each, with the term to write instead. */
function avoidedTermProblems(lint: TerminologyLint, files: readonly string[]): Problem[] {
  const out: Problem[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    }
    const starts = lineStarts(text);
    for (const f of lint.findings(text, languageIdForPath(file))) {
      const line = positionOf(starts, f.start).line + 1;
      out.push({ file, line, severity: 'warning', message: `${AVOIDED} "${f.text}": write "${f.term.replacement}" (note ${f.term.noteId})` });
    }
  }
  return out;
}
