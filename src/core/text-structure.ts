/**
 * What parts of a document are text to match, and as what: Markdown's fences switch the language,
 * its link targets, URLs, HTML tags and front-matter keys are not text; comments in code are prose.
 * Line-based passes with no rendering: they run on every document scan.
 */
import { languageIdForPath } from './languages';
import { displayMathClose, inlineMathClose, opensInlineMath } from './tex-math';

export interface Segment {
  from: number;
  to: number;
  languageId: string;
  prose: boolean;
}

const FENCE_LANGUAGES: Record<string, string> = {
  golang: 'go', py: 'python', python3: 'python', py3: 'python', ipython: 'python', pycon: 'python', node: 'javascript',
  js: 'javascript', javascript: 'javascript', ts: 'typescript', typescript: 'typescript', tsx: 'typescriptreact',
  jsx: 'javascriptreact', sh: 'shellscript', bash: 'shellscript', shell: 'shellscript', zsh: 'shellscript',
  console: 'shellscript', 'shell-session': 'shellscript', shellsession: 'shellscript', terminal: 'shellscript',
  powershell: 'powershell', ps1: 'powershell', yml: 'yaml', yaml: 'yaml', json: 'json', jsonc: 'jsonc', json5: 'json',
  c: 'c', h: 'c', cpp: 'cpp', 'c++': 'cpp', cc: 'cpp', cxx: 'cpp', hpp: 'cpp', java: 'java', kotlin: 'kotlin',
  kt: 'kotlin', sql: 'sql', mysql: 'sql', postgresql: 'sql', postgres: 'sql', psql: 'sql', plsql: 'sql', css: 'css',
  scss: 'scss', less: 'less', html: 'html', xml: 'xml', rust: 'rust', rs: 'rust', go: 'go', text: 'plaintext',
  txt: 'plaintext', plain: 'plaintext', plaintext: 'plaintext', markdown: 'markdown', md: 'markdown', diff: 'diff',
  dockerfile: 'dockerfile', docker: 'dockerfile', makefile: 'makefile', make: 'makefile', toml: 'toml', ini: 'ini',
  ets: 'typescript', arkts: 'typescript', vue: 'vue', csharp: 'csharp', 'c#': 'csharp', cs: 'csharp', ruby: 'ruby',
  rb: 'ruby', php: 'php', swift: 'swift', lua: 'lua', r: 'r', dart: 'dart', scala: 'scala', proto: 'proto3',
  protobuf: 'proto3', graphql: 'graphql', terraform: 'terraform', tf: 'terraform', hcl: 'terraform', math: 'latex', latex: 'latex', tex: 'latex',
  // VS Code's own language ids, as info strings use them (```python is the most common fence of all).
  python: 'python', shellscript: 'shellscript', javascriptreact: 'javascriptreact', typescriptreact: 'typescriptreact',
  haskell: 'haskell', 'objective-c': 'objective-c', objc: 'objective-c', objectivec: 'objective-c',
  'objective-cpp': 'objective-cpp', groovy: 'groovy', gradle: 'groovy', jenkinsfile: 'jenkinsfile', cuda: 'cuda-cpp', cu: 'cuda-cpp',
  'cuda-cpp': 'cuda-cpp', perl: 'perl', julia: 'julia', clojure: 'clojure', fsharp: 'fsharp', 'f#': 'fsharp',
  bat: 'bat', batch: 'bat', cmd: 'bat', hlsl: 'hlsl', glsl: 'glsl', wgsl: 'wgsl', kts: 'kotlin', svelte: 'svelte',
  // Vue's docs fence every template as vue-html: HTML with bindings (`:active="…"` is an attribute, not CSS).
  'vue-html': 'html',
  // Angular's docs fence components with inline templates as angular-ts, and templates as angular-html.
  'angular-ts': 'typescript', 'angular-html': 'html',
  // Diagrams are code of their own (`flowchart LR`, `participant`), not prose; their labels still take plain terms.
  mermaid: 'mermaid', plantuml: 'plantuml', puml: 'plantuml', dot: 'dot', graphviz: 'dot',
};

/** The VS Code language id of a fenced block's info string (` ```go title="x" ` → go); plaintext if unknown. */
export function languageIdForFence(info: string): string {
  const word = fenceInfoWord(info);
  if (word === '') return 'plaintext';
  const known = languageOfInfoWord(word);
  if (known !== 'plaintext') return known;
  // A language with the file's name or a line range after `:` or `/` (```js:index.js of Zenn and Qiita, ```javascript/9-22).
  const cut = word.search(/[:/]/);
  return cut > 0 ? languageOfInfoWord(word.slice(0, cut)) : 'plaintext';
}

function languageOfInfoWord(word: string): string {
  return FENCE_LANGUAGES[word] ?? (languageIdForPath(`x.${word}`) !== 'plaintext' ? languageIdForPath(`x.${word}`) : 'plaintext');
}

/** The word an info string names its language with (`go` of ` ```go title="x" `, `rust` of `{.rust}`), lower-cased; '' if none. */
function fenceInfoWord(info: string): string {
  return /^\{?\.?([^\s{},`]+)/.exec(info.trim())?.[1]?.toLowerCase() ?? '';
}

const PROSE_IN_FENCE = new Set(['plaintext', 'markdown']);

/**
 * A Compose file's top level: `services:` holding a map of services (GitLab CI's top-level `services:` is a list of
 * images, `- postgres:16`).
 */
const COMPOSE_SERVICES = /^services:[ \t]*(?:#.*)?\r?\n(?:[ \t]*(?:#.*)?\r?\n)*[ \t]+[\w.-]+:[ \t]*(?:#.*)?\r?$/m;

/** A ```yaml fence that is a Compose file is matched as VS Code matches a compose.yaml (its `dockercompose` id). */
function fenceLanguage(languageId: string, body: string): string {
  return languageId === 'yaml' && COMPOSE_SERVICES.test(body) ? 'dockercompose' : languageId;
}

/**
 * Spans inside one Markdown line that are never text: pandoc-crossref ids (`[@sec:secOverview]`, `@fig:CallStacks`),
 * an image's alt text that is a file name (`![jvm_gc_detail1](…)`,
 * `![container-layer.png](…)`, Typora's `![image-20230101…](…)`), link destinations and reference definitions (an image path
 * with spaces too, as Typora writes them: `![](images/Unity Shader/GPU.png)`, not a link for CommonMark),
 * autolinks and HTML tags with their attributes, bare URLs, heading ids, Hugo shortcodes (minus their
 * visible `text="…"`). Pairs of [start, end) offsets relative to the line.
 */
const INLINE_HOLES = /(?<![\w.])@(?:sec|fig|tbl|eq|lst|apx):[\w:-]+|!\[(?=[^\]\s]*_|[^\]\s]*\.(?:png|PNG|jpe?g|JPE?G|gif|GIF|svg|SVG|webp|bmp)\]|image-?\d)[^\]\s]+(?=\])|\]\((?:[^()\s]|\([^()]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\)|\]\[[^\]\n]*\]|\]\([^()\n]*?\.(?:png|PNG|jpe?g|JPE?G|gif|GIF|svg|SVG|webp|bmp)\)|^\s{0,3}\[[^\]]+\]:.*$|<!--.*?(?:-->|$)|<\/?[A-Za-z][^<>]*>|\b(?:https?|ftp|file):\/\/[^\s<>()[\]"'`]+|\bwww\.[A-Za-z0-9-]+\.[^\s<>()[\]"'`]+|\bmailto:[^\s<>()]+|\b(?:[a-z0-9-]+\.)+(?:com|org|io|net|dev|cn|edu|gov|co|me|sh|ai)\/[^\s<>()[\]"'`]*|\{#[^}]*\}|\{\/\*.*?\*\/\}|\{\{[<%].*?[%>]\}\}/g;
const HOLE_HINT = /[<\]{:$]|www\./;
const SHORTCODE_TEXT = /\btext="([^"]*)"/g;

function lineHoles(line: string): number[] {
  if (!HOLE_HINT.test(line)) return [];
  const holes: number[] = [];
  // A code span binds before HTML (CommonMark): `<KeepAlive>` is code, not a tag.
  const spans = line.includes('`') ? codeSpans(line, 'markdown') : [];
  const math = line.includes('$') ? mathSpans(line, spans) : [];
  INLINE_HOLES.lastIndex = 0;
  for (let m = INLINE_HOLES.exec(line); m !== null; m = INLINE_HOLES.exec(line)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0][0] === '<' && insideRange(spans, start)) {
      INLINE_HOLES.lastIndex = start + 1;
      continue;
    }
    if (m[0].startsWith('{{')) {
      // A shortcode is markup, but its text="…" is what the reader sees.
      let at = start;
      SHORTCODE_TEXT.lastIndex = 0;
      for (let t = SHORTCODE_TEXT.exec(m[0]); t !== null; t = SHORTCODE_TEXT.exec(m[0])) {
        const textStart = start + t.index + t[0].indexOf('"') + 1;
        holes.push(at, textStart);
        at = textStart + t[1].length;
      }
      holes.push(at, end);
    } else {
      // Keep the link text: `](` belongs to the hole only from the `(`, a reference link's `][label]` from the `[`.
      holes.push(m[0].startsWith('](') || m[0].startsWith('][') ? start + 1 : start, end);
    }
    if (m[0].length === 0) INLINE_HOLES.lastIndex++;
  }
  return math.length === 0 ? holes : mergeRanges(holes, math);
}

/**
 * TeX in a Markdown line, as the viewer typesets it (tex-math.ts: `$$…$$`, and `$…$` by Pandoc's rules, so
 * "$5 and $10" stays text). `\lambda` or `\sigma` there is a formula, not a mention. Pairs of [start, end), outside code spans.
 */
function mathSpans(line: string, codeSpanRanges: readonly number[]): number[] {
  const out: number[] = [];
  // Once a search found no closing `$` (or `$$`) after some point, later openings do not search again (else "$a "
  // repeated would make every opening scan to the line's end).
  let noCloseAfter = line.length;
  let noDoubleAfter = line.length;
  for (let start = line.indexOf('$'); start >= 0; start = line.indexOf('$', start + 1)) {
    if ((start > 0 && line.charCodeAt(start - 1) === 0x5c) || insideRange(codeSpanRanges, start)) continue;
    let end = -1;
    if (line.charCodeAt(start + 1) === 0x24) {
      if (start < noDoubleAfter) {
        const close = displayMathClose(line, start);
        if (close >= 0) end = close + 2;
        else if (line.indexOf('$$', start + 2) < 0) noDoubleAfter = start;
      }
    } else if (start < noCloseAfter && opensInlineMath(line, start, line.length)) {
      const close = inlineMathClose(line, start + 1, line.length);
      if (close < 0) noCloseAfter = start;
      else end = close + 1;
    }
    if (end < 0) continue;
    out.push(start, end);
    start = end - 1;
  }
  return out;
}

/** Two sorted lists of [start, end) pairs as one, sorted by start (overlaps are left to the reader). */
function mergeRanges(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] <= b[j])) out.push(a[i++], a[i++]);
    else out.push(b[j++], b[j++]);
  }
  return out;
}

/** Whether offset lies in one of the sorted [start, end) pairs. */
export function insideRange(ranges: readonly number[], offset: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[2 * mid + 1] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length / 2 && ranges[2 * lo] <= offset;
}

/**
 * The segments of a Markdown document: prose (with holes cut out) and fenced code blocks in their
 * info string's language. A block comment `<!-- … -->` over several lines is left out whole.
 */
export function markdownSegments(text: string): Segment[] {
  const out: Segment[] = [];
  const prose = proseWriter(out, 'markdown');
  let lineStart = 0;
  let fence: { marker: string; languageId: string; bodyStart: number } | undefined;
  let inComment = false;
  // Inside a $$ … $$ block of TeX spread over lines.
  let inMath = false;
  let frontMatter: string | undefined;
  let lineNo = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const next = lineEnd + 1;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (lineNo === 0 && (line === '---' || line === '+++')) {
      frontMatter = line;
    } else if (frontMatter !== undefined) {
      if (line === frontMatter || (frontMatter === '---' && line === '...')) {
        frontMatter = undefined;
      } else {
        // Keys are structure; values are text.
        const colon = /^\s*(?:-\s+)?[^\s:#][^:]*?\s*[:=](?:\s|$)/.exec(line);
        const valueStart = colon ? lineStart + colon[0].length : lineStart;
        prose(valueStart, lineEnd);
      }
    } else if (fence) {
      const close = /^\s{0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (close && close[1][0] === fence.marker[0] && close[1].length >= fence.marker.length) {
        if (lineStart > fence.bodyStart) {
          pushFence(fenceLanguage(fence.languageId, text.slice(fence.bodyStart, lineStart)), fence.bodyStart, lineStart - 1);
        }
        fence = undefined;
      }
    } else if (inMath) {
      const close = line.indexOf('$$');
      if (close >= 0) {
        inMath = false;
        pushLine(lineStart + close + 2, lineEnd, line.slice(close + 2));
      }
    } else if (inComment) {
      const close = line.indexOf('-->');
      if (close >= 0) {
        inComment = false;
        pushLine(lineStart + close + 3, lineEnd, line.slice(close + 3));
      }
    } else {
      const open = /^\s{0,3}(`{3,}|~{3,})(.*)$/.exec(line);
      const mathOpen = /^\s{0,3}\$\$/.exec(line);
      if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
        fence = { marker: open[1], languageId: languageIdForFence(open[2]), bodyStart: next };
      } else if (mathOpen && !line.includes('$$', mathOpen[0].length)) {
        inMath = true;
      } else {
        const commentAt = line.indexOf('<!--');
        if (commentAt >= 0 && line.indexOf('-->', commentAt + 4) < 0 && !(line.includes('`') && insideRange(codeSpans(line, 'markdown'), commentAt))) {
          inComment = true;
          pushLine(lineStart, lineStart + commentAt, line.slice(0, commentAt));
        } else {
          pushLine(lineStart, lineEnd, line);
        }
      }
    }
    lineStart = next;
    lineNo++;
  }
  // An unclosed fence runs to the end of the document, as CommonMark says.
  if (fence && text.length > fence.bodyStart) {
    pushFence(fenceLanguage(fence.languageId, text.slice(fence.bodyStart)), fence.bodyStart, text.length);
  }
  return out;

  function pushLine(from: number, to: number, line: string): void {
    pushWithHoles(prose, from, Math.min(to + 1, text.length), lineHoles(line));
  }

  /** A fenced block's body [from, to): a segment of its language (prose for a text fence), a Mermaid diagram line by line. */
  function pushFence(languageId: string, from: number, to: number): void {
    if (languageId === 'mermaid') pushDiagram(from, to);
    else if (languageId === 'shellscript' && SESSION_PROMPT_LINE.test(text.slice(from, to))) pushShellSession(from, to);
    else out.push({ from, to, languageId, prose: PROSE_IN_FENCE.has(languageId) });
  }

  // A console session (some lines start with a `$ ` prompt): the prompt lines and their `\` continuations are shell,
  // the rest is what the commands printed (blind audit bx: `ip link` output's `<BROADCAST,UP>` read as redirections).
  function pushShellSession(from: number, to: number): void {
    let continued = false;
    for (let at = from; at < to; ) {
      let end = text.indexOf('\n', at);
      if (end < 0 || end > to) end = to;
      const line = text.slice(at, end);
      const command: boolean = continued || SESSION_PROMPT_LINE.test(line);
      if (end > at) out.push({ from: at, to: end, languageId: command ? 'shellscript' : 'plaintext', prose: !command });
      continued = command && /\\\s*$/.test(line);
      at = end + 1;
    }
  }

  // A Mermaid diagram is code of its own (its labels match plain terms, `A[负载均衡] --> B[Pod]`); the statement that
  // starts a line (`graph LR`, `subgraph`, `participant`) is its syntax (blind audit ar: `graph TB` was the graph data structure).
  // A node given a label (`S3[(数据库)]`, `participant A as Alice`) is named by an id: the id is no text, wherever it
  // stands (`S1 & S2 & S3 --> E1`); the labels are. A node without a label shows its id, which stays text.
  function pushDiagram(from: number, to: number): void {
    const body = text.slice(from, to);
    const labelled = labelledDiagramIds(body);
    for (let at = from; at < to; ) {
      let end = text.indexOf('\n', at);
      if (end < 0 || end > to) end = to;
      const keyword = MERMAID_STATEMENT.exec(text.slice(at, end));
      const codeFrom = keyword ? at + keyword[0].length : at;
      const holes = labelled.size > 0 ? diagramIdHoles(text.slice(codeFrom, end), labelled) : [];
      pushWithHoles((a, b) => {
        if (b > a) out.push({ from: a, to: b, languageId: 'mermaid', prose: false });
      }, codeFrom, end, holes);
      at = end + 1;
    }
  }
}

/** A console session's prompt line: `$ command` at the start of a line. */
const SESSION_PROMPT_LINE = /^[ \t]*\$[ \t]+\S/m;

const MERMAID_STATEMENT =
  /^\s*(?:graph|flowchart|subgraph|end|sequenceDiagram|classDiagram|stateDiagram(?:-v2)?|erDiagram|journey|gantt|pie|gitGraph|mindmap|timeline|quadrantChart|participant|actor|loop|alt|else|opt|par|and|rect|critical|break|note|section|title|class|state|direction|style|classDef|linkStyle|click|dateFormat|axisFormat)\b(?:\s+(?:TB|TD|BT|RL|LR)\b)?/i;

/** `participant A as Alice`: a participant named by an id, with a label. */
const ALIASED_PARTICIPANT = /^[ \t]*(?:participant|actor)[ \t]+([\p{L}\p{N}_]+)[ \t]+as\b/gimu;

/** The diagrams whose nodes have ids apart from their labels (a class or an ER diagram shows its names). */
const MERMAID_LABELLED_DIAGRAM = /^\s*(?:%%.*\n\s*)*(?:graph|flowchart|sequenceDiagram|stateDiagram(?:-v2)?)\b/i;

/** The ids of the nodes given a label (`A[Label]`, `B(Label)`, `C{Label}`, `S3[(Label)]`, `participant A as Alice`). */
function labelledDiagramIds(body: string): Set<string> {
  const ids = new Set<string>();
  if (!MERMAID_LABELLED_DIAGRAM.test(body)) return ids;
  for (const line of body.split('\n')) {
    forEachDiagramName(line, (start, end) => {
      const next = line.charCodeAt(end);
      if (next === 0x5b || next === 0x28 || next === 0x7b) ids.add(line.slice(start, end));
    });
  }
  for (const m of body.matchAll(ALIASED_PARTICIPANT)) ids.add(m[1]);
  return ids;
}

/** The offsets (pairs) of a diagram line's labelled node ids (blind audit bx: the id `S3` of `S3[(数据库)]` read as Amazon S3). */
function diagramIdHoles(line: string, labelled: ReadonlySet<string>): number[] {
  const holes: number[] = [];
  forEachDiagramName(line, (start, end) => {
    if (labelled.has(line.slice(start, end))) holes.push(start, end);
  });
  return holes;
}

/**
 * Calls `visit` with each name of a diagram line outside its labels (`[...]`, `(...)`, `{...}`, `|...|`, quotes: `A[call
 * f(x)]` gives A, not f), up to a `:` that starts a message or a description (`:::class` is syntax).
 */
function forEachDiagramName(line: string, visit: (start: number, end: number) => void): void {
  const closers: number[] = [];
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (closers.length > 0) {
      if (c === closers[closers.length - 1]) closers.pop();
      else if (c === 0x5b || c === 0x28 || c === 0x7b) closers.push(c === 0x5b ? 0x5d : c === 0x28 ? 0x29 : 0x7d);
      continue;
    }
    if (c === 0x3a && line.charCodeAt(i + 1) !== 0x3a) return;
    if (c === 0x5b) closers.push(0x5d);
    else if (c === 0x28) closers.push(0x29);
    else if (c === 0x7b) closers.push(0x7d);
    else if (c === 0x7c || c === 0x22) closers.push(c);
    else if (isIdChar(c)) {
      const start = i;
      while (i + 1 < line.length && isIdChar(line.charCodeAt(i + 1))) i++;
      visit(start, i + 1);
    }
  }
}

/** A letter, digit or underscore (of any script: a node may be named 客户端). */
function isIdChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}

/** Adds prose segments of `languageId` to `out`, each merged into the one it continues. */
function proseWriter(out: Segment[], languageId: string): (from: number, to: number) => void {
  return (from, to) => {
    if (to <= from) return;
    const last = out[out.length - 1];
    if (last && last.prose && last.languageId === languageId && last.to === from) last.to = to;
    else out.push({ from, to, languageId, prose: true });
  };
}

/**
 * A line [from, to) as prose with its holes (offsets from `from`, in pairs) left out. `to` takes in the newline, so
 * that consecutive lines merge into one scan.
 */
function pushWithHoles(prose: (from: number, to: number) => void, from: number, to: number, holes: readonly number[]): void {
  let at = from;
  for (let k = 0; k < holes.length; k += 2) {
    if (from + holes[k] > at) prose(at, from + holes[k]);
    at = Math.max(at, from + holes[k + 1]);
  }
  prose(at, to);
}

/** Directives whose content is code of a language: `.. code-block:: go`; the doctest ones hold Python. */
const RST_CODE_DIRECTIVES = new Set(['code-block', 'code', 'sourcecode']);
const RST_PYTHON_DIRECTIVES = new Set(['doctest', 'testcode', 'testsetup', 'testcleanup', 'testoutput', 'ipython', 'jupyter-execute']);
/** Directives whose content is text (admonitions, tables, figures' captions); their arguments are text only for these. */
const RST_TEXT_ARGUMENT_DIRECTIVES = new Set(['note', 'warning', 'tip', 'hint', 'important', 'caution', 'danger', 'error', 'attention', 'admonition', 'seealso', 'topic', 'sidebar', 'rubric', 'versionadded', 'versionchanged', 'deprecated', 'versionremoved', 'glossary', 'centered', 'hlist', 'epigraph', 'highlights', 'pull-quote', 'container', 'compound', 'line-block', 'todo', 'dropdown', 'card', 'tab', 'tab-item', 'group-tab']);
/** Directives whose arguments and content are no text: paths, API names, raw markup, TeX. (`only` and `ifconfig` hold text under a build-tag expression.) */
const RST_OPAQUE_DIRECTIVES = new Set(['toctree', 'include', 'literalinclude', 'raw', 'math', 'image', 'index', 'currentmodule', 'module', 'automodule', 'autoclass', 'autofunction', 'automethod', 'autoattribute', 'autosummary', 'autodata', 'autoexception', 'graphviz', 'mermaid', 'kernel-doc', 'kernel-include', 'kernel-feat', 'kernel-abi', 'tabularcolumns', 'meta', 'contents', 'sectnum', 'default-role', 'role', 'class', 'title']);
const RST_EXPLICIT_MARKUP = /^[ \t]*\.\.(?:[ \t]|$)/;
/** `.. name:: argument` and `.. |sub| name:: argument`; the name may carry a domain (`.. c:function::`). */
const RST_DIRECTIVE = /^[ \t]*\.\.[ \t]+(\|[^|]+\|[ \t]+)?([\w+.-]+(?::[\w+.-]+)*)::(?=[ \t]|$)[ \t]*(.*)$/;
const RST_FOOTNOTE = /^[ \t]*\.\.[ \t]+\[[^\]\s]+\](?:[ \t]+|$)/;
const RST_FIELD = /^[ \t]+:[^:\s][^:]*:(?:[ \t]|$)/;
/**
 * In a line of reStructuredText, what is markup and no text: `:ref:`/`:doc:` roles (wholly, or their `<label>` and
 * name where they have a text), a hyperlink's `<target>`_, any other role's name (its content is a code span), and
 * a substitution reference (`|version|`), a footnote or citation reference (`[#note]_`, `[Knuth1997]_`).
 */
const RST_INLINE_HOLES = /:(?:std:)?(?:ref|doc|numref|download|any|eq):`([^`\n]*)`|<[^<>`\s][^<>`\n]*>`_{1,2}|:[\w+.-]+(?::[\w+.-]+)*:(?=`)|(?<![\w|])\|[^|\s\n](?:[^|\n]*[^|\s\n])?\|(?![\w|])|\[[^\]\s]+\]_(?!\w)/g;

/** A line's indentation in columns (a tab goes to the next multiple of 8, as docutils reads it); -1 for a blank line. */
function indentOf(line: string): number {
  let col = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x20) col++;
    else if (c === 0x09) col = (col + 8) & ~7;
    else if (c !== 0x0d) return col;
  }
  return -1;
}

function rstLineHoles(line: string): number[] {
  const holes: number[] = [];
  if (!line.includes(':') && !line.includes('|') && !line.includes('<') && !line.includes(']_')) return holes;
  RST_INLINE_HOLES.lastIndex = 0;
  for (let m = RST_INLINE_HOLES.exec(line); m !== null; m = RST_INLINE_HOLES.exec(line)) {
    const start = m.index;
    const end = start + m[0].length;
    const target = m[1] === undefined ? -1 : m[0].lastIndexOf('<');
    if (m[1] !== undefined && target > m[0].indexOf('`') && m[0].endsWith('>`')) {
      // `:ref:`Text <label>``: the text stays.
      holes.push(start, start + m[0].indexOf('`') + 1, start + target, end);
    } else holes.push(start, end);
  }
  return holes;
}

/**
 * The segments of a reStructuredText document (Sphinx docs, the Linux kernel's Documentation): prose, and the
 * content of `.. code-block:: lang` and of doctests as code of its language. A `::` literal block is code of the
 * language `.. highlight::` set, and prose while none is set (like an unlabelled Markdown fence). Directive names
 * and options, comments, hyperlink targets, substitution definitions and the content of opaque directives
 * (toctree paths, `.. math::`) are left out, a footnote's label too (not its text); in a line, see RST_INLINE_HOLES.
 */
export function restructuredTextSegments(text: string): Segment[] {
  const out: Segment[] = [];
  const prose = proseWriter(out, 'restructuredtext');
  let highlight: string | undefined;
  /**
   * The construct being read, whose lines are blank or indented deeper than `indent`: left out (`skip`), code
   * (`code`: options first, then the content from `from` to `to`), or a directive's options before its text content.
   */
  let block: { indent: number; kind: 'skip' | 'code' | 'options'; languageId?: string; from: number; to: number } | undefined;
  /** A doctest block (`>>>` lines) runs to the next blank line. */
  let doctest: { from: number; to: number } | undefined;
  /** Indentation of the paragraph that ended with `::` while a highlight language is set, or -1. */
  let literalAfter = -1;
  const pushCode = (from: number, to: number, languageId: string) => {
    if (to > from) out.push({ from, to, languageId: fenceLanguage(languageId, text.slice(from, to)), prose: false });
  };
  for (let lineStart = 0; lineStart <= text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const next = lineEnd + 1;
    const line = text.slice(lineStart, lineEnd);
    const indent = indentOf(line);
    if (doctest) {
      if (indent >= 0) {
        doctest.to = lineEnd;
        lineStart = next;
        continue;
      }
      pushCode(doctest.from, doctest.to, 'python');
      doctest = undefined;
    }
    if (block && (indent < 0 || indent > block.indent) && !(block.kind === 'options' && (indent < 0 || !RST_FIELD.test(line)))) {
      if (block.kind === 'code' && indent >= 0) {
        // A code directive's options (`:linenos:`) come before its content.
        if (block.to === block.from && RST_FIELD.test(line)) block.from = block.to = next;
        else block.to = lineEnd;
      } else if (block.kind === 'code' && block.to === block.from) block.from = block.to = next;
      lineStart = next;
      continue;
    }
    if (block?.kind === 'code') pushCode(block.from, block.to, block.languageId!);
    block = undefined;
    if (literalAfter >= 0 && indent >= 0) {
      if (indent > literalAfter) {
        block = { indent: literalAfter, kind: 'code', languageId: highlight, from: lineStart, to: lineEnd };
        literalAfter = -1;
        lineStart = next;
        continue;
      }
      literalAfter = -1;
    }
    const footnote = RST_FOOTNOTE.exec(line);
    if (footnote) {
      // A footnote or citation (`.. [1] text`, `.. [Knuth1997] text`): its label is markup, its text is text.
      pushLine(lineStart + footnote[0].length, lineEnd, line.slice(footnote[0].length));
    } else if (RST_EXPLICIT_MARKUP.test(line)) {
      const directive = RST_DIRECTIVE.exec(line);
      const name = directive?.[2].toLowerCase().replace(/^\w+:/, '');
      const argument = directive?.[3].trim() ?? '';
      if (name === undefined || directive![1] !== undefined || RST_OPAQUE_DIRECTIVES.has(name)) {
        // A comment, a hyperlink target (`.. _label:`), a substitution definition or an opaque directive.
        block = { indent, kind: 'skip', from: next, to: next };
      } else if (RST_CODE_DIRECTIVES.has(name) || RST_PYTHON_DIRECTIVES.has(name) || (name === 'parsed-literal' && highlight)) {
        const languageId = RST_PYTHON_DIRECTIVES.has(name) ? 'python' : RST_CODE_DIRECTIVES.has(name) && argument ? languageIdForFence(argument) : highlight;
        block = languageId && !PROSE_IN_FENCE.has(languageId) ? { indent, kind: 'code', languageId, from: next, to: next } : { indent, kind: 'options', from: next, to: next };
      } else if (name === 'highlight') {
        highlight = argument ? languageIdForFence(argument) : undefined;
        if (highlight && PROSE_IN_FENCE.has(highlight)) highlight = undefined;
        block = { indent, kind: 'skip', from: next, to: next };
      } else {
        // Any other directive: its name and options are markup, its content is text, and so is an admonition's title.
        if (RST_TEXT_ARGUMENT_DIRECTIVES.has(name) && argument) pushLine(lineEnd - directive![3].length, lineEnd, directive![3]);
        block = { indent, kind: 'options', from: next, to: next };
      }
    } else if (indent >= 0 && line.trimStart().startsWith('>>>')) {
      doctest = { from: lineStart, to: lineEnd };
    } else {
      if (indent >= 0 && highlight && /(?:^|[^\\])::[ \t]*\r?$/.test(line)) literalAfter = indent;
      pushLine(lineStart, lineEnd, line);
    }
    lineStart = next;
  }
  if (doctest) pushCode(doctest.from, doctest.to, 'python');
  if (block?.kind === 'code') pushCode(block.from, block.to, block.languageId!);
  return out;

  function pushLine(from: number, to: number, line: string): void {
    pushWithHoles(prose, from, Math.min(to + 1, text.length), rstLineHoles(line));
  }
}

interface CommentSyntax {
  line: readonly string[];
  block: readonly (readonly [string, string])[];
  /** Python's """docstrings""" are prose too. */
  docstrings?: boolean;
  /** A line comment marker must follow whitespace or start the line (`#` in shell: not `${#a}`). */
  lineNeedsSpace?: boolean;
}

const C_LIKE: CommentSyntax = { line: ['//'], block: [['/*', '*/']] };
const HASH: CommentSyntax = { line: ['#'], block: [], lineNeedsSpace: true };
const COMMENTS: Record<string, CommentSyntax> = {
  c: C_LIKE, cpp: C_LIKE, java: C_LIKE, javascript: C_LIKE, typescript: C_LIKE, javascriptreact: C_LIKE,
  typescriptreact: C_LIKE, go: C_LIKE, rust: C_LIKE, csharp: C_LIKE, kotlin: C_LIKE, swift: C_LIKE, scala: C_LIKE,
  dart: C_LIKE, php: { line: ['//', '#'], block: [['/*', '*/']] }, proto3: C_LIKE, jsonc: C_LIKE, 'cuda-cpp': C_LIKE,
  hlsl: C_LIKE, glsl: C_LIKE, wgsl: C_LIKE, groovy: C_LIKE, jenkinsfile: C_LIKE,
  terraform: { line: ['#', '//'], block: [['/*', '*/']] },
  css: { line: [], block: [['/*', '*/']] }, scss: C_LIKE, less: C_LIKE,
  python: { line: ['#'], block: [], docstrings: true }, shellscript: HASH, yaml: HASH, 'github-actions-workflow': HASH, ruby: HASH, perl: HASH, r: HASH,
  toml: HASH, dockerfile: HASH, makefile: HASH, properties: HASH, ini: { line: [';', '#'], block: [], lineNeedsSpace: true },
  sql: { line: ['--', '#'], block: [['/*', '*/']], lineNeedsSpace: true }, lua: { line: ['--'], block: [['--[[', ']]']] }, cmake: { line: ['#'], block: [['#[[', ']]']] },
  html: { line: [], block: [['<!--', '-->']] }, xml: { line: [], block: [['<!--', '-->']] }, svelte: { line: [], block: [['<!--', '-->']] }, vue: { line: ['//'], block: [['<!--', '-->'], ['/*', '*/']] },
};

const INTERESTING = new Map<CommentSyntax, RegExp>();

/** The characters that may open a comment or a string in this syntax, as a character class. */
function interestingOf(syntax: CommentSyntax): RegExp {
  let re = INTERESTING.get(syntax);
  if (!re) {
    const chars = new Set(['"', "'", ...syntax.line.map((m) => m[0]), ...syntax.block.map((b) => b[0][0])]);
    if (syntax === C_LIKE) chars.add('`');
    re = new RegExp(`[${[...chars].map((c) => `\\${c}`).join('')}]`, 'g');
    INTERESTING.set(syntax, re);
  }
  return re;
}

export function hasCommentSyntax(languageId: string): boolean {
  return languageId in COMMENTS;
}

/** Languages whose string literals are text a program handles (messages, names), not code to run. */
// SQL's 'strings' are values (`SELECT 'schema in use'` holds no IN or USE); its "quoted identifiers" are names, no code either.
// Terraform's strings are values and descriptions (`description = "the OIDC provider"`), its keywords bare words.
const DATA_STRINGS = new Set(['c', 'cpp', 'java', 'javascript', 'typescript', 'javascriptreact', 'typescriptreact', 'go', 'rust', 'csharp', 'kotlin', 'swift', 'scala', 'dart', 'php', 'python', 'sql', 'terraform']);
/** ...and of those, where a single quote opens a string (elsewhere it is a character or a Rust lifetime). */
const SINGLE_QUOTE_STRINGS = new Set(['javascript', 'typescript', 'javascriptreact', 'typescriptreact', 'dart', 'php', 'python', 'sql']);

/** ...and where a longer closed '…' on one line is a multi-character constant (no Rust lifetime). */
const MULTI_CHAR_CONSTANTS = new Set(['c', 'cpp']);

/** The quote of a language's strings with `${…}` interpolations: JavaScript's template literals, Kotlin's, Dart's and Terraform's strings. */
const TEMPLATE_QUOTES: Record<string, number> = { javascript: 0x60, typescript: 0x60, javascriptreact: 0x60, typescriptreact: 0x60, kotlin: 0x22, dart: 0x22, terraform: 0x22 };

/**
 * A string literal with interpolations as literal ranges around them: the expression in `${a?.b ?? c}` is code
 * (its operators and keywords count), the text around it is not.
 */
function pushTemplateLiteral(literals: number[], text: string, start: number, end: number): void {
  let at = start;
  // `${` is looked for inside the literal only: indexOf would search on to the end of the document for each
  // literal without one.
  for (let k = nextInterpolation(text, start, end); k >= 0; k = nextInterpolation(text, k, end)) {
    if (text.charCodeAt(k - 1) === 0x5c) {
      k += 2;
      continue;
    }
    let depth = 0;
    let close = k + 1;
    for (; close < end; close++) {
      const c = text.charCodeAt(close);
      if (c === 0x7b) depth++;
      else if (c === 0x7d && --depth === 0) break;
    }
    if (close >= end) break;
    literals.push(at, k + 2);
    pushQuotedStrings(literals, text, k + 2, close);
    at = close;
    k = close + 1;
  }
  if (end > at) literals.push(at, end);
}

/** The '…' and "…" strings of an interpolation's expression (`${err ?? 'unknown error'}`): text, not code. */
function pushQuotedStrings(literals: number[], text: string, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const quote = text.charCodeAt(i);
    if (quote !== 0x27 && quote !== 0x22) continue;
    let j = i + 1;
    while (j < to && text.charCodeAt(j) !== quote) j += text.charCodeAt(j) === 0x5c ? 2 : 1;
    if (j >= to) return;
    literals.push(i, j + 1);
    i = j;
  }
}

/** Where the next `${` in text[from, end) starts, or -1. */
function nextInterpolation(text: string, from: number, end: number): number {
  for (let k = from; k + 1 < end; k++) if (text.charCodeAt(k) === 0x24 && text.charCodeAt(k + 1) === 0x7b) return k;
  return -1;
}

/**
 * [start, end) offsets of every comment (and Python docstring) in a code document. Strings are
 * skipped so that `"http://x"` is no comment; a quote inside a comment does not open a string.
 * @param literals receives the [start, end) offsets of the string literals, in languages where they are data
 */
export function commentRanges(text: string, languageId: string, literals?: number[]): number[] {
  const syntax = COMMENTS[languageId];
  if (!syntax) return [];
  const out: number[] = [];
  const len = text.length;
  // Only characters that can open a comment or a string need a closer look: a RegExp finds the next one
  // (test() with the g flag only moves lastIndex: no match object per character found).
  const interesting = interestingOf(syntax);
  let i = 0;
  while (i < len) {
    interesting.lastIndex = i;
    if (!interesting.test(text)) break;
    i = interesting.lastIndex - 1;
    const code = text.charCodeAt(i);
    if (syntax.docstrings && (code === 0x22 || code === 0x27) && text.charCodeAt(i + 1) === code && text.charCodeAt(i + 2) === code) {
      const close = text.indexOf(text.slice(i, i + 3), i + 3);
      const end = close < 0 ? len : close + 3;
      out.push(i, end);
      i = end;
      continue;
    }
    if (code === 0x22 || code === 0x27 || (code === 0x60 && syntax === C_LIKE)) {
      const end = code === 0x22 ? (multiLineStringEnd(text, i, languageId) ?? skipString(text, i, code)) : skipString(text, i, code);
      if (code === 0x27 && DATA_STRINGS.has(languageId) && !SINGLE_QUOTE_STRINGS.has(languageId)) {
        // A character literal ('x', '\n', '\u{1F600}') is short and closed; anything else is a Rust lifetime.
        const inner = end - i - 2;
        const closed = text.charCodeAt(end - 1) === 0x27 && end - i >= 3;
        if (closed && (inner === 1 || (text.charCodeAt(i + 1) === 0x5c && inner <= 10))) i = end;
        else if (closed && MULTI_CHAR_CONSTANTS.has(languageId)) {
          // C's multi-character constant ('ABCD'), or a compiler's quoted words ('asm goto') pasted into a fence: data.
          if (literals) literals.push(i, end);
          i = end;
        } else i = i + 1;
        continue;
      }
      if (literals && DATA_STRINGS.has(languageId)) {
        if (code === (TEMPLATE_QUOTES[languageId] ?? -1)) pushTemplateLiteral(literals, text, i, end);
        else literals.push(i, end);
      }
      i = end;
      continue;
    }
    let next = i + 1;
    for (const [open, close] of syntax.block) {
      if (text.startsWith(open, i)) {
        const at = text.indexOf(close, i + open.length);
        next = at < 0 ? len : at + close.length;
        out.push(i, next);
        break;
      }
    }
    if (next === i + 1) {
      for (const marker of syntax.line) {
        if (text.startsWith(marker, i) && (!syntax.lineNeedsSpace || i === 0 || isSpace(text.charCodeAt(i - 1)))) {
          const end = text.indexOf('\n', i);
          next = end < 0 ? len : end;
          out.push(i, next);
          break;
        }
      }
    }
    i = next;
  }
  return out;
}

/** Code inside code of another kind (a doc comment's example line, awk's program in a shell script): [from, to) and its language. */
export interface EmbeddedCode {
  from: number;
  to: number;
  languageId: string;
  /** Text, not code (a here-document of no known language). */
  prose?: boolean;
}

const COMMENT_FENCE_OPEN = /^(`{3,}|~{3,})\s*([^`]*)$/;
const COMMENT_FENCE_CLOSE = /^(`{3,}|~{3,})\s*$/;

/**
 * The code examples in a program's doc comments, line by line after each line's comment marker: fenced blocks
 * (``` or ~~~, as rustdoc, dartdoc, KDoc, JSDoc and Swift's DocC write them) and Javadoc's <pre> … </pre>. A
 * fence without a language, or with a word that is none (rustdoc's `ignore`, `no_run`), is code of the file's
 * language; ```text stays prose. A fence runs on over consecutive line comments (`///` lines), not past code.
 * @param comments the document's comment ranges (commentRanges), offsets into `text`
 */
export function commentCodeLines(text: string, comments: readonly number[], languageId: string): EmbeddedCode[] {
  const out: EmbeddedCode[] = [];
  if (comments.length === 0 || (text.indexOf('```') < 0 && text.indexOf('~~~') < 0 && text.indexOf('<pre') < 0)) return out;
  let open: { marker: string; languageId: string; inBlockComment?: boolean } | undefined;
  let previousEnd = -1;
  for (let c = 0; c < comments.length; c += 2) {
    const start = comments[c];
    const end = comments[c + 1];
    // Code between two comments ends an example the first one opened.
    if (open && previousEnd >= 0 && text.slice(previousEnd, start).trim() !== '') open = undefined;
    previousEnd = end;
    const block = text.charCodeAt(start + 1) === 0x2a && text.charCodeAt(start) === 0x2f; // /* … */
    for (let lineStart = start; lineStart < end; ) {
      const nl = text.indexOf('\n', lineStart);
      const lineEnd = nl < 0 || nl > end ? end : nl;
      let from = lineStart;
      while (from < lineEnd && (text.charCodeAt(from) === 0x20 || text.charCodeAt(from) === 0x09)) from++;
      if (from === start) {
        // The comment's own marker: //, ///, //!, #, /*, /**, /*!
        from++;
        while (from < lineEnd && /[/*!#-]/.test(text[from])) from++;
      } else if (block && text.charCodeAt(from) === 0x2a && text.charCodeAt(from + 1) !== 0x2f) {
        from++;
      }
      if (text.charCodeAt(from) === 0x20) from++;
      let to = lineEnd;
      if (text.charCodeAt(to - 1) === 0x0d) to--;
      if (block && to === end && text.startsWith('*/', to - 2)) to -= 2;
      const content = text.slice(from, to);
      if (open) {
        const fence = open.marker === '<pre' ? undefined : COMMENT_FENCE_CLOSE.exec(content)?.[1];
        const closes = open.marker === '<pre' ? content.includes('</pre>') : fence !== undefined && fence[0] === open.marker[0] && fence.length >= open.marker.length;
        if (closes) open = undefined;
        else if (!PROSE_IN_FENCE.has(open.languageId) && content.trim() !== '') {
          // A /* … */ comment of the example's own, over several lines, is prose: only code before it is code.
          let codeTo = to;
          if (open.inBlockComment) {
            if (content.includes('*/')) open.inBlockComment = false;
            codeTo = from;
          } else if (COMMENTS[open.languageId]?.block.some(([o]) => o === '/*')) {
            const opened = content.lastIndexOf('/*');
            if (opened >= 0 && content.indexOf('*/', opened + 2) < 0) {
              open.inBlockComment = true;
              codeTo = from + opened;
            }
          }
          if (codeTo > from) out.push({ from, to: codeTo, languageId: open.languageId });
        }
      } else {
        const fence = COMMENT_FENCE_OPEN.exec(content);
        if (fence) open = { marker: fence[1], languageId: commentFenceLanguage(fence[2], languageId) };
        else if (/^<pre\b[^>]*>(?:\{@code)?\s*$/.test(content.trimEnd())) open = { marker: '<pre', languageId };
      }
      lineStart = lineEnd + 1;
    }
    // An example a /** */ comment leaves open ends with it.
    if (block) open = undefined;
  }
  return out;
}

/** A doc comment's fence language: its info string's, or the file's where the info names none. */
function commentFenceLanguage(info: string, fileLanguage: string): string {
  const named = languageIdForFence(info);
  if (named !== 'plaintext') return named;
  const word = fenceInfoWord(info);
  return word !== '' && FENCE_LANGUAGES[word] === 'plaintext' ? 'plaintext' : fileLanguage;
}

/** Commands whose single-quoted argument is a program in another language, and that language. */
const PROGRAM_COMMANDS: Record<string, string> = { awk: 'awk', gawk: 'awk', mawk: 'awk', nawk: 'awk', sed: 'sed', jq: 'jq', perl: 'perl', python: 'python', python3: 'python', node: 'javascript', ruby: 'ruby' };
/** Interpreters take a program only after their flag for it (`python -c`, `perl -ne`, `node -e`). */
const PROGRAM_FLAG: Record<string, RegExp> = { perl: /^-\w*e$/, python: /^-c$/, python3: /^-c$/, node: /^-(?:e|p|-eval|-print)$/, ruby: /^-\w*e$/ };
const PROGRAM_COMMAND = /(?:^|[\s;|&(`])(g?awk|mawk|nawk|sed|jq|perl|python3?|node|ruby)[ \t]+/g;

/**
 * The programs a shell script hands to awk, sed, jq or an interpreter in single quotes: [from, to) inside the
 * quotes, with the program's language. Shell keywords there are not the shell's (awk's `return`, sed's `d`).
 */
export function embeddedPrograms(text: string): EmbeddedCode[] {
  const out: EmbeddedCode[] = [];
  if (text.indexOf("'") < 0) return out;
  PROGRAM_COMMAND.lastIndex = 0;
  for (let m = PROGRAM_COMMAND.exec(text); m !== null; m = PROGRAM_COMMAND.exec(text)) {
    const command = m[1];
    const flag = PROGRAM_FLAG[command];
    let at = m.index + m[0].length;
    let flagSeen = flag === undefined;
    // Options before the program (`-F:`, `-v n=1`, `-n`, `-r`): a word each, none quoted with a single quote.
    for (let words = 0; words < 8 && at < text.length && text[at] !== "'"; words++) {
      const word = /^(?:"[^"\n]*"|[^\s'";|&])+/.exec(text.slice(at, at + 200))?.[0];
      if (!word || !(word.startsWith('-') || /^\w+=/.test(word))) break;
      if (flag?.test(word)) flagSeen = true;
      at += word.length;
      while (text[at] === ' ' || text[at] === '\t') at++;
    }
    if (text[at] !== "'" || !flagSeen) continue;
    const close = text.indexOf("'", at + 1);
    if (close < 0) continue;
    if (close > at + 1) out.push({ from: at + 1, to: close, languageId: PROGRAM_COMMANDS[command] });
    PROGRAM_COMMAND.lastIndex = close + 1;
  }
  return out;
}

/** `<<EOF`, `<<-'END'`, `<< "SQL"`, `<<\\EOF`: a here-document's operator and delimiter word (not `<<<`, a here-string). */
const HERE_DOCUMENT = /(?<!<)<<(-?)[ \t]*(?:'([\w.-]+)'|"([\w.-]+)"|\\?([A-Za-z_][\w.-]*))/g;

/** What a here-document's body is, from the command that reads it or its first line. */
function hereDocumentLanguage(command: string, firstLine: string): string | undefined {
  if (/\b(?:ba|z|k|da)?sh\b|\bssh\b/.test(command)) return 'shellscript';
  if (/\bpython[\d.]*\b/.test(command)) return 'python';
  if (/\b(?:psql|mysql|mariadb|sqlite3|clickhouse-client)\b/.test(command)) return 'sql';
  if (/\bkubectl\b|\.ya?ml\b/.test(command) || /^\s*(?:apiVersion|kind):/.test(firstLine)) return 'yaml';
  if (/\.json\b/.test(command)) return 'json';
  return undefined;
}

/**
 * The bodies of a shell script's here-documents (`cat > f <<EOF` … `EOF`): text the script hands to a command,
 * so not the script's code. A body is code of the language its command reads (`kubectl apply -f - <<EOF`
 * is YAML, `psql <<SQL` SQL, `bash <<EOF` shell); any other body is text.
 */
export function hereDocuments(text: string): EmbeddedCode[] {
  const out: EmbeddedCode[] = [];
  if (text.indexOf('<<') < 0) return out;
  HERE_DOCUMENT.lastIndex = 0;
  for (let m = HERE_DOCUMENT.exec(text); m !== null; m = HERE_DOCUMENT.exec(text)) {
    const word = m[2] ?? m[3] ?? m[4];
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const lineEnd = text.indexOf('\n', m.index);
    if (lineEnd < 0) break;
    const from = lineEnd + 1;
    let at = from;
    // Unclosed (or `<<EOF` in a comment or a string): no here-document.
    let to = -1;
    let next = from;
    while (at < text.length) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      let s = at;
      if (m[1]) while (text.charCodeAt(s) === 0x09) s++;
      const closing = end - s === word.length || (end - s === word.length + 1 && text.charCodeAt(end - 1) === 0x0d);
      if (closing && text.startsWith(word, s)) {
        to = at;
        next = end;
        break;
      }
      at = end + 1;
    }
    if (to > from) {
      const firstLineEnd = text.indexOf('\n', from);
      const languageId = hereDocumentLanguage(text.slice(lineStart, lineEnd), text.slice(from, firstLineEnd < 0 ? to : Math.min(firstLineEnd, to)));
      // A script a shell reads is the script's own code: nothing to cut out.
      if (languageId !== 'shellscript') out.push(languageId ? { from, to, languageId } : { from, to, languageId: 'plaintext', prose: true });
    }
    HERE_DOCUMENT.lastIndex = next;
  }
  return out;
}

/** A workflow step's `run:` key, its value on the line or a block scalar (`|`, `>-`) below it. */
const RUN_STEP = /^([ \t]*)(?:-[ \t]+)?run:[ \t]*(?:([|>][+-]?[0-9]?)[ \t]*(?:#.*)?|(\S.*))$/gm;

/**
 * The shell commands of a GitHub Actions workflow: each step's `run:` value, inline or a block scalar (the lines
 * indented past the key). Steps run bash unless they name another shell, so a step with `shell:` naming
 * something else (pwsh, python) keeps its YAML reading.
 */
export function workflowRunSteps(text: string): EmbeddedCode[] {
  const out: EmbeddedCode[] = [];
  if (text.indexOf('run:') < 0) return out;
  const lines = text.split('\n');
  // The line of the last match, counted on from the one before.
  let line = 0;
  let lineStart = 0;
  RUN_STEP.lastIndex = 0;
  for (let m = RUN_STEP.exec(text); m !== null; m = RUN_STEP.exec(text)) {
    for (let k = text.indexOf('\n', lineStart); k >= 0 && k < m.index; k = text.indexOf('\n', k + 1)) {
      line++;
      lineStart = k + 1;
    }
    const lineEnd = m.index + m[0].length;
    const keyIndent = m[0].indexOf('run:');
    if (otherShell(lines, line, keyIndent)) continue;
    if (m[3] !== undefined) {
      out.push({ from: lineEnd - m[3].length, to: lineEnd, languageId: 'shellscript' });
      continue;
    }
    let at = lineEnd + 1;
    let to = at;
    while (at < text.length) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const line = text.slice(at, end);
      if (line.trim() !== '' && line.length - line.trimStart().length <= keyIndent) break;
      if (line.trim() !== '') to = end;
      at = end + 1;
    }
    if (to > lineEnd + 1) out.push({ from: lineEnd + 1, to, languageId: 'shellscript' });
    RUN_STEP.lastIndex = Math.max(RUN_STEP.lastIndex, to);
  }
  return out;
}

/**
 * Whether the step holding the `run:` key at `keyIndent` names a shell other than bash or sh: its keys are the lines
 * at that indentation above and below (up to the `- ` that starts the step, or the next step).
 */
function otherShell(lines: readonly string[], runLine: number, keyIndent: number): boolean {
  const shellOf = (line: string): string | undefined => /^[ \t]*(?:-[ \t]+)?shell:[ \t]*['"]?([\w-]+)/.exec(line)?.[1];
  const indentOf = (line: string) => line.length - line.trimStart().length;
  let shell: string | undefined;
  for (let k = runLine; k >= 0 && shell === undefined; k--) {
    const line = lines[k];
    if (line.trim() === '') continue;
    const indent = indentOf(line);
    if (indent < keyIndent && !/^\s*-\s/.test(line)) break;
    if (indent === keyIndent || line.trimStart().startsWith('- ')) shell = shellOf(line);
    if (line.trimStart().startsWith('- ') && indent < keyIndent) break;
  }
  for (let k = runLine + 1; k < lines.length && shell === undefined; k++) {
    const line = lines[k];
    if (line.trim() === '') continue;
    const indent = indentOf(line);
    if (indent < keyIndent) break;
    if (indent === keyIndent) shell = shellOf(line);
  }
  return shell !== undefined && shell !== 'bash' && shell !== 'sh';
}

/** Space, tab or line break. */
export const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** Languages whose `"""` opens a text block over lines (Java, Kotlin, Swift, Scala, Dart, C#'s raw strings). */
const TRIPLE_QUOTE_STRINGS = new Set(['java', 'kotlin', 'swift', 'scala', 'dart', 'csharp']);

/**
 * The end of a string opened by the `"` at i that may run over lines, or undefined for an ordinary one: a Rust string
 * (a newline does not end it) and raw string (`r#"…"#`, no escapes), a C++ raw string (`R"x(…)x"`), a `"""` text block.
 */
function multiLineStringEnd(text: string, i: number, languageId: string): number | undefined {
  if (languageId === 'rust') {
    let k = i - 1;
    while (k >= 0 && text.charCodeAt(k) === 0x23) k--;
    const hashes = i - 1 - k;
    if (k >= 0 && text.charCodeAt(k) === 0x72 && !isWordCharBefore(text, k)) {
      const close = text.indexOf('"' + '#'.repeat(hashes), i + 1);
      return close < 0 ? text.length : close + 1 + hashes;
    }
    return hashes > 0 ? undefined : skipString(text, i, 0x22, false);
  }
  if ((languageId === 'cpp' || languageId === 'cuda-cpp') && text.charCodeAt(i - 1) === 0x52) {
    const open = text.indexOf('(', i + 1);
    const delimiter = open < 0 ? undefined : text.slice(i + 1, open);
    if (delimiter === undefined || delimiter.length > 16 || /[\s()\\]/.test(delimiter)) return undefined;
    const close = text.indexOf(`)${delimiter}"`, open + 1);
    return close < 0 ? text.length : close + delimiter.length + 2;
  }
  if (TRIPLE_QUOTE_STRINGS.has(languageId) && text.startsWith('"""', i)) {
    const close = text.indexOf('"""', i + 3);
    return close < 0 ? text.length : close + 3;
  }
  return undefined;
}

/** Whether the character before k continues a word (`br"…"`, `cr#"…"#` count: b and c are Rust's prefixes). */
function isWordCharBefore(text: string, k: number): boolean {
  let j = k - 1;
  if (j >= 0 && (text.charCodeAt(j) === 0x62 || text.charCodeAt(j) === 0x63)) j--;
  return j >= 0 && /[\w]/.test(text[j]);
}

/** End of the string literal opened at i (a newline ends an unterminated one, unless `newlineEnds` is false). */
function skipString(text: string, i: number, quote: number, newlineEnds = quote !== 0x60): number {
  let j = i + 1;
  const len = text.length;
  while (j < len) {
    const d = text.charCodeAt(j);
    if (d === 0x5c) {
      j += 2;
      continue;
    }
    if (d === quote) return j + 1;
    if (d === 0x0a && newlineEnds) return j;
    j++;
  }
  return Math.min(j, len);
}

/** `code` in Markdown or a comment; in a comment also Javadoc's {@code x} / {@link x} and KDoc or Go doc links [x]. */
const MARKDOWN_CODE_SPAN = /(`+)([^`\n]+?)\1(?!`)/g;
const COMMENT_CODE_SPAN = /(`+)([^`\n]+?)\1(?!`)|\{@(?:code|link|linkplain)\s+[^}\n]+\}/g;
/** ...and where doc comments link names in brackets (KDoc, Go doc links, rustdoc): [delay], [io.Reader]. */
const DOC_LINK_SPAN = new RegExp(`${COMMENT_CODE_SPAN.source}|\\[[A-Za-z_][\\w.]*(?:\\(\\))?\\](?![(:])`, 'g');
const DOC_LINK_LANGUAGES = new Set(['kotlin', 'go', 'rust']);
/**
 * reStructuredText's inline literals (``x``) and the content of roles other than references and glossary terms
 * (:func:`open`, :c:func:`kmalloc`); the reference roles are RST_INLINE_HOLES' list.
 */
const RST_CODE_SPAN = /``[^`\n]+?``(?!`)|(?<=[\w+.-]:)(?<!:(?:std:)?(?:ref|doc|numref|download|any|eq|term):)`[^`\n]+`/g;

/**
 * Sorted [start, end) offsets of the code spans in a document's prose: there a keyword is code (`defer`,
 * `USE shop`, Javadoc's {@code Executor}, KDoc's [delay]). In Markdown, `[x]` is link text, not code.
 */
export function codeSpans(text: string, languageId: string, out: number[] = [], offset = 0): number[] {
  const rst = languageId === 'restructuredtext';
  const markdown = languageId === 'markdown' || languageId === 'mdx';
  const links = DOC_LINK_LANGUAGES.has(languageId);
  if (text.indexOf('`') < 0 && (markdown || rst || text.indexOf('{@') < 0) && (!links || text.indexOf('[') < 0)) return out;
  const pattern = rst ? RST_CODE_SPAN : markdown ? MARKDOWN_CODE_SPAN : links ? DOC_LINK_SPAN : COMMENT_CODE_SPAN;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) out.push(offset + m.index, offset + m.index + m[0].length);
  return out;
}

const URL_CHAR = /[^\s<>()[\]{}"'`|\\^]/;

/**
 * Cuts the URLs (`https://…`, `file://…`) out of segments: a URL in code or a fence is an address,
 * not a mention (`kubectl apply -f https://k8s.io/examples/job.yaml`).
 */
export function withoutUrls(text: string, segments: Segment[]): Segment[] {
  const holes: number[] = [];
  for (let at = text.indexOf('://'); at >= 0; at = text.indexOf('://', at + 3)) {
    let start = at;
    while (start > 0 && /[A-Za-z0-9+.-]/.test(text[start - 1])) start--;
    if (start === at) continue;
    let end = at + 3;
    while (end < text.length && URL_CHAR.test(text[end])) end++;
    holes.push(start, end);
  }
  // E-mail addresses too (`probe@example.com`, `git@github.com`): a name before the @ and a dotted domain after
  // it, so not a decorator, an annotation or an npm scope (`@property`, `@Override`, `@vue/reactivity`).
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && /[A-Za-z0-9._%+-]/.test(text[start - 1])) start--;
    const domain = EMAIL_DOMAIN.exec(text.slice(at + 1, at + 256));
    if (start === at || !domain) continue;
    holes.push(start, at + 1 + domain[0].length);
  }
  return withoutHoles(segments, disjoint(holes));
}

/** The shortest run of base64 characters read as encoded data rather than words (a PEM body, a Secret's value). */
const ENCODED_DATA_MIN = 40;

function isBase64Char(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f;
}

/** 0 lower case, 1 upper case, 2 a digit or `+` / `/`. */
function base64Class(c: number): number {
  return c >= 0x61 ? 0 : c >= 0x41 ? 1 : 2;
}

/**
 * Whether text[from, to) is encoded data: long, with both cases and digits, and changing between them at nearly
 * every other character.
 */
function isEncodedData(text: string, from: number, to: number): boolean {
  if (to - from < ENCODED_DATA_MIN) return false;
  const seen = [0, 0, 0];
  let changes = 0;
  let previous = base64Class(text.charCodeAt(from));
  for (let i = from; i < to; i++) {
    const cls = base64Class(text.charCodeAt(i));
    seen[cls]++;
    if (cls !== previous) changes++;
    previous = cls;
  }
  // Random base64 changes class at about 63 % of its characters and has about 19 % digits; a CamelCase name at
  // about a third (`AbstractSingletonProxyFactoryBean2Helper`), with few digits.
  const length = to - from;
  return seen[0] > 0 && seen[1] > 0 && seen[2] * 20 >= length && changes * 20 >= length * 9;
}

/**
 * The matches that are not letters of encoded data: a base64 run (`tls.crt: LS0tLS1CRUdJTi…`, a JWT's parts) holds
 * case breaks that read as acronyms and words (`CR`, `SeD`, `OaUth`), none of them meant.
 */
export function outsideEncodedData<M extends { start: number; end: number }>(matches: M[], text: string): M[] {
  let kept: M[] | undefined;
  let runFrom = -1;
  let runTo = -1;
  let runIsData = false;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k];
    let data = false;
    if (m.start >= runFrom && m.end <= runTo) data = runIsData;
    else {
      let inRun = true;
      for (let i = m.start; i < m.end && inRun; i++) inRun = isBase64Char(text.charCodeAt(i));
      if (inRun) {
        let from = m.start;
        while (from > 0 && isBase64Char(text.charCodeAt(from - 1))) from--;
        let to = m.end;
        while (to < text.length && isBase64Char(text.charCodeAt(to))) to++;
        runFrom = from;
        runTo = to;
        runIsData = data = isEncodedData(text, from, to);
      }
    }
    if (data) kept ??= matches.slice(0, k);
    else kept?.push(m);
  }
  return kept ?? matches;
}

/** YAML-based languages whose CI and workflow files filter on git refs. */
const REF_FILTER_LANGUAGES = new Set(['yaml', 'github-actions-workflow']);
/**
 * A key whose value, or whose list below it, names git refs or labels: GitLab CI's `only:` / `except:` /
 * `refs:`, GitHub Actions' `branches:` / `tags:` (and their `-ignore` forms), and `tags:` elsewhere (runner
 * tags, Ansible and OpenAPI tags), which are labels too.
 */
const REF_LIST_KEY = /^([ \t]*(?:-[ \t]+)?)(?:only|except|refs|branches|branches-ignore|tags|tags-ignore):[ \t]*(.*)$/gm;
const SEQUENCE_ITEM = /^([ \t]*)-[ \t]+\S/;
/** A comparison of a ref variable with a quoted ref: `$CI_COMMIT_BRANCH == "master"`, `github.ref == 'refs/heads/main'`. */
const REF_COMPARISON = /(?:\$\{?CI_[A-Z_]*(?:BRANCH|REF_NAME|REF_SLUG|TAG)\b\}?|\bgithub\.(?:ref|ref_name|base_ref|head_ref)\b|\bgithub\.event\.pull_request\.(?:base|head)\.ref\b)[ \t]*[!=]=[ \t]*(["'])([^"'\n]*)\1/g;

/**
 * Cuts the names of git refs out of the YAML segments of CI and workflow files: `master` under `only:` or
 * `branches:` is a branch, not a control-plane node, and a branch named `deployment` is no Deployment. The
 * same words in the file's scripts and comments are matched as before.
 */
export function withoutRefNames(text: string, segments: Segment[]): Segment[] {
  const applies = (seg: Segment) => !seg.prose && REF_FILTER_LANGUAGES.has(seg.languageId);
  if (!segments.some(applies)) return segments;
  const holes: number[] = [];
  REF_LIST_KEY.lastIndex = 0;
  for (let m = REF_LIST_KEY.exec(text); m !== null; m = REF_LIST_KEY.exec(text)) {
    const keyColumn = m[1].length;
    const lineEnd = m.index + m[0].length;
    if (m[2] !== '' && !m[2].startsWith('#')) {
      holes.push(lineEnd - m[2].length, lineEnd);
      continue;
    }
    // The block sequence below the key: its items sit at the key's column or deeper (blank and comment lines between).
    let at = lineEnd + 1;
    while (at < text.length) {
      const nl = text.indexOf('\n', at);
      const end = nl < 0 ? text.length : nl;
      const line = text.slice(at, end);
      const item = SEQUENCE_ITEM.exec(line);
      if (item && item[1].length >= keyColumn) holes.push(at + item[0].length - 1, end);
      else if (line.trim() !== '' && !line.trimStart().startsWith('#')) break;
      at = end + 1;
    }
  }
  REF_COMPARISON.lastIndex = 0;
  for (let m = REF_COMPARISON.exec(text); m !== null; m = REF_COMPARISON.exec(text)) {
    const end = m.index + m[0].length - 1;
    holes.push(end - m[2].length, end);
  }
  return withoutHoles(segments, disjoint(holes), applies);
}

/** [start, end) pairs sorted by start, overlapping ones merged. */
function disjoint(holes: number[]): number[] {
  const pairs: [number, number][] = [];
  for (let k = 0; k < holes.length; k += 2) pairs.push([holes[k], holes[k + 1]]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [start, end] of pairs) {
    if (out.length > 0 && start <= out[out.length - 1]) out[out.length - 1] = Math.max(out[out.length - 1], end);
    else out.push(start, end);
  }
  return out;
}

const EMAIL_DOMAIN = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])/;

/** Segments with the sorted, disjoint [start, end) `holes` cut out of those `applies` says (all by default). */
function withoutHoles(segments: Segment[], holes: readonly number[], applies: (seg: Segment) => boolean = () => true): Segment[] {
  if (holes.length === 0) return segments;
  const out: Segment[] = [];
  let h = 0;
  for (const seg of segments) {
    let from = seg.from;
    while (h < holes.length && holes[h + 1] <= from) h += 2;
    if (!applies(seg)) {
      out.push(seg);
      continue;
    }
    for (let k = h; k < holes.length && holes[k] < seg.to; k += 2) {
      if (holes[k] > from) out.push({ ...seg, from, to: holes[k] });
      from = Math.max(from, holes[k + 1]);
    }
    if (from < seg.to) out.push({ ...seg, from });
  }
  return out;
}

/** Languages whose preprocessor names files in `#include <path>` and `#include "path"`. */
const INCLUDE_LANGUAGES = new Set(['c', 'cpp', 'cuda-cpp', 'objective-c', 'objective-cpp', 'hlsl', 'glsl']);
const INCLUDE_DIRECTIVE = /^[ \t]*#[ \t]*(?:include|include_next|import)[ \t]*(?:<([^>\n]*)>|"([^"\n]*)")/gm;

/**
 * The file names of a C-family document's `#include` lines. A path is a file's address, not a mention
 * (`concurrency` in `<folly/concurrency/ProcessLocalUniqueId.h>`, `String.h` in `<folly/ExceptionString.h>`),
 * but a header named after a concept is one (`<pthread.h>`, `<sys/epoll.h>`): the directories are cut
 * out of the segments, and in the file name only a match of the whole name, or of the whole name before
 * its extension, stands (see IncludeNames.filter).
 */
export class IncludeNames {
  private constructor(
    /** The segments with each path's directories cut out (in segments of the C family). */
    readonly segments: Segment[],
    /** Per file name, in text order: start, end of the name without its extension, end. */
    private readonly names: readonly number[],
  ) {}

  static of(text: string, segments: Segment[]): IncludeNames | undefined {
    if (text.indexOf('#') < 0 || !segments.some((seg) => INCLUDE_LANGUAGES.has(seg.languageId))) return undefined;
    const holes: number[] = [];
    const names: number[] = [];
    INCLUDE_DIRECTIVE.lastIndex = 0;
    for (let m = INCLUDE_DIRECTIVE.exec(text); m !== null; m = INCLUDE_DIRECTIVE.exec(text)) {
      const path = m[1] ?? m[2];
      const end = m.index + m[0].length - 1;
      const start = end - path.length;
      const name = Math.max(start, text.lastIndexOf('/', end - 1) + 1);
      if (name > start) holes.push(start, name);
      const dot = text.lastIndexOf('.', end - 1);
      names.push(name, dot > name ? dot : end, end);
    }
    if (names.length === 0) return undefined;
    return new IncludeNames(
      withoutHoles(segments, holes, (seg) => INCLUDE_LANGUAGES.has(seg.languageId)),
      names,
    );
  }

  /** The matches (in text order) outside every included file name, or covering a whole name, with or without its extension. */
  filter<M extends { start: number; end: number }>(matches: M[]): M[] {
    const names = this.names;
    let k = 0;
    return matches.filter((m) => {
      while (k < names.length && names[k + 2] <= m.start) k += 3;
      if (k >= names.length || m.end <= names[k]) return true;
      return m.start === names[k] && (m.end === names[k + 1] || m.end === names[k + 2]);
    });
  }
}
