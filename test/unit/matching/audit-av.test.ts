import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit av', () => {
  it("a Spring service's own tryLock(key) helper (a Redis SETNX lock) is no ReentrantLock; lock.tryLock(...) is (blind audit av, av-code-3)", () => {
    // As in the audited service: a cache rebuild guarded by the class's own Redis mutex.
    const service = [
      'public class ShopServiceImpl {',
      '    public Result queryShopWithLogicalExpire(Long id) {',
      '        if (tryLock(CacheConstants.SHOP_LOCK_PREFIX + id)) {',
      '            REFRESH_CACHE_THREAD_POOL.submit(() -> rebuild(id));',
      '        }',
      '        return Result.ok();',
      '    }',
      '    public boolean tryLock(String key) {',
      '        return BooleanUtil.isTrue(stringRedisTemplate.opsForValue().setIfAbsent(key, "1", 10L, TimeUnit.SECONDS));',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(service, 'java', /^tryLock$/), []);
    const lock = [
      'private final ReentrantLock lock = new ReentrantLock();',
      'boolean ok = lock.tryLock(100, TimeUnit.MILLISECONDS);',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(lock, 'java', /^tryLock$/), ['reentrant-lock']);
  });
  it('the import of java.util.concurrent.ExecutorService is the executor interface, not Future and submit (blind audit av, av-code-3)', () => {
    const java = [
      'import java.util.concurrent.ExecutorService;',
      'import java.util.concurrent.Executors;',
      'import java.util.concurrent.Future;',
      '',
    ].join('\n');
    const found = notesAt(java, 'java', /ExecutorService/);
    assert.ok(found.length > 0 && found.every((ids) => ids.split('|').includes('java-executor') && !ids.includes('java-future')), found.join(', '));
    assert.deepEqual(notesAt(java, 'java', /Future$/), ['java-future']);
  });
  it("InnoDB's 页大小 and innodb_page_size are a database page, no memory page; a Linux text's 页大小 is (blind audit av, av-zh-1)", () => {
    // As in the audited MySQL redo-log article, which also speaks of fsync(), 系统调用 and 用户空间 / 内核空间.
    const mysql = [
      '# InnoDB 数据页',
      '',
      'innodb存储引擎存储数据的单元是页，默认情况下，innodb的页大小是16KB(由 innodb_page_size 变量控制)。',
      'redo log 记录的是数据页的物理修改，事务提交时调用 fsync() 把 redo log 刷到磁盘；MySQL 工作在用户空间，',
      '写日志要经过内核空间的 os buffer，每次刷盘都是一次系统调用。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(mysql, 'markdown', /^(页大小|page_size)$/), []);
    const linux = [
      '# Linux 内存管理',
      '',
      '虚拟内存以页为单位管理，x86-64 的页大小是 4KB，可以用 `getpagesize()` 或 `sysconf(_SC_PAGESIZE)` 查询。',
      '进程的地址空间由 mmap 映射，缺页异常由内核处理，页表把虚拟地址翻译成物理地址。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(linux, 'markdown', /^页大小$/), ['memory-page']);
  });
});
