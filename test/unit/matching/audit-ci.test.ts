import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The eBPF article of blind audit ci (ci-en-2), cut to the lines that make it a Linux kernel document.
const ebpf = [
  '# Module 08: eBPF Virtual Machine Deep Dive',
  '',
  '## What is the eBPF Virtual Machine?',
  '',
  'The eBPF Virtual Machine is a **software CPU** running inside the Linux kernel. It executes eBPF bytecode in a',
  'sandboxed environment, providing both **safety** and **performance**.',
  '',
  '## eBPF Registers',
  '',
  'The eBPF VM has **11 registers**, each 64-bit wide. The `bpf()` system call loads bytecode into the kernel,',
  'the verifier checks it and the JIT compiles it to native machine code.',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit ci', () => {
  it('the eBPF virtual machine is no hypervisor\'s virtual machine; a KVM guest is (blind audit ci, ci-en-2)', () => {
    assert.deepEqual(notesAt(ebpf, 'markdown', /^virtual machine$/i), []);
    const kvm = [
      '# Running virtual machines with KVM',
      '',
      'KVM turns the Linux kernel into a type 1 hypervisor: each virtual machine is a QEMU process whose vCPUs are',
      'threads, and the guest OS runs on VT-x or AMD-V hardware virtualization.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(kvm, 'markdown', /^virtual machine$/), ['hypervisor']);
  });

  it('n 堆石头 are piles of stones, not a heap; 小顶堆 is (blind audit ci, ci-zh-1)', () => {
    const stones = [
      '# 动态规划',
      '',
      '### 6. 博弈问题',
      '给定一个数组代表有n堆石头，两个人每次只从当前数组的收尾两端进行选择，问最终是先手获得的石头多还是后手获得的石头多。',
      '',
      '### 7. Nim 游戏',
      '有 n 堆石子，两人轮流从任意一堆中取走至少一个，取走最后一个石子的人获胜；动态规划之外，SG 函数给出必胜态。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(stones, 'markdown', /^堆$/), []);
    const heap = [
      '# 堆与优先队列',
      '',
      '求数组中第 k 大的元素：维护一个大小为 k 的小顶堆，遍历数组，元素比堆顶大就弹出堆顶再入堆，最后堆顶就是答案。',
      '',
    ].join('\n');
    assert.ok(notesAt(heap, 'markdown', /^堆$/).length > 0);
    assert.ok(notesAt(heap, 'markdown', /^堆$/).every((id) => id === 'binary-heap'));
  });

  it("a Kafka topic's 消息保留大小 is retention, not a heap dump's retained size; MAT's is (blind audit ci, ci-zh-2)", () => {
    const kafka = [
      '# Kafka 核心概念',
      '',
      '**Topic** 是消息的逻辑分类。Producer 将消息发送到特定的 Topic，Consumer 从 Topic 中消费消息。',
      '',
      '| 参数 | 说明 | 默认值 |',
      '|:---|:---|:---|',
      '| `partitions` | 分区数量 | 1 |',
      '| `replication-factor` | 副本因子 | 1 |',
      '| `retention.ms` | 消息保留时间（毫秒） | 7天 |',
      '| `retention.bytes` | 消息保留大小（字节） | -1（无限制） |',
      '',
      '```java',
      'ProducerRecord<String, String> record = new ProducerRecord<>("orders", "order-123", "value");',
      'public class CustomPartitioner implements Partitioner {',
      '    @Override',
      '    public int partition(String topic, Object key, byte[] keyBytes, Object value, byte[] valueBytes, Cluster cluster) {',
      '        return Math.abs(key.hashCode()) % cluster.partitionsForTopic(topic).size();',
      '    }',
      '}',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(kafka, 'markdown', /^保留大小$/), []);
    const mat = [
      '# JVM 堆转储分析',
      '',
      '用 jmap -dump 生成 hprof 文件，再用 Eclipse MAT 打开：HashMap 自身很小，但它的保留大小可能有几个 GB，',
      '找内存泄漏要在支配树里按保留大小排序，再看到 GC Roots 的路径。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(mat, 'markdown', /^保留大小$/), ['java-heap-dump', 'java-heap-dump']);
  });

  it('client-side rendering and 状态转移公式 are explained (aliases added after blind audit ci, ci-en-1 and ci-zh-1)', () => {
    const rsc = [
      '### How React Server Components Blend Different Rendering Methods',
      '',
      '* **Client-Side Rendering (CSR)**',
      '  * *Where:* Only **interactive parts (client components)** hydrate and run JavaScript on the client.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(rsc, 'markdown', /^client-side rendering$/i), ['single-page-application']);
    const dp = [
      '# 动态规划',
      '',
      '### 3. 股票问题',
      '一组状态转移公式抗下所有！！！',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(dp, 'markdown', /^状态转移公式$/), ['dynamic-programming']);
  });
});
