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
});
