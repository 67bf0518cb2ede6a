import * as assert from 'node:assert/strict';
import { renderNoteBody, slugify, type RenderOptions } from '../../../src/core/render';

const TITLES: Record<string, string> = { pod: 'Pod', 'kubectl-run': 'kubectl run' };
const options: RenderOptions = {
  exists: (id) => id in TITLES,
  title: (id) => TITLES[id],
};
const html = (markdown: string, opts: RenderOptions = options) => renderNoteBody(markdown, opts).html;

describe('renderNoteBody', () => {
  describe('[[wikilinks]]', () => {
    it('resolves titles and file names through the resolver, and carries a #Heading to the link', () => {
      const resolve = (target: string) => (target.toLowerCase().startsWith('order saga') ? { id: 'payments/order-saga', ...(target.includes('#') ? { heading: target.slice(target.indexOf('#') + 1) } : {}) } : undefined);
      assert.equal(
        html('[[Order saga#Steps]] and [[nowhere]]', { exists: () => true, resolve, title: () => 'Order saga' }),
        '<p><a class="note-link" data-note="payments/order-saga" data-note-heading="Steps" href="#">Order saga</a> and <span class="note-link broken" data-missing-note="nowhere">nowhere</span></p>\n',
      );
    });

    it('links an existing note by id, showing its title', () => {
      assert.equal(html('See [[pod]].'), '<p>See <a class="note-link" data-note="pod" href="#">Pod</a>.</p>\n');
    });

    it('uses the label of [[id|label]]', () => {
      assert.equal(html('[[kubectl-run|the run command]]'), '<p><a class="note-link" data-note="kubectl-run" href="#">the run command</a></p>\n');
    });

    it('falls back to the id when no title is known (the CLI passes only exists)', () => {
      assert.equal(html('[[pod]]', { exists: () => true }), '<p><a class="note-link" data-note="pod" href="#">pod</a></p>\n');
    });

    it('renders a link to a missing note as marked plain text', () => {
      assert.equal(html('[[no-such-note]] and [[gone|Gone]]'), '<p><span class="note-link broken" data-missing-note="no-such-note">no-such-note</span> and <span class="note-link broken" data-missing-note="gone">Gone</span></p>\n');
    });

    it('puts the linked note\'s summary in the tooltip, escaped', () => {
      const out = html('[[pod]]', { ...options, summary: () => 'The <smallest> unit' });
      assert.equal(out, '<p><a class="note-link" data-note="pod" href="#" title="The &lt;smallest&gt; unit">Pod</a></p>\n');
    });

    it('escapes labels and leaves [[...]] in code spans and invalid ids alone', () => {
      assert.equal(html('[[pod|<b>x</b>]]'), '<p><a class="note-link" data-note="pod" href="#">&lt;b&gt;x&lt;/b&gt;</a></p>\n');
      assert.equal(html('`[[pod]]` [[Not An Id]]'), '<p><code>[[pod]]</code> [[Not An Id]]</p>\n');
    });

    it('never nests links: a [[link]] in a link text wins, as an inner link does in CommonMark', () => {
      assert.equal(
        html('[see [[pod]]](https://example.com)'),
        '<p>[see <a class="note-link" data-note="pod" href="#">Pod</a>](<a href="https://example.com" class="external-link" title="https://example.com" rel="noopener noreferrer">https://example.com</a>)</p>\n',
      );
    });
  });

  describe('code', () => {
    it('highlights a fenced block with a known language using hljs classes', () => {
      assert.equal(
        html('```go\nfunc main() {}\n```'),
        '<pre class="code-block" data-lang="go"><code class="hljs language-go"><span class="hljs-function"><span class="hljs-keyword">func</span> <span class="hljs-title">main</span><span class="hljs-params">()</span></span> {}\n</code></pre>\n',
      );
    });

    it('treats ```shell as commands (bash grammar) and escapes unknown languages', () => {
      assert.equal(
        html('```shell\necho "hi" # greet\n```'),
        '<pre class="code-block" data-lang="shell"><code class="hljs language-shell"><span class="hljs-built_in">echo</span> <span class="hljs-string">&quot;hi&quot;</span> <span class="hljs-comment"># greet</span>\n</code></pre>\n',
      );
      assert.equal(html('```klingon\na < b\n```'), '<pre class="code-block" data-lang="klingon"><code class="hljs language-klingon">a &lt; b\n</code></pre>\n');
      assert.equal(html('```\nplain <text>\n```'), '<pre class="code-block"><code class="hljs">plain &lt;text&gt;\n</code></pre>\n');
    });
  });

  describe('math', () => {
    it('typesets $...$ inline with KaTeX, styles moved to data-style', () => {
      const out = html('Area $x^2$ here.');
      assert.match(out, /^<p>Area <span class="math-inline"><span class="katex"><span class="katex-mathml"><math xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML">/);
      assert.match(out, /<annotation encoding="application\/x-tex">x\^2<\/annotation>/);
      assert.match(out, /<span class="strut" data-style="height:0\.8141em;"><\/span>/);
      assert.ok(!/ style="/.test(out), 'no inline style attribute survives');
      assert.match(out, /<\/span><\/span> here\.<\/p>\n$/);
    });

    it('typesets a $$...$$ block in display mode', () => {
      const out = html('Before\n\n$$\n\\frac{a}{b}\n$$\n\nAfter');
      assert.match(out, /^<p>Before<\/p>\n<div class="math-block"><span class="katex-display"><span class="katex">/);
      assert.match(out, /<math xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML" display="block">/);
      assert.match(out, /<span class="mfrac">/);
      assert.match(out, /<\/div>\n<p>After<\/p>\n$/);
      assert.equal(html('$$E = mc^2$$'), html('$$\nE = mc^2\n$$'));
    });

    it('leaves prices and lone dollars as text', () => {
      assert.equal(html('It costs $5 and $10.'), '<p>It costs $5 and $10.</p>\n');
      assert.equal(html('echo \\$HOME and $ x'), '<p>echo $HOME and $ x</p>\n');
    });

    it('reports bad TeX inline instead of throwing, and refuses \\href (trust: false)', () => {
      assert.match(html('$\\frac{a$'), /class="katex-error"/);
      const out = html('$\\href{javascript:alert(1)}{x}$');
      assert.ok(!out.includes('href="javascript'), out);
    });
  });

  describe('links and raw HTML', () => {
    it('keeps http(s) links, marked external', () => {
      assert.equal(
        html('[docs](https://kubernetes.io/docs/)'),
        '<p><a href="https://kubernetes.io/docs/" class="external-link" title="https://kubernetes.io/docs/" rel="noopener noreferrer">docs</a></p>\n',
      );
      assert.equal(
        html('see http://example.com/x'),
        '<p>see <a href="http://example.com/x" class="external-link" title="http://example.com/x" rel="noopener noreferrer">http://example.com/x</a></p>\n',
      );
    });

    it('does not link javascript:, file: or relative targets, nor bare file names', () => {
      assert.equal(html('[x](javascript:alert(1))'), '<p>[x](javascript:alert(1))</p>\n');
      assert.equal(html('[x](file:///etc/passwd) [y](./other.md)'), '<p>[x](file:///etc/passwd) [y](./other.md)</p>\n');
      assert.equal(html('<javascript:alert(1)>'), '<p>&lt;javascript:alert(1)&gt;</p>\n');
      assert.equal(html('run train.py or main.go'), '<p>run train.py or main.go</p>\n');
    });

    it('escapes raw HTML, never passing a <script> through', () => {
      assert.equal(html('<script>alert(1)</script>'), '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n');
      assert.equal(html('a <img src=x onerror=alert(1)> b'), '<p>a &lt;img src=x onerror=alert(1)&gt; b</p>\n');
    });

    it('turns table alignment into classes instead of inline styles', () => {
      assert.equal(
        html('| a | b |\n|:--|--:|\n| 1 | 2 |'),
        '<div class="table-wrap"><table>\n<thead>\n<tr>\n<th class="align-left">a</th>\n<th class="align-right">b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td class="align-left">1</td>\n<td class="align-right">2</td>\n</tr>\n</tbody>\n</table></div>\n',
      );
    });
  });

  describe('headings', () => {
    it('gives every heading a unique id and returns the list for a table of contents', () => {
      const result = renderNoteBody('## Definition\n\ntext\n\n### How `it` works\n\n## 定义 与 示例\n\n## Definition\n\n## [[pod]] and you', options);
      assert.equal(
        result.html,
        '<h2 id="definition">Definition</h2>\n<p>text</p>\n<h3 id="how-it-works">How <code>it</code> works</h3>\n<h2 id="定义-与-示例">定义 与 示例</h2>\n' +
          '<h2 id="definition-1">Definition</h2>\n<h2 id="pod-and-you"><a class="note-link" data-note="pod" href="#">Pod</a> and you</h2>\n',
      );
      assert.deepEqual(result.headings, [
        { level: 2, text: 'Definition', id: 'definition' },
        { level: 3, text: 'How it works', id: 'how-it-works' },
        { level: 2, text: '定义 与 示例', id: '定义-与-示例' },
        { level: 2, text: 'Definition', id: 'definition-1' },
        { level: 2, text: 'Pod and you', id: 'pod-and-you' },
      ]);
    });

    it('starts the ids afresh for every body', () => {
      assert.equal(renderNoteBody('## A', options).headings[0].id, 'a');
      assert.equal(renderNoteBody('## A', options).headings[0].id, 'a');
    });

    it('slugify keeps letters, digits and CJK, drops punctuation', () => {
      assert.equal(slugify('  Hello, World! (v2) '), 'hello-world-v2');
      assert.equal(slugify('C++ 模板：特化'), 'c-模板特化');
    });
  });
});
