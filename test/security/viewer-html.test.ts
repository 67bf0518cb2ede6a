// The viewer's HTML: every hostile note, in every format, rendered as the viewer renders it and parsed as a
// browser parses it, holds only allow-listed elements, attributes and URLs.
import * as assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseFragment } from 'parse5';
import { assembleCorpus } from '../../src/core/assemble';
import { loadNotes } from '../../src/core/load';
import { renderNoteBody, type RenderOptions } from '../../src/core/render';
import { folderSource } from '../../src/cli/folder-source';
import { buildNoteView } from '../../src/vscode/preview/note-view';
import { BAD_URLS, hostileBodies, linkForms, MATH_AND_CODE, RAW_HTML, REMOTE_IMAGES, TRAVERSAL_TARGETS, writeHostileFolder } from './corpus';
import { htmlViolations, isAllowedHref } from './html-allowlist';

const root = join(__dirname, '..', '..');
const KNOWN = new Set(['pod', 'kubectl-run']);
const options: RenderOptions = { exists: (id) => KNOWN.has(id), title: (id) => (id === 'pod' ? 'Pod' : undefined) };
const render = (markdown: string) => renderNoteBody(markdown, options).html;

interface Element {
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Element[];
}
function elements(html: string): Element[] {
  const out: Element[] = [];
  const walk = (n: Element) => {
    if (n.tagName) out.push(n);
    for (const c of n.childNodes ?? []) walk(c);
  };
  walk(parseFragment(html) as unknown as Element);
  return out;
}
const attr = (e: Element, name: string) => e.attrs?.find((a) => a.name === name)?.value;

describe('security: the viewer HTML', () => {
  it('the allow-list check itself finds what it must (so a clean result means something)', () => {
    assert.ok(htmlViolations('<script>x</script>').length > 0);
    assert.ok(htmlViolations('<img src="https://evil.example/x.png">').length > 0);
    assert.ok(htmlViolations('<a href="java&#x09;script:alert(1)">x</a>').length > 0);
    assert.ok(htmlViolations('<a href="#">no data-note</a>').length > 0);
    assert.ok(htmlViolations('<span onclick="x">x</span>').length > 0);
    assert.ok(htmlViolations('<span data-style="background:url(https://x)">x</span>').length > 0);
    assert.ok(htmlViolations('<a href="https://a.example"><a href="https://b.example">x</a></a>').length === 0, 'the parser splits nested links');
    assert.ok(!isAllowedHref(' javascript:alert(1)', {}));
    assert.deepEqual(htmlViolations('<p><a class="external-link" href="https://example.com/" rel="noopener noreferrer" title="t">x</a></p>'), []);
  });

  it('escapes raw HTML: no element of it survives, its text shows', () => {
    for (const snippet of RAW_HTML) {
      const html = render(snippet);
      assert.deepEqual(htmlViolations(html), [], snippet);
      const tags = new Set(elements(html).map((e) => e.tagName));
      for (const tag of ['script', 'img', 'svg', 'iframe', 'meta', 'base', 'form', 'input', 'style', 'link', 'object', 'embed', 'details', 'video']) {
        assert.ok(!tags.has(tag), `<${tag}> from ${snippet}`);
      }
    }
    assert.match(render('<script>window.__pwned = 1</script>'), /&lt;script&gt;window\.__pwned = 1&lt;\/script&gt;/);
  });

  it('links no javascript:, vbscript:, data:, file:, vscode:, command: or relative target, in any disguise or form', () => {
    for (const url of BAD_URLS) {
      for (const form of linkForms(url)) {
        const html = render(form);
        assert.deepEqual(htmlViolations(html), [], form);
        for (const e of elements(html)) {
          assert.ok(attr(e, 'href') === undefined || isAllowedHref(attr(e, 'href')!, {}), `${form} → ${html}`);
          assert.equal(attr(e, 'src'), undefined, `${form} → ${html}`);
        }
      }
    }
  });

  it('loads no remote image: each becomes a link to open in the browser, or its words inside a link', () => {
    for (const snippet of REMOTE_IMAGES) {
      const html = render(snippet);
      assert.deepEqual(htmlViolations(html), [], snippet);
      assert.ok(!elements(html).some((e) => e.tagName === 'img'), `${snippet} → ${html}`);
    }
    const [link] = elements(render(REMOTE_IMAGES[0])).filter((e) => e.tagName === 'a');
    assert.equal(attr(link, 'href'), 'https://evil.example/pixel.png');
    assert.equal(attr(link, 'class'), 'external-link image-link');
    // An inline raster image is data, not a request: it stays an image.
    const data = elements(render('![dot](data:image/png;base64,iVBORw0KGgo=)')).find((e) => e.tagName === 'img');
    assert.equal(data && attr(data, 'src'), 'data:image/png;base64,iVBORw0KGgo=');
  });

  it('an image inside a link stays its words: no second link inside the first', () => {
    const html = render(REMOTE_IMAGES[3]);
    // parse5 splits nested links, so the allow-list cannot see one: count them in the HTML as written.
    assert.equal(html.match(/<a\b/g)?.length, 1, html);
    assert.match(html, /<a [^>]*href="https:\/\/example\.com\/"[^>]*><span class="image-link">nested<\/span><\/a>/);
  });

  it('the viewer page allows no remote image and the webview script inserts only the rendered body as HTML', () => {
    const shell = readFileSync(join(root, 'src/vscode/preview/html.ts'), 'utf8');
    const imgSrc = /`img-src ([^`]*)`/.exec(shell)?.[1];
    assert.equal(imgSrc, '${webview.cspSource} data:');
    assert.match(shell, /"default-src 'none'"/);
    assert.match(shell, /enableCommandUris: false/);
    const script = readFileSync(join(root, 'media/viewer/main.ts'), 'utf8');
    assert.deepEqual(script.match(/\.(innerHTML|outerHTML|insertAdjacentHTML)\b.*$/gm), ['.innerHTML = note.html;']);
    assert.doesNotMatch(script, /\beval\(|new Function\(|document\.write/);
  });

  it('makes [[links]] that try to leave the notes plain marked text, never a path or URL', () => {
    for (const target of TRAVERSAL_TARGETS) {
      for (const form of [`[[${target}]]`, `[[${target}|label]]`]) {
        const html = render(form);
        assert.deepEqual(htmlViolations(html), [], form);
        for (const e of elements(html)) {
          if (attr(e, 'data-note') !== undefined) assert.ok(KNOWN.has(attr(e, 'data-note')!), `${form} → ${html}`);
          // A [[…]] around a web address: linkify still makes the address an ordinary external link.
          const href = attr(e, 'href');
          if (href !== undefined) assert.ok(href === '#' || /^https:\/\/evil\.example\//.test(href), `${form} → ${html}`);
        }
      }
    }
  });

  it('typesets hostile TeX without links, images, handlers or styles from the input, and escapes code', () => {
    for (const snippet of MATH_AND_CODE) {
      const html = render(snippet);
      assert.deepEqual(htmlViolations(html), [], `${snippet} → ${html.slice(0, 300)}`);
      for (const e of elements(html)) assert.doesNotMatch(attr(e, 'data-style') ?? '', /url|expression|evil/i, snippet);
      assert.ok(!elements(html).some((e) => e.tagName === 'img' || e.tagName === 'script'), snippet);
    }
  });

  it('a code fence names a language only with a language-like word; a class only with letters, digits, - and _', () => {
    for (const snippet of MATH_AND_CODE.filter((s) => s.startsWith('```'))) {
      for (const e of elements(render(snippet))) {
        const lang = attr(e, 'data-lang');
        if (lang !== undefined) assert.match(lang, /^[a-z0-9_+#.-]{1,40}$/, `${snippet} → data-lang="${lang}"`);
      }
    }
    for (const info of ['c++', 'c#', '1.', 'node.js']) {
      const html = render(`\`\`\`${info}\nx\n\`\`\``);
      assert.deepEqual(htmlViolations(html), [], `${info} → ${html}`);
      const [code] = elements(html).filter((e) => e.tagName === 'code');
      assert.equal(attr(code, 'class'), 'hljs', info);
      assert.equal(attr(elements(html).find((e) => e.tagName === 'pre')!, 'data-lang'), info);
    }
    assert.equal(attr(elements(render('```my_lang-2\nx\n```')).find((e) => e.tagName === 'code')!, 'class'), 'hljs language-my_lang-2');
  });

  it('holds only allow-listed HTML for every hostile note of a notes folder: strict notes, team notes and glossary terms', async () => {
    const dir = writeHostileFolder();
    try {
      const loaded = await loadNotes(folderSource(dir), 'user', { glossaries: true });
      const corpus = assembleCorpus(undefined, [loaded]);
      const notes = corpus.all();
      // Every kind of file gave notes (a parser that dropped them all would pass vacuously).
      assert.ok(notes.some((n) => n.id.startsWith('hostile-strict-')), 'strict notes');
      assert.ok(notes.some((n) => n.file.includes('plain ')), 'plain team notes');
      assert.ok(notes.some((n) => n.file.includes('front-')), 'team notes with frontmatter');
      assert.ok(notes.filter((n) => n.file.endsWith('terms.glossary.yml')).length > 20, 'glossary terms');
      for (const note of notes) {
        for (const lang of ['zh', 'en'] as const) {
          const view = await buildNoteView(corpus, note, lang, { render: renderNoteBody });
          assert.deepEqual(htmlViolations(view.html), [], `${note.id} (${lang})`);
          for (const e of elements(view.html)) {
            const linked = attr(e, 'data-note');
            if (linked !== undefined) assert.ok(corpus.get(linked), `${note.id} links to ${linked}, which is no note`);
          }
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('all hostile bodies at once still render to allow-listed HTML', () => {
    assert.deepEqual(htmlViolations(render(hostileBodies().join('\n\n'))), []);
  });
});
