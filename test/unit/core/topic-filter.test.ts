import * as assert from 'node:assert/strict';
import { Corpus } from '../../../src/core/corpus';
import { formatNote } from '../../../src/core/note-format';
import { parseNote } from '../../../src/core/note-parse';
import { type Note } from '../../../src/core/note';
import { PinyinCache } from '../../../src/core/search/pinyin';
import { filterTerms, filterTopicTree, matchNote } from '../../../src/core/topic-filter';

function note(id: string, topic: string, en: string, zh: string, aliases: string[] = []): Note {
  return {
    id,
    title: { en, zh },
    aliases: aliases.map((term) => ({ term })),
    topic: topic.split('/'),
    tags: [],
    summary: { en: `About ${en}.`, zh: `关于${zh}。` },
    related: [],
    origin: 'bundled',
    file: `${topic}/${id}.md`,
    body: { en: '## Definition\n\nText.', zh: '## 定义\n\n正文。' },
    bodyLine: { zh: 1, en: 1 },
    keyLines: { aliases: 1, related: 1 },
  };
}

const notes = [
  note('kubectl-run', 'kubernetes/kubectl', 'kubectl run', 'kubectl run', ['kubectl run']),
  note('kubectl-get', 'kubernetes/kubectl', 'kubectl get', 'kubectl get'),
  note('pod', 'kubernetes/resources', 'Pod', 'Pod', ['Pods', '容器组']),
  note('gradient-descent', 'machine-learning/optimization', 'Gradient Descent', '梯度下降', ['GD']),
];
const corpus = new Corpus(notes, {
  kubernetes: { en: 'Kubernetes', zh: 'Kubernetes' },
  'kubernetes/kubectl': { en: 'kubectl Commands', zh: 'kubectl 命令' },
});

describe('topic filter', () => {
  it('matches English and Chinese titles, aliases and ids, every word, case-insensitively', () => {
    const match = (q: string) => notes.filter((n) => matchNote(n, filterTerms(q)) !== undefined).map((n) => n.id);
    assert.deepEqual(match('KUBECTL'), ['kubectl-run', 'kubectl-get']);
    assert.deepEqual(match('梯度'), ['gradient-descent']);
    assert.deepEqual(match('容器组'), ['pod']);
    assert.deepEqual(match('gradient-d'), ['gradient-descent']);
    assert.deepEqual(match('kubectl run'), ['kubectl-run']);
    assert.deepEqual(match('nothing-here'), []);
  });

  it('matches the full pinyin and the initials of Chinese titles when given a pinyin lookup', () => {
    const pinyin = new PinyinCache({ 梯度下降: ['ti', 'du', 'xia', 'jiang'] });
    assert.equal(matchNote(notes[3], filterTerms('tidu'), pinyin), '梯度下降');
    assert.equal(matchNote(notes[3], filterTerms('tdxj'), pinyin), '梯度下降');
    assert.equal(matchNote(notes[3], filterTerms('tdxj')), undefined, 'no pinyin without a lookup');
    assert.equal(matchNote(notes[0], filterTerms('tdxj'), pinyin), undefined);
  });

  it('says which text matched', () => {
    assert.equal(matchNote(notes[3], filterTerms('梯度')), '梯度下降');
    assert.equal(matchNote(notes[2], filterTerms('容器')), '容器组');
  });

  it('keeps matching notes with their topic ancestors and recounts', () => {
    const tree = filterTopicTree(corpus.topicTree(), (n) => n.id === 'kubectl-run' || n.id === 'pod');
    assert.deepEqual(
      tree.map((t) => [t.path, t.count, t.children.map((c) => [c.path, c.count, c.notes.map((n) => n.id)])]),
      [['kubernetes', 2, [['kubernetes/kubectl', 1, ['kubectl-run']], ['kubernetes/resources', 1, ['pod']]]]],
    );
    // The corpus's own tree is untouched.
    assert.equal(corpus.topicTree()[0].count, 3);
  });
});

describe('formatNote', () => {
  it('writes a note that parses back to the same note', () => {
    const original = {
      ...notes[2],
      aliases: [{ term: 'Pods' }, { term: 'po', languages: ['shellscript'] }, { term: 'pod', context: ['kubernetes'] }, { term: 'k8s pod', forms: false }],
      related: ['kubectl-run'],
      tags: ['k8s'],
      verified: { kubernetes: '1.31' },
    };
    const text = formatNote(original, 'A bundled note\n(read-only)');
    assert.match(text, /^---\n# A bundled note\n# \(read-only\)\nid: pod\n/);
    const parsed = parseNote(text, original.file, 'bundled');
    assert.deepEqual(parsed.problems, []);
    const { bodyLine: _a, keyLines: _b, ...back } = parsed.note!;
    const { bodyLine: _c, keyLines: _d, ...expected } = original;
    assert.deepEqual(back, expected);
  });
});
