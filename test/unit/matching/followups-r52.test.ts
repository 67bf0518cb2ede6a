import * as assert from 'node:assert/strict';
import { bundledMatcher, bundledNotesAt as notesAt } from './bundled';

// What the audits of round 51 left for the lead, fixed in the matcher in round 52.
describe('round 52: what the audits left for the lead', () => {
  describe("a stylesheet's units follow their numbers", () => {
    // golang/website _content/css (test/fixtures/documents/39-css-go-dev-navigation.css), lines 19-40, cut; jekyll/minima
    // _sass/minima/_base.scss (blind audit ex, ex-code-3, MIT) line 153; the rest written for the negatives.
    const css = [
      '.NavigationDrawer {',
      '  max-width: 27rem;',
      '  transform: translateX(100%);',
      '}',
      '.NavigationDrawer-submenuItem .NavigationDrawer-header {',
      '  min-height: 4.0625rem;',
      '  padding: 0.5rem;',
      '  margin: -1.5em 0 calc(100% - 2em);',
      '}',
      'i, em {',
      '  font-style: italic;',
      '}',
      '.layout { grid-template-columns: repeat(3, 1fr); height: 100dvh; width: 50vw; }',
      '.col-2em, .h1em { color: #1e90ff; }',
      '',
    ].join('\n');

    it('`27rem`, `0.5rem`, `-1.5em`, `2em` in calc(), `1fr` and `50vw` are their units; `100dvh` is one term', () => {
      assert.deepEqual(notesAt(css, 'css', /^r?em$/), Array(5).fill('css-rem-em-units'));
      assert.deepEqual(notesAt(css, 'scss', /^fr$/), ['css-grid']);
      assert.deepEqual(notesAt(css, 'less', /^(vw|100dvh)$/), ['css-viewport-units', 'css-viewport-units']);
    });

    it('the element of `i, em {` is no unit, nor a name or colour that holds digits and letters (blind audit ex)', () => {
      assert.deepEqual(notesAt('i, em {\n  font-style: italic;\n}\n.col-2em, .h1em { color: #1e90ff; }\n', 'scss', /em|e90ff/), []);
      const lines = css.split('\n');
      const at = (line: number, column: number) => bundledMatcher().matchAt(css, lines.slice(0, line).join('\n').length + (line > 0 ? 1 : 0) + column, 'css');
      assert.equal(at(9, 3), undefined, '`em` of `i, em {`');
      assert.equal(at(13, 6), undefined, '`em` of `.col-2em`');
      assert.equal(at(13, 26), undefined, '`e90ff` of `#1e90ff`');
    });

    it('hovering a unit right after its number finds it, the number included in no other term', () => {
      const offset = css.indexOf('27rem') + 3;
      const m = bundledMatcher().matchAt(css, offset, 'scss');
      assert.equal(m?.text, 'rem');
      assert.deepEqual(m?.entries.map((e) => e.value.noteId), ['css-rem-em-units']);
      assert.equal(bundledMatcher().matchAt(css, css.indexOf('27rem'), 'scss'), undefined, 'the number itself');
    });

    it('only in stylesheet code: a length in a script string or in prose is no unit', () => {
      assert.deepEqual(notesAt('const style = { padding: "1.5rem", width: "50vw" };\n', 'typescript', /^(rem|vw)$/), []);
      assert.deepEqual(notesAt('Set the gap to 2rem and the columns to 1fr.\n', 'markdown', /^(rem|fr)$/), []);
    });
  });

  it("in prose an ordinary word that ends a longer camel-case name is part of that name: DynamoGraphDeployment (audit et)", () => {
    // mjhermanson-nv/dynamo-grove-brev 02-monitoring-and-observability.md (audit et-en-2), the gist of lines 25-26, cut.
    const doc = [
      '# Monitoring a Dynamo deployment on Kubernetes',
      '',
      'Apply the DynamoGraphDeployment custom resource, then check the Kubernetes Deployment it creates with',
      '`kubectl get deployment` and the Pods, Services and namespace of the release.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(doc, 'markdown', /Deployment$/), ['deployment'], 'the Kubernetes Deployment, not the end of the CRD name');
    // Variants named after a capital or with capitals inside keep their note: BAdam is an Adam, rsLoRA a LoRA.
    const ml = 'Fine-tune with LoRA, rsLoRA or DoRA, and train with Adam, BAdam or GaLore, as in the LLaMA-Factory README.\n';
    assert.deepEqual(notesAt(ml, 'markdown', /LoRA$/), ['lora', 'lora']);
    assert.deepEqual(notesAt(ml, 'markdown', /Adam$/), ['adam-optimizer', 'adam-optimizer']);
  });

  it("the `>` of an arrow in a fence labelled css is no child combinator; a selector's `>` is (audit fd)", () => {
    // Garril/web-learning-base broswer_render.md (audit fd-zh-2), lines 110, 155: pseudo-code its author fenced as CSS.
    const doc = [
      '## 渲染的流水线',
      '',
      '```css',
      '合成线程 => Tiling => Tiles => ...',
      'DOM --- layout --- layer --- paint -->',
      '.menu > li { display: inline-block; }',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(doc, 'markdown', /^>$/), ['css-selectors-combinators']);
  });
});
