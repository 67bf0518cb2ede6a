// Parsing a note file in the bundled notes' strict format (workspace notes: workspace-note.ts).
import { newLineCounter, parseDocument, isMap, isSeq, isScalar, type YamlNode } from './yaml-lib';
import { checkSections, isFastMoving } from './note-check';
import { containsTerm, LANG_MARKER, LANGS, MAX_NOTE_BYTES, SUMMARY_MAX, type Alias, type Lang, type Localized, type Note, type NoteOrigin, type ParseResult, type Problem, type Severity } from './note';
import { aliasIdentity, ownField, termKeys } from './matcher';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TOPIC_SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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
  const counter = newLineCounter();
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

  const known = new Set(['id', 'title', 'aliases', 'topic', 'tags', 'summary', 'related', 'verified', 'general']);
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
      // The same words, read as the same term (`HuggingFace` and `Huggingface` are two keys, `Pod` and `pod` one).
      const key = a.term.toLowerCase() + '\u0000' + aliasIdentity(termKeys(a.term)[0] ?? '', a.term, a.languages, a.case === 'exact');
      if (seen.has(key)) report(keyLine('aliases'), `alias "${a.term}" is listed twice`, 'warning');
      seen.add(key);
      // A scoped identifier (`{ term: __IO, languages: [c] }`) meets its word only in its code or its topic's prose.
      const brokenBy = wordBreakOnly(a.term);
      if (brokenBy) {
        report(keyLine('aliases'), `alias "${a.term}" matches as "${brokenBy}": a lone "_" or "-" is a word break, not a character`, 'warning');
      }
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
  for (const message of stampWarnings(verified)) report(keyLine('verified'), message, 'warning');
  if (origin === 'bundled' && !verified && isFastMoving(topic)) {
    report(keyLine('topic'), `a note in ${topic.join('/')} states version-dependent facts: add verified: { tool: "version" } with the version its facts were checked against`, 'warning');
  }
  if (data.general !== undefined && typeof data.general !== 'boolean') report(keyLine('general'), 'general must be true or false');
  const general = data.general === true;
  const defaultContext = topic.length > 0 ? [ownField(topic.join('/'))] : [];
  for (const alias of aliases) {
    if (alias.context && alias.context.length === 0) alias.context = defaultContext;
  }

  // Body: split into language sections by marker lines.
  const body: Localized = { zh: '', en: '' };
  const { chunks, line: bodyLine, repeated, stray } = splitLanguageSections(lines, endTrimmed + 1);
  for (const { lang, line } of repeated) report(line, `second "<!-- lang: ${lang} -->" section`);
  for (const line of stray) report(line, 'text before the first "<!-- lang: zh|en -->" marker is ignored', 'warning');
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
    ...(general ? { general } : {}),
    origin,
    file,
    body,
    bodyLine,
    keyLines: { aliases: keyLine('aliases'), related: keyLine('related') },
  };
  return { note, problems };
}

/**
 * A version, date or revision, or a short list of them: "1.31", "2025-06-18", "C++20", "API 12", "8446, 9846",
 * "main, commit 00388f6". Not a description of what was read ("Messages reference", "docs (config.yaml)"), which
 * the viewer's footer would show as if it were a version.
 */
export function isVersionStamp(value: string): boolean {
  return /\d/.test(value) && value.length <= 24 && !/[()[\];]/.test(value);
}

/** A warning for each `verified:` value that is no version stamp (see isVersionStamp). */
export function stampWarnings(verified: Record<string, string> | undefined): string[] {
  const out: string[] = [];
  for (const [tool, version] of Object.entries(verified ?? {})) {
    if (!isVersionStamp(version)) out.push(`verified: ${tool}: "${version}" should be the version, date or revision its facts were checked against, e.g. "1.31", "2026-06" or "main, commit 1a2b3c4"`);
  }
  return out;
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

const ALIAS_KEYS = ['term', 'languages', 'shared', 'context', 'forms', 'prose', 'case', 'member', 'command', 'kinds', 'imports', 'notInside'];

/** A module as code imports it: `logging`, `java.util.logging`, `@nestjs/common`, `log/slog`. */
const MODULE_NAME = /^@?[A-Za-z_][\w-]*(?:[./][A-Za-z_][\w-]*)*$/;

/** A Kubernetes kind as a manifest writes it: `NetworkPolicy`, `CiliumNetworkPolicy`. */
const MANIFEST_KIND = /^[A-Z][A-Za-z0-9]*$/;

const TOPIC_PATH = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** `context: true` (the note's own topic, filled in by the caller as []), a topic path, or a list of them; "!path" excludes a sub-topic. */
function toContext(value: unknown): string[] | string {
  if (value === true) return [];
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.some((t) => typeof t !== 'string' || !TOPIC_PATH.test(t.replace(/^!/, ''))) || !list.some((t) => !t.startsWith('!'))) {
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
    return `must be a string or { ${ALIAS_KEYS.join(', ')} }`;
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
  if (rec.member !== undefined) {
    if (typeof rec.member !== 'boolean') return 'member must be true or false';
    if (!alias.languages) return rec.member ? 'member: true needs languages (the code whose method it is)' : 'member: false needs languages (the code whose global name it is)';
    alias.member = rec.member;
  }
  if (rec.command !== undefined) {
    if (typeof rec.command !== 'boolean') return 'command must be true or false';
    if (rec.command) {
      if (!alias.languages?.includes('shellscript')) return 'command: true needs languages with shellscript (the shell code it is a command of)';
      alias.command = true;
    }
  }
  if (rec.case !== undefined) {
    if (rec.case !== 'exact' && rec.case !== 'any') return 'case must be exact or any';
    alias.case = rec.case;
  }
  if (rec.kinds !== undefined) {
    if (!Array.isArray(rec.kinds) || rec.kinds.length === 0 || rec.kinds.some((k) => typeof k !== 'string' || !MANIFEST_KIND.test(k))) {
      return 'kinds must be a list of Kubernetes kinds, such as [NetworkPolicy]';
    }
    if (alias.context) return 'kinds is the context of the alias already: leave out context';
    if (alias.languages && (alias.languages.length !== 1 || alias.languages[0] !== 'yaml')) return 'kinds matches in YAML manifests only: leave out languages';
    alias.kinds = rec.kinds as string[];
    alias.languages = ['yaml'];
    alias.prose = false;
  }
  if (rec.imports !== undefined) {
    if (!Array.isArray(rec.imports) || rec.imports.length === 0 || rec.imports.some((m) => typeof m !== 'string' || !MODULE_NAME.test(m))) {
      return 'imports must be a list of module names, such as [logging] or ["@nestjs/common"]';
    }
    if (alias.context || alias.kinds) return 'imports is the context of the alias already: leave out context and kinds';
    alias.imports = rec.imports as string[];
  }
  if (rec.notInside !== undefined) {
    const list = rec.notInside;
    if (!Array.isArray(list) || list.length === 0 || list.some((w) => typeof w !== 'string' || !containsTerm(w, alias.term))) {
      return 'notInside must be a list of longer words that contain the term';
    }
    alias.notInside = list as string[];
  }
  for (const key of Object.keys(rec)) {
    if (!ALIAS_KEYS.includes(key)) return `unknown key "${key}"`;
  }
  return alias;
}

/**
 * The body's language sections: each `<!-- lang: xx -->` line starts one (the strict format, and team
 * notes written in both languages). Lines are 1-based; a language without a marker has line 0.
 */
export function splitLanguageSections(lines: readonly string[], from: number) {
  const chunks: Record<Lang, string[]> = { zh: [], en: [] };
  const line: Record<Lang, number> = { zh: 0, en: 0 };
  const repeated: { lang: Lang; line: number }[] = [];
  const stray: number[] = [];
  let current: Lang | undefined;
  for (let i = from; i < lines.length; i++) {
    const m = LANG_MARKER.exec(lines[i]);
    if (m) {
      current = m[1] as Lang;
      if (line[current] !== 0) repeated.push({ lang: current, line: i + 1 });
      line[current] = i + 1;
    } else if (current) {
      chunks[current].push(lines[i]);
    } else if (lines[i].trim() !== '') {
      stray.push(i + 1);
    }
  }
  return { chunks, line, repeated, stray };
}

/**
 * What an alias matches as when one of its words is only word breaks: `import _` is the word `import`.
 * Undefined otherwise: a flag keeps its dashes (`--no-ff`), and a term's leading and trailing underscores
 * must be in the text (`__Vectors`, `detach_`; see the matcher).
 */
export function wordBreakOnly(term: string): string | undefined {
  const words = term.trim().split(/\s+/);
  const kept = words.filter((w) => !/^[-_]+$/.test(w));
  return kept.length > 0 && kept.length < words.length ? kept.join(' ') : undefined;
}
