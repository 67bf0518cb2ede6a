import * as assert from 'node:assert/strict';
import { Corpus } from '../../../src/core/corpus';
import type { Note } from '../../../src/core/note';
import { FullTextBuilder, FullTextIndex, cjkKey, forEachToken, tokenize } from '../../../src/core/search/fulltext';
import { NameIndexBuilder } from '../../../src/core/search/names';
import { PinyinCache, SearchIndex, compactKey, compactPinyin, computeSyllables, cjkRuns, expandPinyin, latinWords, parseQuery, pinyinTable, tierName, Tier } from '../../../src/core/search';

interface NoteSpec {
  id: string;
  en: string;
  zh?: string;
  aliases?: string[];
  body?: string;
  bodyZh?: string;
  summary?: string;
  tags?: string[];
}

function note(spec: NoteSpec): Note {
  return {
    id: spec.id,
    title: { en: spec.en, zh: spec.zh ?? spec.en },
    aliases: (spec.aliases ?? [spec.en]).map((term) => ({ term })),
    topic: ['test'],
    tags: spec.tags ?? [],
    summary: { en: spec.summary ?? `About ${spec.en}.`, zh: `关于${spec.zh ?? spec.en}。` },
    related: [],
    origin: 'user',
    file: `${spec.id}.md`,
    body: { en: spec.body ?? `${spec.en} explained.`, zh: spec.bodyZh ?? '正文。' },
    bodyLine: { zh: 1, en: 1 },
  };
}

function index(specs: NoteSpec[]): SearchIndex {
  return new SearchIndex(new Corpus(specs.map(note)));
}

/** [id, tier] of every hit, best first. */
function ranked(idx: SearchIndex, query: string, limit = 10): [string, string][] {
  return idx.search(query, { limit }).map((h) => [h.note.id, tierName(h.score)]);
}

function ids(idx: SearchIndex, query: string, limit = 10): string[] {
  return idx.search(query, { limit }).map((h) => h.note.id);
}

describe('search tokenisation', () => {
  it('compact keys ignore case, separators and full-width forms', () => {
    for (const text of ['kubectl apply', 'kubectl-apply', 'KubectlApply', 'kubectl_apply', 'ｋｕｂｅｃｔｌ apply']) {
      assert.equal(compactKey(text), 'kubectlapply', text);
    }
    assert.equal(compactKey('Go 通道 (channel)'), 'go通道channel');
    assert.equal(compactKey('C++'), 'c++');
    assert.notEqual(compactKey('C#'), compactKey('C'));
  });

  it('splits Latin words, camelCase parts included, and keeps digits inside words', () => {
    assert.deepEqual(latinWords('ReplicaSet'), ['replicaset', 'replica', 'set']);
    assert.deepEqual(latinWords('x86-indirect-thunk utf8mb4'), ['x86', 'indirect', 'thunk', 'utf8mb4']);
    assert.deepEqual(latinWords('HTMLParser'), ['htmlparser', 'html', 'parser']);
    assert.deepEqual(latinWords('Go 通道 (channel)'), ['go', 'channel']);
  });

  it('finds CJK runs between Latin text', () => {
    assert.deepEqual(cjkRuns('Go 通道 (channel) 的用法'), ['通道', '的用法']);
    assert.deepEqual(parseQuery('  Go 通道 ').cjk, ['通道']);
    assert.deepEqual(parseQuery('kubectl ap').words, ['kubectl', 'ap']);
    assert.equal(parseQuery('kubectl ap').compact, 'kubectlap');
  });

  it('full-text tokens are lower-case words and Chinese bigrams; a lone character is its own token', () => {
    const tokens: string[] = [];
    forEachToken('用 Knowledge 蒸馏把知识迁移', (t) => tokens.push(t));
    assert.deepEqual(tokens, ['用', 'knowledge', '蒸馏', '馏把', '把知', '知识', '识迁', '迁移']);
  });
});

describe('pinyin', () => {
  it('computes toneless syllables, ü as v, Latin words kept whole', () => {
    assert.deepEqual(computeSyllables('知识蒸馏'), ['zhi', 'shi', 'zheng', 'liu']);
    assert.deepEqual(computeSyllables('绿色'), ['lv', 'se']);
    assert.deepEqual(computeSyllables('Go 通道 (channel)'), ['go', 'tong', 'dao', 'channel']);
  });

  it('a prebuilt table answers without computing, and only Chinese names get a table entry', () => {
    const table = pinyinTable(['知识蒸馏', 'kubectl apply', '知识蒸馏']);
    assert.deepEqual(Object.keys(table), ['知识蒸馏']);
    const cache = new PinyinCache(table);
    assert.deepEqual(cache.syllables('知识蒸馏'), ['zhi', 'shi', 'zheng', 'liu']);
    assert.equal(cache.syllables('kubectl'), undefined);
    assert.equal(cache.computedCount, 0);
    cache.syllables('梯度下降');
    assert.equal(cache.computedCount, 1);
  });

  it('the stored readings give back every name of the table exactly, polyphones in context included', () => {
    // 调 reads "tiao" alone and "diao" in 调用; 长 reads "chang" alone and "zhang" in 增长; 行 "xing" and "hang" in 银行.
    const names = ['函数调用', '调度器', '负载均衡', '增长率', '银行', 'Go 通道 (channel)', 'K8s 调度（Scheduler）', 'kubectl apply', '绿色'];
    const table = pinyinTable(names);
    const stored = compactPinyin(table);
    assert.ok(stored.chars.length < 30 && Object.keys(stored.exceptions).length < Object.keys(table).length, JSON.stringify(stored));
    assert.ok('函数调用' in stored.exceptions || '调度器' in stored.exceptions, 'a polyphone read two ways is stored as an exception');
    assert.ok(!('负载均衡' in stored.exceptions), 'a name read character by character is not stored');
    const back = expandPinyin(JSON.stringify(stored), names);
    assert.deepEqual(back, table);
    assert.deepEqual(back['函数调用'], ['han', 'shu', 'diao', 'yong']);
    assert.deepEqual(back['K8s 调度（Scheduler）'], computeSyllables('K8s 调度（Scheduler）'));
    // A file of another shape (the older plain table) is refused, not half read.
    assert.throws(() => expandPinyin(JSON.stringify(table), names), /unsupported pinyin file/);
    assert.throws(() => expandPinyin(JSON.stringify({ ...stored, readings: 'zhi' }), names), /unsupported pinyin file/);
  });

  it('the index uses the pinyin it is given (a table from the build)', () => {
    const notes = [note({ id: 'kd', en: 'Knowledge Distillation', zh: '知识蒸馏' })];
    const pinyin = new PinyinCache({ 知识蒸馏: ['zhi', 'shi', 'zheng', 'liu'] });
    const idx = new SearchIndex(notes, { pinyin });
    assert.deepEqual(ids(idx, 'zszl'), ['kd']);
    assert.equal(pinyin.computedCount, 0);
  });
});

describe('SearchIndex', () => {
  const corpus: NoteSpec[] = [
    { id: 'knowledge-distillation', en: 'Knowledge Distillation', zh: '知识蒸馏', aliases: ['knowledge distillation', 'KD', '知识蒸馏', '模型蒸馏'], body: 'A small student model learns from a large teacher model.', bodyZh: '学生模型向教师模型学习软标签。' },
    { id: 'kubectl', en: 'kubectl', aliases: ['kubectl'], body: 'The Kubernetes command-line tool.' },
    { id: 'kubectl-apply', en: 'kubectl apply', aliases: ['kubectl apply'], body: 'Declarative configuration: apply a manifest.' },
    { id: 'kubectl-get', en: 'kubectl get', aliases: ['kubectl get'], body: 'Lists resources.' },
    { id: 'kubectl-api-resources', en: 'kubectl api-resources', aliases: ['kubectl api-resources'], body: 'Lists API kinds.' },
    { id: 'fine-tuning', en: 'Fine-tuning', zh: '微调', aliases: ['fine-tuning', 'finetune', '微调'], body: 'Catastrophic forgetting happens with a large learning rate.', bodyZh: '学习率过大会导致灾难性遗忘。' },
    { id: 'gradient-descent', en: 'Gradient Descent', zh: '梯度下降', aliases: ['gradient descent', 'GD', '梯度下降'], body: 'Step against the gradient.' },
    { id: 'sgd', en: 'Stochastic Gradient Descent', zh: '随机梯度下降', aliases: ['SGD', '随机梯度下降'], body: 'One sample per step.' },
    { id: 'go-channel', en: 'Go channel', zh: 'Go 通道 (channel)', aliases: ['go channel', 'chan', '通道'], body: 'Goroutines communicate over channels.' },
  ];
  const idx = index(corpus);

  it('exact title or alias, in either language, ranks first (EXACT)', () => {
    assert.deepEqual(ranked(idx, 'kubectl')[0], ['kubectl', 'EXACT']);
    assert.deepEqual(ranked(idx, 'KD')[0], ['knowledge-distillation', 'EXACT']);
    assert.deepEqual(ranked(idx, '知识蒸馏')[0], ['knowledge-distillation', 'EXACT']);
    assert.deepEqual(ranked(idx, 'finetune')[0], ['fine-tuning', 'EXACT']);
    // Separators and case do not matter.
    assert.deepEqual(ranked(idx, 'Fine Tuning')[0], ['fine-tuning', 'EXACT']);
    assert.deepEqual(ranked(idx, 'FINETUNING')[0], ['fine-tuning', 'EXACT']);
  });

  it('a prefix finds the title as you type ("kubectl ap" → kubectl apply, before kubectl api-resources)', () => {
    assert.deepEqual(ranked(idx, 'kubectl ap').slice(0, 2), [
      ['kubectl-apply', 'TITLE_PREFIX'],
      ['kubectl-api-resources', 'TITLE_PREFIX'],
    ]);
    assert.deepEqual(ranked(idx, 'kubectl-app')[0], ['kubectl-apply', 'TITLE_PREFIX']);
  });

  it('a small typo still finds the note (FUZZY), transpositions included', () => {
    assert.deepEqual(ranked(idx, 'distilation')[0], ['knowledge-distillation', 'FUZZY']);
    assert.deepEqual(ranked(idx, 'knowlege distillation')[0], ['knowledge-distillation', 'FUZZY']);
    assert.deepEqual(ranked(idx, 'kubeclt apply')[0], ['kubectl-apply', 'FUZZY']);
    assert.deepEqual(ranked(idx, 'gradeint')[0], ['gradient-descent', 'FUZZY']);
  });

  it('a Chinese word inside a longer Chinese title is found (蒸馏 → 知识蒸馏, 梯度 → both descents)', () => {
    assert.deepEqual(ranked(idx, '蒸馏')[0], ['knowledge-distillation', 'CONTAINS']);
    assert.deepEqual(ids(idx, '梯度'), ['gradient-descent', 'sgd']);
    assert.deepEqual(ranked(idx, '梯度')[0], ['gradient-descent', 'TITLE_PREFIX']);
    assert.deepEqual(ranked(idx, '下降'), [
      ['gradient-descent', 'CONTAINS'],
      ['sgd', 'CONTAINS'],
    ]);
  });

  it('full pinyin of a Chinese title finds it (EXACT), and a pinyin prefix as you type', () => {
    assert.deepEqual(ranked(idx, 'zhishizhengliu')[0], ['knowledge-distillation', 'EXACT']);
    assert.deepEqual(ranked(idx, 'zhi shi zheng liu')[0], ['knowledge-distillation', 'EXACT']);
    assert.deepEqual(ranked(idx, 'zhishizh')[0], ['knowledge-distillation', 'TITLE_PREFIX']);
    assert.deepEqual(ranked(idx, 'tidu')[0], ['gradient-descent', 'TITLE_PREFIX']);
  });

  it('pinyin initials find the Chinese title ("zszl" → 知识蒸馏, "tdxj" → 梯度下降)', () => {
    assert.deepEqual(ranked(idx, 'zszl')[0], ['knowledge-distillation', 'TITLE_PREFIX']);
    assert.deepEqual(ranked(idx, 'tdxj')[0], ['gradient-descent', 'TITLE_PREFIX']);
    // Initials of the inner characters: 下降 inside 随机梯度下降.
    assert.ok(ids(idx, 'xiajiang').includes('sgd'));
  });

  it('a word that only occurs in the body is found (BODY), below every title hit', () => {
    assert.deepEqual(ranked(idx, 'teacher'), [['knowledge-distillation', 'BODY']]);
    assert.deepEqual(ranked(idx, '灾难性遗忘'), [['fine-tuning', 'BODY']]);
    // "gradient" is a title word of two notes and a body word of a third.
    const local = index([...corpus, { id: 'backprop', en: 'Backpropagation', body: 'Computes the gradient of the loss.' }]);
    assert.deepEqual(ranked(local, 'gradient'), [
      ['gradient-descent', 'TITLE_PREFIX'],
      ['sgd', 'TITLE_PREFIX'],
      ['backprop', 'BODY'],
    ]);
    // The whole title starting with the query beats a word inside the title.
    assert.ok(local.search('gradient')[0].score > local.search('gradient')[1].score);
  });

  it('a title hit outranks a note that has the word many times in its body', () => {
    const local = index([
      { id: 'body-heavy', en: 'Model Serving', body: 'distillation distillation distillation distillation distillation' },
      { id: 'titled', en: 'Knowledge Distillation', body: 'Something else.' },
    ]);
    assert.deepEqual(ranked(local, 'distillation'), [
      ['titled', 'TITLE_PREFIX'],
      ['body-heavy', 'BODY'],
    ]);
  });

  it('ranking order: exact alias > title prefix > alias prefix > fuzzy > body', () => {
    const local = index([
      { id: 'body', en: 'Unrelated Note', body: 'A paragraph that mentions cache only here.' },
      { id: 'fuzzy', en: 'Cacke Service', aliases: ['cacke service'] },
      { id: 'alias-prefix', en: 'Memoization', aliases: ['memoization', 'cache memoization'] },
      { id: 'title-prefix', en: 'Cache Line', aliases: ['cache line'] },
      { id: 'exact-alias', en: 'CPU Cache', aliases: ['cpu cache', 'cache'] },
    ]);
    const got = ranked(local, 'cache');
    assert.deepEqual(got, [
      ['exact-alias', 'EXACT'],
      ['title-prefix', 'TITLE_PREFIX'],
      ['alias-prefix', 'ALIAS_PREFIX'],
      ['fuzzy', 'FUZZY'],
      ['body', 'BODY'],
    ]);
  });

  it('a whole word of a title ranks with title prefixes, above an alias that merely starts with the query', () => {
    const local = index([
      { id: 'bst', en: 'Binary search tree', aliases: ['binary search tree', 'sorted binary tree'] },
      { id: 'bubble', en: 'Bubble sort', aliases: ['bubble sort'] },
      { id: 'sorted', en: 'Python sorted() with key', aliases: ['python sorted'] },
    ]);
    assert.deepEqual(ranked(local, 'sort'), [
      ['bubble', 'TITLE_PREFIX'],
      ['sorted', 'TITLE_PREFIX'],
      ['bst', 'ALIAS_PREFIX'],
    ]);
  });

  it('ties are broken by the shorter title', () => {
    const local = index([
      { id: 'long', en: 'Heap Allocator Internals' },
      { id: 'short', en: 'Heap Sort' },
      { id: 'mid', en: 'Heap Allocator' },
    ]);
    assert.deepEqual(ranked(local, 'heap'), [
      ['short', 'TITLE_PREFIX'],
      ['mid', 'TITLE_PREFIX'],
      ['long', 'TITLE_PREFIX'],
    ]);
  });

  it('tie-break uses the display language title', () => {
    const local = index([
      { id: 'a', en: 'Alpha Cache Long Title', zh: '缓存' },
      { id: 'b', en: 'Beta Cache', zh: '缓存层次结构' },
    ]);
    assert.deepEqual(
      local.search('cache', { lang: 'en' }).map((h) => h.note.id),
      ['b', 'a'],
    );
    assert.deepEqual(
      local.search('cache', { lang: 'zh' }).map((h) => h.note.id),
      ['a', 'b'],
    );
  });

  it('a mixed Chinese and Latin query matches the mixed title', () => {
    assert.deepEqual(ranked(idx, 'go 通道')[0], ['go-channel', 'TITLE_PREFIX']);
    assert.deepEqual(ranked(idx, '通道')[0], ['go-channel', 'EXACT']);
  });

  it('full text requires every word and drops non-contiguous Chinese matches', () => {
    const local = index([
      { id: 'contiguous', en: 'One', bodyZh: '这里讲灾难性遗忘的原因。' },
      { id: 'scattered', en: 'Two', bodyZh: '灾难性的错误会让人遗忘。性遗失。难性。' },
    ]);
    assert.deepEqual(ids(local, '灾难性遗忘'), ['contiguous']);
    assert.deepEqual(ids(index([{ id: 'x', en: 'X', body: 'student learns' }]), 'student teacher'), []);
  });

  it('full text keeps the best hits by BM25 when it cuts the list to the limit', () => {
    const specs: NoteSpec[] = [];
    for (let i = 0; i < 200; i++) specs.push({ id: `n${i}`, en: `Note ${i}`, body: `${'alpha '.repeat(i % 7)}beta ${'filler '.repeat((i * 13) % 29)}` });
    const ft = new FullTextIndex(specs.map(note));
    const all = ft.search(['alpha'], [], 1000);
    assert.ok(all.length > 100);
    for (const k of [1, 5, 37]) {
      assert.deepEqual(
        ft.search(['alpha'], [], k).map((h) => h.score),
        all.slice(0, k).map((h) => h.score),
      );
    }
  });

  it('respects the limit and ignores empty queries', () => {
    assert.equal(idx.search('kubectl', { limit: 2 }).length, 2);
    assert.deepEqual(idx.search('   '), []);
    assert.deepEqual(idx.search('!!!'), []);
  });

  it('scores carry the tier in their integer part', () => {
    const [hit] = idx.search('kubectl');
    assert.equal(Math.floor(hit.score), Tier.EXACT);
  });
});

/** Seeded text of Latin words (any case, digits), Chinese runs of every length, punctuation and long words. */
function randomText(seed: number, length: number): string {
  let a = seed >>> 0;
  const r = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const latin = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  const han = '知识蒸馏梯度下降通道协程〇㐀豈';
  let out = '';
  while (out.length < length) {
    const kind = r();
    const n = 1 + Math.floor(r() * (kind < 0.02 ? 5000 : 8));
    const alphabet = kind < 0.6 ? latin : kind < 0.9 ? han : ' .,-_é—';
    for (let k = 0; k < n; k++) out += alphabet[Math.floor(r() * (kind < 0.6 ? (r() < 0.9 ? 6 : latin.length) : alphabet.length))];
    if (r() < 0.5) out += ' ';
  }
  return out;
}

describe('full-text index build', () => {
  const specs: NoteSpec[] = Array.from({ length: 60 }, (_, i) => ({
    id: `n${i}`,
    en: randomText(i * 7 + 1, 20),
    zh: randomText(i * 7 + 2, 6),
    aliases: [randomText(i * 7 + 3, 12)],
    summary: randomText(i * 7 + 4, 80),
    tags: [randomText(i * 7 + 5, 10)],
    body: randomText(i * 7 + 6, 3000),
    bodyZh: randomText(i * 7 + 7, 1500),
  }));
  const notes = specs.map(note);

  it('gives every term the postings that tokenize() gives it (doc order, weighted counts), long words and every Chinese run length included', () => {
    // The reference: each field's tokens from tokenize, weighted 3 (names), 2 (summary, tags), 1 (body).
    // More notes than the other tests use: the builder keeps its (term, doc, tf) rows in blocks of 32,768,
    // and these fill more than two.
    const longer = Array.from({ length: 240 }, (_, i) => note({ ...specs[i % specs.length], id: `long${i}`, body: randomText(i * 11 + 1, 6000), bodyZh: randomText(i * 11 + 2, 3000) }));
    const all = [...notes, ...longer];
    const expected = new Map<string, number[]>();
    const lengths: number[] = [];
    all.forEach((n, doc) => {
      let length = 0;
      const fields: [string, number][] = [[n.title.en, 3], [n.title.zh, 3], ...n.aliases.map((a): [string, number] => [a.term, 3]), [n.summary.en, 2], [n.summary.zh, 2], ...n.tags.map((t): [string, number] => [t, 2]), [n.body.en, 1], [n.body.zh, 1]];
      for (const [text, weight] of fields) {
        const add = (key: string) => {
          length++;
          const list = expected.get(key) ?? [];
          if (list[list.length - 2] === doc) list[list.length - 1] += weight;
          else list.push(doc, weight);
          expected.set(key, list);
        };
        tokenize(text, (w) => add(`w:${w}`), (k) => add(`c:${k}`));
      }
      lengths.push(length);
    });
    const built = new FullTextBuilder(all).finish();
    assert.ok(built.flat.length / 2 > 2 * 32768, `${built.flat.length / 2} rows`);
    assert.equal(built.words.size + built.bigrams.size, expected.size);
    assert.ok([...built.words.keys()].some((w) => w.length > 4096), 'the text has a word longer than one fromCharCode piece');
    for (const [key, list] of expected) {
      const t = key.startsWith('w:') ? built.words.get(key.slice(2)) : built.bigrams.get(Number(key.slice(2)));
      assert.ok(t !== undefined, key);
      assert.deepEqual([...built.flat.subarray(built.start[t], built.start[t + 1])], list, key);
    }
    assert.deepEqual([...built.docLength], lengths);
    assert.ok(built.bigrams.has(cjkKey('豈'.charCodeAt(0))), 'a lone character of the compatibility block is a term');
  });

  it('a name index built a note per step, its keys merged a batch at a time, has the keys in the order one sort gives, ties in reading order', () => {
    // Names shared by several notes (and a Chinese name, whose pinyin keys have kinds of their own) make
    // equal keys: their order must be the order the notes were read in, as a stable sort leaves it.
    const many = Array.from({ length: 450 }, (_, i) => note({ id: `k${i}`, en: randomText(i * 5 + 1, 16), zh: randomText(i * 5 + 2, 6), aliases: Array.from({ length: 10 }, (_, a) => randomText(i * 50 + a, 12)) }));
    const shared = [...notes, ...many, ...['m1', 'm2', 'm3'].map((id) => note({ id, en: notes[1].title.en, zh: '知识蒸馏', aliases: [notes[2].aliases[0].term, 'zhishi'] }))];
    const pinyin = new PinyinCache({ 知识蒸馏: ['zhi', 'shi', 'zheng', 'liu'] });
    type Keys = { keys: string[]; keyName: Int32Array; keyKind: Uint8Array; nameCount: number };
    const oneShot = new NameIndexBuilder(shared, pinyin).finish() as unknown as Keys;
    const stepped = new NameIndexBuilder(shared, pinyin);
    let steps = 0;
    while (!stepped.step(0)) steps++;
    const sliced = stepped.finish() as unknown as Keys;
    // A step reads one note; only a merge longer than a batch takes steps of its own.
    assert.ok(steps > shared.length, `${steps} steps for ${shared.length} notes`);
    const rows = (k: Keys) => k.keys.map((key, i) => `${key}|${k.keyKind[i]}|${k.keyName[i]}`);
    const expected = rows(oneShot);
    assert.ok(oneShot.keys.length > 4096 + 100, `${oneShot.keys.length} keys: some merge takes more than one batch`);
    assert.deepEqual(rows(sliced), expected);
    for (let i = 1; i < oneShot.keys.length; i++) {
      const [a, b] = [oneShot.keys[i - 1], oneShot.keys[i]];
      assert.ok(a < b || (a === b && oneShot.keyKind[i - 1] <= oneShot.keyKind[i]), `sorted at ${i}`);
      if (a === b && oneShot.keyKind[i - 1] === oneShot.keyKind[i]) assert.ok(oneShot.keyName[i - 1] < oneShot.keyName[i], `reading order at ${i}`);
    }
    assert.ok(expected.some((r, i) => i > 0 && r.split('|')[0] === expected[i - 1].split('|')[0]), 'some keys are equal');
  });

  it('a build in slices (names, then full text) pauses between them and ends with the indexes a one-shot build makes', async () => {
    const sliced = new SearchIndex(new Corpus(notes));
    let pauses = 0;
    await sliced.warmInSlices({
      sliceMs: 0,
      pause: async () => {
        pauses++;
        assert.equal(sliced.fullTextReady, false);
      },
    });
    // Each slice read at least one note, for the names and then for full text.
    assert.ok(pauses > 2 * notes.length, `${pauses} pauses for ${notes.length} notes`);
    assert.equal(sliced.fullTextReady, true);
    const oneShot = new SearchIndex(new Corpus(notes));
    for (const q of ['ab', notes[3].body.en.slice(100, 140), '知识', '蒸馏梯度', notes[9].body.zh.slice(10, 30), notes[4].title.en, notes[7].aliases[0].term, notes[2].title.zh]) {
      assert.deepEqual(
        sliced.search(q, { limit: 20 }).map((h) => [h.note.id, h.score]),
        oneShot.search(q, { limit: 20 }).map((h) => [h.note.id, h.score]),
        q,
      );
    }
  });

  it('searchOnce, which reads only the terms its query can use, ranks and scores as search over the whole index does', () => {
    const whole = new SearchIndex(new Corpus(notes));
    const words = (text: string) => text.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 0);
    const queries: string[] = [];
    for (let k = 0; k < 40; k++) {
      const n = notes[(k * 7) % notes.length];
      const ws = words(n.body.en.slice(k * 50, k * 50 + 200));
      queries.push(ws[0] ?? 'x', ws.slice(1, 3).join(' '), (ws[3] ?? 'abc').slice(0, 3), ws.slice(4, 9).join(' '));
      queries.push(n.body.zh.slice(k * 20, k * 20 + 6), n.body.zh.slice(k * 10, k * 10 + 1), `${ws[9] ?? 'q'} ${n.body.zh.slice(k, k + 3)}`);
    }
    // Sentence-like queries that no note holds whole: the searchMost fallback.
    queries.push('knowledge distillation gradient teacher student zzz', '知识蒸馏梯度下降通道协程〇', 'ABCDEF abcd 0123 zz9');
    let withFullText = 0;
    for (const q of queries) {
      const expected = whole.search(q, { limit: 20 }).map((h) => `${h.note.id}:${h.score}`);
      const once = new SearchIndex(new Corpus(notes)).searchOnce(q, { limit: 20 }).map((h) => `${h.note.id}:${h.score}`);
      assert.deepEqual(once, expected, q);
      if (expected.some((h) => Number(h.split(':')[1]) < Tier.BODY + 1)) withFullText++;
    }
    assert.ok(withFullText >= 60, `${withFullText} of ${queries.length} queries ranked full-text hits`);
  });

  it('a search during a sliced build completes it at once; the sliced build then stops', async () => {
    const idx = new SearchIndex(new Corpus(notes));
    let release: () => void = () => {};
    let pauses = 0;
    const done = idx.warmInSlices({
      sliceMs: 0,
      pause: () => {
        pauses++;
        return new Promise<void>((resolve) => (release = resolve));
      },
    });
    assert.equal(pauses, 1);
    assert.equal(idx.fullTextReady, false);
    const query = notes[5].body.en.slice(200, 230);
    const hits = idx.search(query, { limit: 5 }).map((h) => h.note.id);
    assert.equal(idx.fullTextReady, true);
    release();
    await done;
    assert.equal(pauses, 1, 'no slice after the search finished the build');
    assert.deepEqual(idx.search(query, { limit: 5 }).map((h) => h.note.id), hits);
    assert.deepEqual(new SearchIndex(new Corpus(notes)).search(query, { limit: 5 }).map((h) => h.note.id), hits);
  });

  it('builds for no notes', () => {
    assert.deepEqual(new FullTextIndex([]).search(['x'], [], 5), []);
  });
});

describe('search: sentence-like queries', () => {
  const idx = index([
    { id: 'sorted-key', en: 'Python sorted key', zh: 'sorted 的 key 参数', bodyZh: '用 key 参数按子列表的第二个元素排序，例如 key=lambda x: x[1]。', body: 'Sort sublists by their second element with key=lambda x: x[1].' },
    { id: 'bubble', en: 'Bubble sort', zh: '冒泡排序', bodyZh: '相邻元素两两比较并交换。', body: 'Adjacent elements are compared and swapped.' },
    { id: 'other', en: 'Other', zh: '其他', bodyZh: '与排序无关的内容。', body: 'Nothing about ordering.' },
  ]);

  it('a Chinese sentence that no note contains whole still finds the note matching most of it', () => {
    assert.deepEqual(ids(idx, '按第二个元素排序'), ['sorted-key']);
  });

  it('an English question finds the note matching most of its words', () => {
    assert.equal(ids(idx, 'sort sublists by the second element')[0], 'sorted-key');
  });

  it('falls back only when nothing matches the whole query', () => {
    // Every token of "元素" occurs in two notes: the strict search answers, no fallback noise.
    assert.deepEqual(ids(idx, '元素').sort(), ['bubble', 'sorted-key']);
  });
});
