import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit ek', () => {
  it("Argo CD's targetRevision is no Helm revision; a Helm release revision is (blind audit ek, ek-code-4)", () => {
    const app = [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Application',
      'metadata:',
      '  name: guestbook',
      '  namespace: argocd',
      'spec:',
      '  project: default',
      '  source:',
      '    path: guestbook',
      '    repoURL: https://github.com/argoproj/argocd-example-apps',
      '    targetRevision: HEAD',
      '  syncPolicy:',
      '    automated:',
      '      selfHeal: true',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(app, 'yaml', /^Revision$/i), []);
    const helm = [
      '# Rolling back a Helm release',
      '',
      'Every `helm upgrade` of the chart creates a new revision of the release in the Kubernetes cluster;',
      '`helm history web` lists them and `helm rollback web 2` returns to revision 2.',
      '',
      '```bash',
      'helm upgrade --install web ./chart -n web -f values.yaml',
      'kubectl get deployment,service,configmap -n web',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(helm, 'markdown', /^revision$/), ['helm', 'helm']);
  });

  it("a comment's Non-blocking is no non_blocking=True; the PyTorch flag is (blind audit ek, ek-en-2)", () => {
    const asyncio = [
      'import asyncio',
      '',
      'async def fetch_data(id):',
      '    await asyncio.sleep(1) # Simulates Network Request (Non-blocking)',
      '    return {"id": id}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(asyncio, 'python', /^Non-blocking$/), []);
    const torch = [
      'import torch',
      '',
      'x = torch.randn(64, 3, 224, 224).pin_memory()',
      'xg = x.to("cuda", non_blocking=True)',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(torch, 'python', /^non_blocking$/), ['pinned-memory']);
  });
});
