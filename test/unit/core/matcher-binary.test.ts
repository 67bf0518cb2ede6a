import * as assert from 'node:assert/strict';
import { scanDocument } from '../../../src/core/document-scan';
import { indexSharedStrings, indexStrings } from '../../../src/core/index-format';
import { stringsHash, TermMatcher, type TermInput } from '../../../src/core/matcher';
import type { Note } from '../../../src/core/note';

describe('TermMatcher saved and loaded (dist/matcher.bin)', () => {
  const terms: TermInput<{ noteId: string }>[] = [
    { term: 'kubectl', value: { noteId: 'kubectl' }, topic: 'kubernetes/kubectl' },
    { term: 'kubelet', value: { noteId: 'kubelet' }, topic: 'kubernetes/cluster' },
    { term: 'Deployment', value: { noteId: 'deployment' }, topic: 'kubernetes/resources', context: ['kubernetes'] },
    { term: 'chan', value: { noteId: 'go-channel' }, topic: 'go/concurrency', languages: ['go'] },
    { term: 'LLM', value: { noteId: 'llm' }, topic: 'ai-apps' },
    { term: 'fine-tune', value: { noteId: 'fine-tuning' }, topic: 'machine-learning/training' },
    { term: '知识蒸馏', value: { noteId: 'kd' }, topic: 'machine-learning/training' },
    { term: 'position: absolute', value: { noteId: 'pa' }, topic: 'frontend/css' },
    { term: 'Kubernetes', value: { noteId: '' }, topic: 'kubernetes', evidence: true, caseSensitive: true, forms: false },
    { term: 'map', value: { noteId: 'array-map' }, topic: 'frontend/javascript', languages: ['javascript', 'markdown'], codeOnly: true, member: true, forms: false },
    { term: 'iter', value: { noteId: 'iterator' }, topic: 'tools/python', languages: ['python', 'markdown'], codeOnly: true, member: false, forms: false },
    { term: 'RuntimeClass', value: { noteId: 'runtime-class' }, topic: 'kubernetes/workloads' },
  ];
  const text = [
    'Kubernetes: kubectl and the kubelet run Deployments; LLMs and llms; fine-tuned, 先做知识蒸馏。',
    '```go',
    'ch := make(chan int)',
    '```',
    '.a { position: absolute }',
    '```javascript',
    'const map = xs.map(f);',
    '```',
    '```python',
    'self.iter = iter(xs)',
    '```',
    'A RuntimeClass, a runtime class; and a Java runtime class name.',
  ].join('\n');
  const summary = (m: TermMatcher<{ noteId: string }>) =>
    scanDocument(m, text, 'markdown', (v) => v.noteId).matches.map((x) => [x.text, x.entries.map((e) => `${e.value.noteId}:${e.term}:${e.topic}`).join('|')]);

  it('a loaded matcher and a view of it resume a scan mid-line like a built one (TermMatching.resumable)', () => {
    const built = new TermMatcher(terms);
    const loaded = TermMatcher.fromBinary<{ noteId: string }>(built.toBinary());
    assert.equal(built.resumable, true);
    assert.equal(loaded.resumable, true);
    assert.equal(TermMatcher.excluding(loaded, () => false).resumable, true);
  });

  it('finds exactly what the matcher it was saved from finds', () => {
    const built = new TermMatcher(terms);
    const bytes = built.toBinary();
    const loaded = TermMatcher.fromBinary<{ noteId: string }>(bytes);
    assert.deepEqual(summary(loaded), summary(built));
    assert.deepEqual(loaded.stats, built.stats);
    assert.ok(summary(built).length >= 8);
  });

  it('stores the codes, entries and lists as byte planes, as many as the largest number needs, and reads back the same numbers', () => {
    // 400 notes: list items (entry numbers) need two bytes; Chinese terms make the codes need two as well.
    const many: TermInput<{ noteId: string }>[] = [];
    for (let k = 0; k < 400; k++) many.push({ term: `widget${k} handler`, value: { noteId: `n${k}` }, topic: k % 2 ? 'frontend' : 'databases' });
    const layoutOf = (bytes: Uint8Array) => {
      const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
      const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as { layout: { name: string; planes?: number }[] };
      return Object.fromEntries(header.layout.map((a) => [a.name, a.planes]));
    };
    const latin = new TermMatcher(many);
    const withChinese = new TermMatcher([...many, { term: '知识蒸馏', value: { noteId: 'kd' }, topic: 'machine-learning' }]);
    assert.deepEqual([layoutOf(latin.toBinary()).codes, layoutOf(withChinese.toBinary()).codes], [1, 2]);
    assert.equal(layoutOf(latin.toBinary()).listItems, 2);
    const doc = many.map((t, k) => (k % 3 ? `the ${t.term}s, ` : `${t.term.replace(' ', '_')} `)).join('') + '先做知识蒸馏。';
    const found = (m: TermMatcher<{ noteId: string }>) => m.matchAll(doc, 'markdown').map((x) => `${x.start}:${x.entries.map((e) => e.value.noteId).join(',')}`);
    const loaded = TermMatcher.fromBinary<{ noteId: string }>(withChinese.toBinary());
    assert.equal(found(withChinese).length, 401);
    assert.deepEqual(found(loaded), found(withChinese));
  });

  it('refers to shared strings by position instead of storing them, and needs the same strings back', () => {
    const built = new TermMatcher(terms);
    // What the build passes: the index's alias terms and titles, note by note (duplicates and all).
    const shared = ['kubectl', 'kubelet', 'Deployment', 'chan', 'kubectl', 'LLM', 'fine-tune', '知识蒸馏', 'position: absolute'];
    const plain = built.toBinary();
    const bytes = built.toBinary({ sharedStrings: shared });
    const has = (b: Uint8Array, s: string) => Buffer.from(b).includes(Buffer.from(s));
    assert.ok(has(plain, 'position: absolute') && has(plain, '知识蒸馏'));
    assert.ok(!has(bytes, 'position: absolute') && !has(bytes, '知识蒸馏'), 'a shared string is stored again');
    assert.deepEqual(summary(TermMatcher.fromBinary<{ noteId: string }>(bytes, { sharedStrings: shared })), summary(built));
    // Without them, or with other ones, loading fails (the caller then builds the matcher) instead of misnaming terms.
    assert.throws(() => TermMatcher.fromBinary(bytes), /other shared strings/);
    assert.throws(() => TermMatcher.fromBinary(bytes, { sharedStrings: shared.slice(1) }), /other shared strings/);
    const renamed = shared.map((s) => (s === 'kubelet' ? 'kubelat' : s));
    assert.throws(() => TermMatcher.fromBinary(bytes, { sharedStrings: renamed }), /other shared strings/);
  });

  it("stores a note's entries in the order of its shared strings, so that their term column differs by 0 or 1 from row to row", () => {
    const input = [
      { term: 'zeta', value: { noteId: 'n' }, forms: false },
      { term: 'alpha', value: { noteId: 'n' }, forms: false },
      { term: 'mid', value: { noteId: 'n' }, forms: false },
    ];
    const shared = ['zeta', 'alpha', 'mid'];
    const bytes = new TermMatcher(input).toBinary({ sharedStrings: shared });
    const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as { layout: { name: string; offset: number; length: number; planes: number }[] };
    const entries = header.layout.find((a) => a.name === 'entries')!;
    assert.equal(entries.planes, 1);
    // Column 0 (the term's string, zigzag-coded differences) of the three rows: 0, then +1, +1 (in alphabetical order they would be 1, +1, -2).
    const at = Math.ceil((8 + headerLength) / 8) * 8 + entries.offset;
    assert.deepEqual([...bytes.subarray(at, at + 3)], [0, 2, 2]);
    const loaded = TermMatcher.fromBinary<{ noteId: string }>(bytes, { sharedStrings: shared });
    assert.deepEqual(loaded.matchAll('mid zeta alpha').map((m) => m.entries[0].term), ['mid', 'zeta', 'alpha']);
  });

  it('stores values of string fields ({ noteId }) as the ids of their strings, so shared note ids are not stored again', () => {
    const input = [
      { term: 'kubectl apply', value: { noteId: 'kubectl-apply-note' } },
      { term: 'distillation', value: { noteId: 'knowledge-distillation-note' } },
      { term: 'kubectl diff', value: { noteId: 'kubectl-apply-note' } },
    ];
    const shared = ['kubectl apply', 'kubectl diff', 'kubectl-apply-note', 'distillation', 'knowledge-distillation-note'];
    const bytes = new TermMatcher(input).toBinary({ sharedStrings: shared });
    const has = (s: string) => Buffer.from(bytes).includes(Buffer.from(s));
    assert.ok(!has('kubectl-apply-note') && !has('knowledge-distillation-note'), 'a note id is stored again');
    const loaded = TermMatcher.fromBinary<{ noteId: string }>(bytes, { sharedStrings: shared });
    const found = loaded.matchAll('run kubectl apply, then kubectl diff; distillation').map((m) => m.entries.map((e) => e.value));
    assert.deepEqual(found, [[{ noteId: 'kubectl-apply-note' }], [{ noteId: 'kubectl-apply-note' }], [{ noteId: 'knowledge-distillation-note' }]]);
    // Values of any other shape are stored as they are.
    const numbers = TermMatcher.fromBinary<number>(new TermMatcher([{ term: 'kubectl apply', value: 7 }]).toBinary());
    assert.deepEqual(numbers.matchAll('kubectl apply').map((m) => m.entries[0].value), [7]);
  });

  it('reads the index\'s strings one by one, through the count and hash the build wrote into the index', () => {
    const notes = [
      { id: 'kubectl', title: { en: 'kubectl', zh: 'kubectl 命令行' }, aliases: [{ term: 'kubectl' }, { term: 'kubelet' }] },
      { id: 'deployment', title: { en: 'Deployment', zh: '部署' }, aliases: [] },
      { id: 'kd', title: { en: 'Knowledge distillation', zh: '知识蒸馏' }, aliases: [{ term: '知识蒸馏' }, { term: 'chan' }, { term: 'LLM' }] },
    ] as unknown as Note[];
    const all = indexStrings(notes);
    const built = new TermMatcher(terms);
    const bytes = built.toBinary({ sharedStrings: all });
    const written = { count: all.length, hash: stringsHash(all) };
    const shared = indexSharedStrings({ notes, sharedStrings: written });
    assert.deepEqual(Array.from({ length: all.length }, (_, id) => shared.at(id)), all);
    assert.deepEqual(summary(TermMatcher.fromBinary<{ noteId: string }>(bytes, { sharedStrings: shared })), summary(built));
    // An index without them has them computed; one that names other strings is refused.
    assert.deepEqual(summary(TermMatcher.fromBinary<{ noteId: string }>(bytes, { sharedStrings: indexSharedStrings({ notes }) })), summary(built));
    assert.throws(() => TermMatcher.fromBinary(bytes, { sharedStrings: indexSharedStrings({ notes, sharedStrings: { ...written, hash: written.hash ^ 1 } }) }), /other shared strings/);
  });

  it('loads from bytes at any offset of a larger buffer', () => {
    const bytes = new TermMatcher(terms).toBinary();
    const padded = new Uint8Array(bytes.length + 3);
    padded.set(bytes, 3);
    assert.deepEqual(summary(TermMatcher.fromBinary(padded.subarray(3))), summary(new TermMatcher(terms)));
  });

  it('refuses bytes that are not a saved matcher', () => {
    assert.throws(() => TermMatcher.fromBinary(new TextEncoder().encode('{"not":"a matcher"}')), /not a saved matcher/);
    assert.throws(() => TermMatcher.fromBinary(new Uint8Array(3)), /not a saved matcher/);
  });

  it('keeps a node of 127 edges or more (counts saved apart): 300 terms that start with different characters', () => {
    const many: TermInput<{ noteId: string }>[] = Array.from({ length: 300 }, (_, k) => ({ term: `${String.fromCharCode(0x4e00 + k)}表`, value: { noteId: `n${k}` } }));
    const built = new TermMatcher(many);
    const loaded = TermMatcher.fromBinary<{ noteId: string }>(built.toBinary());
    const line = many.map((t) => t.term).join('，');
    const found = (m: TermMatcher<{ noteId: string }>) => m.matchAll(line).map((x) => x.entries[0].value.noteId);
    assert.equal(found(loaded).length, 300);
    assert.deepEqual(found(loaded), found(built));
  });

  it('refuses a saved matcher whose node edge counts do not add up to its edges', () => {
    const bytes = new TermMatcher(terms).toBinary();
    const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as { layout: { name: string; offset: number }[] };
    const dataStart = Math.ceil((8 + headerLength) / 8) * 8;
    const nodeBytes = header.layout.find((a) => a.name === 'nodeBytes')!;
    // The root's edge count (bits 0-6 of its byte), one more than the edges saved.
    const at = dataStart + nodeBytes.offset;
    assert.ok((bytes[at] & 0x7f) < 126);
    bytes[at] += 1;
    assert.throws(() => TermMatcher.fromBinary(bytes), /edge counts do not match/);
  });
  it("saves the trie depth first, a term's characters next to each other, and loads it back breadth first", () => {
    const bytes = new TermMatcher([{ term: 'ab', value: 1, forms: false }, { term: 'ba', value: 2, forms: false }, { term: 'abc', value: 3, forms: false }]).toBinary();
    const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as { layout: { name: string; offset: number; length: number; planes?: number }[]; perDepth: { nodes: number[] } };
    const dataStart = Math.ceil((8 + headerLength) / 8) * 8;
    const codes = header.layout.find((a) => a.name === 'codes')!;
    assert.equal(codes.planes, 1);
    // The code of the edge into each node but the root, in depth-first order: a b c, then b a.
    const incoming = String.fromCharCode(...bytes.subarray(dataStart + codes.offset, dataStart + codes.offset + codes.length));
    assert.equal(incoming, 'abcba');
    assert.deepEqual(header.perDepth, { nodes: [1, 2, 2, 1] });
    // The lists in the same order (ab, abc, ba), their items (entries 0, 2, 1 in note order) as differences
    // from the item before, zigzag-coded: 0, +2, -1.
    const items = header.layout.find((a) => a.name === 'listItems')!;
    assert.equal(items.planes, 1);
    assert.deepEqual([...bytes.subarray(dataStart + items.offset, dataStart + items.offset + items.length)], [0, 4, 1]);
    const loaded = TermMatcher.fromBinary<number>(bytes);
    assert.deepEqual(loaded.matchAll('ab ba abc').map((m) => m.entries[0].value), [1, 2, 3]);
  });
  it('refuses a saved matcher whose nodes claim more entry lists than it stores', () => {
    const bytes = new TermMatcher([{ term: 'ab', value: 1, forms: false }, { term: 'ba', value: 2, forms: false }]).toBinary();
    const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as { layout: { name: string; offset: number }[] };
    const at = Math.ceil((8 + headerLength) / 8) * 8 + header.layout.find((a) => a.name === 'nodeBytes')!.offset;
    assert.equal(bytes[at] & 0x80, 0); // the root has no list
    assert.equal(TermMatcher.fromBinary<number>(bytes).matchAll('ab').length, 1);
    bytes[at] |= 0x80;
    assert.throws(() => TermMatcher.fromBinary(bytes), /lists do not match the nodes/);
  });
  it('refuses a saved matcher whose nodes per depth do not add up to its nodes', () => {
    const bytes = new TermMatcher(terms).toBinary();
    const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
    const text = new TextDecoder().decode(bytes.subarray(8, 8 + headerLength));
    const header = JSON.parse(text) as { perDepth: { nodes: number[] } };
    // Move one node a depth deeper: the counts still add up, but the walk meets a node where none is left.
    header.perDepth.nodes[1] -= 1;
    header.perDepth.nodes[2] += 1;
    const edited = new TextEncoder().encode(JSON.stringify(header).padEnd(headerLength, ' '));
    assert.equal(edited.length, headerLength);
    bytes.set(edited, 8);
    assert.throws(() => TermMatcher.fromBinary(bytes), /edge counts do not match/);
  });
});
