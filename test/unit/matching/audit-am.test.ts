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

describe('bundled aliases corrected after blind audit am', () => {
  const notesAt = (text: string, languageId: string, word: RegExp) =>
    scanDocument(bundledMatcher(), text, languageId, (v: TermRef) => v.noteId).matches.filter((x) => word.test(x.text)).map((x) => x.entries.map((e) => e.value.noteId).join('|'));
  it("an ArkTS page's @Component is ArkUI's custom component; Angular's needs an Angular file (blind audit am, am-code-2)", () => {
    // As in the audited cart page: plenty of this / filter / => (frontend words) around one @Component.
    const ets = [
      "import router from '@ohos.router';",
      '',
      '@Component',
      'export default struct CartPage {',
      '  @State private items: CartItem[] = CartStore.getItems();',
      '  @State private selectedIds: number[] = [];',
      '',
      '  private toggleSelection(id: number): void {',
      '    const exists: boolean = this.selectedIds.indexOf(id) >= 0;',
      '    this.selectedIds = exists ? this.selectedIds.filter((v: number) => v !== id) : [...this.selectedIds, id];',
      '  }',
      '',
      '  private async handlePurchase(): Promise<void> {',
      '    const picked: CartItem[] = this.items.filter((item: CartItem) => this.selectedIds.indexOf(item.id) >= 0);',
      '    for (const entry of picked) {',
      '      await PointsStore.addPoints(entry.price);',
      '    }',
      '    this.items = CartStore.getItems();',
      '  }',
      '',
      '  build() {',
      '    Column() {',
      "      Text('购物车').fontSize(24)",
      '    }',
      '  }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(ets, 'typescript', /^@Component$/), ['arkui-declarative-ui']);
    const angular = "import { Component, OnInit } from '@angular/core';\n\n@Component({\n  selector: 'app-hero-list',\n  templateUrl: './hero-list.component.html',\n})\nexport class HeroListComponent implements OnInit {\n  heroes: string[] = [];\n  ngOnInit(): void {\n    this.heroes = ['a'];\n  }\n}\n";
    assert.deepEqual(notesAt(angular, 'typescript', /^@Component$/), ['angular']);
  });
  it("Java's Atomic* classes are no ACID atomicity; a database transaction's atomic is (blind audit am, am-zh-2: a JUC note)", () => {
    const juc = [
      '### 四、原子类',
      '#### 六类原子类',
      '- Atomic* 基本类型原子类：AtomicInteger、AtomicLong、AtomicBoolean',
      '- Atomic* Array 数组类型原子类：AtomicIntegerArray、AtomicLongArray',
      '- 悲观锁：synchronized 和 ReentrantLock；乐观锁：CAS；线程池 ThreadPoolExecutor 与 ThreadLocal',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(juc, 'markdown', /^Atomic$/), []);
    const db = 'A database transaction is atomic: either all of its writes are committed or the whole transaction is rolled back. PostgreSQL and MySQL InnoDB use a write-ahead log so that a committed transaction survives a crash.\n';
    assert.deepEqual(notesAt(db, 'markdown', /^atomic$/), ['acid']);
  });
});
