import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit be', () => {
  it("a d × d matrix is no XGBoost DMatrix; xgb.DMatrix is (blind audit be, be-en-1)", () => {
    // As in the audited LoRA guide: the shape of a frozen weight matrix.
    const md = [
      '## 5.1 How LoRA Works',
      '',
      'Instead of updating all weights, LoRA adds small trainable low-rank matrices to specific layers:',
      '',
      '```',
      'Original weight: W (d × d matrix, e.g., 4096 × 4096 = 16M params)',
      'LoRA: W + ΔW where ΔW = A × B',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /matrix/i), []);
    const py = [
      'import xgboost as xgb',
      '',
      'dtrain = xgb.DMatrix(X_train, label=y_train)',
      'booster = xgb.train(params, dtrain, num_boost_round=100)',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(py, 'python', /^DMatrix$/), ['xgboost']);
  });

  it('trainable soft prompts are PEFT (prompt tuning), no prompt engineering; a hand-written prompt is (blind audit be, be-en-1)', () => {
    const md = [
      '# SECTION 7: OTHER PEFT METHODS',
      '',
      '| Method | How it Works |',
      '|--------|-------------|',
      '| **LoRA** | Low-rank matrices on attention |',
      '| **P-tuning v2** | Trainable soft prompts at each layer |',
      '| **Prefix Tuning** | A trainable soft prompt of prefix tokens |',
      '',
      'For the base LLM, write the prompt by hand: a few-shot prompt with three examples often does as well.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^soft prompts?$/), ['peft', 'peft']);
    assert.deepEqual(notesAt(md, 'markdown', /^prompts?$/), ['prompt-engineering', 'prompt-engineering']);
  });

  it('"Humans rank" responses in RLHF is no LoRA rank nor process rank; the LoRA rank r is (blind audit be, be-en-1)', () => {
    const md = [
      '# SECTION 9: RLHF & DPO',
      '',
      '## RLHF (Reinforcement Learning from Human Feedback)',
      '```',
      'SFT Model → Generate responses → Humans rank → Train Reward Model → RL (PPO) → Aligned Model',
      '```',
      '',
      'With LoRA and QLoRA, the rank r of the update is the main knob: `LoraConfig(r=16, lora_alpha=32)`; a higher rank',
      'trains more parameters.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^rank$/), ['lora', 'lora']);
  });

  it('ZooKeeper Atomic Broadcast is no ACID atomicity; an atomic transaction is (blind audit be, be-en-2)', () => {
    const md = [
      '### Consensus Algorithms',
      '',
      '- **Paxos** (1989): Theoretically proven, complex',
      '- **Raft** (2013): Easier to understand, becoming popular',
      '- **ZAB** (ZooKeeper Atomic Broadcast): Used by Apache ZooKeeper',
      '',
      'Two-phase commit makes a distributed transaction atomic: every database commits it, or none does.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^atomic$/i), ['acid']);
  });

  it("a process's stack and heap in OS notes are no data structures; an algorithms text's stack and heap are (blind audit be, be-zh-1)", () => {
    // As in the audited Chinese OS notes (whose author swapped 堆 and 栈 in the parentheses).
    const os = [
      '# 进程',
      '',
      '多任务系统需要上下文切换(context switching)来调整进程的执行，然而这种方式会带来开销(overhead)。',
      '',
      '每个进程都包括：',
      '',
      '- 程序代码',
      '- 数据，包括堆(stack)跟栈(heap)的数据',
      '- 进程控制块(process control block, PCB)',
      '',
      '* 状态为`suspended` 的进程被交换(swap)出去了',
      '',
      '+ 内存表：内存分配，内存保护以及虚拟内存等等',
      '+ 进程内中断(interrupt):计时器，I/O，page fault等',
      '',
      '## 先进先执行(First in first serve)',
      '先进先执行是一个非抢先式算法，使用严格队列机制(strict queueing mechanism)，即其按照任务加入任务队列的顺序执行任务。',
      '可能会导致饥饿(starvation)的发生。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(os, 'markdown', /^(stack|heap)$/), []);
    const algo = [
      '# Stacks and heaps',
      '',
      'A stack is last in, first out: push and pop at the top. Valid parentheses is the classic exercise.',
      'A binary heap keeps the smallest key at the root; heapq and heapify build a min-heap, and a heap',
      'backs the priority queue of Dijkstra.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(algo, 'markdown', /^stack$/i), ['stack-data-structure']);
    assert.deepEqual(notesAt(algo, 'markdown', /^heap$/), ['binary-heap']);
  });
});
