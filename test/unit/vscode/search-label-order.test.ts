import * as assert from 'node:assert/strict';
import { labelsToProtect, plainLabel, protectLabel, WORD_JOINER } from '../../../src/vscode/search/label-order';

/** Case-insensitive substring test, the core of VS Code's quick pick label matching. */
function vscodeWouldMatch(label: string, input: string): boolean {
  return label.toLowerCase().includes(input.trim().toLowerCase());
}

describe('quick pick label order', () => {
  it('a protected label looks the same without its joiners and no longer contains the input', () => {
    const label = protectLabel('kubectl apply');
    assert.equal(plainLabel(label), 'kubectl apply');
    assert.ok(label.includes(WORD_JOINER));
    assert.equal(vscodeWouldMatch(label, 'apply'), false);
    assert.equal(plainLabel(protectLabel('知识蒸馏')), '知识蒸馏');
    assert.equal(vscodeWouldMatch(protectLabel('知识蒸馏'), '蒸馏'), false);
  });

  it('keeps plain the leading run of labels that start with the input, shorter first', () => {
    const labels = ['kubectl', 'kubectl get', 'kubectl run', 'kubectl apply', 'Pod'];
    assert.deepEqual(labelsToProtect(labels, 'kubectl'), [false, false, false, false, false]);
  });

  it('protects everything after the first label that VS Code would sort differently', () => {
    // Our order puts an exact alias hit ("Principal Component Analysis" for "pca") first: VS Code would
    // move "PCA Whitening" (a label prefix match) above it, so it is protected.
    const labels = ['Principal Component Analysis', 'PCA Whitening', 'Kernel PCA'];
    assert.deepEqual(labelsToProtect(labels, 'pca'), [true, true, true]);
    // A longer label before a shorter one ends the run.
    assert.deepEqual(labelsToProtect(['kubectl apply', 'kubectl get'], 'kubectl'), [false, true]);
  });

  it('leaves alone labels that cannot match the input', () => {
    assert.deepEqual(labelsToProtect(['知识蒸馏', 'Zsh Tools', 'Fine-tuning'], 'zszl'), [false, true, false]);
  });

  it('does nothing for an empty input', () => {
    assert.deepEqual(labelsToProtect(['a', 'b'], '  '), [false, false]);
  });
});
