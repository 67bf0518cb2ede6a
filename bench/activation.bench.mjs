// Activation cost in Node: read the prebuilt index and build what the providers need (corpus,
// term matcher, topic tree), against parsing every Markdown note at activation instead.
// Also the size of the packaged .vsix against the 5 MB budget.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus } from '../src/core/corpus.ts';
import { TermMatcher } from '../src/core/matcher.ts';
import { INDEX_FILE, savedMatcherOptions, parsePrebuiltIndex } from '../src/core/index-format.ts';
import { readIndexText } from '../src/cli/bodies-file.ts';
import { loadNotes } from '../src/core/load.ts';
import { folderSource } from '../src/cli/folder-source.ts';
import { root } from './fixtures.mjs';
import { bundleCore } from './lib/core-bundle.mjs';

const RUNS = 15;

/**
 * Each run starts from a collected heap, as an activation does: without the collection, a run paid for a
 * major GC of earlier runs' garbage (up to 2 s of Markdown parsing for the baseline) whenever one fell
 * inside it. The garbage a run makes itself still counts.
 */
async function median(fn) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    globalThis.gc?.();
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function hoverReady(corpus) {
  // The first lookup builds what the matcher builds lazily (its word table).
  corpus.matcher.matchAt('kubectl run', 2, 'shellscript');
  return corpus;
}

/**
 * Activation as a new extension host meets it: a fresh Node process loading the core as one bundle (as
 * dist/extension.js has it), timed from reading the index to the first lookup. Every page of memory it
 * touches is new there, and on some machines (this one: ~16 µs a fault) the page faults are most of it.
 */
async function coldActivation(runs) {
  const bundle = await bundleCore(
    'activation-core',
    "export { Corpus } from './src/core/corpus'; export { TermMatcher } from './src/core/matcher'; export { decodeIndexText, savedMatcherOptions, oneChunkFor, parsePrebuiltIndex } from './src/core/index-format';",
  );
  const script = `
    const { readFileSync } = require('node:fs');
    const { brotliDecompressSync } = require('node:zlib');
    const m = require(${JSON.stringify(bundle)});
    const dist = ${JSON.stringify(join(root, 'dist'))};
    const faults = () => process.resourceUsage().minorPageFault;
    const f0 = faults();
    const t0 = performance.now();
    const raw = readFileSync(dist + '/${INDEX_FILE}');
    const index = m.parsePrebuiltIndex(m.decodeIndexText(brotliDecompressSync(raw, { chunkSize: m.oneChunkFor(raw) })));
    const matcher = m.TermMatcher.fromBinary(readFileSync(dist + '/matcher.bin'), { consume: true, ...m.savedMatcherOptions(index) });
    const corpus = new m.Corpus(index.notes, index.topics, [], { matcher, notes: new Set(index.notes), topics: index.topics });
    corpus.matcher.matchAt('kubectl run', 2, 'shellscript');
    process.stdout.write(JSON.stringify({ ms: performance.now() - t0, faults: faults() - f0 }));`;
  const results = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`cold activation run failed:\n${r.stderr}`);
    results.push(JSON.parse(r.stdout));
  }
  const median = (key) => results.map((x) => x[key]).sort((a, b) => a - b)[Math.floor(runs / 2)];
  return { ms: median('ms'), faults: median('faults') };
}

export async function run() {
  const indexPath = join(root, 'dist', INDEX_FILE);
  // What activation does: the prebuilt index (decompressed here on the main thread, where the desktop host
  // decompresses it off it) and the matcher saved at build time.
  const fromIndex = async () => {
    const index = parsePrebuiltIndex(readIndexText(indexPath));
    const matcher = TermMatcher.fromBinary(readFileSync(join(root, 'dist', 'matcher.bin')), { consume: true, ...savedMatcherOptions(index) });
    return hoverReady(new Corpus(index.notes, index.topics, [], { matcher, notes: new Set(index.notes), topics: index.topics }));
  };
  const fromMarkdown = async () => {
    const loaded = await loadNotes(folderSource(join(root, 'content')), 'bundled');
    return hoverReady(new Corpus(loaded.notes, loaded.topics));
  };
  await fromIndex();
  await fromMarkdown();
  const ours = await median(fromIndex);
  const base = await median(fromMarkdown);
  const corpus = await fromIndex();
  const cold = await coldActivation(7);
  const rows = [
    {
      bench: 'activation',
      metric: `activation to hover-ready: load index + saved matcher, first lookup (${corpus.size} notes, ${corpus.matcher.stats.terms} terms)`,
      unit: 'ms',
      ours,
      baseline: base,
      ratio: base / ours,
      baselineName: 'parse Markdown at activation',
    },
    { bench: 'activation', metric: 'the same in a fresh Node process (cold: every page new; median of 7)', unit: 'ms', ours: cold.ms, baseline: ours, ratio: ours / cold.ms, baselineName: 'warm, above' },
    { bench: 'activation', metric: '  page faults in it (new 4 KB pages touched)', unit: 'faults', ours: cold.faults, baseline: null, ratio: null },
    { bench: 'activation', metric: 'topic tree for the Topics view (built when the view is first shown)', unit: 'ms', ours: await median(async () => new Corpus(corpus.all(), corpus.topicNames).topicTree()), baseline: null, ratio: null },
    { bench: 'activation', metric: 'prebuilt index size (bodies apart)', unit: 'KB', ours: statSync(indexPath).size / 1024, baseline: null, ratio: null },
  ];
  const vsix = join(root, 'concept-reference.vsix');
  if (existsSync(vsix)) {
    const budget = 5 * 1024;
    const size = statSync(vsix).size / 1024;
    rows.push({ bench: 'package', metric: '.vsix size', unit: 'KB', ours: size, baseline: budget, ratio: budget / size, baselineName: '5 MB budget' });
  } else {
    rows.push({ bench: 'package', metric: '.vsix size (run npm run package first)', unit: 'KB', ours: null, baseline: null, ratio: null });
  }
  return rows;
}
