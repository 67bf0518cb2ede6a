import * as vscode from 'vscode';
import { brotliDecodeNow } from '../notes/brotli';
import brotliChunks from '../../shared/brotli-chunks.json';

/**
 * src/core, the viewer's renderer, the pinyin converter and yaml in the web extension host. The Node bundle requires
 * them from dist/chunks/ (core at load, the others on first use); the web bundle cannot require a file, so instead
 * of carrying a second copy of them (500 KB of the package) it reads the same chunk files at the start of activation
 * and evaluates them here. Their imports in the web bundle resolve to chunkModule or coreModule (scripts/build.mjs),
 * whose properties read the evaluated chunk. The Node bundle swaps this module for lazy-code.node.ts.
 */
const CHUNK_FILES = ['chunks/core.js', 'chunks/render.js', 'chunks/pinyin-chunk.js', 'chunks/yaml.js'] as const;
/** Shipped as `<file>.br` (scripts/build.mjs): read at activation, decoded and evaluated on first use. */
const BROTLI_CHUNK_FILES: ReadonlySet<string> = new Set(brotliChunks.map((name) => `chunks/${name}`));
/** What dist/chunks/core.js requires: its neighbours, evaluated here too (needed only after activation). */
const CORE_NEIGHBOURS: Record<string, string> = { './yaml.js': 'chunks/yaml.js', './pinyin-chunk.js': 'chunks/pinyin-chunk.js' };

const loaded = new Map<string, Record<string | symbol, unknown>>();
/** Compressed chunks read but not yet evaluated, with where they were read from. */
const compressed = new Map<string, { bytes: Uint8Array; uri: vscode.Uri }>();

function exportsOf(file: string): Record<string | symbol, unknown> | undefined {
  const pending = compressed.get(file);
  if (pending && !loaded.has(file)) {
    compressed.delete(file);
    evaluate(file, new TextDecoder().decode(brotliDecodeNow(pending.bytes)), pending.uri);
  }
  return loaded.get(file);
}

/** Stands for a chunk's exports until, and after, loadLazyCode has evaluated it. */
export function chunkModule(file: string): object {
  return new Proxy(
    {},
    {
      get(_target, key) {
        const exports = exportsOf(file);
        if (!exports) throw new Error(`Concept Reference: ${file} is not loaded`);
        return exports[key];
      },
    },
  );
}

/**
 * Stands for one module of dist/chunks/core.js (src/core, which the web bundle shares with the Node bundle and the
 * CLI): an object with a getter per export, read once the chunk is evaluated. Getters, not a Proxy: the bundle
 * copies a module's own properties when it imports it, before the chunk is loaded.
 */
export function coreModule(key: string, names: readonly string[]): object {
  const module: Record<string, unknown> = {};
  Object.defineProperty(module, '__esModule', { value: true });
  for (const name of names) {
    Object.defineProperty(module, name, {
      enumerable: true,
      get() {
        const core = exportsOf('chunks/core.js') as Record<string, Record<string, unknown>> | undefined;
        if (!core) throw new Error('Concept Reference: chunks/core.js is not loaded');
        return core[key][name];
      },
    });
  }
  return module;
}

/** Reads and evaluates the chunk files (each a self-contained CommonJS bundle, our own package's code). */
export async function loadLazyCode(extensionUri: vscode.Uri): Promise<void> {
  await Promise.all(
    CHUNK_FILES.map(async (file) => {
      if (loaded.has(file) || compressed.has(file)) return;
      if (BROTLI_CHUNK_FILES.has(file)) {
        const uri = vscode.Uri.joinPath(extensionUri, 'dist', `${file}.br`);
        compressed.set(file, { bytes: await vscode.workspace.fs.readFile(uri), uri });
        return;
      }
      const uri = vscode.Uri.joinPath(extensionUri, 'dist', file);
      evaluate(file, new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), uri);
    }),
  );
}

function evaluate(file: string, source: string, uri: vscode.Uri): void {
  const module = { exports: {} as Record<string | symbol, unknown> };
  const noRequire = (id: string) => {
    const neighbour = file === 'chunks/core.js' ? CORE_NEIGHBOURS[id] : undefined;
    if (neighbour) return chunkModule(neighbour);
    throw new Error(`${file} requires ${id}, which the web extension host does not have`);
  };
  // The web extension host evaluates every extension's code the same way.
  new Function('module', 'exports', 'require', `${source}\n//# sourceURL=${uri.toString(true)}`)(module, module.exports, noRequire);
  loaded.set(file, module.exports);
}
