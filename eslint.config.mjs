// Flat config: typescript-eslint's recommended rules for the TypeScript sources and tests, ESLint's
// recommended rules for the build and test scripts, and the architecture's one hard rule: src/core
// is pure (no `vscode`), so the CLI, the browser build and the unit tests can share it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Globals of the Node scripts (*.mjs). TypeScript files need none: the compiler checks names there.
const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'URLSearchParams', 'fetch', 'AbortSignal', 'AbortController', 'TextDecoder', 'TextEncoder',
    'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'queueMicrotask', 'performance', 'structuredClone',
    'globalThis', '__dirname', '__filename', 'require', 'module'].map((name) => [name, 'readonly']),
);

export default tseslint.config(
  {
    ignores: ['dist/**', 'out/**', '.vscode-test/**', 'node_modules/**', 'media/**/*.js', 'test-artifacts/**', '*.vsix', 'test/fixtures/**', 'demo/**', 'bench/real-corpus/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: nodeGlobals,
    },
    rules: {
      // Parameters: tsc's noUnusedParameters covers the TypeScript; callbacks in scripts keep uniform signatures.
      '@typescript-eslint/no-unused-vars': ['error', { args: 'none', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    // The host benchmark's probe extension is a plain CommonJS extension (see bench/gc-probe).
    files: ['bench/gc-probe/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...nodeGlobals, exports: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'src/core is shared with the CLI, the browser build and unit tests: pass what you need in, do not import vscode.' }],
          patterns: [{ group: ['**/vscode/**', '../vscode', '../vscode/*'], message: 'src/core must not depend on the VS Code adapter (src/vscode).' }],
        },
      ],
    },
  },
);
