import { Corpus } from '../src/core/corpus.ts';
import { TermMatcher } from '../src/core/matcher.ts';
import { scanDocument } from '../src/core/document-scan.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedTerms, loadBundledIndex, root } from './fixtures.mjs';
const index = loadBundledIndex();
const bundledTerms = new Corpus(index.notes, index.topics).terms();
const extra = generatedTerms(10000 - bundledTerms.length);
const inputs = [...bundledTerms, ...extra.map((t) => ({ term: t, value: { noteId: 'generated' } }))];
const matcher = new TermMatcher(inputs);
const files = [];
const walk = (dir) => { for (const e of readdirSync(dir, { withFileTypes: true })) { if (e.isDirectory()) walk(join(dir, e.name)); else files.push(readFileSync(join(dir, e.name), 'utf8')); } };
walk(join(root, 'demo'));
const lines = files.join('\n').split('\n'); const out = []; while (out.length < 10000) out.push(...lines);
const doc = out.slice(0, 10000).join('\n');
let n = 0; const t0 = performance.now(); let runs = 0;
while (performance.now() - t0 < 4000) { n += scanDocument(matcher, doc, 'typescript', (r) => r.noteId).matches.length; runs++; }
console.log('chars', doc.length, 'matches/run', n / runs, 'Mchar/s', doc.length * runs / 1e3 / (performance.now() - t0));
const m1 = []; const t1 = performance.now(); let r1 = 0;
while (performance.now() - t1 < 2000) { matcher.matchInto([], doc, { languageId: 'typescript', prose: false, evidence: true, deferred: [], deferredEntries: [] }); r1++; }
console.log('raw matchInto Mchar/s', doc.length * r1 / 1e3 / (performance.now() - t1));
