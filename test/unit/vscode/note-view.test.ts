import * as assert from 'node:assert/strict';
import { Corpus } from '../../../src/core/corpus';
import type { Note } from '../../../src/core/note';
import { MAX_RENDER_CHARS, renderNoteBody } from '../../../src/core/render';
import { buildNoteView } from '../../../src/vscode/preview/note-view';

function note(id: string, en: string, zh: string, extra: Partial<Note> = {}): Note {
  return {
    id,
    title: { en, zh },
    aliases: [{ term: en }],
    topic: ['kubernetes', 'kubectl'],
    tags: [],
    summary: { en: `${en} summary`, zh: `${zh}摘要` },
    related: [],
    origin: 'bundled',
    file: `kubernetes/${id}.md`,
    body: { en: `## Definition\n\nSee [[pod]].`, zh: `## 定义\n\n见 [[pod]]。` },
    bodyLine: { zh: 1, en: 1 },
    keyLines: { aliases: 1, related: 1 },
    ...extra,
  };
}

describe('buildNoteView', () => {
  const corpus = new Corpus(
    [
      note('kubectl-run', 'kubectl run', 'kubectl run', { aliases: [{ term: 'kubectl run' }, { term: 'KUBECTL RUN' }, { term: '运行 Pod' }], related: ['pod', 'gone'] }),
      note('pod', 'Pod', '容器组', { verified: { kubectl: '1.31', kubernetes: '1.31' } }),
    ],
    { kubernetes: { en: 'Kubernetes', zh: 'Kubernetes' }, 'kubernetes/kubectl': { en: 'kubectl Commands', zh: 'kubectl 命令' } },
  );

  it('collects the header in the requested language and renders the body', async () => {
    const view = await buildNoteView(corpus, corpus.get('kubectl-run')!, 'zh', { render: renderNoteBody });
    assert.equal(view.title, 'kubectl run');
    assert.equal(view.summary, 'kubectl run摘要');
    assert.deepEqual(view.breadcrumb, ['Kubernetes', 'kubectl 命令']);
    // Aliases other than the title, once each (case-insensitively).
    assert.deepEqual(view.aliases, ['运行 Pod']);
    // Related notes that exist, with their titles in the same language.
    assert.deepEqual(view.related, [{ id: 'pod', title: '容器组', summary: '容器组摘要' }]);
    assert.equal(view.html, '<h2 id="定义">定义</h2>\n<p>见 <a class="note-link" data-note="pod" href="#" title="容器组摘要">容器组</a>。</p>\n');
    assert.deepEqual(view.headings, [{ level: 2, text: '定义', id: '定义' }]);
    assert.deepEqual(view.verified, []);
  });

  it('lists the versions the facts were checked against, for the footer', async () => {
    const view = await buildNoteView(corpus, corpus.get('pod')!, 'en', { render: renderNoteBody });
    assert.deepEqual(view.verified, ['kubectl 1.31', 'kubernetes 1.31']);
  });

  it('lists the title in the other language as an alias when it differs', async () => {
    const view = await buildNoteView(corpus, corpus.get('pod')!, 'en', { render: renderNoteBody });
    assert.deepEqual(view.aliases, ['容器组']);
  });

  it('says in the UI language where a body too long to render is cut', async () => {
    const long = 'Ein Satz.\n'.repeat(Math.ceil((MAX_RENDER_CHARS * 1.2) / 10));
    const big = new Corpus([note('big', 'Big', '大', { body: { en: long, zh: long } })], {});
    const view = await buildNoteView(big, big.get('big')!, 'en', { render: renderNoteBody, cutNotice: (shown, total) => `仅显示 ${shown}/${total}` });
    assert.ok(view.html.endsWith(`<p class="render-cut" role="note">仅显示 ${long.lastIndexOf('\n', MAX_RENDER_CHARS)}/${long.length}</p>\n`), view.html.slice(-120));
  });
});
