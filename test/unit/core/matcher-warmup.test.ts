import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus } from '../../../src/core/corpus';
import { readIndexText } from '../../../src/cli/bodies-file';
import { INDEX_FILE, parsePrebuiltIndex } from '../../../src/core/index-format';
import { languageIdForPath } from '../../../src/core/languages';
import { TermMatcher } from '../../../src/core/matcher';

const root = join(__dirname, '..', '..', '..');

describe('the matcher before and after its word table is built', () => {
  it('finds exactly the same matches letter by letter as with the word table, line by line and at every hover offset', function () {
    this.timeout(120_000); // two matchers over every bundled term: a hang guard, not a speed test
    const index = parsePrebuiltIndex(readIndexText(join(root, 'dist', INDEX_FILE)));
    const terms = new Corpus(index.notes, index.topics).terms();
    const cold = new TermMatcher(terms);
    const warm = new TermMatcher(terms);
    warm.warmUp();
    const dir = join(root, 'test', 'fixtures', 'documents');
    const show = (ms: { start: number; end: number; entries: { term: string }[] }[]) => ms.map((m) => `${m.start}-${m.end}:${m.entries.map((e) => e.term).join('|')}`);
    let lines = 0;
    let offsets = 0;
    for (const file of readdirSync(dir).filter((f) => !f.endsWith('.json'))) {
      const languageId = languageIdForPath(file);
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
        if (line.length > 2000) continue; // longer scans build the table
        lines++;
        assert.deepEqual(show(cold.matchAll(line, languageId)), show(warm.matchAll(line, languageId)), `${file}: ${line}`);
        for (let offset = 0; offset < line.length; offset += 7) {
          offsets++;
          const a = cold.matchAt(line, offset, languageId);
          const b = warm.matchAt(line, offset, languageId);
          assert.deepEqual(a && show([a]), b && show([b]), `${file} at ${offset}: ${line}`);
        }
      }
    }
    assert.ok(lines > 2000 && offsets > 10_000, `compared only ${lines} lines and ${offsets} offsets`);
  });
});

describe('the word table holds whole words only', () => {
  it('a camel-case part that stops inside a key\'s word is walked letter by letter, before and after warm-up', () => {
    const terms = ['websocket', 'open websocket', 'kubectl', 'node selector'].map((term) => ({ term, value: term }));
    const text = 'new WebSocket(u); open WebSocket; kubeCtl; nodeSelector; Websocket; webSock';
    const expected = ['WebSocket:websocket', 'open WebSocket:open websocket', 'kubeCtl:kubectl', 'nodeSelector:node selector', 'Websocket:websocket'];
    const cold = new TermMatcher(terms);
    const warm = new TermMatcher(terms);
    warm.warmUp();
    for (const m of [cold, warm]) assert.deepEqual(m.matchAll(text).map((x) => `${x.text}:${x.entries[0].term}`), expected);
  });
});

describe('the word table\'s pair filter for CJK characters and symbols', () => {
  it('still finds keys that start with a CJK character or symbol, alone, after a word break or split by a space', () => {
    const terms = ['知识蒸馏', '栈', '堆栈', '--force', '.gitignore', '$HOME', '@Override', '# heading'].map((term) => ({ term, value: term }));
    const text = '先做知识 蒸馏，再看栈和堆 栈。git push --force; cat .gitignore; echo $HOME; @override; # Heading; 。：{ .x :y';
    const expected = ['知识 蒸馏:知识蒸馏', '栈:栈', '堆 栈:堆栈', '--force:--force', '.gitignore:.gitignore', '$HOME:$HOME', '@override:@Override', '# Heading:# heading'];
    const cold = new TermMatcher(terms);
    const warm = new TermMatcher(terms);
    warm.warmUp();
    for (const m of [cold, warm]) assert.deepEqual(m.matchAll(text).map((x) => `${x.text}:${x.entries[0].term}`), expected);
  });
});
