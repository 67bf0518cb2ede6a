import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit bb', () => {
  it('不可重入锁 (a non-reentrant lock) is no ReentrantLock; 重入锁 and 可重入锁 are (blind audit bb, bb-zh-1)', () => {
    // As in the audited Chinese article on Java locks: the classification "重入锁/不可重入锁".
    const md = [
      '## Java锁分类',
      '#### 重入锁/不可重入锁',
      '按照同一个线程是否可以重复获取同一把锁，划分为重入锁和不可重入锁',
      '* 重入锁：ReentrantLock、synchronized',
      '* 不可重入锁：不可重入锁，与可重入锁相反，线程获取锁之后不可重复获取锁，重复获取会发生死锁',
      '',
      'JUC 的 ReentrantLock 是可重入的，JVM 里的 synchronized 也支持重入。',
      '',
    ].join('\n');
    // Each 不可重入锁 keeps no part of it (可重入锁, 重入锁, 可重入, 重入 all stood in for each other).
    assert.deepEqual(notesAt(md, 'markdown', /^(可?重入锁?)$/), [
      'reentrant-lock', // 重入锁/
      'reentrant-lock', // 划分为重入锁
      'reentrant-lock', // * 重入锁：
      'reentrant-lock', // 与可重入锁相反
      'reentrant-lock', // 是可重入的
      'reentrant-lock', // 支持重入
    ]);
  });

  it('FreeRTOS\'s "Tmr Svc" task is no SVC exception; the svc instruction in C is (blind audit bb, bb-zh-4)', () => {
    const md = [
      '# 调度器的启动',
      '',
      ' 1. 创建 IDLE 和 Tmr Svc 任务',
      '',
      '    手动产生 **SVC exception**，在 **vPortSVCHandler** 中恢复第一个任务；Cortex-M 的 PendSV 和 SysTick 优先级最低。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^svc$/i), ['svc-exception']);
    const c = [
      '#include "FreeRTOS.h"',
      '',
      'static void prvPortStartFirstTask( void )',
      '{',
      '    __asm volatile ( " cpsie i \\n svc 0 \\n nop \\n" );',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(c, 'c', /^svc$/), ['svc-exception']);
  });

  it("a Luau execution session ID is no login session; a session ID cookie is (blind audit bb, bb-code-3)", () => {
    // As in the audited clap command definitions of rbxcloud.
    const rs = [
      'use clap::{Args, Subcommand};',
      '',
      '#[derive(Debug, Subcommand)]',
      'pub enum LuauExecutionCommands {',
      '    GetTask {',
      '        /// Luau execution session ID',
      '        #[clap(short, long, value_parser)]',
      '        session_id: String,',
      '    },',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(rs, 'rust', /^session ID$/), []);
    const md = [
      '# Sessions',
      '',
      'After login the server stores the user in a session store and sends the browser a session ID cookie.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^session ID$/), ['session-authentication']);
  });

  it("serde_json::to_string is serialization, not ToString; a value's .to_string() is (blind audit bb, bb-code-3)", () => {
    const rs = [
      'fn render(data: &Task, pretty: bool) -> anyhow::Result<String> {',
      '    let r = if pretty {',
      '        serde_json::to_string_pretty(&data)?',
      '    } else {',
      '        serde_json::to_string(&data)?',
      '    };',
      '    let label = "task".to_string();',
      '    Ok(format!("{label}: {r}"))',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(rs, 'rust', /^to_string$/), ['rust-string-str']);
    assert.deepEqual(notesAt(rs, 'rust', /^serde_json$/), ['serde', 'serde']);
  });
});
