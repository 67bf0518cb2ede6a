import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit bk', () => {
  it("a string's 'optional' is no typing.Optional; Optional[int] is (blind audit bk, bk-en-1)", () => {
    // As in the audited asyncio article: a task cancelled with a message, in a list item's code span.
    const md = [
      '## Task Status',
      '',
      '* The coroutine returned deliberately and terminated.',
      "* The task was canceled - `task.cancel('optional message')`. This raises `CancelledError` inside the coroutine.",
      '',
      '```python',
      'import asyncio',
      '',
      'async def main():',
      '    task = asyncio.create_task(worker())',
      '    await asyncio.sleep(1)',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^optional$/i), []);
    const py = ['from typing import Optional', '', 'def find(key: str) -> Optional[int]:', '    return None', ''].join('\n');
    assert.deepEqual(notesAt(py, 'python', /^Optional$/), ['python-type-hints', 'python-type-hints']);
  });

  it('"the coroutine handles the CancelledError" is no C++ coroutine_handle; a C++ coroutine handle is (blind audit bk, bk-en-1)', () => {
    const md = [
      '## Task Status',
      '',
      "* The task was canceled - `task.cancel()`. This raises `CancelledError` inside the coroutine, terminating it. However, note",
      "  that if the task's coroutine handles the `CancelledError` it may not cancel.",
      '',
      '```python',
      'async def main():',
      '    await asyncio.sleep(1)',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /coroutine.handle/i), []);
    const cpp = [
      '# C++20 coroutines',
      '',
      'The promise_type decides what co_await and co_return do; a coroutine handle resumes or destroys the frame.',
      '',
      '```cpp',
      'struct Task { struct promise_type; std::coroutine_handle<promise_type> h; };',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(cpp, 'markdown', /^coroutine handle$/), ['cpp-coroutines']);
  });

  it("PostgreSQL's disk reads are no FatFs disk_read; disk_read in a diskio.c is (blind audit bk, bk-en-2)", () => {
    // As in the audited EXPLAIN (ANALYZE, BUFFERS) guide.
    const md = [
      '**Key buffer types:**',
      "- **shared hit**: The data was already in PostgreSQL's shared memory cache. This is very fast because the query didn't need to touch the disk.",
      "- **shared read**: The data had to be read from disk because it wasn't in memory. Disk reads are much slower than memory hits.",
      '',
      'Buffers: shared hit=22 (all cache hits, no disk reads)',
      '',
      '   - Excessive disk reads (shared read)?',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^disk reads?$/i), []);
    const c = [
      '#include "ff.h"',
      '#include "diskio.h"',
      '',
      'DRESULT disk_read(BYTE pdrv, BYTE *buff, LBA_t sector, UINT count)',
      '{',
      '    return sd_read_blocks(buff, sector, count) == 0 ? RES_OK : RES_ERROR;',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(c, 'c', /^disk_read$/), ['fatfs']);
  });

  it('"child nodes for detailed view" is no database view; a view of a schema is (blind audit bk, bk-en-2)', () => {
    const md = [
      '## Quick Reference',
      '',
      'Add a composite index on the primary key and foreign key columns of each table in the schema.',
      '',
      '| Metric | Where to Look | Good | Warning / Bad |',
      '|--------|---------------|------|---------------|',
      '| Buffers / I/O | Top-most node for total; child nodes for detailed view | Mostly shared hit | High shared read |',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^view$/), []);
    const schema = [
      '## Schema design',
      '',
      'Add a composite index on the primary key and foreign key columns of each table in the schema.',
      'A view is a stored query over those tables; querying the view reads the base tables.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(schema, 'markdown', /^view$/), ['database-view', 'database-view']);
  });

  it("openssl's -nodes option is no Kubernetes node; the nodes of a cluster are (blind audit bk, bk-zh-2)", () => {
    // As in the audited Ingress TLS walkthrough: a CA made with openssl for an Ingress's Secret.
    const md = [
      '三、部署 Ingress TLS',
      '',
      '上面已经搞定了 Ingress，下面就顺便把 TLS 怼上；大致步骤就两步：创建一个含有证书的 secret、在 Ingress 开启证书。',
      '简单的实现就是使用 DaemonSet 在每个 node 上监听 80，然后转发到相应 Service 和 Pod。',
      '',
      'openssl genrsa -out ca-key.pem 2048',
      '',
      'openssl req -x509 -new -nodes -key ca-key.pem -days 10000 -out ca.pem -subj "/CN=kube-ca"',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^nodes?$/), ['kubernetes-node']);
    const nodes = 'The kubelet on each of the cluster\'s nodes runs the Pods of a DaemonSet; kubectl get nodes lists them.\n';
    assert.deepEqual(notesAt(nodes, 'markdown', /^nodes$/), ['kubernetes-node', 'kubernetes-node']);
  });

  it("the bxCAN handle's bit-timing Prescaler is no timer prescaler; a TIM handle's is (blind audit bk, bk-code-3)", () => {
    // As in the audited STM32 HAL main.c: a basic timer and a CAN peripheral at 500 kbit/s.
    const c = [
      'int main(void)',
      '{',
      '    HAL_Init();',
      '    SystemClock_Config_HSE(SYS_CLOCK_FREQ_50_MHZ);',
      '    GPIO_Init();',
      '    UART2_Init();',
      '    CAN1_Init();',
      '    if( HAL_CAN_Start(&hcan1) != HAL_OK )',
      '    {',
      '        Error_handler();',
      '    }',
      '}',
      '',
      'void TIMER6_Init(void)',
      '{',
      '\thtimer6.Instance = TIM6;',
      '\thtimer6.Init.Prescaler = 4999;',
      '\thtimer6.Init.Period = 10000 - 1;',
      '}',
      '',
      'void CAN1_Init(void)',
      '{',
      '    hcan1.Instance = CAN1;',
      '    // Settings related to CAN bit timings (bitrate = 500 kbps)',
      '    hcan1.Init.Prescaler = 5;',
      '    hcan1.Init.SyncJumpWidth = CAN_SJW_1TQ;',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(c, 'c', /^Prescaler$/), ['stm32-timer']);
  });

  it('the time slice of a textbook round-robin scheduler is round robin, not CFS (blind audit bk, bk-zh-1)', () => {
    // As in the audited uCore lab report on process scheduling.
    const md = [
      '# lab6——进程调度',
      '',
      '由于我们在进程控制块中记录了一些和调度有关的信息，例如Stride、优先级、时间片等等，因此我们需要对进程控制块的初始化进行更新。',
      '同时，由于时间片轮转的调度算法依赖于时钟中断，你可能也要对时钟中断的处理进行一定的更新。',
      '',
      '| 函数指针名 | 作用 |',
      '|-----------|------|',
      '| enqueue | 将一个处于就绪状态的进程加入 run_queue，并按照具体调度策略组织其在就绪队列中的位置。 |',
      '| proc_tick | 在时钟中断到来时更新当前运行进程的调度相关状态，并判断是否需要触发重新调度，用于支持抢占式调度。 |',
      '',
      '```c',
      'struct run_queue',
      '{',
      '    list_entry_t run_list;',
      '    unsigned int proc_num;',
      '    int max_time_slice;',
      '};',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^(时间片|time_slice)$/), ['round-robin-scheduling', 'round-robin-scheduling']);
    const cfs = '# CFS\n\nLinux 的 CFS 按 vruntime 选最少者运行，每个进程权重由 nice 值决定。\n';
    assert.deepEqual(notesAt(cfs, 'markdown', /^vruntime$/), ['cfs-eevdf-scheduler']);
  });
});
