import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit cu', () => {
  it("a CPU's 写缓冲 (store buffer) is no InnoDB change buffer, nor its cache 索引 a database index; MySQL's 写缓冲 is (blind audit cu, cu-zh-1)", () => {
    // The CPU-cache article of blind audit cu (cu-zh-1), cut to the lines that make the point.
    const cpu = [
      '# CPU Cache 映射策略',
      'CPU Cache 从内存读取到的数据是一块一块存储的，它有一个专门的名字：Cache Line，一般它的大小为 64 Byte。',
      '',
      '直接映射是一种多对一的映射，具体来说就是使用内存块地址对 Cache Line 的个数取模。一般来说，缓存的索引号可以通过以下公式计算：',
      '',
      '```',
      'I = (Am / B) mod N',
      '```',
      '',
      '其中 I 为缓存索引，Am 为内存地址，B 为 Cache Line 的大小，N 为 Cache Line 的个数。',
      '',
      '# Store Buffer',
      '当某个处理器尝试修改其他处理器的 Cache Line 中的数据时，MESI 的广播操作带来的延迟对于处理器来说是难以忍受的。为了解决这个问题，在 CPU 和 Cache 中间又引入了 Store Buffer。当处理器需要修改数据时，会先将数据写入写缓冲器中，然后继续处理其他事情，当收到其他处理器的响应时，才将数据从写缓冲器转移到 Cache Line 中。',
      '',
      '在同一个处理器中，写缓冲器的引入必然会带来一个问题，即异步操作引发的数据滞后性。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(cpu, 'markdown', /^写缓冲$/), []);
    assert.deepEqual(notesAt(cpu, 'markdown', /^索引$/), []);
    const mysql = [
      '# InnoDB 的写缓冲',
      '',
      '二级索引页不在缓冲池时，InnoDB 先把插入、更新和删除记在写缓冲（change buffer）里，等该页被读入缓冲池时再合并，省掉随机读 I/O。',
      '唯一索引的修改要先检查唯一性，必须读页，所以不走写缓冲。MySQL 8.4 起 innodb_change_buffering 默认为 none。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(mysql, 'markdown', /^写缓冲$/), [
      'innodb-change-buffer',
      'innodb-change-buffer',
      'innodb-change-buffer',
    ]);
  });

  it("an analyzer's token normalization is no database normalization; a schema's is (blind audit cu, cu-en-1)", () => {
    // The Elasticsearch inverted-index article of blind audit cu (cu-en-1), cut.
    const es = [
      '# Inverted Index in Elasticsearch',
      '',
      'When you add a document to Elasticsearch, the platform builds an **inverted index** that maps each term to the',
      'documents containing it.',
      '',
      '## 1. Tokenization',
      'Elasticsearch starts by breaking down each document into individual tokens.',
      '',
      '## 2. Normalization',
      'During normalization, all tokens are converted to lowercase and processed for consistency.',
      '',
      '## 4. Index Creation',
      'Finally, Elasticsearch builds the **inverted index**, a structure that maps each term to the documents where it is found.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(es, 'markdown', /^normalization$/i), []);
    const schema = [
      '# Designing the schema',
      '',
      'Normalization splits a table by its functional dependencies until every non-key column depends on the key,',
      'the whole key and nothing but the key (third normal form), so that one fact is stored in one row.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(schema, 'markdown', /^normalization$/i), ['database-normalization']);
  });

  it("\"OS async operations\" is no async keyword; `async` in JavaScript is (blind audit cu, cu-en-2)", () => {
    // The Node.js event-loop article of blind audit cu (cu-en-2), cut.
    const node = [
      '# What is the Event Loop (Deep Explanation)',
      '',
      'The **Event Loop** is the core mechanism in Node.js that decides **when and how asynchronous callbacks execute**.',
      '',
      'But Node.js achieves concurrency because:',
      '',
      '- Slow tasks are done by **libuv** (thread pool or OS async operations)',
      '- Event loop **returns their callbacks** to the JS thread',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(node, 'markdown', /^async$/), []);
    const js = 'const load = async () => {\n  const res = await fetch(url);\n  return res.json();\n};\n';
    assert.deepEqual(notesAt(js, 'javascript', /^async$/), ['js-async-await']);
  });

  it('the poll phase is libuv\'s and Transformations.switchMap LiveData\'s (blind audit cu, cu-en-2 and cu-zh-2)', () => {
    const phases = [
      '# Full Event Loop Phase Diagram',
      '',
      'Timers phase runs setTimeout callbacks; the poll phase executes most I/O callbacks and may block waiting for I/O;',
      'the check phase runs setImmediate callbacks.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(phases, 'markdown', /^poll phase$/), ['libuv']);
    const livedata = [
      '```java',
      'class MyViewModel extends ViewModel {',
      '    private final MutableLiveData<String> addressInput = new MutableLiveData();',
      '    public final LiveData<String> postalCode =',
      '            Transformations.switchMap(addressInput, (address) -> {',
      '                return repository.getPostCode(address);',
      '             });',
      '}',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(livedata, 'markdown', /^Transformations\.switchMap$/), ['android-livedata']);
  });
});
