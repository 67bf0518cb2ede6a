// Checks the packaged extension (concept-reference.vsix, made by `npm run package`): what ships,
// what must not, and that the manifest's entry points and icons resolve inside the package.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { crc32, listZip, readZipEntry, type ZipEntry } from './zip';
import { decodeIndexText, INDEX_FILE, parsePrebuiltIndex } from '../../src/core/index-format';

const MAX_BYTES = 5 * 1024 * 1024;

function vsixPath(): string {
  const fromWorld = (globalThis as { conceptRefE2E?: { vsixPath?: string } }).conceptRefE2E?.vsixPath;
  return process.env.CONCEPT_REF_VSIX ?? fromWorld ?? join(process.cwd(), 'concept-reference.vsix');
}

describe('packaged .vsix', () => {
  let buf: Buffer;
  let entries: ZipEntry[];
  let names: string[];
  const file = (name: string) => entries.find((e) => e.name === name);
  const read = (name: string) => {
    const e = file(name);
    assert.ok(e, `${name} is not in the package`);
    return readZipEntry(buf, e);
  };

  before(() => {
    const path = vsixPath();
    assert.ok(existsSync(path), `${path} does not exist; run \`npm run package\` first`);
    buf = readFileSync(path);
    entries = listZip(buf);
    names = entries.map((e) => e.name);
  });

  it(`is smaller than ${MAX_BYTES / 1024 / 1024} MB`, () => {
    const size = statSync(vsixPath()).size;
    assert.ok(size < MAX_BYTES, `package is ${(size / 1024 / 1024).toFixed(2)} MB`);
  });

  it('every file reads back with the CRC its directory entry names (the package is recompressed after vsce)', () => {
    for (const e of entries) assert.equal(crc32(readZipEntry(buf, e)), e.crc, e.name);
    assert.ok(entries.some((e) => e.method === 8) && entries.every((e) => (e.flags & 0x0008) === 0));
  });

  it('contains the Node and browser bundles, the CLI, the core they share, the prebuilt index, the webview, translations, the manifest and media', () => {
    for (const required of [
      'extension/package.json',
      'extension/package.nls.json',
      'extension/dist/extension.js',
      'extension/dist/web/extension.js',
      'extension/dist/cli.js',
      'extension/dist/index.utf16.json.br',
      'extension/dist/pinyin.json.br',
      'extension/dist/matcher.bin',
      'extension/dist/bodies.json.br',
      'extension/dist/chunks/core.js.br',
      'extension/dist/chunks/core.js',
      'extension/dist/chunks/render.js.br',
      'extension/dist/chunks/render.js',
      'extension/dist/chunks/pinyin-chunk.js.br',
      'extension/dist/chunks/pinyin-chunk.js',
      'extension/dist/chunks/yaml.js.br',
      'extension/dist/chunks/yaml.js',
      'extension/dist/ordinary-words.txt.br',
      'extension/dist/media/viewer.js',
      'extension/dist/media/viewer.css',
      'extension/package.nls.zh-cn.json',
      'extension/l10n/bundle.l10n.zh-cn.json',
      'extension/media/activity-icon.svg',
      'extension/media/icon.png',
      'extension/changelog.md',
      'extension.vsixmanifest',
    ]) {
      assert.ok(names.includes(required), `${required} is missing; package has:\n${names.join('\n')}`);
    }
    assert.ok(names.some((n) => n.startsWith('extension/media/')), 'nothing from media/ is packaged');
  });

  it('ships nothing from sources, tests, caches, build output or source maps', () => {
    const forbidden = [
      /^extension\/(src|test|out|node_modules|\.vscode-test|\.vscode|scripts|bench|demo|content|\.ci|\.git|test-artifacts)\//,
      /\.map$/,
      /\.tsx?$/,
      /(^|\/)tsconfig[^/]*\.json$/,
      /\.vsix$/,
      /(^|\/)(package-lock\.json|eslint\.config\.mjs|\.mocharc\.json|\.gitignore|\.vscodeignore)$/,
    ];
    const bad = names.filter((n) => forbidden.some((re) => re.test(n)));
    assert.deepEqual(bad, [], `files that must not ship:\n${bad.join('\n')}`);
  });

  it('every path package.json points at (main, browser, bin, icons) is inside the package', () => {
    const manifest = JSON.parse(read('extension/package.json').toString('utf8'));
    const paths = new Set<string>();
    const add = (p: unknown) => {
      if (typeof p === 'string' && !p.startsWith('$(')) paths.add(p.replace(/^\.\//, ''));
    };
    add(manifest.main);
    add(manifest.browser);
    for (const bin of Object.values(manifest.bin ?? {})) add(bin);
    add(manifest.icon);
    for (const containers of Object.values(manifest.contributes?.viewsContainers ?? {}) as { icon?: string }[][]) {
      for (const c of containers) add(c.icon);
    }
    for (const views of Object.values(manifest.contributes?.views ?? {}) as { icon?: string }[][]) {
      for (const v of views) add(v.icon);
    }
    const missing = [...paths].filter((p) => !names.includes(`extension/${p}`));
    assert.deepEqual(missing, [], `package.json references files the package lacks: ${missing.join(', ')}`);
  });

  it('the bundled index parses and holds notes, and the bundles are minified production builds', () => {
    const index = parsePrebuiltIndex(decodeIndexText(brotliDecompressSync(read(`extension/dist/${INDEX_FILE}`))));
    assert.ok(Array.isArray(index.notes) && index.notes.length > 0, 'dist/index.utf16.json.br has no notes');
    assert.ok(index.notes.some((n) => n.id === 'kubectl-run'));
    const ext = read('extension/dist/extension.js').toString('utf8');
    assert.ok(!ext.includes('sourceMappingURL='), 'dist/extension.js links a source map: package a --production build');
    // The extension must not bundle the vscode module itself.
    assert.match(ext, /require\(["']vscode["']\)/);
  });

  it('the web bundle loads without its chunks: nothing at module level reads src/core, evaluated only at activation', () => {
    const web = read('extension/dist/web/extension.js').toString('utf8');
    // A stand-in for the vscode API: every name the bundle reads from it, each an object that accepts any use.
    const anything = (): unknown =>
      new Proxy(function () {}, { get: (_t, key) => (key === Symbol.toPrimitive ? () => '' : key === 'prototype' ? {} : anything()), apply: () => anything(), construct: () => anything() as object });
    const vscodeStub: Record<string, unknown> = {};
    // The suite also runs bundled into a temporary folder (npm run test:e2e): read @types/vscode from the repository.
    const root = (globalThis as { conceptRefE2E?: { root?: string } }).conceptRefE2E?.root ?? process.cwd();
    const api = readFileSync(join(root, 'node_modules', '@types', 'vscode', 'index.d.ts'), 'utf8');
    for (const [, name] of api.matchAll(/^\s*export (?:namespace|class|enum|function|const|let|var) (\w+)/gm)) vscodeStub[name] = anything();
    const module = { exports: {} as Record<string, unknown> };
    new Function('module', 'exports', 'require', web)(module, module.exports, (id: string) => (id === 'vscode' ? vscodeStub : {}));
    assert.equal(typeof module.exports.activate, 'function');
  });
});
