import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// Excerpts of the files of blind audit dm, cut to the lines that give each document its fields.

// dm-zh-2 (rushteam/reckit, Apache-2.0): the overview of its collaborative filtering, the place of item-CF in the 召回 (retrieval)
// stage and a Go example; a machine-learning document through 协同过滤 (machine-learning/recommendation).
const collaborativeFiltering = [
  '# 协同过滤算法实现',
  '',
  '## 概述',
  '',
  '本项目实现了两种经典的协同过滤推荐算法：',
  '- **用户协同过滤（User-Based Collaborative Filtering, User-CF）**：u2u → u2i 工程拆分',
  '- **物品协同过滤（Item-Based Collaborative Filtering, Item-CF）**：i2i 召回',
  '',
  '两种算法都实现了 `recall.Source` 接口，可以无缝集成到推荐系统的 Pipeline 中。',
  '',
  '**工业地位**：',
  '- 工业级召回的"常青树"',
  '- 电商、内容流、短视频都在用',
  '- 可直接线上使用',
  '',
  '**在 Reckit 中的位置**：',
  '- 核心 Recall Node（i2iRecall）',
  '- Label: `recall.i2i`',
  '',
  '**使用示例**:',
  '```go',
  '// 用户协同过滤（u2u → u2i）',
  'userCF := &recall.UserBasedCF{',
  '    Store:            cfStore,',
  '    TopKSimilarUsers: 10,',
  '    TopKItems:        5,',
  '    SimilarityMetric:  "cosine",',
  '    MinCommonItems:   2,',
  '}',
  '',
  'items, err := userCF.Recall(ctx, rctx)',
  '// Label: recall.u2i',
  '```',
  '',
].join('\n');

// dm-zh-1 (lemonsuqing/Embedded_driver): the goal of its interrupt tutorial, a heading and the driver's C code with comments; a Linux
// driver document (request_irq, 内核, 中断处理函数, printk).
const keyDriver = [
  '# 📘 Linux 驱动进阶：中断处理实战 (终极版)',
  '',
  '**实验目标**：',
  '在 QEMU 中模拟一个连接到中断控制器的按键。编写驱动申请中断 (`request_irq`)，当按键触发时，内核自动调用中断处理函数打印 `BANG!`。',
  '*(注：由于 QEMU 无物理按键，驱动中包含一个定时器来模拟硬件电平信号)*',
  '',
  '## 💻 第二阶段：编写中断驱动 (Software)',
  '',
  '```c',
  '/* 定义私有数据结构 */',
  'struct key_dev {',
  '    int irq;                 // 保存申请到的中断号',
  '    struct timer_list timer; // 用于在QEMU里模拟硬件信号',
  '};',
  '',
  '/* ',
  ' * --- 中断处理函数 (Top Half) ---',
  ' * 当硬件产生中断时，CPU 暂停当前工作，立即跳到这里执行。',
  ' * 要求：快进快出，严禁休眠！',
  ' */',
  'static irqreturn_t key_handler(int irq, void *dev_id)',
  '{',
  '    printk(KERN_INFO "[KeyDriver] 💥 BANG! Interrupt Triggered! (IRQ %d)\\n", irq);',
  '    return IRQ_HANDLED; // 告诉内核：我处理完了',
  '}',
  '',
  '/* ',
  ' * --- 模拟硬件触发器 ---',
  ' * 真实硬件不需要这个。因为 QEMU 没法按物理按键，',
  ' * 我们用定时器每隔 3 秒手动触发一次中断处理函数，',
  ' * 假装是硬件发出的信号。',
  ' */',
  '```',
  '',
].join('\n');

// dm-code-3 (lichb0rn/xkcdBrowser): the comic cache actor's disk loader and its task group.
const comicService = [
  'import Foundation',
  '',
  '@globalActor',
  'actor ComicService: ComicCacheService {',
  '    static let shared = ComicService()',
  '    ',
  '    private func loadFromDisk(_ entityName: String) async throws -> Comic {',
  '        let data = try await storage.load(entityName)',
  '        let comic = try JSONDecoder().decode(Comic.self, from: data)',
  '        return comic',
  '    }',
  '    ',
  '    func comics(_ urls: [URL]) async throws -> [Comic] {',
  '        guard !urls.isEmpty else { return [] }',
  '        ',
  '        let results = try await withThrowingTaskGroup(of: Comic.self) { group in',
  '            var items: [Comic] = []',
  '            items.reserveCapacity(urls.count)',
  '            ',
  '            urls.forEach { url in',
  '                group.addTask(priority: .userInitiated) {',
  '                    return try await self.comic(url)',
  '                }',
  '            }',
  '            ',
  '            for try await comic in group {',
  '                items.append(comic)',
  '            }',
  '            return items.sorted(by: { $0.id > $1.id })',
  '        }',
  '        ',
  '        return results',
  '    }',
  '}',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit dm', () => {
  it("a recommender's recall (召回) stage is not the metric; a classifier's recall is (blind audit dm, dm-zh-2)", () => {
    assert.deepEqual(notesAt(collaborativeFiltering, 'markdown', /^recall$/i), []);
    const metric = [
      '# Evaluating a classifier',
      '',
      'After training the neural network, compute precision, recall and the F1 score on the validation set: recall is the share of',
      'real positives the model found. With `classification_report` from scikit-learn both come per class.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(metric, 'markdown', /^recall$/i), ['precision-and-recall', 'precision-and-recall']);
  });

  it('常青树 ("evergreen") is no tree data structure; a binary tree is (blind audit dm, dm-zh-2)', () => {
    assert.deepEqual(notesAt(collaborativeFiltering, 'markdown', /^树$/), []);
    const trees = [
      '# 树与二叉树',
      '',
      '树是由节点和边组成的层次结构，根节点没有父节点；二叉树的每个节点最多有两个子节点，前序、中序、后序遍历都用递归实现。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(trees, 'markdown', /^树$/), ['tree-data-structure', 'tree-data-structure']);
  });

  it('a hardware level signal (电平信号, 硬件信号) is no POSIX signal; a process receiving SIGTERM is (blind audit dm, dm-zh-1)', () => {
    assert.deepEqual(notesAt(keyDriver, 'markdown', /^信号$/), []);
    const posix = [
      '# Linux 信号处理',
      '',
      '进程收到 SIGTERM 信号后执行 sigaction 注册的处理函数；kill 命令默认发送这个信号，SIGKILL 则无法被捕获。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(posix, 'markdown', /^信号$/), ['linux-signals', 'linux-signals']);
  });

  it('编写中断驱动 (an interrupt driver) is no interrupt-driven I/O; 中断驱动的 I/O is (blind audit dm, dm-zh-1)', () => {
    assert.deepEqual(notesAt(keyDriver, 'markdown', /^中断驱动$/), []);
    const io = [
      '# 外设 I/O 方式',
      '',
      '与轮询模式相比，中断驱动的 I/O 让 CPU 在外设就绪前去做别的事；大块数据再交给 DMA 搬运。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(io, 'markdown', /^中断驱动$/), ['polling-vs-interrupt-io']);
  });

  it("a Swift app's own loadFromDisk is no Hugging Face load_from_disk; datasets' is (blind audit dm, dm-code-3)", () => {
    assert.deepEqual(notesAt(comicService, 'swift', /^loadFromDisk$/), []);
    const hf = [
      'from datasets import load_from_disk',
      '',
      'ds = load_from_disk("data/tokenized")',
      'print(ds["train"][0])',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(hf, 'python', /^load_from_disk$/), ['hf-datasets', 'hf-datasets']);
  });

  it("Swift's async keyword is Swift concurrency, GCD's queue.async is not (alias added after blind audit dm, dm-code-3)", () => {
    assert.deepEqual(notesAt(comicService, 'swift', /^async$/), ['swift-async-await', 'swift-async-await']);
    const gcd = [
      'import Foundation',
      '',
      'func refresh() async {',
      '    DispatchQueue.main.async {',
      '        label.text = "done"',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(gcd, 'swift', /^async$/), ['swift-async-await']);
  });
});
