// Run by search.bench.mjs in a fresh process (node --expose-gc --import tsx bench/lib/sliced-build.mjs BUNDLE
// SIZE): the name index and then full text, each built once in one task and once in slices of 8 ms as the
// picker builds them (SearchIndex.warmInSlices). In the bench's own process, whose heap holds Fuse's indexes and
// 10,000 generated notes, a major collection falling inside a slice decided the longest one. Prints JSON.
import { createRequire } from 'node:module';
import { loadBundledIndex } from '../fixtures.mjs';
import { syntheticNotes } from './synthetic-notes.mjs';

const [bundlePath, sizeArg] = process.argv.slice(2);
const { Corpus, SearchIndex, PinyinCache } = createRequire(import.meta.url)(bundlePath);
const bundled = loadBundledIndex();
const size = Number(sizeArg);
const corpus = new Corpus([...bundled.notes, ...syntheticNotes(Math.max(0, size - bundled.notes.length), 42)], bundled.topics);
const pinyin = new PinyinCache(bundled.pinyin ?? {});

async function once() {
  globalThis.gc();
  const oneShot = new SearchIndex(corpus, { pinyin });
  let t0 = performance.now();
  oneShot.warm({ fullText: false });
  const namesOneShot = performance.now() - t0;
  globalThis.gc();
  t0 = performance.now();
  oneShot.warm();
  const fullTextOneShot = performance.now() - t0;
  const sliced = new SearchIndex(corpus, { pinyin });
  const inSlices = async (fullText) => {
    globalThis.gc();
    let longest = 0;
    let slices = 0;
    const start = performance.now();
    let mark = start;
    await sliced.warmInSlices({
      fullText,
      sliceMs: 8,
      pause: async () => {
        longest = Math.max(longest, performance.now() - mark);
        slices++;
        await new Promise((resolve) => setTimeout(resolve, 0));
        mark = performance.now();
      },
    });
    const end = performance.now();
    return { longest: Math.max(longest, end - mark), slices: slices + 1, total: end - start };
  };
  const names = await inSlices(false);
  const fullText = await inSlices(true);
  return { namesOneShot, fullTextOneShot, names, fullText };
}

const runs = [];
for (let k = 0; k < 3; k++) runs.push(await once());
process.stdout.write(JSON.stringify({ notes: corpus.size, runs }));
