import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { localize } from '../../src/core/note';
import type { ConceptReferenceApi } from '../../src/vscode/extension';
import { api, fixtureUri, formatRange, ourHovers, plain, positionOf, rangeOf, skipBecause } from './helpers';

async function open(name: string): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument(fixtureUri(name));
}

/** Summary of a bundled note in the language the hover uses, as a reader sees it. */
function summaryOf(exports: ConceptReferenceApi, id: string): string {
  const note = exports.notes.corpus.get(id);
  assert.ok(note, `note ${id} is not in the corpus`);
  return plain(localize(note.summary, exports.notes.language));
}

function titleOf(exports: ConceptReferenceApi, id: string): string {
  const note = exports.notes.corpus.get(id)!;
  return plain(localize(note.title, exports.notes.language));
}

describe('hover', () => {
  let exports: ConceptReferenceApi;

  before(async () => {
    exports = await api();
  });

  it('shows the kubectl run note over "kubectl run" in a shell script, with the exact term range', async () => {
    const doc = await open('deploy.sh');
    assert.equal(doc.languageId, 'shellscript');
    const span = rangeOf(doc, 'kubectl run', 'set -euo');
    // Anywhere inside the term: on "kubectl", and on "run".
    for (const at of [2, 9]) {
      const hovers = await ourHovers(doc.uri, span.start.translate(0, at));
      assert.equal(hovers.length, 1, `expected one concept hover at offset ${at} of "kubectl run", got ${hovers.length}`);
      const [h] = hovers;
      assert.ok(h.text.includes(summaryOf(exports, 'kubectl-run')), `hover does not contain the kubectl-run summary:\n${h.markdown}`);
      assert.ok(h.text.includes(titleOf(exports, 'kubectl-run')), 'hover does not show the note title');
      assert.ok(h.range, 'hover has no range');
      assert.ok(h.range.isEqual(span), `hover range ${formatRange(h.range)} is not the "kubectl run" span ${formatRange(span)}`);
      assert.ok(h.markdown.includes(encodeURIComponent(JSON.stringify(['kubectl-run']))), 'the "Open note" link does not carry the note id');
    }
  });

  it('does not hover a word that is not a term ("hello", the Pod\'s name)', async () => {
    const doc = await open('deploy.sh');
    const pos = positionOf(doc, 'hello', 2, 'kubectl run hello');
    assert.equal(doc.getText(doc.getWordRangeAtPosition(pos)), 'hello');
    assert.deepEqual(await ourHovers(doc.uri, pos), []);
  });

  it('does not hover just past the end of the term', async () => {
    const doc = await open('deploy.sh');
    const span = rangeOf(doc, 'kubectl run hello', 'set -euo');
    // The space between "run" and "hello" belongs to no term.
    const after = span.start.translate(0, 'kubectl run'.length);
    assert.deepEqual(await ourHovers(doc.uri, after), []);
  });

  it('shows the knowledge-distillation note over 知识蒸馏 in Markdown', async function () {
    if (!exports.notes.corpus.get('knowledge-distillation')) {
      // Content is written in parallel; the 微调 test below covers Chinese terms until this note lands.
      skipBecause(this, 'note knowledge-distillation is not bundled yet');
    }
    const doc = await open('notes.md');
    const span = rangeOf(doc, '知识蒸馏');
    const hovers = await ourHovers(doc.uri, span.start.translate(0, 1));
    assert.equal(hovers.length, 1, `expected one concept hover over 知识蒸馏, got ${hovers.length}`);
    assert.ok(hovers[0].text.includes(summaryOf(exports, 'knowledge-distillation')), `hover lacks the knowledge-distillation summary:\n${hovers[0].markdown}`);
    assert.ok(hovers[0].range?.isEqual(span), `hover range ${formatRange(hovers[0].range)} is not the 知识蒸馏 span ${formatRange(span)}`);
  });

  it('shows the fine-tuning note over the Chinese term 微调 inside a Chinese sentence', async () => {
    const doc = await open('notes.md');
    const span = rangeOf(doc, '微调');
    const hovers = await ourHovers(doc.uri, span.start.translate(0, 1));
    assert.equal(hovers.length, 1, `expected one concept hover over 微调, got ${hovers.length}`);
    assert.ok(hovers[0].text.includes(summaryOf(exports, 'fine-tuning')), `hover lacks the fine-tuning summary:\n${hovers[0].markdown}`);
    assert.ok(hovers[0].range?.isEqual(span), `hover range ${formatRange(hovers[0].range)} is not the 微调 span ${formatRange(span)}`);
  });

  it('hovers "channel" in Go, but not the same word in Markdown or plain text (language-scoped alias)', async () => {
    const go = await open('main.go');
    assert.equal(go.languageId, 'go');
    const span = rangeOf(go, 'channel');
    const inGo = await ourHovers(go.uri, span.start.translate(0, 3));
    assert.equal(inGo.length, 1, `expected one concept hover over "channel" in main.go, got ${inGo.length}`);
    assert.ok(inGo[0].text.includes(summaryOf(exports, 'go-channel')), `hover lacks the go-channel summary:\n${inGo[0].markdown}`);
    assert.ok(inGo[0].range?.isEqual(span), `hover range ${formatRange(inGo[0].range)} is not the "channel" span ${formatRange(span)}`);

    for (const name of ['notes.md', 'readme.txt']) {
      const doc = await open(name);
      const pos = positionOf(doc, 'channel', 3);
      assert.deepEqual(await ourHovers(doc.uri, pos), [], `"channel" in ${name} (${doc.languageId}) must not hover`);
    }
  });

  it('hovers an English term in a Python comment (fine-tuning)', async () => {
    const doc = await open('train.py');
    const span = rangeOf(doc, 'Fine-tuning:');
    const hovers = await ourHovers(doc.uri, span.start.translate(0, 6));
    assert.equal(hovers.length, 1);
    assert.ok(hovers[0].text.includes(summaryOf(exports, 'fine-tuning')));
    assert.ok(hovers[0].range?.isEqual(new vscode.Range(span.start, span.start.translate(0, 'Fine-tuning'.length))), `range ${formatRange(hovers[0].range)}`);
  });

  describe('settings', () => {
    const config = () => vscode.workspace.getConfiguration('conceptReference');

    afterEach(async () => {
      await config().update('hover.enabled', undefined, vscode.ConfigurationTarget.Global);
      await config().update('hover.disabledLanguages', undefined, vscode.ConfigurationTarget.Global);
    });

    it('shows both titles, the short example, and Open note / Search related / Copy link; hover.showExample turns the example off', async () => {
      const doc = await open('deploy.sh');
      const pos = positionOf(doc, 'kubectl run', 3, 'set -euo');
      const [h] = await ourHovers(doc.uri, pos);
      const note = exports.notes.corpus.get('kubectl-run')!;
      const example = note.example?.en;
      assert.ok(example, 'the index holds no hover example for kubectl-run');
      assert.ok(h.markdown.includes('```' + example.language + '\n' + example.code + '\n```'), `no example code block:\n${h.markdown}`);
      for (const command of ['openNote', 'searchRelated', 'copyLink']) assert.ok(h.markdown.includes(`command:conceptReference.${command}?`), `no ${command} action`);
      const copied = await vscode.commands.executeCommand('conceptReference.copyLink', 'kubectl-run');
      assert.equal(copied, '[[kubectl-run]]');
      assert.equal(await vscode.env.clipboard.readText(), '[[kubectl-run]]');

      const md = await open('notes.md');
      const [tuning] = await ourHovers(md.uri, positionOf(md, '微调', 1));
      const ft = exports.notes.corpus.get('fine-tuning')!;
      const [first, second] = exports.notes.language === 'zh' ? [ft.title.zh, ft.title.en] : [ft.title.en, ft.title.zh];
      assert.ok(tuning.text.includes(`${first} · ${second}`), `the hover does not show both titles:\n${tuning.text}`);

      await config().update('hover.showExample', false, vscode.ConfigurationTarget.Global);
      try {
        const [plainHover] = await ourHovers(doc.uri, pos);
        assert.ok(!plainHover.markdown.includes('```'), 'the example is still shown with hover.showExample = false');
      } finally {
        await config().update('hover.showExample', undefined, vscode.ConfigurationTarget.Global);
      }
    });

    it('conceptReference.hover.enabled = false removes the hover, and true brings it back', async () => {
      const doc = await open('deploy.sh');
      const pos = positionOf(doc, 'kubectl run', 3, 'set -euo');
      assert.equal((await ourHovers(doc.uri, pos)).length, 1, 'precondition: hover present with default settings');

      await config().update('hover.enabled', false, vscode.ConfigurationTarget.Global);
      assert.equal(config().get('hover.enabled'), false);
      assert.deepEqual(await ourHovers(doc.uri, pos), [], 'hover still shown with hover.enabled = false');

      await config().update('hover.enabled', undefined, vscode.ConfigurationTarget.Global);
      assert.equal((await ourHovers(doc.uri, pos)).length, 1, 'hover did not come back after restoring hover.enabled');
    });

    it('conceptReference.hover.disabledLanguages turns hovers off for that language only', async () => {
      const sh = await open('deploy.sh');
      const go = await open('main.go');
      const shPos = positionOf(sh, 'kubectl run', 3, 'set -euo');
      const goPos = positionOf(go, 'channel', 3);
      await config().update('hover.disabledLanguages', ['shellscript'], vscode.ConfigurationTarget.Global);
      assert.deepEqual(await ourHovers(sh.uri, shPos), [], 'hover still shown in a disabled language');
      assert.equal((await ourHovers(go.uri, goPos)).length, 1, 'hover in another language disappeared too');
    });
  });

  // Passages of real pages (sources in test/fixtures/documents/README.md: 06, 45 and 13).
  describe('in context', () => {
    it('hovering "Deployments" in a Markdown page about Kubernetes shows the Deployment note', async () => {
      const doc = await open('k8s-deployments.md');
      assert.equal(doc.languageId, 'markdown');
      // (The English original sits in HTML comments, which are not text; this is the Chinese page's own use.)
      const span = rangeOf(doc, 'Deployments', '以下是 ');
      const hovers = await ourHovers(doc.uri, span.start.translate(0, 3));
      assert.equal(hovers.length, 1, `expected one concept hover over "Deployments", got ${hovers.length}`);
      assert.ok(hovers[0].text.includes(summaryOf(exports, 'deployment')), `hover lacks the deployment summary:\n${hovers[0].markdown}`);
      assert.ok(hovers[0].range?.isEqual(span), `hover range ${formatRange(hovers[0].range)} is not the "Deployments" span ${formatRange(span)}`);
    });

    it('hovering "deployments" in a release-notes page shows nothing', async () => {
      const doc = await open('release-notes.md');
      const pos = positionOf(doc, 'deployments', 3, 'upgraded Eureka ');
      assert.equal(doc.getText(doc.getWordRangeAtPosition(pos)), 'deployments');
      assert.deepEqual(await ourHovers(doc.uri, pos), []);
    });

    it('an operator hovers its note from either character: `<-` is a channel send, `:=` a short variable declaration', async () => {
      const doc = await open('main.go');
      const send = rangeOf(doc, '<-', 'results ');
      for (const at of [0, 1]) {
        const hovers = await ourHovers(doc.uri, send.start.translate(0, at));
        assert.equal(hovers.length, 1, `expected one concept hover over <- (character ${at}), got ${hovers.length}`);
        assert.ok(hovers[0].text.includes(summaryOf(exports, 'go-channel')), `hover lacks the go-channel summary:\n${hovers[0].markdown}`);
        assert.ok(hovers[0].range?.isEqual(send), `hover range ${formatRange(hovers[0].range)} is not the <- span ${formatRange(send)}`);
      }
      const declare = rangeOf(doc, ':=', 'results ');
      const hovers = await ourHovers(doc.uri, declare.start);
      assert.ok(hovers.length === 1 && hovers[0].text.includes(summaryOf(exports, 'go-short-variable-declaration')), 'no short variable declaration hover over :=');
      // The < of a comparison is no operator of any note.
      assert.deepEqual(await ourHovers(doc.uri, positionOf(doc, '<', 0, 'i := 0; i ')), []);
    });

    it('`chan` inside a ```go block of a Markdown page hovers the Go channel note', async () => {
      const doc = await open('go-guide.md');
      const span = rangeOf(doc, 'chan', 'stop = make(');
      const hovers = await ourHovers(doc.uri, span.start.translate(0, 1));
      assert.equal(hovers.length, 1, `expected one concept hover over chan, got ${hovers.length}`);
      assert.ok(hovers[0].text.includes(summaryOf(exports, 'go-channel')), `hover lacks the go-channel summary:\n${hovers[0].markdown}`);
    });
  });
});
