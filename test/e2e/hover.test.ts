import * as assert from 'node:assert/strict';
import { bundledNote, hoverAndExpect, hoverAndExpectNone, normalize, openWorkbench, quickOpen, summaryOf } from './world';

describe('hover in the editor', () => {
  it('hovering "kubectl run" in deploy.sh shows the kubectl run note; "hello" (the Pod\'s name) shows none', async () => {
    const page = await openWorkbench();
    await quickOpen(page, 'deploy.sh');
    const summary = summaryOf('kubectl-run');
    const hover = await hoverAndExpect(page, 'kubectl run hello --image=nginx', 'kubectl run', summary);
    // The title and our "Open note" link render too, not raw markdown.
    const text = normalize(await hover.innerText());
    assert.ok(text.startsWith('kubectl run'), `hover does not start with the note title: ${text}`);
    assert.ok(text.includes(summary), `hover text differs from the summary: ${text}`);
    assert.ok(text.includes('Open note'), `hover lacks the Open note link: ${text}`);
    assert.doesNotMatch(text, /\\[-.=]|&nbsp;|\*\*/, 'hover shows raw markdown');

    await hoverAndExpectNone(page, 'kubectl run hello --image=nginx', 'hello', summary);
    await hoverAndExpectNone(page, 'kubectl run hello --image=nginx', 'hello', 'Open note', 200);
  });

  it('hovering 知识蒸馏 in notes.md shows the knowledge-distillation note', async function () {
    if (!bundledNote('knowledge-distillation')) {
      console.log('      (skipped: note knowledge-distillation is not bundled yet; 微调 below covers Chinese terms)');
      this.skip();
    }
    const page = await openWorkbench();
    await quickOpen(page, 'notes.md');
    await hoverAndExpect(page, '我们用知识蒸馏压缩模型', '知识蒸馏', summaryOf('knowledge-distillation'));
  });

  it('hovering 微调 in a Chinese sentence in notes.md shows the fine-tuning note', async () => {
    const page = await openWorkbench();
    await quickOpen(page, 'notes.md');
    await hoverAndExpect(page, '之后再用领域数据做微调', '微调', summaryOf('fine-tuning'));
    // The same file's English "channel" is not a Go channel outside Go.
    await hoverAndExpectNone(page, 'The notification channel', 'channel', summaryOf('go-channel'));
  });
});
