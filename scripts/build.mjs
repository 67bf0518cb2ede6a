// One build for everything: the content index, the Node and browser extension bundles,
// the webview script and the CLI. `--production` minifies and drops source maps; `--watch` rebuilds.
import * as esbuild from 'esbuild';
import { builtinModules } from 'node:module';
import { mkdirSync, writeFileSync, chmodSync, rmSync, readFileSync, readdirSync, copyFileSync, existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { writeOrdinaryWords } from './ordinary-words.mjs';
import { KATEX_FONTS_LEFT_OUT, subsetKatexFonts } from './katex-fonts.mjs';

const require = createRequire(import.meta.url);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const dist = join(root, 'dist');

const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
  target: 'es2022',
};

// Fails the browser build when a Node built-in is imported, instead of silently bundling a shim.
const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    const names = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    build.onResolve({ filter: /.*/ }, (args) => {
      if (names.has(args.path)) {
        return { errors: [{ text: `Node built-in "${args.path}" imported by ${args.importer} cannot run in the browser extension host` }] };
      }
      return undefined;
    });
  },
};

// Imports that become separate files next to dist/extension.js (built from the entries below).
const CHUNKS = { './pinyin-chunk': './chunks/pinyin-chunk.js', yaml: './chunks/yaml.js', '../../core/render': './chunks/render.js' };
/**
 * Chunks the package carries Brotli-compressed: dist/chunks/<name>.br, and in place of <name> a stub that decodes and
 * evaluates it when it is first required (the web bundle reads the .br itself, see lazy-code.ts). 25 KB less in the
 * .vsix than the zip's deflate of the renderer, pinyin and yaml; decoding takes about 5 ms for the renderer, 1-2 ms for
 * the others. src/core's chunk, required at activation, is one too since round 48: 4 KB less for under 1 ms.
 * The list is src/shared/brotli-chunks.json, which the web bundle's lazy-code.ts reads too.
 */
const BROTLI_CHUNKS = JSON.parse(readFileSync(new URL('../src/shared/brotli-chunks.json', import.meta.url), 'utf8'));
// One line without a comment: the package carries four copies.
const BROTLI_CHUNK_STUB = `"use strict";new Function("module","exports","require",require("zlib").brotliDecompressSync(require("fs").readFileSync(__filename+".br"))+"\\n//# sourceURL="+__filename)(module,exports,require);
`;
const lazyChunks = {
  name: 'lazy-chunks',
  setup(build) {
    build.onResolve({ filter: /^(\.\/pinyin-chunk|yaml|\.\.\/\.\.\/core\/render)$/ }, (args) => ({ path: CHUNKS[args.path], external: true }));
  },
};
// Writes the .br of a BROTLI_CHUNKS chunk and its stub after each build of it (the watch's too); everyday builds take a fast setting.
const compressChunk = {
  name: 'compress-chunk',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length > 0) return;
      const file = join(root, build.initialOptions.outfile);
      const bytes = readFileSync(file);
      const quality = production ? constants.BROTLI_MAX_QUALITY : 5;
      writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
      writeFileSync(file, BROTLI_CHUNK_STUB);
    });
  },
};

// src/core, shared by the Node extension, the CLI and the web extension as one file (dist/chunks/core.js) instead
// of a copy in each: 70 KB less in the .vsix. The chunk exports every core module's namespace under a key made from
// its path (`search/pinyin` → search_pinyin); an import of a core module from outside src/core becomes that
// key of the chunk. The modules that are chunks of their own (render, the pinyin converter) stay out of it.
const coreDir = join(root, 'src', 'core');
const CORE_OWN_CHUNKS = new Set(['render', 'search/pinyin-chunk']);
const coreKey = (modulePath) => modulePath.replace(/[/-]/g, '_');
function coreModules(dir = coreDir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return coreModules(path);
    if (!e.name.endsWith('.ts') || e.name.endsWith('.d.ts')) return [];
    const modulePath = relative(coreDir, path).slice(0, -3).split(sep).join('/');
    return CORE_OWN_CHUNKS.has(modulePath) ? [] : [modulePath];
  });
}
const coreChunkEntry = () => ({
  contents: coreModules()
    .map((m) => `export * as ${coreKey(m)} from './${m}';`)
    .join('\n'),
  resolveDir: coreDir,
  sourcefile: 'core-chunk.ts',
  loader: 'ts',
});
/** The chunk's key for an import of a core module from outside src/core; undefined for any other import. */
function sharedCoreKey(args) {
  if (args.kind === 'entry-point' || args.importer.startsWith(coreDir + sep)) return undefined;
  const target = resolve(args.resolveDir, args.path);
  const modulePath = relative(coreDir, existsSync(`${target}.ts`) ? target : join(target, 'index')).split(sep).join('/');
  return modulePath.startsWith('..') || CORE_OWN_CHUNKS.has(modulePath) ? undefined : coreKey(modulePath);
}
const sharedCore = {
  name: 'shared-core',
  setup(build) {
    build.onResolve({ filter: /^\.\/chunks\/core\.js$/ }, (args) => ({ path: args.path, external: true }));
    build.onResolve({ filter: /\/core\// }, (args) => {
      const key = sharedCoreKey(args);
      return key && { path: key, namespace: 'shared-core' };
    });
    build.onLoad({ filter: /.*/, namespace: 'shared-core' }, (args) => ({ contents: `module.exports = require('./chunks/core.js').${args.path};`, loader: 'js' }));
  },
};
// The web bundle reads dist/chunks/core.js at activation (lazy-code.ts) like its other chunks. Its imports of core
// modules become objects whose getters read the evaluated chunk; their export names come from the built chunk.
const webSharedCore = {
  name: 'web-shared-core',
  setup(build) {
    build.onStart(() => {
      coreExports = undefined;
    });
    build.onResolve({ filter: /\/core\// }, (args) => {
      const key = sharedCoreKey(args);
      return key && { path: key, namespace: 'web-shared-core' };
    });
    build.onLoad({ filter: /.*/, namespace: 'web-shared-core' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(join(root, 'src', 'vscode', 'lazy-code', 'lazy-code.ts'))}).coreModule(${JSON.stringify(args.path)}, ${JSON.stringify(coreExportNames()[args.path])});`,
      resolveDir: root,
      loader: 'js',
    }));
  },
};
let coreExports;
/** A built chunk's code: the file itself, or its .br where the file is the stub of a BROTLI_CHUNKS chunk. */
function chunkSource(file) {
  return BROTLI_CHUNKS.includes(basename(file)) ? brotliDecompressSync(readFileSync(`${file}.br`)).toString('utf8') : readFileSync(file, 'utf8');
}
function coreExportNames() {
  if (!coreExports) {
    const chunk = { exports: {} };
    new Function('module', 'exports', 'require', chunkSource(join(dist, 'chunks', 'core.js')))(chunk, chunk.exports, () => ({}));
    coreExports = Object.fromEntries(Object.entries(chunk.exports).map(([key, ns]) => [key, Object.keys(ns)]));
  }
  return coreExports;
}

// Inside dist/chunks/core.js the other chunks are its neighbours.
const coreChunkNeighbours = {
  name: 'core-chunk-neighbours',
  setup(build) {
    build.onResolve({ filter: /^(\.\/pinyin-chunk|yaml)$/ }, (args) => ({ path: `./${basename(CHUNKS[args.path])}`, external: true }));
  },
};

// The web bundle reads the same chunk files at activation (src/vscode/lazy-code/lazy-code.ts) instead of
// carrying a second copy of them: their imports become stand-ins for the evaluated chunk.
const webChunks = {
  name: 'web-chunks',
  setup(build) {
    build.onResolve({ filter: /^(\.\/pinyin-chunk|yaml|\.\.\/\.\.\/core\/render)$/ }, (args) => ({ path: CHUNKS[args.path].slice(2), namespace: 'web-chunk' }));
    build.onLoad({ filter: /.*/, namespace: 'web-chunk' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(join(root, 'src', 'vscode', 'lazy-code', 'lazy-code.ts'))}).chunkModule(${JSON.stringify(args.path)});`,
      resolveDir: root,
      loader: 'js',
    }));
  },
};

// The Node extension host reads file: URIs (the package, workspace notes) from disk instead of through
// workspace.fs, and decodes Brotli with zlib instead of a JavaScript decoder.
const nodePlatform = {
  name: 'node-platform',
  setup(build) {
    build.onResolve({ filter: /^\.\/(read-file|brotli|lazy-code\/lazy-code)$/ }, (args) => ({ path: join(args.resolveDir, `${args.path.slice(2)}.node.ts`) }));
  },
};

// The pinyin converter's table (out/pinyin-data.json), from pinyin-pro at build time; kept while its sources
// are unchanged. It must exist before anything that bundles src/core/search/pinyin-chunk.ts is built.
async function buildPinyinData() {
  const tool = join(root, 'out', 'pinyin-data.cjs');
  await esbuild.build({ ...common, sourcemap: false, minify: false, entryPoints: ['scripts/pinyin-data.ts'], outfile: tool, platform: 'node', format: 'cjs', packages: 'external' });
  delete require.cache[tool];
  require(tool).buildPinyinData(join(root, 'out', 'pinyin-data.json'));
}

async function buildContentIndex() {
  // The index builder is TypeScript on top of src/core: bundle it, then run it.
  const tool = join(root, 'out', 'build-content-index.cjs');
  await esbuild.build({ ...common, sourcemap: false, minify: false, entryPoints: ['scripts/build-content-index.ts'], outfile: tool, platform: 'node', format: 'cjs', external: ['subset-font', 'harfbuzzjs', 'fontverter', 'jieba-js'] });
  delete require.cache[tool];
  const { buildContentIndex: run } = require(tool);
  // The package takes the slowest, smallest compression of the note bodies, and KaTeX fonts cut down to what the
  // notes' math uses (KATEX_FONT_SUBSETS); everyday builds a fast one and whole fonts.
  const mathCharacters = production ? new Set() : undefined;
  const ok = await run(join(root, 'content'), dist, { packaged: production, mathCharacters });
  if (!ok) {
    throw new Error('content/ has invalid notes (see above); fix them or run `node dist/cli.js check` for details');
  }
  if (mathCharacters) {
    for (const { file, before, after } of await subsetKatexFonts(join(dist, 'media', 'katex', 'fonts'), mathCharacters)) {
      console.log(`KaTeX_${file}: ${(before / 1024).toFixed(1)} KB -> ${(after / 1024).toFixed(1)} KB`);
    }
  }
}

// Built before the others: the web bundle reads its export names. It runs in both hosts, so it is built for the browser.
const coreChunk = { stdin: coreChunkEntry(), outfile: 'dist/chunks/core.js', platform: 'browser', format: 'cjs', plugins: [noNodeBuiltins, coreChunkNeighbours, ...(BROTLI_CHUNKS.includes('core.js') ? [compressChunk] : [])], define: { 'process.env.NODE_ENV': '"production"' } };

const targets = [
  // The Node bundle leaves the viewer's renderer, the pinyin converter and yaml to chunks required on first use, so
  // the host loads a fraction of the code at activation (each is already required lazily in the source).
  { entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'], plugins: [lazyChunks, sharedCore, nodePlatform] },
  // The chunks run in both hosts (the web bundle evaluates the same files), so they are built for the browser.
  ...['src/core/render.ts', 'src/core/search/pinyin-chunk.ts', 'scripts/chunks/yaml.ts'].map((entry) => ({
    entryPoints: [entry],
    outfile: `dist/chunks/${basename(entry, '.ts')}.js`,
    platform: 'browser',
    format: 'cjs',
    plugins: [noNodeBuiltins, ...(BROTLI_CHUNKS.includes(`${basename(entry, '.ts')}.js`) ? [compressChunk] : [])],
    define: { 'process.env.NODE_ENV': '"production"' },
  })),
  {
    entryPoints: ['src/vscode/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    plugins: [noNodeBuiltins, webChunks, webSharedCore],
    define: { 'process.env.NODE_ENV': '"production"' },
  },
  { entryPoints: ['media/viewer/main.ts'], outfile: 'dist/media/viewer.js', platform: 'browser', format: 'iife' },
  { entryPoints: ['media/viewer/viewer.css'], outfile: 'dist/media/viewer.css', sourcemap: false },
  // The CLI shares the chunks: `show` and `search` load them when they need them.
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' }, plugins: [lazyChunks, sharedCore] },
];

// KaTeX's stylesheet and fonts for the viewer's math, woff2 only (every browser VS Code runs in reads
// it), so the package carries ~107 KB of fonts instead of ~1.2 MB. The faces no bundled note uses
// (\mathfrak, \mathscr, \mathsf, \texttt, \boldsymbol and other bold italics: see katex-fonts.mjs) are left
// out with their @font-face rules; a production build then cuts three faces down (KATEX_FONT_SUBSETS).
function copyKatexAssets() {
  const katexDist = join(dirname(require.resolve('katex/package.json')), 'dist');
  const out = join(dist, 'media', 'katex');
  mkdirSync(join(out, 'fonts'), { recursive: true });
  let css = readFileSync(join(katexDist, 'katex.min.css'), 'utf8').replace(/,url\(fonts\/[\w-]+\.(?:woff|ttf)\) format\("(?:woff|truetype)"\)/g, '');
  if (/\.(?:woff|ttf)\)/.test(css)) throw new Error('katex.min.css still references woff/ttf fonts: update copyKatexAssets()');
  const leftOut = KATEX_FONTS_LEFT_OUT.map((f) => f.file);
  const fileNames = leftOut.map((f) => f.replace(/[.]/g, '\\.')).join('|');
  css = css.replace(new RegExp(`@font-face\\{[^}]*url\\(fonts/KaTeX_(?:${fileNames})[^}]*\\}`, 'g'), '');
  if (leftOut.some((f) => css.includes(`fonts/KaTeX_${f}`))) throw new Error('katex.min.css still loads a left-out font: update copyKatexAssets()');
  writeFileSync(join(out, 'katex.min.css'), css);
  for (const font of readdirSync(join(katexDist, 'fonts')).filter((f) => f.endsWith('.woff2'))) {
    if (leftOut.some((f) => font.startsWith(`KaTeX_${f}`))) continue;
    copyFileSync(join(katexDist, 'fonts', font), join(out, 'fonts', font));
  }
}

async function main() {
  if (production) rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  copyKatexAssets();
  writeOrdinaryWords(dist);
  await buildPinyinData();
  if (watch) {
    await buildContentIndex();
    await esbuild.build({ ...common, ...coreChunk });
    for (const t of [coreChunk, ...targets]) {
      const ctx = await esbuild.context({ ...common, ...t });
      await ctx.watch();
    }
    console.log('watching for changes...');
    return;
  }
  await esbuild.build({ ...common, ...coreChunk });
  await Promise.all(targets.map((t) => esbuild.build({ ...common, ...t })));
  chmodSync(join(dist, 'cli.js'), 0o755);
  // Last, so that dist/cli.js exists to run `check` when a note is invalid.
  await buildContentIndex();
  writeFileSync(join(dist, 'build-info.json'), JSON.stringify({ production, builtAt: new Date().toISOString() }) + '\n');
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
