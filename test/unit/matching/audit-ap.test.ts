import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit ap', () => {
  it("Python's builtin any() is no typing.Any; an annotation's Any still is (blind audit ap, ap-code-2: a PyTorch trainer)", () => {
    // As in the audited trainer: hooks checked with the builtin any(), in a file with no annotation at all.
    const trainer = [
      'import torch',
      '',
      'class ClassifierTrainer:',
      '    def train(self, train_loader, device):',
      '        for epoch in range(1, self.cfg["epochs"] + 1):',
      '            self.model.train()',
      '            for inputs, labels in train_loader:',
      '                loss = self.criterion(self.model(inputs.to(device)), labels.to(device))',
      '                loss.backward()',
      '            if any(getattr(h, "should_stop", False) for h in self.hooks):',
      '                break',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(trainer, 'python', /^any$/i), []);
    const typed = 'from typing import Any, Optional\n\n\ndef load(cfg: dict[str, Any], key: Optional[str] = None) -> Any:\n    return cfg[key]\n';
    assert.deepEqual(notesAt(typed, 'python', /^Any$/), ['python-type-hints', 'python-type-hints', 'python-type-hints']);
  });
  it('归一化 in a Transformer text is its normalization layer, in a feature-engineering text feature scaling (blind audit ap, ap-zh-2)', () => {
    const llm = 'Transformer 由多层自注意力和前馈网络堆叠而成，每个子层后接残差连接，通过归一化与训练技巧保证深层网络稳定收敛。现在的大模型多用 Pre-LN 和 RMSNorm，预训练后再做 SFT 微调。\n';
    assert.deepEqual(notesAt(llm, 'markdown', /^归一化$/), ['layer-normalization']);
    const features = '特征工程中常对数值特征做归一化：MinMaxScaler 把特征缩放到 [0, 1]，StandardScaler 做标准化；KNN 和 SVM 这类基于距离的模型对特征尺度敏感，决策树则不需要。\n';
    assert.deepEqual(notesAt(features, 'markdown', /^归一化$/), ['feature-scaling']);
  });
  it("a union-find article's C++ `void union(int x, int y)` is a function, not the union keyword; a union type still is (blind audit ap, ap-zh-1)", () => {
    const md = '并查集的基本结构：\n\n```c++\nclass UnionFind {\n  public:\n  \tvector<int> root;\n  \tint find(int x) { return x == root[x] ? x : root[x] = find(root[x]); }\n  \tvoid union (int x, int y) { root[find(x)] = find(y); }\n};\n\nunion Value { int i; float f; };\n```\n';
    assert.deepEqual(notesAt(md, 'markdown', /^union$/), ['c-union']);
    assert.deepEqual(notesAt('typedef union {\n  uint32_t word;\n  uint8_t bytes[4];\n} Packet;\nstruct Point p = { 1, 2 };\n', 'c', /^(union|struct)$/), ['c-union', 'c-struct']);
  });
});
