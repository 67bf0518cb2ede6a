// The yaml library is close to half of the extension's code, and only team notes, glossaries, topics.yml
// and the build need it: it is required on first use, so that the Node bundle can leave it to
// dist/chunks/yaml.js (scripts/build.mjs) and activation does not load it.
import type * as Yaml from 'yaml';

let lib: typeof Yaml | undefined;

function yaml(): typeof Yaml {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (lib ??= require('yaml') as typeof Yaml);
}

export const parseDocument = ((...args: Parameters<typeof Yaml.parseDocument>) => yaml().parseDocument(...args)) as typeof Yaml.parseDocument;
export const stringify = ((...args: Parameters<typeof Yaml.stringify>) => yaml().stringify(...args)) as typeof Yaml.stringify;
export const isMap = ((node: unknown) => yaml().isMap(node)) as typeof Yaml.isMap;
export const isSeq = ((node: unknown) => yaml().isSeq(node)) as typeof Yaml.isSeq;
export const isScalar = ((node: unknown) => yaml().isScalar(node)) as typeof Yaml.isScalar;

export function newLineCounter(): Yaml.LineCounter {
  return new (yaml().LineCounter)();
}

export type { LineCounter, Node as YamlNode } from 'yaml';
