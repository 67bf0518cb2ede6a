import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync, existsSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { buildContentIndex } from '../../scripts/build-content-index';
import { readBrotliText, readIndexText } from '../../src/cli/bodies-file';
import { applyBodies, BODIES_FILE, bodyOrder, encodeBodiesFile, encodeIndexFile, splitBodies, INDEX_FILE, indexSharedStrings, indexStrings, PINYIN_FILE, parsePrebuiltIndex, type PrebuiltIndex } from '../../src/core/index-format';
import { expandPinyin } from '../../src/core/search/pinyin';
import type { Note } from '../../src/core/note';
import { stringsHash, TermMatcher } from '../../src/core/matcher';
import { tempDir } from './temp-dirs';
import { loadNotes } from '../../src/core/load';
import { folderSource } from '../../src/cli/folder-source';

const content = join(__dirname, '..', '..', 'content');

/** The build step that turns content/ into dist/index.utf16.json.br and the files beside it (scripts/build.mjs runs it). */
describe('content index build', () => {
  const quiet = <T>(fn: () => Promise<T>): Promise<T> => {
    const error = console.error;
    console.error = () => undefined;
    return fn().finally(() => (console.error = error));
  };

  it('writes every valid note, with its body and the topic names', async function () {
    this.timeout(120_000); // a build of every bundled note, Brotli included: a hang guard, not a speed test
    const out = tempDir('concept-index-');
    assert.equal(await quiet(() => buildContentIndex(content, out)), true);
    const raw = readIndexText(join(out, INDEX_FILE));
    // What only the build's checks use is left out of the file; parsing puts the defaults back.
    // (Keys, not words: a note may well have the alias "origin".)
    assert.ok(!raw.includes('"bodyLine":') && !raw.includes('"keyLines":') && !raw.includes('"origin":'));
    const index = parsePrebuiltIndex(raw);
    const run = index.notes.find((n) => n.id === 'kubectl-run');
    // Bodies are kept apart (dist/bodies.json.br): activation reads the index alone.
    assert.equal(index.bodies, 'separate');
    assert.ok(run && run.body.en === '' && run.summary.en.length > 0);
    // Related ids, tags and version stamps travel with the bodies too: only a note's page and search use them.
    assert.ok(!raw.includes('"related":') && !raw.includes('"tags":') && !raw.includes('"verified":'));
    assert.deepEqual([run.related, run.tags, run.verified], [[], [], undefined]);
    applyBodies(index.notes, readBrotliText(join(out, BODIES_FILE)));
    assert.ok(run.body.en.includes('kubectl run nginx --image=nginx'));
    assert.ok(run.related.includes('kubectl-create') && run.tags.includes('kubectl'), `${run.related} ${run.tags}`);
    assert.ok(run.verified?.kubectl, 'kubectl-run is stamped with the kubectl version it was checked against');
    // Notes are indexed in the bodies' order (by topic, links followed), so that like text sits together in every file.
    assert.deepEqual(bodyOrder(index.notes), index.notes.map((_, k) => k));
    // A bodies file of another shape (an older build's one object per note) is refused, not half applied.
    assert.throws(() => applyBodies(index.notes, JSON.stringify({ 'kubectl-run': { zh: 'x', en: 'x' } })), /unsupported bodies file/);
    // Every body reads back as written, whatever the file left out as marks (shared blocks, the shared list of related notes).
    const written = new Map((await loadNotes(folderSource(content, 'content'), 'bundled')).notes.map((n) => [n.id, n.body]));
    const differing = index.notes.filter((n) => n.body.en !== written.get(n.id)?.en || n.body.zh !== written.get(n.id)?.zh).map((n) => n.id);
    assert.deepEqual(differing, []);
    assert.ok(run.body.en.includes('kubectl run nginx --image=nginx'));
    assert.equal(index.topics['kubernetes/kubectl']?.en, 'kubectl Commands');
    // A note's file is left out where it is the usual content/<top topic>/<id>.md and put back on parsing.
    assert.ok(!raw.includes('"file":"content/kubernetes/kubectl-run.md"'));
    assert.equal(run.file, 'content/kubernetes/kubectl-run.md');
    for (const note of index.notes) assert.ok(existsSync(join(content, '..', note.file)), `${note.id}: ${note.file}`);
    // The bundled names' pinyin, for search.
    assert.deepEqual(expandPinyin(readBrotliText(join(out, PINYIN_FILE)), indexStrings(index.notes))['知识蒸馏'], ['zhi', 'shi', 'zheng', 'liu']);
    // And the matcher of exactly these notes, saved; it reads the index's strings through their count and hash.
    assert.ok(readFileSync(join(out, 'matcher.bin')).subarray(0, 4).equals(Buffer.from('CRM1')));
    const strings = indexStrings(index.notes);
    const shared = indexSharedStrings(index);
    assert.deepEqual(index.sharedStrings, { count: strings.length, hash: stringsHash(strings) });
    for (let id = 0; id < strings.length; id++) assert.equal(shared.at(id), strings[id], `string ${id}`);
    const saved = TermMatcher.fromBinary<{ noteId: string }>(readFileSync(join(out, 'matcher.bin')), { sharedStrings: shared });
    assert.equal(saved.matchAt('run kubectl run nginx', 5, 'shellscript')?.entries[0].value.noteId, 'kubectl-run');
  });

  it('the index file keeps every field of a note through its columns, and refuses another shape', () => {
    const base = { tags: [], related: [], origin: 'bundled', body: { zh: '', en: '' }, bodyLine: { zh: 0, en: 0 } } as const;
    const notes = [
      { ...base, id: 'a', title: { zh: '甲', en: 'A' }, summary: { zh: '甲。', en: 'A.' }, topic: ['go', 'runtime'], aliases: [{ term: 'a' }, { term: 'chan', languages: ['go'], prose: false }], file: 'content/go/a.md', example: { en: { code: 'make(chan int)', language: 'go' } } },
      { ...base, id: 'b', title: { zh: 'B', en: 'B' }, summary: { zh: 'B.', en: 'B.' }, topic: ['team'], aliases: [], file: 'notes/elsewhere/b.md', lang: 'en', scope: ['file:///w/svc/'], avoid: ['bee'] },
    ] as unknown as Note[];
    const index: PrebuiltIndex = { version: 1, topics: { go: { zh: 'Go', en: 'Go' } }, notes, bodies: 'separate' };
    const parsed = parsePrebuiltIndex(encodeIndexFile(index));
    // Compared as copies: a parsed note is an IndexedNote, whose summary and aliases are read on first use.
    assert.deepEqual(parsed.notes.map((n) => ({ ...n })), notes);
    assert.deepEqual(parsed.topics, index.topics);
    assert.equal(parsed.bodies, 'separate');
    // An index of an older build (one object per note) is refused, not half read.
    assert.throws(() => parsePrebuiltIndex(JSON.stringify({ version: 1, topics: {}, notes: [] })), /unsupported prebuilt index/);
  });

  it('reads a note\'s aliases when they are first needed, that note\'s only', () => {
    const base = { tags: [], related: [], origin: 'bundled', body: { zh: '', en: '' }, bodyLine: { zh: 0, en: 0 } } as const;
    const note = (id: string, terms: string[]) => ({ ...base, id, title: { zh: id, en: id }, summary: { zh: `${id}。`, en: `${id}.` }, topic: ['go'], aliases: terms.map((term) => ({ term })), file: `content/go/${id}.md` });
    const notes = [note('a', ['alpha', 'ay']), note('b', ['beta']), note('c', ['gamma', 'gee', 'g'])] as unknown as Note[];
    const text = encodeIndexFile({ version: 1, topics: {}, notes });
    // Break b's aliases only: the index still loads, a and c read theirs, b's fail when read, naming b.
    const broken = text.replace('["beta"]', '["beta"}');
    const parsed = parsePrebuiltIndex(broken);
    assert.deepEqual(parsed.aliasCounts, [2, 1, 3]);
    assert.deepEqual(parsed.notes[2].aliases, [{ term: 'gamma' }, { term: 'gee' }, { term: 'g' }]);
    assert.deepEqual(parsed.notes[0].aliases, [{ term: 'alpha' }, { term: 'ay' }]);
    assert.throws(() => parsed.notes[1].aliases, /JSON|aliases of b/);
    // The matcher's strings are found through the counts, without reading other notes' aliases.
    const shared = indexSharedStrings(parsed);
    // Note by note: the aliases, the English and Chinese titles, the id (c's are 9 to 14).
    assert.deepEqual([shared.at(0), shared.at(1), shared.at(2), shared.at(4), shared.at(9), shared.at(11), shared.at(14)], ['alpha', 'ay', 'a', 'a', 'gamma', 'g', 'c']);
    assert.equal(shared.count, 15);
    // An alias list set later replaces the parsed one.
    parsed.notes[1].aliases = [{ term: 'bee' }];
    assert.deepEqual(parsed.notes[1].aliases, [{ term: 'bee' }]);
    assert.deepEqual({ ...parsed.notes[0] }.aliases, [{ term: 'alpha' }, { term: 'ay' }], 'a copy of a note carries its aliases');
    // Every note's lazy fields are the same two accessor functions, not closures of its own: object literals with
    // their own getters made each note a dictionary of ~700 bytes (V8 keeps objects with shared accessors fast).
    const accessors = (n: object, key: string) => Object.getOwnPropertyDescriptor(n, key);
    for (const key of ['summary', 'aliases']) {
      assert.equal(accessors(parsed.notes[0], key)?.get, accessors(parsed.notes[2], key)?.get, `${key}: one getter for every note`);
      assert.equal(accessors(parsed.notes[0], key)?.set, accessors(parsed.notes[2], key)?.set, `${key}: one setter for every note`);
      assert.equal(accessors(parsed.notes[0], key)?.enumerable, true);
    }
  });

  it('keeps summaries as plain text after the aliases, any character included, and reads each when first needed', () => {
    const base = { tags: [], related: [], origin: 'bundled', body: { zh: '', en: '' }, bodyLine: { zh: 0, en: 0 }, topic: ['go'] } as const;
    const summaries = [
      { en: 'Quotes " and \\ backslashes, a NUL \u0000 and a newline\n stay.', zh: '中文摘要，含 emoji 🚀 与 "引号"。' },
      { en: '', zh: '' },
      { en: 'ok', zh: '好' },
    ];
    const notes = summaries.map((summary, k) => ({ ...base, id: `n${k}`, title: { zh: `${k}`, en: `${k}` }, summary, aliases: [{ term: `t${k}` }], file: `content/go/n${k}.md` })) as unknown as Note[];
    const text = encodeIndexFile({ version: 1, topics: {}, notes });
    // Each summary ends with U+FFFF, which no summary or alias list may hold.
    assert.ok(text.endsWith('\uffffok\uffff中文摘要，含 emoji 🚀 与 "引号"。\uffff\uffff好\uffff'), 'every English summary, then every Chinese one, end the file as plain text');
    const marked = [{ ...notes[0], summary: { en: 'a\uffffb', zh: '' } }] as unknown as Note[];
    assert.throws(() => encodeIndexFile({ version: 1, topics: {}, notes: marked }), /U\+FFFF/);
    const parsed = parsePrebuiltIndex(text);
    assert.deepEqual(parsed.notes.map((n) => n.summary), summaries);
    assert.deepEqual({ ...parsed.notes[0] }.summary, summaries[0], 'a copy of a note carries its summary');
    parsed.notes[2].summary = { en: 'set', zh: '设' };
    assert.deepEqual(parsed.notes[2].summary, { en: 'set', zh: '设' });
    // A file cut short (or with text after the summaries) is refused, not read with shifted summaries.
    assert.throws(() => parsePrebuiltIndex(text.slice(0, -1)), /summaries/);
    assert.throws(() => parsePrebuiltIndex(`${text}x`), /summaries/);
  });

  it('writes a Chinese body\'s fenced block that the English body has too as a mark, and reads it back', () => {
    const base = { tags: [], related: [], origin: 'bundled', bodyLine: { zh: 0, en: 0 }, topic: ['go'], aliases: [] } as const;
    const code = '```go run\nfmt.Println(1)\n```';
    const output = '```output\n1\n```';
    const bodies = [
      // Both blocks shared, in another order; a block of its own (translated comment) stays as written.
      { en: `Run:\n\n${code}\n\n${output}\n`, zh: `输出：\n\n${output}\n\n代码：\n\n${code}\n\n\`\`\`go\n// 注释\n\`\`\`\n` },
      { en: 'No code.', zh: `${code}\n` },
      { en: `${code}\n`, zh: 'NUL \u0000 and a fence-like ``` line' },
      // A block of its own that holds the shared block's text first: the mark goes where the shared block is.
      { en: '```go\nx\n```', zh: '```md\n```go\nx\n```\n\n```go\nx\n```' },
    ];
    const notes = bodies.map((body, k) => ({ ...base, id: `n${k}`, title: { zh: `${k}`, en: `${k}` }, summary: { zh: 's', en: 's' }, body, file: `content/go/n${k}.md` })) as unknown as Note[];
    const text = encodeBodiesFile(splitBodies({ version: 1, topics: {}, notes }).bodies);
    const chinese = text.slice(text.indexOf('\u0000') + 1).split('\uffff').slice(bodies.length).join('');
    assert.equal(chinese.split('```').length - 1, 2 + 2 + 1 + 3, 'only the blocks the English body lacks are written out');
    const target = notes.map((n) => ({ ...n, body: { zh: '', en: '' } })) as Note[];
    applyBodies(target, text);
    assert.deepEqual(target.map((n) => n.body), bodies);
    // A mark for a block the English body does not have is refused, before any note changes.
    const broken = text.replace('\u0001\u0000', '\u0001\u0007');
    const fresh = notes.map((n) => ({ ...n, body: { zh: '', en: '' } })) as Note[];
    assert.throws(() => applyBodies(fresh, broken), /refers to an English block that is not there/);
    assert.deepEqual(fresh.map((n) => n.body.zh), ['', '', '', '']);
    // A bundled body never holds the mark itself.
    const marked = [{ ...notes[0], body: { en: code, zh: 'x\u0001y' } }] as unknown as Note[];
    assert.throws(() => encodeBodiesFile(splitBodies({ version: 1, topics: {}, notes: marked }).bodies), /U\+0001/);
  });

  it("writes a Chinese body's closing list of related notes that the English body has too as a mark, and reads it back", () => {
    const base = { tags: [], related: [], origin: 'bundled', bodyLine: { zh: 0, en: 0 }, topic: ['go'], aliases: [] } as const;
    const block = (n: number) => `\`\`\`go\nx${n}\n\`\`\``;
    const bodies = [
      // Links only: the Chinese list is the English one with 、 between the links.
      { en: 'Text.\n\n## Related\n\n- [[a]], [[b]]\n- [[c]]', zh: '正文。\n\n## 相关\n\n- [[a]]、[[b]]\n- [[c]]' },
      // Described links differ by language: written out.
      { en: '## Related\n\n- [[a]]: the first', zh: '## 相关\n\n- [[a]]：第一个' },
      // The Chinese body ends with the English body's third block (its mark is U+0001 U+0002) and then the shared list.
      { en: `${block(0)}\n\n${block(1)}\n\n${block(2)}\n\n## Related\n\n- [[a]]`, zh: `${block(2)}\n\n## 相关\n\n- [[a]]` },
      { en: `${block(0)}\n\n${block(1)}\n\n${block(2)}\n`, zh: `${block(2)}\n` },
    ];
    const notes = bodies.map((body, k) => ({ ...base, id: `n${k}`, title: { zh: `${k}`, en: `${k}` }, summary: { zh: 's', en: 's' }, body, file: `content/go/n${k}.md` })) as unknown as Note[];
    const text = encodeBodiesFile(splitBodies({ version: 1, topics: {}, notes }).bodies);
    const chinese = text.slice(text.indexOf('\u0000') + 1).split('\uffff').slice(bodies.length, 2 * bodies.length);
    assert.deepEqual(chinese.map((zh) => zh.includes('## 相关')), [false, true, false, false]);
    const target = notes.map((n) => ({ ...n, body: { zh: '', en: '' } })) as Note[];
    applyBodies(target, text);
    assert.deepEqual(target.map((n) => n.body), bodies);
    // A bundled body never holds the mark itself.
    const marked = [{ ...notes[0], body: { en: 'x', zh: 'x\u0002' } }] as unknown as Note[];
    assert.throws(() => encodeBodiesFile(splitBodies({ version: 1, topics: {}, notes: marked }).bodies), /U\+0002/);
  });

  it('orders notes by topic, each note followed by the notes of its topic it links to', () => {
    // Rows in note order: two topics interleaved; n0 links n3 and n2 (same topic) and n1 (another topic).
    const rows = [
      { topic: ['go'], related: ['n3', 'n1', 'n2'] },
      { topic: ['cpp'], related: [] },
      { topic: ['go'], related: [] },
      { topic: ['go'], related: ['n0'] },
      { topic: ['cpp'], related: ['n1'] },
    ];
    // cpp before go; within go, n0 then its links in their order (n3, then n2; n1 is another topic's).
    assert.deepEqual(bodyOrder(rows.map((r, k) => ({ ...r, id: `n${k}` }))), [1, 4, 0, 3, 2]);
  });

  it('keeps bodies as plain text after the columns and gives each note its own, any character included', () => {
    const base = { tags: [], related: [], origin: 'bundled', bodyLine: { zh: 0, en: 0 }, topic: ['go'], aliases: [] } as const;
    const bodies = [
      { en: '```go\nfmt.Println("a\\tb")\n```\nA NUL \u0000 inside.', zh: '正文：含 "引号" 与 🚀。' },
      { en: '', zh: '' },
      { en: 'Last.', zh: '最后。' },
    ];
    const notes = bodies.map((body, k) => ({ ...base, id: `n${k}`, title: { zh: `${k}`, en: `${k}` }, summary: { zh: 's', en: 's' }, body, file: `content/go/n${k}.md`, ...(k === 2 ? { related: ['n0', 'not-bundled'], tags: ['t'], verified: { go: '1.23' } } : {}) })) as unknown as Note[];
    const split = splitBodies({ version: 1, topics: {}, notes });
    const text = encodeBodiesFile(split.bodies);
    // Each body ends with U+FFFF, which no body may hold.
    assert.ok(text.endsWith('Last.\uffff正文：含 "引号" 与 🚀。\uffff\uffff最后。\uffff'), 'every English body, then every Chinese one, as plain text');
    const withMark = [{ ...notes[0], body: { en: 'a\uffffb', zh: '' } }] as unknown as Note[];
    assert.throws(() => encodeBodiesFile(splitBodies({ version: 1, topics: {}, notes: withMark }).bodies), /U\+FFFF/);
    const target = split.index.notes.map((n) => ({ ...n, body: { zh: '', en: '' }, related: [], tags: [] })) as Note[];
    applyBodies(target, text);
    assert.deepEqual(target.map((n) => n.body), bodies);
    assert.deepEqual([target[2].related, target[2].tags, target[2].verified], [['n0', 'not-bundled'], ['t'], { go: '1.23' }]);
    // A related bundled note is stored as its row, any other id as written.
    assert.ok(text.includes('"related":[[],[],[0,"not-bundled"]]'), text.slice(0, text.indexOf('\u0000')));
    // Related ids that are the English Related section's links, in order, are not stored: they are read from it.
    const linked = [
      { ...notes[0], related: ['n1', 'n2'], body: { en: 'Text.\n\n## Related\n\n- [[n1]]: one.\n- [[n2#Usage|two]] and [[n1]] again.\n\n## After\n\n[[n0]]', zh: '' } },
      { ...notes[1], related: ['n2', 'n0'], body: { en: '## Related\n\n- [[n0]]\n- [[n2]]', zh: '' } },
      notes[2],
    ] as unknown as Note[];
    const linkedText = encodeBodiesFile(splitBodies({ version: 1, topics: {}, notes: linked }).bodies);
    assert.ok(linkedText.includes('"related":[0,[2,0],[0,"not-bundled"]]'), linkedText.slice(0, linkedText.indexOf('\u0000')));
    const linkedTarget = linked.map((n) => ({ ...n, body: { zh: '', en: '' }, related: [] })) as unknown as Note[];
    applyBodies(linkedTarget, linkedText);
    assert.deepEqual(linkedTarget.map((n) => n.related), [['n1', 'n2'], ['n2', 'n0'], ['n0', 'not-bundled']]);
    // Notes in another order, or other notes, are refused: the rows would give each the wrong body.
    const reordered = [target[1], target[0], target[2]].map((n) => ({ ...n, body: { zh: '', en: '' } })) as Note[];
    assert.throws(() => applyBodies(reordered, text), /written for other notes/);
    assert.throws(() => applyBodies(reordered.slice(0, 2), text), /written for other notes/);
    assert.deepEqual(reordered.map((n) => n.body.en), ['', '', '']);
    // A file cut short is refused before any note changes.
    const fresh = split.index.notes.map((n) => ({ ...n, body: { zh: '', en: '' } })) as Note[];
    assert.throws(() => applyBodies(fresh, text.slice(0, -1)), /bodies do not end the file/);
    assert.deepEqual(fresh.map((n) => n.body.en), ['', '', '']);
  });

  it('fails, and writes nothing, when a note is invalid', async () => {
    const dir = tempDir('concept-content-');
    cpSync(content, dir, { recursive: true });
    mkdirSync(join(dir, 'broken'));
    writeFileSync(join(dir, 'broken', 'bad.md'), '---\nid: bad\ntitle: { zh: 坏, en: Bad }\n---\nno sections\n');
    const out = tempDir('concept-index-');
    assert.equal(await quiet(() => buildContentIndex(dir, out)), false);
    assert.equal(existsSync(join(out, INDEX_FILE)), false);
  });
});
