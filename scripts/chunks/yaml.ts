// Entry of dist/chunks/yaml.js: the library as a chunk the extension requires on first use (src/core/yaml-lib.ts).
export * from 'yaml';
