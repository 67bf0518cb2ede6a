import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The Go concurrency notes of blind audit de (de-zh-1, yudawdev/effective-go, MIT), cut to the channel, select and
// scheduler lines: a Go document with some Linux weight (系统调用, 线程, 用户态, 共享内存).
const goNotes = [
  '## chan - 通道',
  '',
  '### 有无缓冲分类',
  '',
  '- 无缓冲 `make(chan int)`',
  '    - 无缓冲通道，通道必须同时有发送者和消费者，才能完成通信，即发送和接受是同步发生的',
  '- 有缓冲 `make(chan int, 5)`',
  '    - 只有缓冲区满时才阻塞',
  '',
  '当任意通道（ch1、ch2）有返回后，执行先返回的通道 case',
  '',
  '### 特殊情况一：非阻塞 select',
  '',
  '```go',
  'select {',
  'case <-ch:',
  '// 处理 channel 数据',
  'default:',
  '// 立即执行，不阻塞',
  '}',
  '```',
  '',
  '### Go 协程的调度',
  '- 协程是通过 Go 运行时的调度器调度的',
  '- 调度点',
  '  - 系统调用 ',
  '  - channel 操作 ',
  '  - time.Sleep()',
  '  - mutex 操作 ',
  '  - 主动调用 runtime.Gosched()',
  '- Go 使用 M:N 调度模型:',
  '  - M (Machine): 操作系统线程 ',
  '  - P (Processor): 调度上下文,默认等于 CPU 核心数 ',
  '  - G (Goroutine): 用户态的协程',
  '  - 在单核场景下: 只有一个 M (系统线程) 和一个 P (调度上下文), 多个 G (goroutine) 会被调度到这个 P 上执行',
  '- Go 中的通道相当于 FIFO 队列',
  '',
  '### Java 并发模型 - 基于共享内存',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit de', () => {
  it("Alertmanager's group_by is no SQL GROUP BY; a query's GROUP BY is (blind audit de, de-en-2)", () => {
    // pjt222/development-guides, skills/configure-alerting-rules/SKILL.md (MIT)
    const alerting = [
      '# Configure Alerting Rules',
      '',
      'Set up Prometheus alerting rules and Alertmanager for reliable, actionable incident notifications.',
      '',
      '**Basic Alertmanager configuration** (`alertmanager.yml` excerpt):',
      '',
      '```yaml',
      'global:',
      '  resolve_timeout: 5m',
      "  slack_api_url: 'https://hooks.slack.com/services/YOUR/SLACK/WEBHOOK'",
      '',
      'route:',
      "  receiver: 'default-receiver'",
      "  group_by: ['alertname', 'cluster', 'service']",
      '  group_wait: 30s',
      '  group_interval: 5m',
      '  repeat_interval: 4h',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(alerting, 'markdown', /^group[ _]by$/i), []);
    const sqlDoc = [
      '# Aggregating orders in PostgreSQL',
      '',
      'GROUP BY splits the rows into groups and an aggregate function such as SUM returns one row per group;',
      'HAVING then filters the groups.',
      '',
      '```sql',
      'SELECT region, SUM(amount) FROM orders GROUP BY region HAVING SUM(amount) > 20;',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(sqlDoc, 'markdown', /^group by$/i), ['sql-group-by', 'sql-group-by']);
    assert.deepEqual(notesAt('select region, count(*) from orders group by region;\n', 'sql', /^group by$/i), ['sql-group-by']);
  });

  it('a non-blocking Go select is no non-blocking I/O, nor a blocking call; a non-blocking socket is (blind audit de, de-zh-1)', () => {
    assert.deepEqual(notesAt(goNotes, 'markdown', /^非?阻塞$/), ['blocking-call', 'blocking-call']);
    const socket = [
      '# 非阻塞 socket',
      '',
      '用 `fcntl(fd, F_SETFL, O_NONBLOCK)` 把 socket 设为非阻塞后，没有数据时 `read` 立即返回 -1，errno 为 EAGAIN，',
      '线程不会睡眠；epoll 通知可读后再调用 read。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(socket, 'markdown', /^非阻塞$/), ['non-blocking-io', 'non-blocking-io']);
  });

  it('react-hook-form is no React Hook; the Rules of Hooks are (blind audit de, de-code-2)', () => {
    // marmelab/react-admin, packages/ra-ui-materialui/src/list/filter/FilterForm.tsx at c445440 (MIT)
    const filterForm = [
      "import * as React from 'react';",
      'import {',
      '    HtmlHTMLAttributes,',
      '    ReactNode,',
      '    useEffect,',
      '    useCallback,',
      '    useContext,',
      "} from 'react';",
      'import {',
      '    FieldValues,',
      '    FormProvider,',
      '    useForm,',
      '    useFormContext,',
      "} from 'react-hook-form';",
      '',
    ].join('\n');
    assert.deepEqual(notesAt(filterForm, 'typescriptreact', /^react[- ]hook$/i), []);
    const hooks = [
      '# React Hooks',
      '',
      'A React Hook such as `useState` or `useEffect` may only be called at the top level of a function component;',
      'eslint-plugin-react-hooks enforces the rules of hooks.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(hooks, 'markdown', /^React Hooks?$/), ['react-hooks', 'react-hooks']);
  });

  it("Go's M:N 调度模型 is the GMP scheduler (alias added after blind audit de, de-zh-1)", () => {
    assert.deepEqual(notesAt(goNotes, 'markdown', /^M:N 调度$/), ['gmp-scheduler']);
  });

  it('the 会话密钥 of a TLS handshake is the handshake (alias added after blind audit de, de-zh-2)', () => {
    // isolcat/MyBlog, src/contents/TLS握手过程.md (MIT)
    const tls = [
      '## HTTPS',
      '',
      'https并不是一个单独的协议，它在http的基础上用`TSL/SSL`进行加密，这样通信就不容易受到拦截和攻击',
      '',
      '## SSL/TLS',
      '',
      'SSL为TLS的**前身**，他们两个都是加密协议，但现在绝大多数浏览器都不支持SSL了，只支持TLS，**TLS两种加密方式都用了**',
      '',
      '## TLS握手过程（重点）',
      '',
      '**会话密钥只用于当前会话，如果与其他服务器进行沟通，就建立新的密钥，前6个为非对称密钥，在第七点的时候为对称密钥**',
      '',
      '**预主密钥不会直接发送出去，而是用刚刚收到的公钥进行加密之后再发出去**',
      '',
      '**当客户端和服务端都得到会话密钥后，就会直接进行对称密钥，节省了非对称密钥的消耗同时也保证了安全性**',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(tls, 'markdown', /^会话密钥$/), ['tls-handshake', 'tls-handshake']);
  });
});
