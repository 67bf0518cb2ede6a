import { PinyinConverter, type PinyinData } from './pinyin-converter';

// The converter with the build's table (out/pinyin-data.json, scripts/pinyin-data.ts). The bundles leave this
// module to dist/chunks/pinyin-chunk.js, required the first time a name not in the bundled notes' prebuilt
// table needs its pinyin; esbuild inlines the table there. Run from source (tests), it reads the file.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const converter = new PinyinConverter(require('../../../out/pinyin-data.json') as PinyinData);

/** A name's syllables (see PinyinConverter.syllables). */
export function syllablesOf(name: string): string[] {
  return converter.syllables(name);
}
