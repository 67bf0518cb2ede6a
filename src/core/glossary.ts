/**
 * Contextive glossaries (`*.glossary.yml`, `.contextive/definitions.yml`; schema:
 * https://contextive.tech, also in SchemaStore): `contexts[]` of `{ name, domainVisionStatement, paths,
 * terms[] of { name, definition, examples, aliases } }`. Each term becomes a workspace note whose topic
 * is its context.
 */
import { newLineCounter, parseDocument, isMap, isSeq, type YamlNode } from './yaml-lib';
import type { TopicNames } from './corpus';
import { isNoteIdSyntax, type Note, type Problem } from './note';
import { derivedId, detectLanguage, firstSentence } from './workspace-note';

export function isGlossaryFile(relativePath: string): boolean {
  const lower = relativePath.toLowerCase();
  return lower.endsWith('.glossary.yml') || lower.endsWith('.glossary.yaml') || lower === '.contextive/definitions.yml' || lower.endsWith('/.contextive/definitions.yml');
}

/** A glossary holds many terms, so it may be larger than one note (MAX_NOTE_BYTES), within reason. */
export const MAX_GLOSSARY_CHARS = 1024 * 1024;

export interface ParsedGlossary {
  notes: Note[];
  topics: TopicNames;
  problems: Problem[];
}

/**
 * @param folder the folder the glossary governs (a URI or path prefix ending in "/"): its own folder, or
 *   the workspace folder for `.contextive/definitions.yml`.
 * @param everywhere true for a glossary at the workspace root: it applies to every file.
 */
export function parseGlossary(text: string, file: string, folder: string, everywhere: boolean): ParsedGlossary {
  const notes: Note[] = [];
  const topics: TopicNames = {};
  const problems: Problem[] = [];
  const report = (line: number, message: string, severity: 'error' | 'warning' = 'error') => problems.push({ file, line, severity, message });
  if (text.length > MAX_GLOSSARY_CHARS) {
    report(1, `glossary is larger than ${MAX_GLOSSARY_CHARS / 1024} KiB`);
    return { notes, topics, problems };
  }
  if (text.includes('\u0000')) {
    report(1, 'binary file (contains NUL bytes): not a glossary');
    return { notes, topics, problems };
  }
  const counter = newLineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: counter, prettyErrors: false });
  for (const err of doc.errors) report((err.linePos?.[0]?.line ?? 0) + 1, `glossary: ${err.message.split('\n')[0]}`);
  if (doc.errors.length > 0) return { notes, topics, problems };
  const lineOf = (node: unknown) => {
    const range = (node as YamlNode | undefined)?.range;
    return range ? counter.linePos(range[0]).line : 1;
  };
  const root = doc.contents;
  const contextsNode = isMap(root) ? root.get('contexts', true) : undefined;
  if (!isSeq(contextsNode)) {
    if (root !== null) report(1, 'a glossary needs a list of contexts: "contexts:"');
    return { notes, topics, problems };
  }
  const data = doc.toJS() as { contexts: unknown[] };
  data.contexts.forEach((raw, c) => {
    const contextLine = lineOf(contextsNode.items[c]);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      report(contextLine, `contexts[${c}] must be a mapping with a name and terms`);
      return;
    }
    const context = raw as Record<string, unknown>;
    const name = typeof context.name === 'string' && context.name.trim() ? context.name.trim() : `context ${c + 1}`;
    if (context.name === undefined) report(contextLine, `contexts[${c}] has no name`, 'warning');
    const topicPath = derivedId(name) || `context-${c + 1}`;
    const vision = typeof context.domainVisionStatement === 'string' ? context.domainVisionStatement.trim() : undefined;
    topics[topicPath] = { zh: name, en: name, ...(vision ? { description: vision } : {}) };
    const termsNode = isMap(contextsNode.items[c]) ? (contextsNode.items[c] as { get(k: string, keep: true): unknown }).get('terms', true) : undefined;
    if (!Array.isArray(context.terms)) {
      report(contextLine, `context "${name}" needs a list of terms`);
      return;
    }
    const contextScope = scopesOf(folder, everywhere, context.paths);
    context.terms.forEach((rawTerm, t) => {
      const line = isSeq(termsNode) ? lineOf(termsNode.items[t]) : contextLine;
      if (typeof rawTerm !== 'object' || rawTerm === null || Array.isArray(rawTerm)) {
        report(line, `context "${name}": terms[${t}] must be a mapping with a name`);
        return;
      }
      const term = rawTerm as Record<string, unknown>;
      const termName = typeof term.name === 'string' || typeof term.name === 'number' ? String(term.name).trim() : '';
      if (!termName) {
        report(line, `context "${name}": terms[${t}] has no name`);
        return;
      }
      const definition = typeof term.definition === 'string' ? term.definition.trim() : '';
      const examples = stringList(term.examples);
      const aliases = stringList(term.aliases);
      const id = `${topicPath}/${derivedId(termName) || `term-${t + 1}`}`;
      if (!isNoteIdSyntax(id)) {
        report(line, `context "${name}": cannot make a note id from "${termName}"`);
        return;
      }
      const lang = detectLanguage([termName, definition, ...examples].join(' '));
      const heading = lang === 'zh' ? '示例' : 'Examples';
      const body = [definition, examples.length > 0 ? `## ${heading}\n\n${examples.map((e) => `- ${e}`).join('\n')}` : ''].filter(Boolean).join('\n\n');
      const summary = firstSentence(definition) || termName;
      notes.push({
        id,
        title: { zh: termName, en: termName },
        aliases: aliases.map((a) => ({ term: a })),
        topic: [topicPath],
        tags: [],
        summary: { zh: summary, en: summary },
        related: [],
        origin: 'user',
        file,
        body: { zh: body, en: body },
        bodyLine: { zh: line, en: line },
        keyLines: { aliases: line, related: line },
        lang,
        ...(contextScope ? { scope: contextScope } : {}),
      });
    });
  });
  return { notes, topics, problems };
}

function stringList(value: unknown): string[] {
  if (typeof value === 'string') return [value.trim()].filter(Boolean);
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map((v) => String(v).trim()).filter(Boolean);
}

/**
 * A context's `paths` narrow it to folders below the glossary's own scope; `**` (Contextive's
 * default) or no paths keep the glossary's scope.
 */
function scopesOf(folder: string, everywhere: boolean, paths: unknown): string[] | undefined {
  const own = everywhere ? undefined : [folder];
  const list = stringList(paths).map((p) => p.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/?\*\*$/, '').replace(/\/+$/, ''));
  if (list.length === 0 || list.some((p) => p === '' || p.includes('*') || p.startsWith('/') || p.split('/').includes('..'))) return own;
  return list.map((p) => `${folder}${p}/`);
}
