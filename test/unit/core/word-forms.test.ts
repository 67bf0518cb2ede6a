import * as assert from 'node:assert/strict';
import { TermMatcher, type TermInput } from '../../../src/core/matcher';
import { scanDocument } from '../../../src/core/document-scan';
import { pluralsOf, takesPossessive, verbFormsOf, wordForms } from '../../../src/core/word-forms';

function found(terms: TermInput<string>[], text: string, languageId?: string): [string, string][] {
  return new TermMatcher<string>(terms).matchAll(text, languageId).map((m) => [m.text, m.entries.map((e) => e.value).join('|')]);
}
const t = (term: string, extra: Partial<TermInput<string>> = {}): TermInput<string> => ({ term, value: term, ...extra });

describe('word forms', () => {
  it('regular plurals: -s, -es after s/x/z/ch/sh, -ies after a consonant + y', () => {
    assert.deepEqual(pluralsOf('socket'), ['sockets']);
    assert.deepEqual(pluralsOf('mutex'), ['mutexes']);
    assert.deepEqual(pluralsOf('branch'), ['branches']);
    assert.deepEqual(pluralsOf('policy'), ['policies']);
    assert.deepEqual(pluralsOf('key'), ['keys']);
  });
  it('irregular plurals from the table, including -ch said as /k/', () => {
    assert.deepEqual(pluralsOf('index'), ['indices', 'indexes']);
    assert.deepEqual(pluralsOf('matrix'), ['matrices', 'matrixes']);
    assert.deepEqual(pluralsOf('vertex'), ['vertices', 'vertexes']);
    assert.deepEqual(pluralsOf('epoch'), ['epochs']);
  });
  it('verb forms only for verbs, with doubling where English doubles', () => {
    assert.deepEqual(verbFormsOf('overfit').sort(), ['overfits', 'overfitted', 'overfitting'].sort());
    assert.deepEqual(verbFormsOf('tune').sort(), ['tuned', 'tunes', 'tuning'].sort());
    assert.deepEqual(verbFormsOf('deploy').sort(), ['deployed', 'deploying', 'deploys'].sort());
    assert.deepEqual(verbFormsOf('go'), []);
    assert.deepEqual(verbFormsOf('runtime'), []);
  });
  it('inflects only the last word and keeps its capital', () => {
    const forms = wordForms('binary search tree');
    assert.ok(forms.includes('binary search trees'));
    assert.ok(wordForms('Deployment').includes('Deployments'));
    assert.ok(wordForms('fine-tune').includes('fine-tuned'));
  });
  it('possessives are no stored forms: the terms that take them say so', () => {
    assert.ok(!wordForms('Pod').some((f) => f.includes("'")));
    assert.ok(takesPossessive('Pod') && takesPossessive('LLM') && takesPossessive('ReplicaSet') && takesPossessive('binary search tree'));
    assert.ok(!takesPossessive('useRef') && !takesPossessive('C++') && !takesPossessive('知识蒸馏') && !takesPossessive('HTTP2'));
  });
  it('acronyms take a lower-case s; identifiers and CJK terms have no forms', () => {
    assert.ok(wordForms('LLM').includes('LLMs'));
    assert.deepEqual(wordForms('useRef'), []);
    assert.deepEqual(wordForms('知识蒸馏'), []);
    assert.deepEqual(wordForms('C++'), []);
  });
  it('PascalCase type names take noun forms on their last part; lower camel case stays an identifier', () => {
    assert.deepEqual(wordForms('ReplicaSet'), ['ReplicaSets']);
    assert.ok(wordForms('PersistentVolumeClaim').includes('PersistentVolumeClaims'));
    assert.ok(wordForms('HTTPServer').includes('HTTPServers'));
    assert.ok(!wordForms('DeployHook').includes('DeployHooked'), 'no verb forms for a type name');
    assert.deepEqual(wordForms('matchLabels'), []);
  });
  it('never reads Object.prototype: terms ending in constructor or toString', () => {
    assert.ok(wordForms('class constructor').includes('class constructors'));
    assert.ok(wordForms('toString').length === 0);
    assert.ok(wordForms('proto __proto__').length >= 0);
  });
});

describe('matching word forms', () => {
  it('plurals, verb forms and possessives match as their term', () => {
    const terms = [t('channel'), t('fine-tune'), t('overfit'), t('learning rate'), t('binary search tree'), t('Deployment')];
    assert.deepEqual(found(terms, 'channels and fine-tuned models overfits; learning rates grow'), [
      ['channels', 'channel'],
      ['fine-tuned', 'fine-tune'],
      ['overfits', 'overfit'],
      ['learning rates', 'learning rate'],
    ]);
    assert.deepEqual(found(terms, "two binary search trees; the Deployment's spec"), [
      ['binary search trees', 'binary search tree'],
      ["Deployment's", 'Deployment'],
    ]);
    assert.deepEqual(found([t('ReplicaSet'), t('WebSocket')], 'old ReplicaSets and open WebSockets'), [
      ['ReplicaSets', 'ReplicaSet'],
      ['WebSockets', 'WebSocket'],
    ]);
  });
  it('forms work across the spelling variants: learning_rates, LearningRates, fine_tuning', () => {
    const terms = [t('learning rate'), t('fine-tune')];
    assert.deepEqual(found(terms, 'learning_rates = LearningRates; fine_tuning'), [
      ['learning_rates', 'learning rate'],
      ['LearningRates', 'learning rate'],
      ['fine_tuning', 'fine-tune'],
    ]);
  });
  it('acronym plurals keep the acronym case rule', () => {
    const terms = [t('LLM'), t('PVC')];
    assert.deepEqual(found(terms, 'LLMs and PVCs, not llms or pvcs'), [
      ['LLMs', 'LLM'],
      ['PVCs', 'PVC'],
    ]);
  });
  it('no stemming: runtime never matches run, and a non-verb gets no verb forms', () => {
    assert.deepEqual(found([t('run'), t('Go')], 'runtime reruns going goes'), []);
  });
  it('a form that is another note\'s term belongs to that note', () => {
    const terms = [t('embed'), t('embedding')];
    assert.deepEqual(found(terms, 'embedding embedded embeds'), [
      ['embedding', 'embedding'],
      ['embedded', 'embed'],
      ['embeds', 'embed'],
    ]);
  });
  it("a term written in one exact case takes only that spelling from another term's forms, and wins where both match", () => {
    const terms = [t('transformer'), { term: 'transformers', value: 'hf-transformers', languages: ['python'], caseSensitive: true }];
    assert.deepEqual(found(terms, 'import transformers  # Transformers and a transformer', 'python'), [
      ['transformers', 'hf-transformers'],
      ['Transformers', 'transformer'],
      ['transformer', 'transformer'],
    ]);
    // A term in any case takes the key for itself, as before.
    assert.deepEqual(found([t('transformer'), { term: 'transformers', value: 'other' }], 'Transformers', 'python'), [['Transformers', 'other']]);
  });
  it('forms: false switches the forms of a term off, possessives included', () => {
    assert.deepEqual(found([t('channel', { forms: false })], "channel channels channel's"), [['channel', 'channel'], ['channel', 'channel']]);
  });
  it("possessives join the match as it is scanned: 's and ’s after a term or form, s' after one ending in s", () => {
    const terms = [t('Pod'), t('LLM'), t('binary search tree'), t('class')];
    assert.deepEqual(found(terms, "the Pod's spec, two Pods' labels, an LLM’s answer, the LLMs' context"), [
      ["Pod's", 'Pod'],
      ["Pods'", 'Pod'],
      ['LLM’s', 'LLM'],
      ["LLMs'", 'LLM'],
    ]);
    assert.deepEqual(found(terms, "binary_search_trees' roots; the class' name; POD'S"), [
      ["binary_search_trees'", 'binary search tree'],
      ["class'", 'class'],
      ["POD'S", 'Pod'],
    ]);
  });
  it('an apostrophe that does not end the word stays out of the match', () => {
    assert.deepEqual(found([t('Pod')], "Pod'sx Pod'x 'Pod'"), [['Pod', 'Pod'], ['Pod', 'Pod'], ['Pod', 'Pod']]);
  });
  it("a quote that closes a string or a quoted word is no plural possessive: 'pods' and ‘Pods’ keep their quotes out", () => {
    assert.deepEqual(found([t('Pod')], "the 'pods' resource and ‘Pods’; the Pods' labels"), [['pods', 'Pod'], ['Pods', 'Pod'], ["Pods'", 'Pod']]);
    const script = "parser.add_argument('--n', help='number of total epochs')\n# the epochs' count";
    const scanned = scanDocument(new TermMatcher<string>([t('epoch')]), script, 'python', (v) => v).matches.map((m) => m.text);
    assert.deepEqual(scanned, ['epochs', "epochs'"]);
  });
  it('a hover on the possessive finds the match it belongs to', () => {
    const matcher = new TermMatcher<string>([t('Pod')]);
    const text = "the Pod's spec";
    assert.equal(matcher.matchAt(text, text.indexOf("'"))?.text, "Pod's");
    assert.equal(matcher.matchAt(text, text.indexOf("'") + 1)?.text, "Pod's");
  });
});
