import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleCore } from './lib/core-bundle.mjs';
import { loadBundledIndex, root } from './fixtures.mjs';
const bundle = await bundleCore('matcher-bundle', "export { Corpus } from './src/core/corpus'; export { DocumentMatches, TermMatcher } from './src/core/matcher'; export { scanDocument } from './src/core/document-scan'; export { wordForms } from './src/core/word-forms';");
const { Corpus, TermMatcher, scanDocument } = createRequire(import.meta.url)(bundle);
const index = loadBundledIndex();
const matcher = new TermMatcher(new Corpus(index.notes, index.topics).terms());
const files = [];
const walk = (dir) => { for (const e of readdirSync(dir, { withFileTypes: true })) { if (e.isDirectory()) walk(join(dir, e.name)); else files.push(readFileSync(join(dir, e.name), 'utf8')); } };
walk(join(root, 'demo'));
const lines = files.join('\n').split('\n'); const out = []; while (out.length < 10000) out.push(...lines);
const doc = out.slice(0, 10000).join('\n');
const mode = process.argv[2] ?? 'full';
let n = 0; const t0 = performance.now(); let runs = 0;
while (performance.now() - t0 < 4000) {
  if (mode === 'full') n += scanDocument(matcher, doc, 'typescript', (r) => r.noteId).matches.length;
  else n += matcher.matchAll(doc, 'typescript').length;
  runs++;
}
const ms = (performance.now() - t0) / runs;
console.log(mode, 'chars', doc.length, 'matches/run', n / runs, 'ms/run', ms.toFixed(2), 'Mchar/s', (doc.length / 1e3 / ms).toFixed(1));
