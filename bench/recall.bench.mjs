// Recall of wanted concepts on real files (bench/real-corpus): for each file, the concepts a reader
// would want explained were listed before anything was scanned (bench/real-corpus/README.md). A wanted
// concept counts as explained when the scan, as the hover sees it, matches some occurrence of its term.
// The baseline is the target recall (75 %); the holdout sets were kept out of choosing notes (holdout2 was
// collected after the first holdout had been seen, blind to the notes written since; holdout3 was collected blind
// after the notes of a later round had been written).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus } from '../src/core/corpus.ts';
import { scanText } from '../src/core/scan.ts';
import { loadBundledIndex, root } from './fixtures.mjs';

const dir = join(root, 'bench', 'real-corpus');

export function recallOf(corpus, entries) {
  let wanted = 0;
  let found = 0;
  const missed = [];
  for (const entry of entries) {
    const text = readFileSync(join(dir, entry.file), 'utf8');
    const starts = [0];
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) starts.push(nl + 1);
    const spans = scanText(corpus, text, entry.languageId).map((m) => [starts[m.line] + m.start, starts[m.line] + m.end]);
    for (const w of entry.wanted) {
      wanted++;
      let hit = false;
      for (let at = text.indexOf(w.term); at >= 0 && !hit; at = text.indexOf(w.term, at + 1)) {
        hit = spans.some(([s, e]) => s < at + w.term.length && at < e);
      }
      if (hit) found++;
      else missed.push(`${entry.file}: ${w.term}`);
    }
  }
  return { wanted, found, recall: found / wanted, missed };
}

export async function run() {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const index = loadBundledIndex();
  const corpus = new Corpus(index.notes, index.topics);
  const main = recallOf(corpus, manifest.sets.main);
  // Misses are printed for the main set only: the holdout sets stay unseen by whoever chooses notes.
  if (process.env.RECALL_MISSED) for (const m of main.missed) process.stderr.write(`missed ${m}\n`);
  const bench = 'recall';
  const row = (set, described, result = recallOf(corpus, manifest.sets[set])) => ({
    bench,
    metric: `wanted concepts explained, ${described} (${manifest.sets[set].length} files, ${result.wanted} concepts), higher is better`,
    unit: '%',
    ours: result.recall * 100,
    baseline: 75,
    ratio: (result.recall * 100) / 75,
    baselineName: 'target 75 %',
  });
  return [
    row('main', 'main set', main),
    row('holdout', 'holdout set'),
    row('holdout2', "holdout2 set, collected blind to this round's notes"),
    row('holdout3', 'holdout3 set, collected blind after the notes of this round were written'),
    ...(manifest.sets.holdout4 ? [row('holdout4', "holdout4 set, collected blind while round 12's notes were written")] : []),
  ];
}
