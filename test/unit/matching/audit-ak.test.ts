import * as assert from 'node:assert/strict';
import { scanDocument } from '../../../src/core/document-scan';
import { join } from 'node:path';
import { Corpus, type TermRef } from '../../../src/core/corpus';
import { readIndexText } from '../../../src/cli/bodies-file';
import { INDEX_FILE, parsePrebuiltIndex } from '../../../src/core/index-format';
import { TermMatcher } from '../../../src/core/matcher';

/** The bundled notes' matcher, built once for the tests that need it (about a second). */
let bundledCache: TermMatcher<TermRef> | undefined;
function bundledMatcher(): TermMatcher<TermRef> {
  if (!bundledCache) {
    const index = parsePrebuiltIndex(readIndexText(join(__dirname, '..', '..', '..', 'dist', INDEX_FILE)));
    bundledCache = new TermMatcher(new Corpus(index.notes, index.topics).terms());
  }
  return bundledCache;
}

describe('bundled aliases corrected after blind audit ak', () => {
  const notesAt = (text: string, languageId: string, word: RegExp) =>
    scanDocument(bundledMatcher(), text, languageId, (v: TermRef) => v.noteId).matches.filter((x) => word.test(x.text)).map((x) => x.entries.map((e) => e.value.noteId).join('|'));
  it("compaction of a Kafka topic is no LSM-tree compaction; RocksDB's compaction still is", () => {
    // Blind audit ak, ak-en-1 (Aiven's "Compacted topics" page): 11 × compaction → lsm-tree.
    const kafka = 'An Apache Kafka topic represents a continuous stream of messages. With compacted topics, Apache Kafka removes any records for which a newer version with the same key is available in the partition; other topics enforce retention by size or time instead of compaction. The compaction occurs per partition.\n';
    assert.deepEqual(notesAt(kafka, 'markdown', /^compaction$/), []);
    const rocks = 'RocksDB is an LSM tree store: writes land in a memtable, are flushed to SSTable files, and background compaction merges SSTables to bound read amplification.\n';
    assert.deepEqual(notesAt(rocks, 'markdown', /^compaction$/), ['lsm-tree']);
  });
});
