import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// octachrome/innodb-locks README.md of blind audit fe (fe-en-2), lines 76-78 of the excerpt (short quotes).
const innodbLocks = [
  '# InnoDB locking #',
  '',
  "I was trying to understand why lock wait timeout errors were occurring in an app I was working on.",
  '',
  '## Record locks ##',
  '',
  'An InnoDB table is a collection of indexes. An index is an associative array implemented using a B+Tree. The clustered',
  'index maps the primary keys to the data for each row of the table.',
  '',
  'Indexes store their data in key order, which optimizes things like searching for all keys greater than K in ascending',
  'order. In addition to this natural ordering of the keys, the records in an index are also assigned a heap number.',
  '',
  'When we talk about record locks, the thing which is locked is an index record. Gap locks lock the gap between two index',
  'records only; next-key locks lock an index record and the gap before it, under repeatable read.',
  '',
].join('\n');

// GrayWind33/GrayWind33.github.io _posts/2018-08-06-算法导论——基本的图算法.md of blind audit fe (fe-zh-1), line 29.
const graphNotes = [
  '### 广度优先搜索',
  '',
  '　　如图的无向单位图白色代表未知的结点，灰色是已知但未探索完周边相邻结点的结点，黑色是已经发现完直接相邻结点的已知结点。',
  '要求出从s到所有结点的最短路径长度。代码方面BFS算法通常是借助队列来存储已发现等待进行周边探索的结点。',
  '',
].join('\n');

// libopencm3/libopencm3 lib/stm32/common/usart_common_all.c of blind audit fe (fe-code-2), lines 38-43.
const usartC = [
  '/** @brief USART Set Baudrate.',
  '',
  'The baud rate is computed from the APB high-speed prescaler clock (for',
  'USART1/6) or the APB low-speed prescaler clock (for other USARTs). These values',
  'must be correctly set before calling this function (refer to the',
  'rcc_clock_setup-* functions in RCC).',
  '*/',
  'void usart_set_baudrate(uint32_t usart, uint32_t baud)',
  '{',
  '\tuint32_t clock = rcc_get_usart_clk_freq(usart);',
  '}',
  '',
].join('\n');

// will-stanton/pytorch-lightning-fine-tuning train-lightning.py of blind audit fe (fe-code-3), lines 3-8, 41-52 and 107-110.
const lightningPy = [
  'from pytorch_lightning import LightningModule, Trainer',
  'import torch',
  'from torch.utils.data import DataLoader',
  'from torch.optim import AdamW',
  'from transformers import AutoModelForCausalLM',
  '',
  'class CausalLMModel(LightningModule):',
  '    def configure_optimizers(self):',
  '        optimizer = AdamW(self.parameters(), lr=1e-5)',
  '        return optimizer',
  '',
  'def main():',
  '    model = CausalLMModel()',
  '    trainer = Trainer(max_epochs=1, devices=1, accelerator="gpu")',
  '    trainer.fit(model, train_dataloader)',
  '',
].join('\n');

// 0xdbb/task-manager k8s/postgres.yaml of blind audit fe (fe-code-4), lines 1-5 and 13-38.
const postgresYaml = [
  'apiVersion: v1',
  'kind: PersistentVolumeClaim',
  'metadata:',
  '  name: postgres-pvc',
  '---',
  'apiVersion: apps/v1',
  'kind: StatefulSet',
  'metadata:',
  '  name: postgres-db',
  'spec:',
  '  serviceName: "postgres-db"',
  '  template:',
  '    spec:',
  '      containers:',
  '        - name: postgres-db',
  '          image: postgis/postgis:15-3.4-alpine',
  '          envFrom:',
  '            - secretRef:',
  '                name: task-manager-secrets',
  '          volumeMounts:',
  '            - mountPath: /var/lib/postgresql/data',
  '              name: postgres-storage',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit fe', () => {
  it('"natural ordering of the keys" in an InnoDB text is no Java Comparable; a Java text\'s is (blind audit fe, fe-en-2)', () => {
    assert.deepEqual(notesAt(innodbLocks, 'markdown', /^natural ordering$/), []);
    const java = [
      '# Sorting in Java',
      '',
      'A Java class that implements Comparable<T> defines its natural ordering in compareTo; Collections.sort and',
      'TreeMap use that natural ordering when no Comparator is given. Keep compareTo consistent with equals.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(java, 'markdown', /^natural ordering$/), ['java-comparable', 'java-comparable']);
  });

  it('"无向单位图" holds no 位图; 位图 in a bitset text does (blind audit fe, fe-zh-1)', () => {
    assert.deepEqual(notesAt(graphNotes, 'markdown', /^位图$/), []);
    const bits = [
      '# 位图去重',
      '',
      '用位图（bitset）给 10 亿个整数去重：每个数占一个比特，std::bitset 的 set 和 test 都是 O(1)，位图比哈希表省很多内存。',
      '',
    ].join('\n');
    assert.ok(notesAt(bits, 'markdown', /^位图$/).includes('bitset'));
  });

  it("a USART's APB prescaler clock is no timer prescaler; a timer's prescaler is (blind audit fe, fe-code-2)", () => {
    assert.deepEqual(notesAt(usartC, 'c', /^prescaler$/i), []);
    const timer = [
      '# STM32 timer basics',
      '',
      'TIM2 counts the timer clock divided by the prescaler (PSC); when the counter reaches the auto-reload register (ARR)',
      'the timer raises an update interrupt. With a 72 MHz clock, a prescaler of 7199 gives a 10 kHz counter.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(timer, 'markdown', /^prescaler$/), ['stm32-timer', 'stm32-timer']);
  });

  it('Lightning\'s accelerator="gpu" is no HF Accelerate; an Accelerator object is (blind audit fe, fe-code-3)', () => {
    assert.deepEqual(notesAt(lightningPy, 'python', /^accelerator$/i), []);
    const hf = [
      'from accelerate import Accelerator',
      '',
      'accelerator = Accelerator(mixed_precision="bf16")',
      'model, optimizer, dataloader = accelerator.prepare(model, optimizer, dataloader)',
      '',
    ].join('\n');
    assert.ok(notesAt(hf, 'python', /^Accelerator$/).includes('hf-accelerate'));
  });

  it('"task-manager-secrets" in a Postgres manifest is no Flink TaskManager; a Flink text\'s TaskManager is (blind audit fe, fe-code-4)', () => {
    assert.deepEqual(notesAt(postgresYaml, 'yaml', /^task-manager$/i), []);
    const flink = [
      '# Apache Flink cluster',
      '',
      'The Flink JobManager schedules the tasks of a streaming job on TaskManager slots; each TaskManager runs',
      'operators that read a Kafka topic, assign watermarks and keep keyed state in RocksDB checkpoints.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(flink, 'markdown', /^TaskManager$/), ['apache-flink', 'apache-flink']);
  });
});
