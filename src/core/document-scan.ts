/**
 * A whole document's matches with topic context:
 * 1. scan every segment (Markdown prose and fences, or the whole code file) with context unknown:
 *    unambiguous terms match, contextual ones are deferred;
 * 2. weigh the document's topics by its unambiguous matches (and by its language);
 * 3. rescan only the lines where something was deferred, now that the context is known;
 * 4. where several notes claim one match, keep those whose topic the document is most about.
 */
import type { TermMatching } from './layered-matcher';
import { deferredContext, PROSE_LANGUAGES, topicRoot, UMBRELLA_TOPICS, type Match, type ScanEnv, type TermEntry } from './matcher';
import { codeSpans, commentRanges, hasCommentSyntax, IncludeNames, markdownSegments, withoutUrls, type Segment } from './text-structure';

/** A topic needs this much weight (matches of its unambiguous terms) before its ordinary words count. */
export const MIN_TOPIC_SUPPORT = 2;

/** ...and at least this share of the weight of the topic the document is most about. */
export const MIN_TOPIC_SHARE = 0.1;

/** What one distinct ordinary word of a topic adds to a topic that has evidence of its own. */
const WEAK_EVIDENCE = 0.5;

/** A language is evidence of a topic: a Go file is about Go. */
const LANGUAGE_TOPICS: Record<string, string> = {
  go: 'go',
  java: 'java',
  python: 'tools/python',
  shellscript: 'tools/shell',
  dockerfile: 'tools/containers',
  sql: 'databases',
  c: 'cpp',
  cpp: 'cpp',
  // A shader is graphics code whatever it names.
  glsl: 'graphics',
  hlsl: 'graphics',
  wgsl: 'graphics',
  // JSX is React's syntax (Preact and Solid borrow its props model): a .tsx file is about React.
  typescriptreact: 'frontend/react',
  javascriptreact: 'frontend/react',
  css: 'frontend',
  scss: 'frontend',
  less: 'frontend',
  vue: 'frontend/vue',
  tsconfig: 'frontend',
  'package-json': 'tools/javascript',
};

/**
 * JavaScript and TypeScript say which framework they are written for in their imports: a store that
 * imports `computed` from 'vue' is Vue code whatever else it mentions. Each pattern comes with strings
 * one of which its every match contains: a file without them is not searched with the slower RegExp.
 */
const FRAMEWORK_IMPORTS: readonly [readonly string[], RegExp, string][] = [
  [['vue', 'pinia'], /\b(?:from|import|require\()\s*['"](?:vue|pinia|vue-router|@vue\/[\w-]+)['"]/, 'frontend/vue'],
  [['react'], /\b(?:from|import|require\()\s*['"](?:react|react-dom(?:\/client)?|react\/jsx-runtime)['"]/, 'frontend/react'],
];
const SCRIPT_LANGUAGES = new Set(['javascript', 'typescript', 'javascriptreact', 'typescriptreact', 'vue']);

const KUBERNETES_MANIFEST = /^\s*"?apiVersion"?\s*:\s*"?[a-z0-9.\-/]*v\d/m;
const KUBERNETES_KIND = /^\s*"?kind"?\s*:\s*"?[A-Z][A-Za-z]+/m;

export interface DocumentScanResult<T> {
  matches: Match<T>[];
  /** Weight of each topic path prefix ("kubernetes", "kubernetes/resources"). */
  topics: ReadonlyMap<string, number>;
}

/**
 * @param noteOf which note an entry's value belongs to (two entries of one note are one claim).
 */
export function scanDocument<T>(matcher: TermMatching<T>, text: string, languageId: string, noteOf: (value: T) => string): DocumentScanResult<T> {
  const literals: number[] = [];
  const structure = withoutUrls(text, structureOf(text, languageId, literals));
  const includes = IncludeNames.of(text, structure);
  const segments = includes?.segments ?? structure;
  const codeSpans = codeSpansOf(text, languageId, segments);
  const deferred: number[] = [];
  const deferredEntries: TermEntry<unknown>[] = [];
  let matches: Match<T>[] = [];
  for (const seg of segments) {
    const env: ScanEnv = { languageId: seg.languageId, prose: seg.prose, literals, codeSpans, evidence: true, deferred, deferredEntries };
    matcher.matchInto(matches, text, env, seg.from, seg.to);
  }
  if (includes) matches = includes.filter(matches);

  // Count matches per note topic first, then spread the counts over each topic's prefixes.
  const perTopic = new Map<string, number>();
  const addWeight = (topic: string, weight: number) => perTopic.set(topic, (perTopic.get(topic) ?? 0) + weight);
  const priors = new Set<string>([languageId]);
  for (const seg of segments) priors.add(seg.languageId);
  for (const lang of priors) {
    const topic = LANGUAGE_TOPICS[lang];
    if (topic) addWeight(topic, MIN_TOPIC_SUPPORT);
  }
  if (SCRIPT_LANGUAGES.has(languageId)) {
    for (const [names, imports, topic] of FRAMEWORK_IMPORTS) if (names.some((name) => text.includes(name)) && imports.test(text)) addWeight(topic, MIN_TOPIC_SUPPORT);
  }
  // A manifest says what it is: apiVersion and kind at the top level are Kubernetes.
  if ((languageId === 'yaml' || languageId === 'json') && KUBERNETES_MANIFEST.test(text) && KUBERNETES_KIND.test(text)) {
    addWeight('kubernetes', MIN_TOPIC_SUPPORT);
  }
  let evidenceSeen = false;
  for (const m of matches) {
    const topic = singleTopic(m.entries, noteOf);
    if (topic) addWeight(topic, 1);
    for (const e of m.entries) {
      if (!e.evidence || !e.topic) continue;
      evidenceSeen = true;
      addWeight(e.topic, 1);
    }
  }
  // Evidence terms (a topic's own name) have done their job: they are no match. Where one covered
  // text alone, its line is scanned again without it, for shorter terms it may have hidden.
  const rescan: number[] = [];
  if (evidenceSeen) {
    const kept: Match<T>[] = [];
    for (const m of matches) {
      if (!m.entries.some((e) => e.evidence)) kept.push(m);
      else if (m.entries.every((e) => e.evidence)) rescan.push(m.start);
      else kept.push(withEntries(m, m.entries.filter((e) => !e.evidence)));
    }
    matches = kept;
  }
  // Several different ordinary words of one topic (Job, Pod, namespace) back up a topic that has
  // evidence of its own; on their own they are not enough (a changelog's "deployment" and "service").
  const distinctDeferred = new Map<string, Set<string>>();
  for (const e of deferredEntries) {
    if (!e.topic) continue;
    const notes = distinctDeferred.get(e.topic) ?? new Set<string>();
    notes.add(noteOf(e.value as T));
    distinctDeferred.set(e.topic, notes);
  }
  const evidenced = new Set([...perTopic.keys()].map(topicRoot));
  for (const [topic, notes] of distinctDeferred) if (evidenced.has(topicRoot(topic))) addWeight(topic, notes.size * WEAK_EVIDENCE);
  const topics = new Map<string, number>();
  for (const [topic, count] of perTopic) {
    for (let slash = topic.indexOf('/'); ; slash = topic.indexOf('/', slash + 1)) {
      const prefix = slash < 0 ? topic : topic.slice(0, slash);
      topics.set(prefix, (topics.get(prefix) ?? 0) + count);
      if (slash < 0) break;
    }
  }
  // A topic must also be a fair part of what the document is about: two mentions of Go in a Vite guide do
  // not make its "maps" and "selected" Go words.
  let dominant = 0;
  let dominantRoot = '';
  for (const [topic, weight] of topics) {
    if (!topic.includes('/') && weight >= dominant) {
      dominant = weight;
      dominantRoot = topic;
    }
  }
  const needed = Math.max(MIN_TOPIC_SUPPORT, dominant * MIN_TOPIC_SHARE);
  // Within the field the document is most about, a sub-topic (frontend/vue) is weighed against its
  // siblings (frontend/react), not against the whole field: a Vue source file full of plain JavaScript is
  // still a Vue file. (Not under `tools`, whose sub-topics are fields of their own.)
  const heaviestSibling = new Map<string, number>();
  for (const [topic, weight] of topics) {
    const slash = topic.lastIndexOf('/');
    if (slash < 0) continue;
    const parent = topic.slice(0, slash);
    heaviestSibling.set(parent, Math.max(heaviestSibling.get(parent) ?? 0, weight));
  }
  const supported = (topic: string): boolean => {
    const weight = topics.get(topic) ?? 0;
    if (weight >= needed) return true;
    const slash = topic.lastIndexOf('/');
    if (slash < 0 || topicRoot(topic) !== dominantRoot || UMBRELLA_TOPICS.has(dominantRoot)) return false;
    const parent = topic.slice(0, slash);
    return supported(parent) && weight >= Math.max(MIN_TOPIC_SUPPORT, (heaviestSibling.get(parent) ?? 0) * MIN_TOPIC_SHARE);
  };
  // Asked once per deferred entry and again per contextual entry of a rescan: the answer per context is
  // remembered (an entry's context, and each topic's default context, is one array).
  const verdicts = new Map<readonly string[], boolean>();
  const supports = (context: readonly string[]) => {
    let verdict = verdicts.get(context);
    if (verdict === undefined) {
      verdict = context.some(supported);
      verdicts.set(context, verdict);
    }
    return verdict;
  };

  // A line is scanned again only where a deferred entry now applies: elsewhere the second pass would
  // reject what the first one set aside, and find what it found.
  for (let k = 0; k < deferred.length; k++) if (supports(deferredContext(deferredEntries[k]))) rescan.push(deferred[k]);
  if (rescan.length > 0) {
    matches = rescanDeferredLines(matcher, text, segments, { literals, codeSpans }, matches, rescan, supports);
    if (includes) matches = includes.filter(matches);
  }
  for (let k = 0; k < matches.length; k++) {
    if (matches[k].entries.length < 2) continue;
    const kept = preferDocumentTopic(matches[k].entries, topics, noteOf);
    if (kept !== matches[k].entries) matches[k] = withEntries(matches[k], kept);
  }
  return { matches, topics };
}

/** A copy of a match with other entries (a spread would drop the text a scanned match reads lazily). */
function withEntries<T>(m: Match<T>, entries: TermEntry<T>[]): Match<T> {
  return { start: m.start, end: m.end, text: m.text, entries };
}

/** Code spans matter only where there is prose: Markdown, and code with comments. */
function codeSpansOf(text: string, languageId: string, segments: readonly Segment[]): number[] | undefined {
  let spans: number[];
  if (languageId === 'markdown' || languageId === 'mdx') spans = codeSpans(text, languageId);
  else {
    // In code, only its comments are prose: look there, not through the whole program.
    spans = [];
    for (const seg of segments) if (seg.prose) codeSpans(text.slice(seg.from, seg.to), seg.languageId, spans, seg.from);
  }
  return spans.length > 0 ? spans : undefined;
}

/** @param literals receives the code's string literals (see commentRanges) */
function structureOf(text: string, languageId: string, literals: number[]): Segment[] {
  if (languageId === 'markdown' || languageId === 'mdx') return markdownSegments(text);
  if (PROSE_LANGUAGES.has(languageId) || !hasCommentSyntax(languageId)) return [{ from: 0, to: text.length, languageId, prose: PROSE_LANGUAGES.has(languageId) }];
  if (languageId === 'vue') return vueStructure(text, literals);
  return codeStructure(text, languageId, literals, 0, text.length);
}

/** A Vue single-file component: its `<style>` blocks are CSS (or SCSS, Less), the rest is Vue. */
function vueStructure(text: string, literals: number[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of text.matchAll(/<style\b([^>]*)>([\s\S]*?)<\/style\s*>/g)) {
    const bodyStart = m.index + m[0].indexOf('>') + 1;
    const bodyEnd = bodyStart + m[2].length;
    const lang = /\blang\s*=\s*["']?(scss|sass|less)\b/.exec(m[1])?.[1];
    out.push(...codeStructure(text, 'vue', literals, at, bodyStart));
    out.push(...codeStructure(text, lang === 'less' ? 'less' : lang ? 'scss' : 'css', [], bodyStart, bodyEnd));
    at = bodyEnd;
  }
  out.push(...codeStructure(text, 'vue', literals, at, text.length));
  return out;
}

/** [from, to) of code: its comments are prose, where the scoped terms of the document's topic apply too. */
function codeStructure(text: string, languageId: string, literals: number[], from: number, to: number): Segment[] {
  if (to <= from) return [];
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  const partLiterals: number[] = [];
  const comments = commentRanges(part, languageId, partLiterals);
  for (const offset of partLiterals) literals.push(offset + from);
  const out: Segment[] = [];
  let at = from;
  for (let c = 0; c < comments.length; c += 2) {
    const start = comments[c] + from;
    const end = comments[c + 1] + from;
    if (start > at) out.push({ from: at, to: start, languageId, prose: false });
    out.push({ from: start, to: end, languageId, prose: true });
    at = end;
  }
  if (at < to || out.length === 0) out.push({ from: at, to, languageId, prose: false });
  return out;
}

/**
 * The topic of a match that names one note only (topic evidence aside); undefined when several notes share
 * it or the note is a concept of every field.
 */
function singleTopic<T>(entries: readonly TermEntry<T>[], noteOf: (value: T) => string): string | undefined {
  const first = entries[0];
  if (entries.length === 1) return first.evidence || first.general ? undefined : first.topic;
  let note: string | undefined;
  let topic: string | undefined;
  for (const e of entries) {
    if (e.evidence) continue;
    const id = noteOf(e.value);
    if (note !== undefined && id !== note) return undefined;
    note = id;
    topic = e.general ? undefined : e.topic;
  }
  return topic;
}

function rescanDeferredLines<T>(
  matcher: TermMatching<T>,
  text: string,
  segments: readonly Segment[],
  spans: Pick<ScanEnv, 'literals' | 'codeSpans'>,
  pass1: readonly Match<T>[],
  deferred: readonly number[],
  supports: (context: readonly string[]) => boolean,
): Match<T>[] {
  // The lines holding a deferred offset, found around each offset (no pass over the whole text). A
  // resumable matcher scans a line again from its first deferred offset: the first pass stopped there,
  // and decided everything before it the same way the second pass would.
  const lines: { from: number; to: number; lastDeferred: number }[] = [];
  for (const offset of [...deferred].sort((a, b) => a - b)) {
    const line = lines[lines.length - 1];
    if (line && offset <= line.to) {
      line.lastDeferred = offset;
      continue;
    }
    const from = matcher.resumable ? offset : text.lastIndexOf('\n', offset - 1) + 1;
    const nl = text.indexOf('\n', offset);
    lines.push({ from, to: nl < 0 ? text.length : nl, lastDeferred: offset });
  }
  const out: Match<T>[] = [];
  let k = 0;
  let segIndex = 0;
  for (const { from, to, lastDeferred } of lines) {
    while (k < pass1.length && pass1[k].start < from) out.push(pass1[k++]);
    const lineFirst = k;
    while (k < pass1.length && pass1[k].start < to) k++; // replaced by the rescan below
    const lineEnd = k;
    // Past the line's last deferred offset, a rescan that reaches a point where the first pass's scan also
    // stood (the start or end of one of its matches) finds from there what the first pass found: the rest
    // of the line is copied instead of scanned again. A match past every first-pass match of the line is
    // such a point too: the first pass found nothing after it, and only deferred words, none of them
    // ahead, are decided differently now.
    // The rescan's match ends only grow, so the first-pass matches ending before one are never needed again.
    let resumeAt = -1;
    let next = lineFirst;
    const rejoinsFirstPass = (m: Match<T>): boolean => {
      if (m.end <= lastDeferred) return false;
      while (next < lineEnd && pass1[next].end < m.end) next++;
      if (next === lineEnd) resumeAt = lineEnd;
      else if (pass1[next].start === m.end) resumeAt = next;
      else if (pass1[next].end === m.end) resumeAt = next + 1;
      return resumeAt >= 0;
    };
    const stopAfter = matcher.resumable ? rejoinsFirstPass : undefined;
    while (segIndex < segments.length && segments[segIndex].to <= from) segIndex++;
    for (let s = segIndex; s < segments.length && segments[s].from < to && resumeAt < 0; s++) {
      const seg = segments[s];
      const a = Math.max(from, seg.from);
      const b = Math.min(to, seg.to);
      if (b > a) matcher.matchInto(out, text, { languageId: seg.languageId, prose: seg.prose, ...spans, supports }, a, b, stopAfter);
    }
    if (resumeAt >= 0) for (let j = resumeAt; j < lineEnd; j++) out.push(pass1[j]);
  }
  while (k < pass1.length) out.push(pass1[k++]);
  return out;
}

/** Where notes from different topics claim one match, the topic the document is most about wins; a tie keeps all. */
function preferDocumentTopic<T>(entries: TermEntry<T>[], topics: ReadonlyMap<string, number>, noteOf: (value: T) => string): TermEntry<T>[] {
  if (entries.length < 2) return entries;
  const first = noteOf(entries[0].value);
  if (entries.every((e) => noteOf(e.value) === first)) return entries;
  // An entry is as strong as the best supported of its note's topic and the topics its context names: the
  // C entry of `volatile` (an embedded note, context [cpp]) wins in a C++ document over Java's.
  const weigh = (topic: string) => (topics.get(topicRoot(topic)) ?? 0) * 10_000 + (topics.get(topic) ?? 0);
  const score = (e: TermEntry<T>) => {
    let best = e.topic ? weigh(e.topic) : 0;
    if (e.context) for (const topic of e.context) best = Math.max(best, weigh(topic));
    return best;
  };
  let best = -1;
  let tie = true;
  for (const e of entries) {
    const s = score(e);
    if (best >= 0 && s !== best) tie = false;
    best = Math.max(best, s);
  }
  if (tie) return entries;
  return entries.filter((e) => score(e) === best);
}
