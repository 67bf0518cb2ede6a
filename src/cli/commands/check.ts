import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OrdinaryWords, ordinaryWordProblems } from '../../core/ordinary-words';
import { formatProblem } from '../../core/problems';
import { allowFlags } from '../args';
import { loadCorpus, type CliOptions, type Output } from '../context';

export const checkUsage = 'check [--strict]           validate the notes (schema, ids, aliases, links); --strict: the bundled notes\' full bilingual schema';

export async function runCheck(options: CliOptions, distDir: string, io: Output): Promise<number> {
  allowFlags(options, ['--strict']);
  const { corpus, problems } = await loadCorpus(options, distDir);
  const all = [...problems, ...corpus.crossCheck()];
  const wordList = join(distDir, 'ordinary-words.txt');
  if (existsSync(wordList)) all.push(...ordinaryWordProblems(corpus.all(), OrdinaryWords.parse(readFileSync(wordList, 'utf8'))));
  if (options.json) {
    io.out(JSON.stringify(all, null, 2));
  } else {
    for (const p of all) io.out(formatProblem(p));
    const errors = all.filter((p) => p.severity === 'error').length;
    io.err(`${corpus.size} notes checked: ${errors} error(s), ${all.length - errors} warning(s)`);
  }
  return all.some((p) => p.severity === 'error') ? 1 : 0;
}
