import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// percona/postgresql-docs docs/solutions/high-availability.md of blind audit ew (ew-en-1), lines 39-51, 83-89, 5 and 9.
const patroniHa = [
  '## Patroni',
  '',
  '[Patroni :octicons-link-external-16:](https://patroni.readthedocs.io/en/latest/) is a template for you to create your own customized, high-availability solution using Python and - for maximum accessibility - a distributed configuration store like ZooKeeper, etcd, Consul or Kubernetes. ',
  '',
  '### Key benefits of Patroni:',
  '',
  '* Continuous monitoring and automatic failover',
  '* Manual/scheduled switchover with a single command',
  '* Built-in automation for bringing back a failed node to cluster again.',
  '* REST APIs for entire cluster configuration and further tooling.',
  '* Provides infrastructure for transparent application failover',
  '* Distributed consensus for every action and configuration.',
  '* Integration with Linux watchdog for avoiding split-brain syndrome.',
  '',
  '### How components work together',
  '',
  'Each PostgreSQL instance in the cluster maintains consistency with other members through streaming replication. Each instance hosts Patroni - a cluster manager that monitors the cluster health. Patroni relies on the operational etcd cluster to store the cluster configuration and sensitive data about the cluster health there. ',
  '',
  'Patroni periodically sends heartbeat requests with the cluster status to etcd. etcd writes this information to disk and sends the response back to Patroni. If the current primary fails to renew its status as leader within the specified timeout, Patroni updates the state change in etcd, which uses this information to elect the new primary and keep the cluster up and running.',
  '',
  'The connections to the cluster do not happen directly to the database nodes but are routed via a connection proxy like HAProxy. This proxy determines the active node by querying the Patroni REST API.',
  '',
  'There are several methods to achieve high availability in PostgreSQL. This solution document provides [Patroni](#patroni) - the open-source extension to facilitate and manage the deployment of high availability in PostgreSQL.',
  '',
  '    There are several native methods for achieving high availability with PostgreSQL:',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit ew', () => {
  it('"native methods for achieving high availability" is no JNI; a Java native method is (blind audit ew, ew-en-1)', () => {
    assert.deepEqual(notesAt(patroniHa, 'markdown', /^native methods?$/i), []);
    const java = [
      'public class Crc {',
      '    static { System.loadLibrary("crc"); }',
      '    // a native method: declared here, implemented in C through the JNI',
      '    public static native long update(long crc, byte[] data);',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(java, 'java', /^native method$/), ['java-jni']);
  });

  it('合并行 (join lines) in a Linux text is no 并行; 并行 is (blind audit ew, ew-zh-1)', () => {
    // xu3352/xu3352.github.io Linux 101 Hacks chapter 2, lines 120-131 and 137-160.
    const join = [
      "# 以 *.tar.gz 结尾, 且大于100MB 的文件 (使用 rm 之前 最好使用 ls -l 展示出来检查一遍, 防止误操作!!!)",
      "$ find / -type f -name *.tar.gz -size +100M -exec ls -l {} \\;",
      "$ find / -type f -name *.tar.gz -size +100M -exec rm -f {} \\;",
      "",
      "# 批量打包压缩 60天 内没有变更的文件 (格式:ddmmyyyy_archive.tar)",
      "$ find /home/jsmith -type f -mtime +60 | xargs tar -cvf /tmp/`date '+%d%m%Y'_archive.tar`",
      "```",
      "",
      "常用的日志清理:",
      "```bash",
      "# 清理 /path/log 目录超过10天的 *.log 文件",
      "$ find /path/log -name \"*.log\" -type f -mtime +10 | xargs rm -rf",
      "# 10. 控制标准输出和错误信息",
      "如果在屌丝 `shell` 脚本或者不想看到输入信息(标准输出 或 错误信息)时, 可以使用 `/dev/null` 把输出丢弃掉",
      "",
      "使用: `> /dev/null` 丢弃标准输出",
      "```bash",
      "# 丢弃标准输出",
      "$ cat file.txt > /dev/null",
      "$ ./shell-script.sh > /dev/null",
      "```",
      "使用: `2> /dev/null` 丢弃错误信息",
      "```bash",
      "$ cat invalid-file-name.txt 2> /dev/null",
      "$ ./shell-script.sh 2> /dev/null",
      "```",
      "",
      "常见到的一个例子 `crontab` 定时任务示例: `把标准输出和错误都丢弃了`",
      "```bash",
      "30 1 * * * command > /dev/null 2>&1",
      "```",
      "更多例子:[Linux Shell 1>/dev/null 2>&1 含义](http://blog.csdn.net/ithomer/article/details/9288353)",
      "",
      "# 11. Join命令",
      "如果两个文件有相同的列, 那么就可以使用 `join` 来合并行",
      "```bash",
      '',
    ].join('\n');
    const linux = [
      '# Linux 进程',
      '',
      'Linux 内核调度多个进程在多核 CPU 上并行运行；`make -j8` 用 8 个进程并行编译，`xargs -P 4` 并行执行命令。`ps aux` 与 `top` 查看进程，`kill -9` 发送 SIGKILL 信号。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(join, 'markdown', /并行/), []);
    assert.ok(notesAt(linux, 'markdown', /^并行$/).includes('concurrency-vs-parallelism'));
  });

  it("kafka-go's atomic reader stats are no ACID atomicity; an atomic transaction is (blind audit ew, ew-code-1)", () => {
    // segmentio/kafka-go reader.go, lines 1-20 and 59-93.
    const reader = [
      "package kafka",
      "",
      "import (",
      "\t\"context\"",
      "\t\"errors\"",
      "\t\"fmt\"",
      "\t\"io\"",
      "\t\"math\"",
      "\t\"sort\"",
      "\t\"strconv\"",
      "\t\"sync\"",
      "\t\"sync/atomic\"",
      "\t\"time\"",
      ")",
      "",
      "const (",
      "\tLastOffset  int64 = -1 // The most recent offset available for a partition.",
      "\tFirstOffset int64 = -2 // The least recent offset available for a partition.",
      ")",
      "",
      "type Reader struct {",
      "\t// immutable fields of the reader",
      "\tconfig ReaderConfig",
      "",
      "\t// communication channels between the parent reader and its subreaders",
      "\tmsgs chan readerMessage",
      "",
      "\t// mutable fields of the reader (synchronized on the mutex)",
      "\tmutex   sync.Mutex",
      "\tjoin    sync.WaitGroup",
      "\tcancel  context.CancelFunc",
      "\tstop    context.CancelFunc",
      "\tdone    chan struct{}",
      "\tcommits chan commitRequest",
      "\tversion int64 // version holds the generation of the spawned readers",
      "\toffset  int64",
      "\tlag     int64",
      "\tclosed  bool",
      "",
      "\t// Without a group subscription (when Reader.config.GroupID == \"\"),",
      "\t// when errors occur, the Reader gets a synthetic readerMessage with",
      "\t// a non-nil err set. With group subscriptions however, when an error",
      "\t// occurs in Reader.run, there's no reader running (sic, cf. reader vs.",
      "\t// Reader) and there's no way to let the high-level methods like",
      "\t// FetchMessage know that an error indeed occurred. If an error in run",
      "\t// occurs, it will be non-block-sent to this unbuffered channel, where",
      "\t// the high-level methods can select{} on it and notify the caller.",
      "\trunError chan error",
      "",
      "\t// reader stats are all made of atomic values, no need for synchronization.",
      "\tonce  uint32",
      "\tstctx context.Context",
      "\t// reader stats are all made of atomic values, no need for synchronization.",
      "\t// Use a pointer to ensure 64-bit alignment of the values.",
      "\tstats *readerStats",
      '',
    ].join('\n');
    assert.deepEqual(notesAt(reader, 'go', /^atomic$/), []);
    const db = [
      '# Transactions',
      '',
      'A database transaction is atomic: PostgreSQL either commits every statement of it or rolls them all back,',
      'and the write-ahead log makes the commit durable. BEGIN and COMMIT mark its ends.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(db, 'markdown', /^atomic$/), ['acid']);
  });

  it("p-map's `const iterator` is no C++ const_iterator; std::vector's const_iterator is (blind audit ew, ew-code-3)", () => {
    // sindresorhus/p-map index.js, line 31.
    const pMap = [
      'export default async function pMap(iterable, mapper) {',
      '\treturn new Promise((resolve_, reject_) => {',
      '\t\tconst iterator = iterable[Symbol.iterator] === undefined ? iterable[Symbol.asyncIterator]() : iterable[Symbol.iterator]();',
      '\t});',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(pMap, 'javascript', /^const iterator$/i), []);
    const cpp = ['#include <vector>', 'int sum(const std::vector<int>& v) {', '    int s = 0;', '    for (std::vector<int>::const_iterator it = v.cbegin(); it != v.cend(); ++it) s += *it;', '    return s;', '}', ''].join('\n');
    assert.deepEqual(notesAt(cpp, 'cpp', /^const_iterator$/), ['cpp-iterator']);
  });
});
