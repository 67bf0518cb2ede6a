import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit ak', () => {
  it("compaction of a Kafka topic is no LSM-tree compaction; RocksDB's compaction still is", () => {
    // Blind audit ak, ak-en-1 (Aiven's "Compacted topics" page): 11 × compaction → lsm-tree.
    const kafka = 'An Apache Kafka topic represents a continuous stream of messages. With compacted topics, Apache Kafka removes any records for which a newer version with the same key is available in the partition; other topics enforce retention by size or time instead of compaction. The compaction occurs per partition.\n';
    // Since round 44 the Kafka note kafka-log-compaction explains it.
    assert.deepEqual(notesAt(kafka, 'markdown', /^compaction$/), ['kafka-log-compaction', 'kafka-log-compaction']);
    const rocks = 'RocksDB is an LSM tree store: writes land in a memtable, are flushed to SSTable files, and background compaction merges SSTables to bound read amplification.\n';
    assert.deepEqual(notesAt(rocks, 'markdown', /^compaction$/), ['lsm-tree']);
  });
  it("a Kafka topic's log compaction is not Raft's snapshot log compaction (state machine replication)", () => {
    // Blind audit ak, ak-en-1: "To use log compaction, all messages sent to the topic must have an explicit key" → state-machine-replication ×2.
    const kafka = 'An Apache Kafka topic represents a continuous stream of messages. To use log compaction, all messages sent to the topic must have an explicit key; Apache Kafka then keeps the newest record per key in each partition.\n';
    assert.deepEqual(notesAt(kafka, 'markdown', /^log compaction$/), ['kafka-log-compaction']);
    const raft = 'In Raft, each server applies committed entries of the replicated log to its state machine. The log cannot grow forever, so servers take snapshots and apply log compaction; a follower that falls too far behind receives an InstallSnapshot RPC.\n';
    assert.deepEqual(notesAt(raft, 'markdown', /^log compaction$/), ['state-machine-replication']);
  });
  it('日志压缩 is a Kafka topic\'s or a Raft log\'s compaction by topic, and no such thing in an ops note on gzipped log files', () => {
    // Review r44: the Chinese alias of state-machine-replication now takes the English one's context.
    const kafka = '# Kafka 压缩主题\n\n把主题的 cleanup.policy 设为 compact 后，Kafka 的日志压缩按键保留每个分区中最新的消息，值为 null 的墓碑消息删除该键。\n';
    assert.deepEqual(notesAt(kafka, 'markdown', /^日志压缩$/), ['kafka-log-compaction']);
    const raft = '# Raft 快照\n\nRaft 的领导者把日志复制到多数派后提交，状态机按顺序应用日志条目。日志不能无限增长，所以需要日志压缩：节点定期做快照，落后太多的跟随者通过 InstallSnapshot 追上。\n';
    assert.deepEqual(notesAt(raft, 'markdown', /^日志压缩$/), ['state-machine-replication']);
    const ops = '# 运维笔记\n\nlogrotate 每天切割 nginx 访问日志，日志压缩用 gzip，保留 7 天。\n';
    assert.deepEqual(notesAt(ops, 'markdown', /^日志压缩$/), []);
  });
  it('Kafka records with duplicate keys are no unique-index violation; a MySQL duplicate key still is', () => {
    // Blind audit ak, ak-en-1: "some records with duplicate keys (1001 and 1002)" of a compacted topic → unique-index.
    const kafka = 'An Apache Kafka topic represents a continuous stream of messages. In this partition some records have duplicate keys; when compaction runs, Apache Kafka keeps only the record with the latest offset for each key.\n';
    assert.deepEqual(notesAt(kafka, 'markdown', /^duplicate keys?$/), []);
    const mysql = 'A unique index rejects a second row with the same value: the INSERT fails with ER_DUP_ENTRY, a duplicate key error in InnoDB.\n';
    assert.deepEqual(notesAt(mysql, 'markdown', /^duplicate key$/), ['unique-index']);
  });
  it('决策树 is the classifier in a machine-learning text, not a MySQL page\'s engine-selection flowchart', () => {
    // Blind audit ak, ak-zh-2 (a MySQL transaction note): "### 1.2 引擎选型决策树" → decision-tree.
    const mysql = '# MySQL 存储引擎\n\nInnoDB 支持事务和行锁，MyISAM 只有表锁。\n\n### 引擎选型决策树\n1. 事务需求 → 选择 InnoDB\n';
    assert.deepEqual(notesAt(mysql, 'markdown', /^决策树$/), []);
    const ml = '决策树按信息增益或基尼不纯度选择划分特征。单棵决策树容易过拟合，随机森林用多棵决策树投票来降低方差。\n';
    assert.deepEqual(notesAt(ml, 'markdown', /^决策树$/), ['decision-tree', 'decision-tree', 'decision-tree']);
  });
  it('堆 in a Linux text is a process\'s heap memory, in an algorithm text the binary heap', () => {
    // Blind audit ak, ak-zh-3 (a socket / epoll note): "同进程里的线程可以共享…全局数据、堆、共享库" → binary-heap.
    const linux = '同进程里的线程可以共享进程的部分资源，比如文件描述符列表、进程空间、代码、全局数据、堆、共享库等，这些资源在上下文切换时不需要切换。poll 用动态数组和链表保存 socket 集合，遍历的时间复杂度为 O(n)；epoll 在内核里用红黑树管理文件描述符，增删改的时间复杂度是 O(log n)。\n';
    assert.deepEqual(notesAt(linux, 'markdown', /^堆$/), []);
    const algorithms = '堆是一棵用数组存储的完全二叉树。小顶堆的堆顶是最小元素：插入时上浮，删除时下沉，时间复杂度都是 O(log n)。优先队列通常用堆实现。\n';
    assert.deepEqual(notesAt(algorithms, 'markdown', /^堆$/), ['binary-heap', 'binary-heap', 'binary-heap']);
  });
  it('a short text that is about databases only through Kafka is a Kafka text for the exclusions; one Kafka mention in a RocksDB text is not (after blind audit ak)', () => {
    const kafka = 'Apache Kafka log compaction keeps the latest record per key. Compaction runs in the background.\n';
    // Neither lsm-tree's nor Raft's compaction; since round 51 the Kafka note's two words back up the field, so they are its.
    assert.deepEqual(notesAt(kafka, 'markdown', /compaction$/i), ['kafka-log-compaction', 'kafka-log-compaction']);
    const rocks = 'RocksDB is an LSM tree storage engine: writes go to the memtable and the WAL, flushed SSTables are merged by compaction. Leveled compaction bounds read amplification. Change data can be streamed to Apache Kafka.\n';
    assert.deepEqual(notesAt(rocks, 'markdown', /compaction$/i), ['lsm-tree', 'lsm-tree']);
  });
  it("a RocksDB text's storage engine is no InnoDB; a MySQL text's still is (seen while checking blind audit ak's Kafka fix)", () => {
    const rocks = 'RocksDB is an LSM tree storage engine: writes go to the memtable and the WAL, flushed SSTables are merged by compaction. Leveled compaction bounds read amplification.\n';
    assert.deepEqual(notesAt(rocks, 'markdown', /^storage engines?$/), []);
    const mysql = 'MySQL supports several storage engines; InnoDB is the default storage engine since MySQL 5.5, with row-level locking and the buffer pool.\n';
    assert.deepEqual(notesAt(mysql, 'markdown', /^storage engines?$/), ['innodb', 'innodb']);
  });
});
