/**
 * Workspace notes as teams already write them: plain Markdown with no frontmatter, one language,
 * optional fields, and the keys of Foam, Obsidian and Dendron. Everything missing is derived:
 * the id from the file path, the title from the first heading or the file name, the summary from the
 * first sentence, the topic from the folder. Bundled notes keep the strict schema (parseNote).
 */
import { ownField } from './matcher';
import { parseVerified, splitLanguageSections, stampWarnings, toAlias } from './note-parse';
import { newLineCounter, parseDocument, isMap, isScalar, isSeq, type YamlNode } from './yaml-lib';
import {
  LANGS,
  MAX_NOTE_BYTES,
  SUMMARY_MAX,
  isNoteIdSyntax,
  type Alias,
  type Lang,
  type Localized,
  type Note,
  type ParseResult,
  type Problem,
  type Severity,
} from './note';

/** Share of CJK characters among letters above which a note is taken to be Chinese. */
const CJK_SHARE_FOR_ZH = 0.2;
const LETTER = /\p{L}/u;

/** Parses a workspace note leniently. `relPath` is the file's path inside its notes folder ("billing/Ledger.md"). */
export function parseWorkspaceNote(text: string, relPath: string, file: string): ParseResult {
  const problems: Problem[] = [];
  const report = (line: number, message: string, severity: Severity = 'error') => problems.push({ file, line, severity, message });
  if (text.length > MAX_NOTE_BYTES) {
    report(1, `note is larger than ${MAX_NOTE_BYTES / 1024} KiB`);
    return { problems };
  }
  if (text.includes('\u0000')) {
    report(1, 'binary file (contains NUL bytes): not a note');
    return { problems };
  }
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = source.split('\n');

  // Frontmatter is optional; when present it must parse.
  let data: Record<string, unknown> = {};
  let bodyStart = 0;
  let keyLine = (_key: string) => 1;
  let aliasLines: number[] = [];
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
    if (end < 0) {
      report(1, 'unterminated frontmatter: no closing "---" line');
      return { problems };
    }
    const counter = newLineCounter();
    const doc = parseDocument(lines.slice(1, end).join('\n'), { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
    for (const err of doc.errors) report((err.linePos?.[0]?.line ?? 1) + 1, `frontmatter: ${err.message.split('\n')[0]}`);
    if (doc.errors.length > 0) return { problems };
    const root = doc.contents;
    if (root !== null && !isMap(root)) {
      report(2, 'frontmatter must be a mapping of keys to values');
      return { problems };
    }
    if (root) {
      const lineOf = (node: YamlNode | null | undefined) => (node?.range ? counter.linePos(node.range[0]).line + 1 : 1);
      keyLine = (key) => {
        const pair = root.items.find((p) => isScalar(p.key) && p.key.value === key);
        return pair ? lineOf(pair.key as YamlNode) : 1;
      };
      const aliasNode = root.get('aliases', true) ?? root.get('alias', true);
      if (isSeq(aliasNode)) aliasLines = aliasNode.items.map((n) => lineOf(n as YamlNode));
      data = (doc.toJS() ?? {}) as Record<string, unknown>;
    }
    bodyStart = end + 1;
  }

  // Body: one language, or both with the `<!-- lang: xx -->` markers of the strict format.
  const bodyLines = lines.slice(bodyStart);
  const sections = splitLanguages(lines, bodyStart);
  const declared = data.lang === 'zh' || data.lang === 'en' ? (data.lang as Lang) : undefined;
  if (data.lang !== undefined && !declared) report(keyLine('lang'), 'lang must be zh or en', 'warning');
  // Where each body line starts in `source`: the body is cut out of it, not joined again from its lines.
  let bodyOffset = 0;
  for (let i = 0; i < bodyStart; i++) bodyOffset += lines[i].length + 1;
  const lineOffset = (index: number) => {
    let at = bodyOffset;
    for (let i = 0; i < index; i++) at += bodyLines[i].length + 1;
    return at;
  };
  const wholeBody = source.slice(bodyOffset).trim();

  const fileName = baseName(relPath);
  let heading: string | undefined;
  const titleValue = localizedValue(data.title);
  if (data.title !== undefined && !titleValue) report(keyLine('title'), 'title must be a string or { zh, en }');
  let body: Localized;
  let bodyLine: { zh: number; en: number };
  let lang: Lang | undefined;
  if (sections) {
    body = { zh: sections.zh.text, en: sections.en.text };
    bodyLine = { zh: sections.zh.line, en: sections.en.line };
  } else {
    lang = declared ?? titleValue?.only ?? detectLanguage(wholeBody || fileName);
    // The first `# ` heading names the note; the viewer shows the title, so the body does not repeat it.
    const h1 = firstHeading(bodyLines);
    let text = wholeBody;
    if (h1) {
      heading = h1.text;
      if (!titleValue || titleValue.value[lang] === h1.text) {
        const h1Start = lineOffset(h1.index);
        text = (source.slice(bodyOffset, h1Start) + source.slice(h1Start + bodyLines[h1.index].length + 1)).trim();
      }
    }
    body = { zh: text, en: text };
    bodyLine = { zh: bodyStart + 1, en: bodyStart + 1 };
  }
  const titleText = titleValue?.value ?? fill(heading ?? fileName);
  const title = complete(titleText);

  const summarySource = data.summary ?? data.description ?? data.desc;
  const summaryKey = data.summary !== undefined ? 'summary' : data.description !== undefined ? 'description' : 'desc';
  let summary: Localized;
  const summaryValue = localizedValue(summarySource);
  if (summarySource !== undefined && !summaryValue) report(keyLine(summaryKey), `${summaryKey} must be a string or { zh, en }`);
  if (summaryValue) {
    summary = complete(summaryValue.value);
  } else {
    const zh = firstSentence(body.zh);
    summary = { zh, en: body.en === body.zh ? zh : firstSentence(body.en) };
  }
  for (const l of LANGS) summary[l] = clip(summary[l]);

  const aliases: Alias[] = [];
  const rawAliases = [...listValue(data.aliases), ...listValue(data.alias)];
  rawAliases.forEach((entry, i) => {
    const alias = toAlias(entry);
    if (typeof alias === 'string') report(aliasLines[i] ?? keyLine('aliases'), `aliases[${i}]: ${alias}`);
    else aliases.push(alias);
  });

  let topic = folderOf(relPath);
  if (data.topic !== undefined) {
    if (typeof data.topic === 'string' && data.topic.trim() !== '') topic = data.topic.split('/').map((s) => s.trim()).filter(Boolean);
    else report(keyLine('topic'), 'topic must be a path such as "billing/invoices"', 'warning');
  }
  for (const alias of aliases) {
    // As for a bundled note (note-parse): the note's field, under an umbrella topic (`tools`) its sub-field.
    if (alias.context && alias.context.length === 0) alias.context = topic.length > 0 ? [ownField(topic.join('/'))] : [];
  }

  let id = derivedId(relPath);
  if (data.id !== undefined) {
    const given = typeof data.id === 'number' ? String(data.id) : data.id;
    if (isNoteIdSyntax(given)) id = given;
    else report(keyLine('id'), 'id must be letters, digits and single "-", "_", "." or "/" between them; using the file path instead', 'warning');
  }
  if (!isNoteIdSyntax(id)) {
    report(1, `cannot derive a note id from the file name "${relPath}"; add an id: line`);
    return { problems };
  }

  const tags = listValue(data.tags).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^#/, '').trim()).filter(Boolean);
  const related = listValue(data.related).filter((t): t is string => typeof t === 'string');
  const avoid = listValue(data.avoid).filter((t): t is string => typeof t === 'string').map((t) => t.trim()).filter(Boolean);
  const verified = parseVerified(data.verified, () => report(keyLine('verified'), 'verified must map a tool or library to the version checked', 'warning'));
  for (const message of stampWarnings(verified)) report(keyLine('verified'), message, 'warning');
  if (data.general !== undefined && typeof data.general !== 'boolean') report(keyLine('general'), 'general must be true or false; ignored', 'warning');

  if (title.en === '' && title.zh === '') {
    report(1, 'a note needs a title: a "# heading", a title: line or a file name');
    return { problems };
  }
  const note: Note = {
    id,
    title,
    aliases,
    topic,
    tags,
    summary,
    related,
    ...(verified ? { verified } : {}),
    ...(data.general === true ? { general: true } : {}),
    origin: 'user',
    file,
    body,
    bodyLine,
    keyLines: { aliases: keyLine(data.aliases !== undefined ? 'aliases' : 'alias'), related: keyLine('related') },
    ...(lang ? { lang } : {}),
    ...(avoid.length > 0 ? { avoid } : {}),
  };
  return { note, problems };
}

/** The id of a note without an `id:` line: its path in the notes folder, lower-cased, spaces as "-". */
export function derivedId(relPath: string): string {
  return relPath
    .replace(/\.(md|markdown)$/i, '')
    .split('/')
    .map((segment) =>
      segment
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter(Boolean)
    .join('/');
}

/** Chinese when CJK characters make up a fifth of the letters (code and English names are common in Chinese notes). */
export function detectLanguage(text: string): Lang {
  // One pass without allocating: this runs on every team note's whole text at load.
  let letters = 0;
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const lower = c | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) letters++;
    } else if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) {
      cjk++;
      letters++;
    } else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      if (LETTER.test(text.slice(i, i + 2))) letters++;
      i++;
    } else if (LETTER.test(text[i])) {
      letters++;
    }
  }
  if (letters === 0) return 'en';
  return cjk / letters >= CJK_SHARE_FOR_ZH ? 'zh' : 'en';
}

/** The first sentence of the first paragraph of Markdown text, as plain text, at most SUMMARY_MAX characters. */
export function firstSentence(markdown: string): string {
  const paragraph: string[] = [];
  let inFence = false;
  // Line by line up to the end of the first paragraph, not split whole: a team note's body can be long.
  for (let from = 0; from <= markdown.length; ) {
    let to = markdown.indexOf('\n', from);
    if (to < 0) to = markdown.length;
    const line = markdown.slice(from, to).trim();
    from = to + 1;
    if (/^(```|~~~)/.test(line)) {
      inFence = !inFence;
      if (paragraph.length > 0) break;
      continue;
    }
    if (inFence) continue;
    if (line === '') {
      if (paragraph.length > 0) break;
      continue;
    }
    // Headings, tables, HTML and horizontal rules are not the paragraph a summary comes from.
    if (/^(#{1,6}\s|\||<|---|\*\*\*|!\[)/.test(line)) {
      if (paragraph.length > 0) break;
      continue;
    }
    paragraph.push(LIST_MARKER_START.test(line) ? line.replace(/^(?:[-*+]|\d+[.)]|>)\s+/, '') : line);
  }
  const text = plainText(paragraph.join(' '));
  const end = /[.!?](?=\s|$)|[。！？]/u.exec(text);
  return clip(end ? text.slice(0, end.index + 1) : text);
}

function plainText(markdown: string): string {
  let text = markdown;
  // Each rule only where its marker occurs: most first paragraphs have no markup at all.
  if (text.includes('[')) {
    text = text
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[\[([^\]|]+)\|([^\]]+)\]\]/g, '$2')
      .replace(/\[\[([^\]]+)\]\]/g, (_, t: string) => t.replace(/#.*$/, ''))
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  }
  if (text.includes('`')) text = text.replace(/(`+)(.*?)\1/g, '$2');
  if (text.includes('*') || text.includes('_')) {
    text = text.replace(/(\*\*|__)(.*?)\1/g, '$2').replace(/(^|\W)[*_](\S(?:.*?\S)?)[*_](?=\W|$)/g, '$1$2');
  }
  // Most text has single spaces only, which the replace would copy unchanged.
  return (SPACE_TO_FOLD.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

/** The characters a list item, numbered item or quote marker starts with. */
const LIST_MARKER_START = /^[-*+>\d]/;
/** Whitespace that plainText folds: any but a single plain space. */
const SPACE_TO_FOLD = /[^\S ]| {2}/;

function clip(text: string): string {
  if (text.length <= SUMMARY_MAX) return text; // code points never outnumber UTF-16 units
  // Where the first SUMMARY_MAX - 1 code points end, counted without splitting the string into an array.
  const pointEnd = (from: number) => {
    const c = text.charCodeAt(from);
    return from + (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(from + 1) & 0xfc00) === 0xdc00 ? 2 : 1);
  };
  let end = 0;
  for (let points = 0; points < SUMMARY_MAX - 1 && end < text.length; points++) end = pointEnd(end);
  // SUMMARY_MAX code points in all (or fewer) fit.
  if (end >= text.length || pointEnd(end) >= text.length) return text;
  const cut = text.slice(0, end);
  const space = cut.lastIndexOf(' ');
  return (space > SUMMARY_MAX / 2 ? cut.slice(0, space) : cut).trimEnd() + '…';
}

function firstHeading(lines: string[]): { text: string; index: number } | undefined {
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    if (/^\s*(```|~~~)/.test(lines[i])) inFence = !inFence;
    if (inFence) continue;
    const m = /^#\s+(.+?)\s*#*\s*$/.exec(lines[i]);
    if (m) return { text: plainText(m[1]), index: i };
  }
  return undefined;
}

function splitLanguages(lines: readonly string[], from: number): Record<Lang, { text: string; line: number }> | undefined {
  const { chunks, line } = splitLanguageSections(lines, from);
  if (line.zh === 0 || line.en === 0) return undefined;
  return { zh: { text: chunks.zh.join('\n').trim(), line: line.zh }, en: { text: chunks.en.join('\n').trim(), line: line.en } };
}

/** A string (one language) or { zh, en } (either may be missing). */
function localizedValue(value: unknown): { value: Localized; only?: Lang } | undefined {
  if (typeof value === 'string' || typeof value === 'number') {
    const text = String(value).trim();
    return text ? { value: fill(text) } : undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const rec = value as Record<string, unknown>;
  const zh = typeof rec.zh === 'string' ? rec.zh.trim() : '';
  const en = typeof rec.en === 'string' ? rec.en.trim() : '';
  if (!zh && !en) return undefined;
  return { value: { zh: zh || en, en: en || zh }, ...(zh && !en ? { only: 'zh' as const } : !zh && en ? { only: 'en' as const } : {}) };
}

function fill(text: string): Localized {
  return { zh: text, en: text };
}

/** A one-language value stays the same in both variants. */
function complete(value: Localized): Localized {
  return { zh: value.zh || value.en, en: value.en || value.zh };
}

/** A YAML list, or a comma-separated string (Foam and Obsidian write both). */
function listValue(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return value.split(',').map((s) => s.trim()).filter(Boolean);
  return [value];
}

function baseName(relPath: string): string {
  return relPath.slice(relPath.lastIndexOf('/') + 1).replace(/\.(md|markdown)$/i, '');
}

function folderOf(relPath: string): string[] {
  return relPath.split('/').slice(0, -1).filter(Boolean);
}
