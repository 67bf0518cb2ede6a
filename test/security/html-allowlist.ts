// What the note viewer may receive from renderNoteBody, checked on the HTML as a browser parses it
// (parse5 is the HTML standard's parsing algorithm, the one jsdom uses): only these elements, only these
// attributes on them, and only these URLs. Anything else is a finding, reported with where it was.
import { parseFragment } from 'parse5';

type Attrs = readonly string[];

/** HTML elements markdown-it and our rules produce, with the attributes each may carry. */
const HTML: Record<string, Attrs> = {
  p: [], br: [], hr: [], em: [], strong: [], s: [], blockquote: [],
  h1: ['id'], h2: ['id'], h3: ['id'], h4: ['id'], h5: ['id'], h6: ['id'],
  ul: [], ol: ['start'], li: [],
  table: [], thead: [], tbody: [], tr: [], th: ['class'], td: ['class'],
  pre: ['class', 'data-lang'], code: ['class'],
  div: ['class'],
  a: ['class', 'href', 'title', 'rel', 'data-note'],
  span: ['class', 'title', 'aria-hidden', 'data-style', 'data-missing-note'],
  img: ['src', 'alt', 'title'],
};

/** KaTeX's MathML (output 'htmlAndMathml') and the SVG of its stretchy symbols. */
const MATHML_ATTRS: Attrs = [
  'xmlns', 'display', 'encoding', 'mathvariant', 'fence', 'stretchy', 'separator', 'lspace', 'rspace', 'minsize', 'maxsize',
  'linethickness', 'accent', 'accentunder', 'notation', 'width', 'height', 'depth', 'voffset', 'linebreak', 'mathbackground',
  'mathcolor', 'displaystyle', 'scriptlevel', 'columnalign', 'columnlines', 'columnspacing', 'rowspacing', 'rowlines', 'frame',
  'framespacing', 'equalrows', 'equalcolumns', 'side', 'movablelimits', 'data-style',
];
const MATHML = [
  'math', 'semantics', 'annotation', 'mrow', 'mi', 'mn', 'mo', 'ms', 'mtext', 'mspace', 'mfrac', 'msqrt', 'mroot', 'msub', 'msup',
  'msubsup', 'munder', 'mover', 'munderover', 'mtable', 'mtr', 'mtd', 'mlabeledtr', 'mstyle', 'mpadded', 'mphantom', 'menclose',
  'merror', 'mglyph',
];
const SVG: Record<string, Attrs> = {
  svg: ['xmlns', 'width', 'height', 'viewBox', 'preserveAspectRatio', 'data-style'],
  path: ['d'],
  line: ['x1', 'y1', 'x2', 'y2', 'stroke-width'],
};

const ALLOWED: Record<string, Attrs> = { ...HTML, ...SVG, ...Object.fromEntries(MATHML.map((t) => [t, MATHML_ATTRS])) };

/** Inline images: raster data only (an SVG image is a document of its own). */
const SAFE_IMAGE = /^data:image\/(?:png|gif|jpeg|webp);base64,[a-z0-9+/=\s]*$/i;
/** A declaration list of KaTeX's layout properties: no url(), no expression(), no @import, no escapes. */
const SAFE_STYLE = /^(?:\s*[a-z-]+\s*:\s*[-a-z0-9.#%(), ]+\s*;?)*\s*$/i;
const ALLOWED_CLASS = /^[a-z0-9_ -]*$/i;

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

/** Whether an href may be followed from the viewer: an in-page note link, or an absolute http(s) URL. */
export function isAllowedHref(value: string, attrs: Record<string, string>): boolean {
  if (value === '#') return attrs['data-note'] !== undefined && attrs['data-note'] !== '';
  // What the browser would request: WHATWG URL parsing strips tabs and newlines and reads entities
  // (parse5 already decoded them), so "java&#10;script:" is seen as the browser sees it.
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && /^https?:\/\//i.test(value);
}

/** Every departure from the allow-list in `html`, e.g. `<script>` or `a[href=javascript:…]`; [] when clean. */
export function htmlViolations(html: string): string[] {
  const found: string[] = [];
  const visit = (node: Node, path: string, inLink: boolean) => {
    if (node.tagName !== undefined) {
      const tag = node.tagName;
      const where = `${path} > ${tag}`;
      const allowed = Object.prototype.hasOwnProperty.call(ALLOWED, tag) ? ALLOWED[tag] : undefined;
      if (!allowed) found.push(`element <${tag}> at ${where}`);
      const attrs = Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value]));
      for (const { name, value } of node.attrs ?? []) {
        if (!allowed?.includes(name)) found.push(`attribute ${name}="${value.slice(0, 60)}" on <${tag}> at ${where}`);
        if (name === 'href' && !(tag === 'a' && isAllowedHref(value, attrs))) found.push(`href "${value.slice(0, 80)}" on <${tag}>`);
        if (name === 'src' && !(tag === 'img' && SAFE_IMAGE.test(value))) found.push(`src "${value.slice(0, 80)}" on <${tag}>`);
        if (name === 'data-style' && !SAFE_STYLE.test(value)) found.push(`style "${value.slice(0, 80)}" on <${tag}>`);
        if (name === 'class' && !ALLOWED_CLASS.test(value)) found.push(`class "${value.slice(0, 80)}" on <${tag}>`);
        if (/^on/i.test(name)) found.push(`event handler ${name} on <${tag}>`);
      }
      if (tag === 'a' && inLink) found.push(`link inside a link at ${where}`);
      for (const child of node.childNodes ?? []) visit(child, where, inLink || tag === 'a');
      if (node.content) visit(node.content, where, inLink);
      return;
    }
    if (node.nodeName === '#comment') found.push(`comment at ${path}`);
    for (const child of node.childNodes ?? []) visit(child, path, inLink);
  };
  visit(parseFragment(html) as unknown as Node, '', false);
  return found;
}
