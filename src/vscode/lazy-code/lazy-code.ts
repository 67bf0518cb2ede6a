import * as vscode from 'vscode';

/**
 * The viewer's renderer, the pinyin converter and yaml in the web extension host. The Node bundle requires them
 * from dist/chunks/ on first use; the web bundle cannot require a file, so instead of carrying a second
 * copy of them (400 KB of the package) it reads the same chunk files once at activation and evaluates
 * them here. Their imports in the web bundle resolve to chunkModule (scripts/build.mjs), whose
 * properties read the evaluated chunk. The Node bundle swaps this module for lazy-code.node.ts.
 */
const CHUNK_FILES = ['chunks/render.js', 'chunks/pinyin-chunk.js', 'chunks/yaml.js'] as const;

const loaded = new Map<string, Record<string | symbol, unknown>>();

/** Stands for a chunk's exports until, and after, loadLazyCode has evaluated it. */
export function chunkModule(file: string): object {
  return new Proxy(
    {},
    {
      get(_target, key) {
        const exports = loaded.get(file);
        if (!exports) throw new Error(`Concept Reference: ${file} is not loaded`);
        return exports[key];
      },
    },
  );
}

/** Reads and evaluates the chunk files (each a self-contained CommonJS bundle, our own package's code). */
export async function loadLazyCode(extensionUri: vscode.Uri): Promise<void> {
  await Promise.all(
    CHUNK_FILES.map(async (file) => {
      if (loaded.has(file)) return;
      const uri = vscode.Uri.joinPath(extensionUri, 'dist', file);
      const source = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const module = { exports: {} as Record<string | symbol, unknown> };
      const noRequire = (id: string) => {
        throw new Error(`${file} requires ${id}, which the web extension host does not have`);
      };
      // The web extension host evaluates every extension's code the same way.
      new Function('module', 'exports', 'require', `${source}\n//# sourceURL=${uri.toString(true)}`)(module, module.exports, noRequire);
      loaded.set(file, module.exports);
    }),
  );
}
