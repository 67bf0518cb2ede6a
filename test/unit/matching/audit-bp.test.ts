import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit bp', () => {
  it("an NFT migration's token_id and tokens table are no LLM tokens; a token ID of a language model is (blind audit bp, bp-code-3)", () => {
    // As in the audited PostgreSQL migration: blockchain tokens of a backup service.
    const sql = [
      '-- Tokens related to backup tasks',
      '-- NOTE: must be created before `pins`, which has a foreign key to tokens(id).',
      'CREATE TABLE IF NOT EXISTS tokens (',
      '    id BIGSERIAL PRIMARY KEY,',
      '    task_id VARCHAR(255) NOT NULL REFERENCES backup_tasks(task_id) ON DELETE CASCADE,',
      '    chain TEXT NOT NULL,',
      '    contract_address TEXT NOT NULL,',
      '    token_id TEXT NOT NULL,',
      '    UNIQUE (task_id, chain, contract_address, token_id)',
      ');',
      'CREATE INDEX IF NOT EXISTS idx_tokens_tuple ON tokens(chain, contract_address, token_id);',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(sql, 'sql', /^tokens?(_id)?$/i), []);
    const llm = [
      '## Tokens',
      '',
      'A large language model reads token IDs: the tokenizer maps each subword to a token ID, and the',
      'embedding layer turns every token ID into a vector before the transformer layers of the LLM.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(llm, 'markdown', /^token IDs?$/), ['token', 'token', 'token']);
  });

  it('a "sequence-to-sequence operation" is no encoder-decoder model; a sequence-to-sequence model is (blind audit bp, bp-en-1)', () => {
    // As in the audited self-attention notes.
    const md = [
      '## Self Attention (Attention is All You Need!)',
      '',
      'Self-attention is a sequence-to-sequence operation: a sequence of vectors goes in, and a sequence of vectors comes out.',
      'To produce output vector y_i, the self attention operation simply takes a weighted average over all the input vectors.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^sequence-to-sequence$/), []);
    const t5 = [
      '## T5',
      '',
      'T5 is a sequence-to-sequence model: the encoder reads the whole input and the decoder generates',
      'the output token by token through cross-attention.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(t5, 'markdown', /^sequence-to-sequence$/), ['encoder-decoder-model']);
  });

  it("the kernel's scheduler (内核调度器) is no Go scheduler; the Go runtime's 调度器 is (blind audit bp, bp-zh-2)", () => {
    // As in the audited article on the goroutine runtime.
    const md = [
      '## 进程、线程、goroutine',
      '',
      '内核对系统线程的调度简单的归纳为：在执行操作系统代码时，内核调度器按照一定的算法挑选出一个线程并把该线程保存在内存之中的寄存器的值放入CPU对应的寄存器从而恢复该线程的运行。',
      '',
      '系统线程对goroutine的调度与内核对系统线程的调度原理是一样的。goroutine 由 Go runtime 调度，channel 用来在 goroutine 之间传递数据。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^调度器$/), []);
    const go = [
      '## 运行队列',
      '',
      '全局运行队列需要加锁，于是，调度器又为每个工作线程引入了一个私有的局部goroutine运行队列。goroutine 由 Go runtime 调度，',
      'channel 用来在 goroutine 之间传递数据。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(go, 'markdown', /^调度器$/), ['gmp-scheduler']);
  });

  it('"writes from Go get write barriers" is no go get; the go get command is (blind audit bp, bp-zh-2)', () => {
    // As in the audited article: the comment of the runtime's gobuf struct.
    const md = [
      '## 具体数据结构体',
      '',
      '```go',
      'type gobuf struct {',
      '    // ctxt is really a saved, live register. It is still',
      '    // typed as a pointer so that any other writes from Go get',
      '    // write barriers.',
      '    ctxt unsafe.Pointer',
      '}',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^go get$/i), []);
    const command = '## Modules\n\nRun `go get golang.org/x/sync@latest` to add the module to go.mod.\n';
    assert.deepEqual(notesAt(command, 'markdown', /^go get$/), ['go-get']);
  });

  it('TLS written as 线程本地存储 is no Transport Layer Security; the TLS of HTTPS is (blind audit bp, bp-zh-2)', () => {
    // As in the audited article: the m struct of the Go runtime.
    const md = [
      '```go',
      'type m struct {',
      '    //通过TLS（线程本地存储）实现m结构对象与工作线程之间的绑定',
      '    tls           [6]uintptr   // thread-local storage (for x86 extern register)',
      '}',
      '```',
      '',
      'Thread-local storage (TLS) keeps one copy of a variable per thread.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^TLS$/), []);
    const https = '## HTTPS\n\nHTTPS is HTTP over TLS, and TLS encrypts every request with keys agreed for the connection.\n';
    assert.deepEqual(notesAt(https, 'markdown', /^TLS$/), ['tls', 'tls']);
  });
});
