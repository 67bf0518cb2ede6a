import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node as YamlNode } from 'yaml';
export { isNoteIdSyntax, MAX_ID_CHARS } from '../shared/note-id';
import type { HoverExample } from './hover-example';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

export interface Localized {
  zh: string;
  en: string;
}

/** One way of writing a note's term. `languages` limits it to documents of those VS Code language ids. */
export interface Alias {
  term: string;
  languages?: string[];
  /** Declares that another note may use the same term (both are then shown). */
  shared?: boolean;
  /**
   * Topic paths (prefixes) the document must be about for this alias to match. `context: true` in the
   * frontmatter means the note's own top-level topic. Ordinary words (service, 通道) need context.
   */
  context?: string[];
  /** False switches off generated English word forms (plurals, verb forms) for this alias. */
  forms?: boolean;
  /** False: a keyword or identifier of its `languages`, matched in their code only, never in prose or comments. */
  prose?: boolean;
}

export type NoteOrigin = 'bundled' | 'user';


export interface NoteMeta {
  id: string;
  title: Localized;
  aliases: Alias[];
  /** Path in the topic tree, e.g. ["machine-learning", "optimization"]. */
  topic: string[];
  tags: string[];
  summary: Localized;
  related: string[];
  /** Versions the version-dependent facts were checked against, e.g. { kubectl: "1.31" }. */
  verified?: Record<string, string>;
  origin: NoteOrigin;
  /** File the note came from: relative to content/ for bundled notes, a URI or path for user notes. */
  file: string;
  /**
   * Set when the note is written in one language only: both variants of title, summary and body then
   * hold that language's text, and the UI marks the other language as a fallback.
   */
  lang?: Lang;
  /**
   * Folders (URI or path prefixes ending in "/") whose files this note applies to; absent: everywhere.
   * A Contextive glossary in a subfolder applies only below that folder.
   */
  scope?: string[];
  /** Terms the team agreed not to use for this concept (terminology lint). */
  avoid?: string[];
  /** The hover's short example per language, saved in the index at build time (bundled bodies load later). */
  example?: Partial<Record<Lang, HoverExample>>;
}

export interface Note extends NoteMeta {
  body: Localized;
  /** 1-based line in the file where each language's body starts (for problem reports). */
  bodyLine: { zh: number; en: number };
  /** 1-based lines of the frontmatter keys `aliases` and `related` (for problem reports). */
  keyLines?: { aliases: number; related: number };
}

export type Severity = 'error' | 'warning';

export interface Problem {
  file: string;
  /** 1-based line. */
  line: number;
  severity: Severity;
  message: string;
}

export const SUMMARY_MAX = 160;
export const MAX_NOTE_BYTES = 256 * 1024;
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TOPIC_SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const LANG_MARKER = /^<!--\s*lang:\s*(zh|en)\s*-->\s*$/;
const WIKILINK = /\[\[([^\]|\n]+)(?:\|[^\]\n]*)?\]\]/g;

export interface ParseResult {
  note?: Note;
  problems: Problem[];
}

/**
 * Parses one note file: YAML frontmatter between `---` lines, then a body in which
 * `<!-- lang: zh -->` and `<!-- lang: en -->` lines start each language's section.
 * Never throws: every defect becomes a Problem; a note is returned when it is usable.
 */
export function parseNote(text: string, file: string, origin: NoteOrigin): ParseResult {
  const problems: Problem[] = [];
  const report = (line: number, message: string, severity: Severity = 'error') =>
    problems.push({ file, line, severity, message });

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
  if (lines[0]?.trim() !== '---') {
    report(1, 'missing frontmatter: the file must start with a "---" line');
    return { problems };
  }
  const end = lines.indexOf('---', 1);
  const endTrimmed = end > 0 ? end : lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (endTrimmed < 0) {
    report(1, 'unterminated frontmatter: no closing "---" line');
    return { problems };
  }
  const yamlText = lines.slice(1, endTrimmed).join('\n');
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  for (const err of doc.errors) {
    const pos = err.linePos?.[0]?.line ?? 1;
    report(pos + 1, `frontmatter: ${err.message.split('\n')[0]}`);
  }
  if (doc.errors.length > 0) {
    return { problems };
  }
  const root = doc.contents;
  if (!isMap(root)) {
    report(2, 'frontmatter must be a mapping of keys to values');
    return { problems };
  }
  const lineOf = (node: YamlNode | null | undefined): number =>
    node?.range ? counter.linePos(node.range[0]).line + 1 : 1;
  const keyLine = (key: string): number => {
    const pair = root.items.find((p) => isScalar(p.key) && p.key.value === key);
    return pair ? lineOf(pair.key as YamlNode) : 1;
  };
  const data = doc.toJS() as Record<string, unknown>;

  const known = new Set(['id', 'title', 'aliases', 'topic', 'tags', 'summary', 'related', 'verified']);
  for (const key of Object.keys(data)) {
    if (!known.has(key)) report(keyLine(key), `unknown frontmatter key "${key}"`, 'warning');
  }

  const id = data.id;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
    report(keyLine('id'), 'id must be kebab-case ASCII (a-z, 0-9, single hyphens)');
  }

  const localized = (key: 'title' | 'summary'): Localized | undefined => {
    const value = data[key];
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      report(keyLine(key), `${key} must have a zh and an en entry`);
      return undefined;
    }
    const rec = value as Record<string, unknown>;
    const out: Localized = { zh: '', en: '' };
    for (const lang of LANGS) {
      const v = rec[lang];
      if (typeof v !== 'string' || v.trim() === '') {
        report(keyLine(key), `${key}.${lang} is missing or empty`);
      } else {
        out[lang] = v.trim();
      }
    }
    return out;
  };
  const title = localized('title');
  const summary = localized('summary');
  if (summary) {
    for (const lang of LANGS) {
      if ([...summary[lang]].length > SUMMARY_MAX) {
        report(keyLine('summary'), `summary.${lang} is longer than ${SUMMARY_MAX} characters`);
      }
    }
  }

  const aliases: Alias[] = [];
  const rawAliases = data.aliases;
  if (!Array.isArray(rawAliases) || rawAliases.length === 0) {
    report(keyLine('aliases'), 'aliases must be a non-empty list');
  } else {
    const aliasNode = root.get('aliases', true);
    rawAliases.forEach((entry, i) => {
      const line = isSeq(aliasNode) ? lineOf(aliasNode.items[i] as YamlNode) : keyLine('aliases');
      const alias = toAlias(entry);
      if (typeof alias === 'string') {
        report(line, `aliases[${i}]: ${alias}`);
      } else {
        aliases.push(alias);
      }
    });
    const seen = new Set<string>();
    for (const a of aliases) {
      const key = a.term.toLowerCase() + '\u0000' + (a.languages ?? []).join(',');
      if (seen.has(key)) report(keyLine('aliases'), `alias "${a.term}" is listed twice`, 'warning');
      seen.add(key);
    }
  }

  let topic: string[] = [];
  if (typeof data.topic !== 'string' || data.topic.trim() === '') {
    report(keyLine('topic'), 'topic must be a path such as "machine-learning/optimization"');
  } else {
    topic = data.topic.split('/').map((s) => s.trim()).filter(Boolean);
    if (topic.length === 0 || topic.some((s) => !TOPIC_SEGMENT.test(s))) {
      report(keyLine('topic'), 'topic segments must be kebab-case ASCII separated by "/"');
    }
  }

  const stringList = (key: 'tags' | 'related'): string[] => {
    const value = data[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
      report(keyLine(key), `${key} must be a list of strings`);
      return [];
    }
    return value as string[];
  };
  const tags = stringList('tags');
  const related = stringList('related');
  const verified = parseVerified(data.verified, () => report(keyLine('verified'), 'verified must map a tool or library to the version checked, e.g. { kubectl: "1.31" }'));
  if (origin === 'bundled' && !verified && isFastMoving(topic)) {
    report(keyLine('topic'), `a note in ${topic.join('/')} states version-dependent facts: add verified: { tool: "version" } with the version its facts were checked against`, 'warning');
  }
  const defaultContext = topic.length > 0 ? [topic[0]] : [];
  for (const alias of aliases) {
    if (alias.context && alias.context.length === 0) alias.context = defaultContext;
  }

  // Body: split into language sections by marker lines.
  const body: Localized = { zh: '', en: '' };
  const bodyLine = { zh: 0, en: 0 };
  let current: Lang | undefined;
  const chunks: Record<Lang, string[]> = { zh: [], en: [] };
  for (let i = endTrimmed + 1; i < lines.length; i++) {
    const m = LANG_MARKER.exec(lines[i]);
    if (m) {
      current = m[1] as Lang;
      if (bodyLine[current] !== 0) report(i + 1, `second "<!-- lang: ${current} -->" section`);
      bodyLine[current] = i + 1;
      continue;
    }
    if (current) {
      chunks[current].push(lines[i]);
    } else if (lines[i].trim() !== '') {
      report(i + 1, 'text before the first "<!-- lang: zh|en -->" marker is ignored', 'warning');
    }
  }
  for (const lang of LANGS) {
    body[lang] = chunks[lang].join('\n').trim();
    if (bodyLine[lang] === 0) {
      report(endTrimmed + 2, `missing body section "<!-- lang: ${lang} -->"`);
    } else if (body[lang] === '') {
      report(bodyLine[lang], `the ${lang} body is empty`);
    } else {
      checkSections(chunks[lang], bodyLine[lang], lang, report);
    }
  }

  if (problems.some((p) => p.severity === 'error') && (typeof id !== 'string' || !title || aliases.length === 0)) {
    return { problems };
  }
  if (typeof id !== 'string' || !title || !summary) {
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
    origin,
    file,
    body,
    bodyLine,
    keyLines: { aliases: keyLine('aliases'), related: keyLine('related') },
  };
  return { note, problems };
}

/** Topics whose facts change from release to release (flags, defaults, APIs). */
const FAST_MOVING_TOPICS = ['kubernetes', 'go', 'linux', 'java', 'frontend/react', 'databases/mysql', 'databases/postgresql'];

function isFastMoving(topic: readonly string[]): boolean {
  const path = topic.join('/');
  return FAST_MOVING_TOPICS.some((t) => path === t || path.startsWith(t + '/'));
}

export function parseVerified(value: unknown, invalid: () => void): Record<string, string> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    invalid();
    return undefined;
  }
  const out: Record<string, string> = {};
  for (const [tool, version] of Object.entries(value as Record<string, unknown>)) {
    if ((typeof version !== 'string' && typeof version !== 'number') || String(version).trim() === '') {
      invalid();
      return undefined;
    }
    out[tool] = String(version).trim();
  }
  return out;
}

const TOPIC_PATH = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** `context: true` (the note's own topic, filled in by the caller as []), a topic path, or a list of them. */
function toContext(value: unknown): string[] | string {
  if (value === true) return [];
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.length === 0 || list.some((t) => typeof t !== 'string' || !TOPIC_PATH.test(t))) {
    return 'context must be true, a topic path such as "kubernetes", or a list of topic paths';
  }
  return list as string[];
}

export function toAlias(entry: unknown): Alias | string {
  if (typeof entry === 'string' || typeof entry === 'number') {
    const term = String(entry).trim();
    return term ? { term } : 'empty alias';
  }
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    return 'must be a string or { term, languages, shared, context, forms, prose }';
  }
  const rec = entry as Record<string, unknown>;
  if (typeof rec.term !== 'string' || rec.term.trim() === '') return 'term is missing';
  const alias: Alias = { term: rec.term.trim() };
  if (rec.languages !== undefined) {
    if (!Array.isArray(rec.languages) || rec.languages.length === 0 || rec.languages.some((l) => typeof l !== 'string')) {
      return 'languages must be a non-empty list of language ids';
    }
    alias.languages = rec.languages as string[];
  }
  if (rec.shared !== undefined) {
    if (typeof rec.shared !== 'boolean') return 'shared must be true or false';
    alias.shared = rec.shared;
  }
  if (rec.context !== undefined && rec.context !== false) {
    const context = toContext(rec.context);
    if (typeof context === 'string') return context;
    alias.context = context;
  }
  if (rec.forms !== undefined) {
    if (typeof rec.forms !== 'boolean') return 'forms must be true or false';
    if (!rec.forms) alias.forms = false;
  }
  if (rec.prose !== undefined) {
    if (typeof rec.prose !== 'boolean') return 'prose must be true or false';
    if (!rec.prose) {
      if (!alias.languages) return 'prose: false needs languages (the code it is a keyword of)';
      alias.prose = false;
    }
  }
  for (const key of Object.keys(rec)) {
    if (!['term', 'languages', 'shared', 'context', 'forms', 'prose'].includes(key)) return `unknown key "${key}"`;
  }
  return alias;
}

/** Flags headings with nothing under them (an empty section). */
function checkSections(
  body: string[],
  firstLine: number,
  lang: Lang,
  report: (line: number, message: string, severity?: Severity) => void,
): void {
  let heading: { text: string; line: number; level: number } | undefined;
  let hasContent = false;
  let inFence = false;
  const close = (nextLevel: number) => {
    // A heading directly followed by a deeper heading is a parent, not an empty section.
    if (heading && !hasContent && nextLevel <= heading.level) {
      report(heading.line, `empty section "${heading.text}" in the ${lang} body`);
    }
  };
  body.forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const m = inFence ? null : /^(#{1,6})\s+(.*)$/.exec(line);
    if (m) {
      close(m[1].length);
      heading = { text: m[2].trim(), line: firstLine + 1 + i, level: m[1].length };
      hasContent = false;
    } else if (line.trim() !== '') {
      hasContent = true;
    }
  });
  close(0);
}

/** Every `[[id]]` / `[[id|label]]` target in a markdown text, with 0-based line numbers. */
export function wikiLinks(markdown: string): { id: string; line: number }[] {
  const out: { id: string; line: number }[] = [];
  let fence: string | undefined;
  markdown.split('\n').forEach((line, i) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === undefined || marker.startsWith(fence))) {
      fence = fence === undefined ? marker : undefined;
      return;
    }
    if (fence !== undefined) return;
    // Inline code is code, not a link: `x[[0]]`.
    const prose = line.replace(/(`+)[^`]*?\1/g, (m) => ' '.repeat(m.length));
    for (const m of prose.matchAll(WIKILINK)) out.push({ id: m[1].trim(), line: i });
  });
  return out;
}

export function localize(value: Localized, lang: Lang): string {
  return value[lang] || value[lang === 'zh' ? 'en' : 'zh'];
}

export function toMeta(note: Note): NoteMeta {
  const { body: _body, bodyLine: _bodyLine, keyLines: _keyLines, ...meta } = note;
  return meta;
}
