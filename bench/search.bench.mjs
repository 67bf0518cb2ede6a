// Search: our SearchIndex vs Fuse.js 7.5 configured on the same fields (titles, aliases, pinyin,
// summary, tags, body), over the bundled notes plus generated notes up to 10,000.
// Speed: index build, heap, query latency (median, p95) for a fixed mix of English, Chinese, pinyin,
// typo and body-word queries. Quality: top-1 / top-3 accuracy on bench/search-queries.mjs over the
// real bundled notes (and with 1,000 generated notes as distractors).
import Fuse from 'fuse.js';
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { loadBundledIndex, percentile, rng, root } from './fixtures.mjs';
import { syntheticNotes } from './lib/synthetic-notes.mjs';
import { QUERIES } from './search-queries.mjs';
import { bundleCore } from './lib/core-bundle.mjs';

/** The search code as it ships: one esbuild bundle. */
async function loadSearch() {
  searchBundle = await bundleCore('search-bundle', "export { Corpus } from './src/core/corpus'; export { SearchIndex } from './src/core/search/index'; export { PinyinCache } from './src/core/search/pinyin';");
  return createRequire(import.meta.url)(searchBundle);
}
let searchBundle;
const here = dirname(fileURLToPath(import.meta.url));

const SIZES = [1_000, 10_000];
const PER_KIND = 8; // latency queries per kind
const ROUNDS = 5; // our latency: every query this many times (Fuse: once; it is ~100x slower)
const LIMIT = 10;
const FUSE = 'Fuse.js 7.5';

/** What Fuse indexes: the same fields our index reads, pinyin as strings. */
function fuseDocs(notes, pinyin) {
  return notes.map((n) => {
    const names = [n.title.en, n.title.zh, ...n.aliases.map((a) => a.term)];
    const py = [];
    for (const name of names) {
      const s = pinyin.syllables(name);
      if (s) py.push(s.join(''), s.map((x) => x[0]).join(''));
    }
    return {
      id: n.id,
      titleEn: n.title.en,
      titleZh: n.title.zh,
      aliases: n.aliases.map((a) => a.term),
      pinyin: py,
      summary: `${n.summary.en} ${n.summary.zh}`,
      tags: n.tags,
      body: `${n.body.en}\n${n.body.zh}`,
    };
  });
}

const FUSE_OPTIONS = {
  keys: [
    { name: 'titleEn', weight: 3 },
    { name: 'titleZh', weight: 3 },
    { name: 'aliases', weight: 2 },
    { name: 'pinyin', weight: 1.5 },
    { name: 'summary', weight: 1 },
    { name: 'tags', weight: 1 },
    { name: 'body', weight: 0.5 },
  ],
  includeScore: true,
  // Without it Fuse only looks near the start of each field, so body words would never match.
  ignoreLocation: true,
};

function buildFuse(notes, pinyin) {
  const docs = fuseDocs(notes, pinyin);
  const index = Fuse.createIndex(FUSE_OPTIONS.keys, docs);
  return new Fuse(docs, FUSE_OPTIONS, index);
}

/** A fixed mix of queries drawn from the generated notes. */
function queryMix(notes, pinyin) {
  const r = rng(7);
  const gen = notes.filter((n) => n.id.startsWith('syn-'));
  const pick = () => gen[Math.floor(r() * gen.length)];
  const kinds = {
    'English title': () => pick().title.en,
    'English prefix': () => {
      const t = pick().title.en;
      return t.slice(0, Math.max(3, Math.ceil(t.length * 0.6)));
    },
    'Chinese substring': () => {
      const t = pick().title.zh;
      const len = Math.min(t.length - 1, 2 + Math.floor(r() * 2));
      const start = 1 + Math.floor(r() * Math.max(1, t.length - len - 1));
      return t.slice(start, start + len);
    },
    'pinyin full': () => pinyin.syllables(pick().title.zh).join(''),
    'pinyin initials': () => pinyin.syllables(pick().title.zh).map((s) => s[0]).join(''),
    typo: () => {
      const words = pick().title.en.split(' ');
      const w = words.reduce((a, b) => (b.length > a.length ? b : a));
      const at = 1 + Math.floor(r() * (w.length - 2));
      return words.map((x) => (x === w ? w.slice(0, at) + w.slice(at + 1) : x)).join(' ');
    },
    'body words': () => {
      const words = pick().body.en.split(/[^A-Za-z]+/).filter((w) => w.length > 5);
      const a = words[Math.floor(r() * words.length)];
      const b = words[Math.floor(r() * words.length)];
      return `${a} ${b}`.toLowerCase();
    },
    'Chinese body phrase': () => {
      const runs = pick().body.zh.match(/[\u4e00-\u9fff]{4,}/g) ?? ['内存'];
      const run = runs[Math.floor(r() * runs.length)];
      const start = Math.floor(r() * (run.length - 3));
      return run.slice(start, start + 3);
    },
  };
  const out = [];
  for (const [kind, make] of Object.entries(kinds)) for (let i = 0; i < PER_KIND; i++) out.push({ kind, q: make() });
  return out;
}

function latency(search, queries, rounds) {
  const all = [];
  const byKind = new Map();
  for (let round = 0; round < rounds; round++) {
    for (const { kind, q } of queries) {
      const t0 = process.hrtime.bigint();
      search(q);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      all.push(ms);
      if (!byKind.has(kind)) byKind.set(kind, []);
      byKind.get(kind).push(ms);
    }
  }
  const sorted = (xs) => [...xs].sort((a, b) => a - b);
  const kinds = new Map([...byKind].map(([k, xs]) => [k, percentile(sorted(xs), 50)]));
  const s = sorted(all);
  return { median: percentile(s, 50), p95: percentile(s, 95), kinds };
}

/** JS heap plus ArrayBuffer memory (our posting lists are typed arrays, which heapUsed leaves out). */
function memoryUsed() {
  globalThis.gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

function timed(fn) {
  const before = memoryUsed();
  const t0 = performance.now();
  const value = fn();
  const ms = performance.now() - t0;
  const heapMb = (memoryUsed() - before) / 1e6;
  return { value, ms, heapMb };
}

function accuracy(rank, present) {
  let top1 = 0;
  let top3 = 0;
  for (const { q, id } of present) {
    const got = rank(q);
    if (got[0] === id) top1++;
    if (got.slice(0, 3).includes(id)) top3++;
  }
  return { top1: (100 * top1) / present.length, top3: (100 * top3) / present.length };
}

/** Bytes of dist/extension.js (production build) that come from the pinyin converter and its table and from src/core/search. */
async function bundleShare() {
  const result = await esbuild.build({
    entryPoints: ['src/vscode/extension.ts'],
    absWorkingDir: root,
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].inputs;
  let pinyin = 0;
  let search = 0;
  let minisearch = 0;
  for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
    if (file.includes('pinyin-data.json') || file.includes('src/core/search/pinyin-c')) pinyin += bytesInOutput;
    else if (file.includes('node_modules/minisearch/')) minisearch += bytesInOutput;
    else if (file.includes('src/core/search/') || file.includes('src/vscode/search/')) search += bytesInOutput;
  }
  return { total: result.outputFiles[0].contents.length, pinyin, search, minisearch };
}

export async function run() {
  const { Corpus, SearchIndex, PinyinCache } = await loadSearch();
  // SEARCH_BENCH_INDEX: another prebuilt index (e.g. while content/ does not build yet).
  const bundled = process.env.SEARCH_BENCH_INDEX ? JSON.parse(readFileSync(process.env.SEARCH_BENCH_INDEX, 'utf8')) : loadBundledIndex();
  const rows = [];
  const row = (metric, unit, ours, baseline, higherIsBetter = false) =>
    rows.push({
      bench: 'search',
      metric,
      unit,
      ours,
      baseline,
      ratio: baseline === null ? null : higherIsBetter ? ours / baseline : baseline / ours,
      ...(baseline === null ? {} : { baselineName: FUSE }),
    });

  // Pinyin of generated (user) notes, computed as the extension does at load time (the converter's table loads
  // with the first name), against pinyin-pro, which the package shipped until round 24, loading and reading the same names.
  const generated = syntheticNotes(Math.max(...SIZES) - bundled.notes.length, 42);
  const pinyin = new PinyinCache(bundled.pinyin ?? {});
  const names = generated.flatMap((n) => [n.title.zh, ...n.aliases.map((a) => a.term)]);
  const t0 = performance.now();
  for (const name of names) pinyin.syllables(name);
  const oursMs = performance.now() - t0;
  const t1 = performance.now();
  const { pinyin: pinyinPro } = createRequire(import.meta.url)('pinyin-pro');
  const known = new Set(Object.keys(bundled.pinyin ?? {}));
  for (const name of names) if (/\p{Script=Han}/u.test(name) && !known.has(name)) pinyinPro(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const proMs = performance.now() - t1;
  rows.push({ bench: 'search', metric: `pinyin of ${generated.length.toLocaleString('en')} generated notes' names, load included (user notes)`, unit: 'ms', ours: oursMs, baseline: proMs, ratio: proMs / oursMs, baselineName: 'pinyin-pro 3.29' });

  // The picker builds the names and then full text in slices (SearchIndex.warmInSlices): the host is blocked
  // for the longest slice, where a build in one task blocks it for the whole build. Each size in a fresh process.
  for (const size of SIZES) {
    const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(here, 'lib', 'sliced-build.mjs'), searchBundle, String(size)], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 });
    if (child.status !== 0) throw new Error(`bench/lib/sliced-build.mjs failed:\n${child.stderr}`);
    const { notes, runs } = JSON.parse(child.stdout);
    const label = `${notes.toLocaleString('en')} notes`;
    const median = (get) => runs.map(get).sort((a, b) => a - b)[1];
    const slicedRows = (what, phase, oneShot) => {
      const one = median(oneShot);
      rows.push({ bench: 'search', metric: `${what} built in slices (picker): longest task, ${label} (${median((r) => r[phase].slices)} slices, median of 3)`, unit: 'ms', ours: median((r) => r[phase].longest), baseline: one, ratio: one / median((r) => r[phase].longest), baselineName: 'the whole build in one task' });
      rows.push({ bench: 'search', metric: `  ${what} built in slices: first to last slice, ${label}`, unit: 'ms', ours: median((r) => r[phase].total), baseline: one, ratio: one / median((r) => r[phase].total), baselineName: 'the whole build in one task' });
    };
    slicedRows('names (titles, aliases, pinyin)', 'names', (r) => r.namesOneShot);
    slicedRows('full text', 'fullText', (r) => r.fullTextOneShot);
  }

  for (const size of SIZES) {
    const notes = [...bundled.notes, ...generated.slice(0, size - bundled.notes.length)];
    const corpus = new Corpus(notes, bundled.topics);
    const label = `${size.toLocaleString('en')} notes`;
    const ours = timed(() => new SearchIndex(corpus, { pinyin }).warm());
    const names = timed(() => new SearchIndex(corpus, { pinyin }).warm({ fullText: false }));
    const fuse = timed(() => buildFuse(corpus.all(), pinyin));
    row(`index build, ${label}`, 'ms', ours.ms, fuse.ms);
    row(`  of which titles/aliases/pinyin (first keystroke), ${label}`, 'ms', names.ms, null);
    row(`memory of the index (heap + typed arrays), ${label}`, 'MB', ours.heapMb, fuse.heapMb);

    const queries = queryMix(notes, pinyin);
    const ourSearch = (q) => ours.value.search(q, { limit: LIMIT });
    const fuseSearch = (q) => fuse.value.search(q, { limit: LIMIT });
    latency(ourSearch, queries, 1); // warm-up
    const a = latency(ourSearch, queries, ROUNDS);
    const fuseQueries = size >= 10_000 ? queries.filter((_, i) => i % 4 === 0) : queries;
    const b = latency(fuseSearch, fuseQueries, 1);
    row(`query median (${queries.length} queries), ${label}`, 'ms', a.median, b.median);
    row(`query p95, ${label}`, 'ms', a.p95, b.p95);
    if (size === Math.max(...SIZES)) {
      for (const [kind, median] of a.kinds) row(`  median, ${kind}, ${label}`, 'ms', median, b.kinds.get(kind) ?? null);
    }
  }

  // Accuracy over the real bundled notes, then with 1,000 generated notes as distractors.
  const bundledIds = new Set(bundled.notes.map((n) => n.id));
  const present = QUERIES.filter((x) => bundledIds.has(x.id));
  const skipped = QUERIES.length - present.length;
  if (skipped > 0) process.stderr.write(`search accuracy: ${skipped} of ${QUERIES.length} queries skipped (their note is not bundled yet)\n`);
  for (const extra of [0, 1_000]) {
    const notes = [...bundled.notes, ...generated.slice(0, extra)];
    const ours = new SearchIndex(new Corpus(notes, bundled.topics), { pinyin });
    const fuse = buildFuse(notes, pinyin);
    const a = accuracy((q) => ours.search(q, { limit: 3 }).map((h) => h.note.id), present);
    const b = accuracy((q) => fuse.search(q, { limit: 3 }).map((h) => h.item.id), present);
    const where = extra === 0 ? `${bundled.notes.length} bundled notes` : `bundled + ${extra.toLocaleString('en')} generated`;
    row(`top-1 accuracy, higher is better (${present.length} queries, ${where})`, '%', a.top1, b.top1, true);
    row(`top-3 accuracy, higher is better (${present.length} queries, ${where})`, '%', a.top3, b.top3, true);
    if (extra === 0 && process.env.SEARCH_BENCH_MISSES) {
      for (const x of present) {
        const got = ours.search(x.q, { limit: 3 }).map((h) => h.note.id);
        if (got[0] !== x.id) process.stderr.write(`  miss [${x.kind}] ${x.q} → ${got.join(', ')} (want ${x.id})\n`);
      }
    }
  }
  row('accuracy queries skipped (note not bundled yet)', 'queries', skipped, null);

  const size = await bundleShare();
  row('dist/extension.js, minified', 'KB', size.total / 1024, null);
  row('  of which the pinyin converter and its table (loaded on first user note)', 'KB', size.pinyin / 1024, null);
  row('  of which search code + MiniSearch radix tree', 'KB', (size.search + size.minisearch) / 1024, null);
  return rows;
}
