import type { Alias, Note } from '../src/core/note';

/**
 * Everyday words that contain a bundled Chinese term but whose text, in technical writing, is mostly still that term
 * (the dictionary's word is the wrong cut, or the longer word means the concept): 事务所持有的锁 is 事务 + 所持有,
 * 信号处理函数 a Unix signal handler, 模块化 about modules, 平均值 the mean of statistics and ML texts, 建树, 树上的节点
 * and 树枝 parts of an algorithm's tree, 大堆 a max-heap, 单树模 a piece of 单树模型. Blind evaluation of 21 Chinese
 * documents (bench/precision-audit/zh-not-inside.md) found 平均值 and 树枝 this way.
 */
const STILL_THE_TERM = new Set(['事务所', '事务局', '事务部', '信号处理', '模块化', '平均值', '一棵树', '建树', '树上', '树根', '树顶', '树枝', '树叶', '单树模', '大堆']);

const CHINESE_WORD = /^[\u4e00-\u9fff]+$/;

/**
 * Gives each bundled Chinese alias (and Chinese title without one) `notInside`: the everyday words that contain it and
 * are no note's term, so that 索引 stays out of 搜索引擎, 堆 out of 堆积 and 嵌入 out of 嵌入式. Words an author
 * listed are kept. People's and places' names (`properNames`: 徐天宏, 马王堆, 联邦德国) are left out: they do not occur in
 * technical text, and would only take bytes. Returns how many terms got words.
 */
export function addNotInsideWords(notes: Note[], everydayChinese: readonly string[], properNames: ReadonlySet<string> = new Set()): number {
  const terms = new Set(notes.flatMap((n) => [n.title.en, n.title.zh, ...n.aliases.map((a) => a.term)]).map((t) => t.toLowerCase()));
  // The candidates by each character they hold, in list order: a term is looked for only among the words with its
  // first character (every candidate for every term took most of a second per build).
  const byCharacter = new Map<string, string[]>();
  for (const w of everydayChinese) {
    if (!CHINESE_WORD.test(w) || terms.has(w) || STILL_THE_TERM.has(w) || properNames.has(w)) continue;
    for (const c of new Set(w)) (byCharacter.get(c) ?? byCharacter.set(c, []).get(c)!).push(w);
  }
  const wordsContaining = new Map<string, string[]>();
  const containing = (term: string): string[] => {
    let words = wordsContaining.get(term);
    if (!words) wordsContaining.set(term, (words = (byCharacter.get(term[0]) ?? []).filter((w) => w.length > term.length && w.includes(term))));
    return words;
  };
  let filled = 0;
  for (const note of notes) {
    const aliases: Alias[] = note.aliases;
    if (CHINESE_WORD.test(note.title.zh) && !aliases.some((a) => a.term === note.title.zh) && containing(note.title.zh).length > 0) aliases.push({ term: note.title.zh });
    for (const alias of aliases) {
      if (!CHINESE_WORD.test(alias.term)) continue;
      const words = containing(alias.term);
      if (words.length === 0) continue;
      alias.notInside = [...new Set([...(alias.notInside ?? []), ...words])];
      filled++;
    }
  }
  return filled;
}

/** The jieba dictionary's names of people, places and organisations (tags nr, ns, nt and their kinds). */
export function jiebaProperNames(dictText: string): Set<string> {
  const names = new Set<string>();
  for (const line of dictText.split('\n')) {
    const [word, , tag] = line.split(' ');
    if (tag && /^n[rst]/.test(tag)) names.add(word);
  }
  return names;
}
