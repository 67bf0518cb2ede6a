/**
 * A whole document's matches with topic context:
 * 1. scan every segment (Markdown prose and fences, or the whole code file) with context unknown:
 *    unambiguous terms match, contextual ones are deferred;
 * 2. weigh the document's topics by its unambiguous matches (and by its language);
 * 3. rescan only the lines where something was deferred, now that the context is known;
 * 4. where several notes claim one match, keep those whose topic the document is most about.
 */
import type { TermMatching } from './layered-matcher';
import { kindAt, manifestKinds, type ManifestKind } from './manifest-kinds';
import { markdownHeadings, preferHeadingNote, type Heading } from './heading-context';
import { importsNamedModule } from './module-imports';
import { withoutOwnClassCalls } from './own-classes';
import { isShellWordNotCommand } from './operator-context';
import { rustImplEntries } from './rust-impl';
import { noteNamedAlone, preferEnclosingKeyNote } from './yaml-parent-key';
import { deferredContext, IMPORT_CONTEXT_PREFIX, isKindEntry, isNameChar, KIND_CONTEXT_PREFIX, ownField, PROSE_LANGUAGES, topicRoot, UMBRELLA_TOPICS, WARM_UP_SCAN_CHARS, type Match, type ScanEnv, type TermEntry } from './matcher';
import { codeSpans, commentCodeLines, commentRanges, embeddedPrograms, hasCommentSyntax, hereDocuments, IncludeNames, workflowRunSteps, isSpace, markdownSegments, outsideEncodedData, restructuredTextSegments, withoutRefNames, withoutUrls, type EmbeddedCode, type Segment } from './text-structure';

/** A topic needs this much weight (matches of its unambiguous terms) before its ordinary words count. */
export const MIN_TOPIC_SUPPORT = 2;

/** ...and at least this share of the weight of the topic the document is most about. */
export const MIN_TOPIC_SHARE = 0.1;
/** How many times as often a note must be named alone to win a match several notes claim (see preferNotesNamedAlone). */
const NAMED_MORE_OFTEN = 3;
/** …and named alone at least this often. */
const MIN_TIMES_NAMED = 2;

/** What one distinct ordinary word of a topic adds to a topic that has evidence of its own. */
const WEAK_EVIDENCE = 0.5;

/** A language is evidence of a topic: a Go file is about Go. */
const LANGUAGE_TOPICS: Record<string, string> = {
  go: 'go',
  java: 'java',
  python: 'tools/python',
  shellscript: 'tools/shell',
  dockerfile: 'tools/containers',
  dockercompose: 'tools/containers',
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
  svelte: 'frontend',
  // Kotlin, Swift and Dart code is Android's, iOS's and Flutter's here, Rust and C# code their own fields': their notes
  // live there, and a Kotlin keyword (`suspend`) scoped to Android must not need other Android words in a short file.
  kotlin: 'mobile/android',
  swift: 'mobile/ios',
  dart: 'mobile/cross-platform',
  rust: 'tools/rust',
  csharp: 'tools/csharp',
  ruby: 'tools/ruby',
  php: 'tools/php',
  tsconfig: 'frontend',
  'package-json': 'tools/javascript',
  // A Jenkinsfile is a CI/CD pipeline definition.
  jenkinsfile: 'tools/ci-cd',
};

/**
 * JavaScript and TypeScript say which framework they are written for in their imports: a store that
 * imports `computed` from 'vue' is Vue code whatever else it mentions. A module name ending in '/' or '.' is a
 * scope (`@vue/` stands for `@vue/reactivity` and the rest, `@ohos.` for `@ohos.router`).
 */
const FRAMEWORK_IMPORTS: readonly [readonly string[], string][] = [
  [['vue', 'pinia', 'vue-router', '@vue/'], 'frontend/vue'],
  [['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime'], 'frontend/react'],
  [['@angular/'], 'frontend/angular'],
  // NestJS, a Node.js server framework (its note lives with Node.js under tools/javascript).
  [['@nestjs/'], 'tools/javascript'],
  // ArkTS (read as TypeScript): HarmonyOS's kits and system modules, `@kit.ArkUI`, `@ohos.router`, `@ohos.net.http`.
  [['@kit.', '@ohos.'], 'mobile'],
  // LLM clients and frameworks: the OpenAI and Anthropic SDKs, LangChain.js, the Vercel AI SDK (`ai`).
  [['openai', '@anthropic-ai/', 'langchain', '@langchain/', 'ai', '@ai-sdk/'], 'ai-apps'],
];
const SCRIPT_LANGUAGES = new Set(['javascript', 'typescript', 'javascriptreact', 'typescriptreact', 'vue']);
/** A Python file that imports an LLM client or framework is an AI application, whatever its words (`max_tokens`, `token`). */
const PYTHON_FRAMEWORK_IMPORTS: readonly [RegExp, string][] = [[/^[ \t]*(?:from|import)[ \t]+(?:openai|anthropic|langchain\w*|llama_index|litellm|ollama|dashscope|zhipuai)\b/m, 'ai-apps']];

const KUBERNETES_MANIFEST = /^\s*"?apiVersion"?\s*:\s*"?[a-z0-9.\-/]*v\d/m;
const KUBERNETES_KIND = /^\s*"?kind"?\s*:\s*"?[A-Z][A-Za-z]+/m;
/** YAML files that say by their shape what they are about: the first whose patterns all match gives its topic. */
const YAML_FILE_KINDS: readonly { patterns: readonly RegExp[]; topic: string }[] = [
  // An Ansible playbook: plays (a top-level list item with `hosts:`) with tasks, roles or handlers under them.
  { patterns: [/^(?:-[ \t]+|[ \t]+)hosts:[ \t]*\S/m, /^[ \t]+(?:tasks|roles|handlers|pre_tasks|post_tasks):[ \t]*(?:#.*)?$/m], topic: 'tools/ci-cd' },
  // An Ansible role's task or handler file: a top-level list of named tasks, each a module call, with the keywords
  // that only tasks have (blind audit cj: a role's tasks/common.yml explained 2 of 8 expected terms).
  { patterns: [/^-[ \t]+name:[ \t]*\S/m, /^[ \t]+(?:ansible\.builtin\.\w+|apt|yum|dnf|package|copy|template|file|service|systemd|lineinfile|command|shell|user|group|pip|get_url|unarchive|debug|set_fact|include_tasks|import_tasks|include_role|import_role):/m, /^[ \t]+(?:become|register|notify|when|loop|with_items|changed_when|failed_when):/m], topic: 'tools/ci-cd' },
  // A Prometheus rules file: `groups:` at the top, rules named by `alert:` or `record:`, each with a PromQL `expr:`.
  { patterns: [/^groups:[ \t]*(?:#.*)?$/m, /^[ \t]+-[ \t]+(?:alert|record):[ \t]*\S/m, /^[ \t]+expr:/m], topic: 'tools/observability' },
];

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
  const structure = withoutRefNames(text, withoutUrls(text, structureOf(text, languageId, literals)));
  const includes = IncludeNames.of(text, structure);
  const segments = includes?.segments ?? structure;
  const codeSpans = codeSpansOf(text, languageId, segments);
  const codeLanguages = fencedLanguages(languageId, segments);
  // A long document is a long scan even when its comments cut it into short segments, none of which would
  // make matchInto build the word table.
  if (text.length > WARM_UP_SCAN_CHARS) matcher.warmUp();
  const deferred: number[] = [];
  const deferredEntries: TermEntry<unknown>[] = [];
  const heldEnds: number[] = [];
  let matches: Match<T>[] = [];
  const envOf = envsPerKind((seg) => ({ languageId: seg.languageId, prose: seg.prose, programComment: isProgramComment(seg), literals, codeSpans, codeLanguages, evidence: true, deferred, deferredEntries, heldEnds }));
  for (const seg of segments) matcher.matchInto(matches, text, envOf(seg), seg.from, seg.to);
  if (includes) matches = includes.filter(matches);
  matches = outsideEncodedData(matches, text);

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
    for (const topic of importedTopics(text, FRAMEWORK_IMPORTS)) addWeight(topic, MIN_TOPIC_SUPPORT);
  } else if (languageId === 'python') {
    for (const [pattern, topic] of PYTHON_FRAMEWORK_IMPORTS) if (pattern.test(text)) addWeight(topic, MIN_TOPIC_SUPPORT);
  }
  // A manifest says what it is: apiVersion and kind at the top level are Kubernetes.
  if ((languageId === 'yaml' || languageId === 'json') && KUBERNETES_MANIFEST.test(text) && KUBERNETES_KIND.test(text)) {
    addWeight('kubernetes', MIN_TOPIC_SUPPORT);
  } else if (languageId === 'yaml') {
    // So do an Ansible playbook and a Prometheus rules file, where `handlers` or `expr` are their own words.
    const kind = YAML_FILE_KINDS.find((k) => k.patterns.every((p) => p.test(text)));
    if (kind) addWeight(kind.topic, MIN_TOPIC_SUPPORT);
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
  // Words count, not notes: one note's Minor GC, Full GC, 年轻代 and Eden back up a GC text's one "JVM" (blind
  // audit eq); a word's forms (Pod, Pods) are one word.
  const distinctDeferred = new Map<string, Set<string>>();
  for (const e of deferredEntries) {
    if (!e.topic) continue;
    const words = distinctDeferred.get(e.topic) ?? new Set<string>();
    words.add(`${noteOf(e.value as T)}\n${e.term.toLowerCase()}`);
    distinctDeferred.set(e.topic, words);
  }
  // Per field: under the umbrella `tools`, Python evidence backs Python's words, not Rust's or the shell's.
  const evidenced = new Set([...perTopic.keys()].map(ownField));
  for (const [topic, notes] of distinctDeferred) if (evidenced.has(ownField(topic))) addWeight(topic, notes.size * WEAK_EVIDENCE);
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
  // Manifest kinds are the contexts of aliases limited to them (`kinds: [NetworkPolicy]`).
  const kinds = priors.has('yaml') ? manifestKinds(text, segments) : [];
  const kindContexts = new Set(kinds.map((k) => KIND_CONTEXT_PREFIX + k.kind));
  const imported = new Map<string, boolean>();
  const supported = (topic: string): boolean => {
    if (topic.startsWith(KIND_CONTEXT_PREFIX)) return kindContexts.has(topic);
    if (topic.startsWith(IMPORT_CONTEXT_PREFIX)) {
      let verdict = imported.get(topic);
      if (verdict === undefined) imported.set(topic, (verdict = importsNamedModule(text, topic.slice(IMPORT_CONTEXT_PREFIX.length))));
      return verdict;
    }
    const weight = topics.get(topic) ?? 0;
    if (weight >= needed) return true;
    const slash = topic.lastIndexOf('/');
    if (slash < 0 || topicRoot(topic) !== dominantRoot || UMBRELLA_TOPICS.has(dominantRoot)) return false;
    const parent = topic.slice(0, slash);
    return supported(parent) && weight >= Math.max(MIN_TOPIC_SUPPORT, (heaviestSibling.get(parent) ?? 0) * MIN_TOPIC_SHARE);
  };
  // An excluded sub-topic also counts where it holds half of its field's weight: a short Kafka text with one
  // "Apache Kafka" is a databases document only through Kafka (blind audit ak).
  const excluded = (topic: string): boolean => {
    if (supported(topic)) return true;
    const field = ownField(topic);
    return field !== topic && supported(field) && (topics.get(topic) ?? 0) * 2 >= (topics.get(field) ?? 0);
  };
  // Asked once per deferred entry and again per contextual entry of a rescan: the answer per context is
  // remembered (an entry's context, and each topic's default context, is one array).
  const verdicts = new Map<readonly string[], boolean>();
  const supports = (context: readonly string[]) => {
    let verdict = verdicts.get(context);
    if (verdict === undefined) {
      // "!databases/messaging": not where the document is about that topic (a Kafka text for a database word).
      verdict = context.some((t) => t[0] !== '!' && supported(t)) && !context.some((t) => t[0] === '!' && excluded(t.slice(1)));
      verdicts.set(context, verdict);
    }
    return verdict;
  };

  // A line is scanned again only where a deferred entry now applies: elsewhere the second pass would
  // reject what the first one set aside, and find what it found.
  for (let k = 0; k < deferred.length; k++) if (supports(deferredContext(deferredEntries[k]))) rescan.push(deferred[k]);
  if (rescan.length > 0) {
    matches = rescanDeferredLines(matcher, text, segments, { literals, codeSpans, codeLanguages }, matches, heldEnds, rescan, supports);
    if (includes) matches = includes.filter(matches);
    matches = outsideEncodedData(matches, text);
  }
  if (kinds.length > 0) matches = byManifestKind(matches, kinds);
  if (priors.has('shellscript')) matches = shellCommandsOnly(matches, text, segments);
  matches = withoutOwnClassCalls(matches, text);
  let namedAlone: ReadonlyMap<string, number> | undefined;
  let headings: Heading[] | undefined;
  for (let k = 0; k < matches.length; k++) {
    if (matches[k].entries.length < 2) continue;
    let kept = preferDocumentTopic(onePerNote(matches[k].entries, noteOf), topics, perTopic, noteOf);
    if (kept.length > 1 && matches[k].text === 'impl') kept = rustImplEntries(kept, text, matches[k].start, matches[k].end, matcher, noteOf);
    if (kept.length > 1) kept = preferEnclosingKeyNote(kept, matches[k], text, segments, matches, noteOf);
    if (kept.length > 1 && (languageId === 'markdown' || languageId === 'mdx')) kept = preferHeadingNote(kept, matches[k], (headings ??= markdownHeadings(text, segments)), matches, noteOf);
    if (kept.length > 1) kept = preferNotesNamedAlone(kept, (namedAlone ??= matchesNamingOneNote(matches, noteOf)), noteOf);
    if (kept !== matches[k].entries) matches[k] = withEntries(matches[k], kept);
  }
  return { matches, topics };
}

/** How many of the document's matches name each note alone (every entry of the match is that note's). */
function matchesNamingOneNote<T>(matches: readonly Match<T>[], noteOf: (value: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of matches) {
    const note = noteNamedAlone(m, noteOf);
    if (note !== undefined) counts.set(note, (counts.get(note) ?? 0) + 1);
  }
  return counts;
}

/**
 * Where the topics leave several notes on one match, the note the document names most often elsewhere, alone, wins
 * over notes it names less than a third as often: `gap` in a grid guide (`grid-template-columns`, Grid ×30) that
 * mentions Flexbox once is CSS Grid's. Notes named about as often all stay, as do all where the most named is named
 * once (`top_p` beside one "temperature" is still the top-p note's too).
 */
function preferNotesNamedAlone<T>(entries: TermEntry<T>[], namedAlone: ReadonlyMap<string, number>, noteOf: (value: T) => string): TermEntry<T>[] {
  let most = 0;
  for (const e of entries) most = Math.max(most, namedAlone.get(noteOf(e.value)) ?? 0);
  const named = (e: TermEntry<T>) => (namedAlone.get(noteOf(e.value)) ?? 0) * NAMED_MORE_OFTEN >= most;
  return most < MIN_TIMES_NAMED || entries.every(named) ? entries : entries.filter(named);
}

/**
 * A match's entries, one per note: two aliases of one note can match the same words (`NetworkPolicy` and the words
 * apart `network policy`, Vue's `ref` and `ref()`), and the note is one claim, shown once. The same array when none repeats.
 */
function onePerNote<T>(entries: TermEntry<T>[], noteOf: (value: T) => string): TermEntry<T>[] {
  const notes = entries.map((e) => noteOf(e.value));
  if (new Set(notes).size === notes.length) return entries;
  return entries.filter((_, k) => notes.indexOf(notes[k]) === k);
}

/**
 * In shell code a term scoped to the shell is a command: not a variable of that name (`"$source"`, `${source}`,
 * `local source="$1"`), nor a word of a message echo or printf prints (`echo "Waiting for the source"`). Where a
 * command starts, a program's name (a `command: true` alias: `node server.js`) is that program, whatever else the
 * word means in the document's field (a Kubernetes node).
 */
function shellCommandsOnly<T>(matches: Match<T>[], text: string, segments: readonly Segment[]): Match<T>[] {
  const out: Match<T>[] = [];
  let s = 0;
  for (const m of matches) {
    while (s < segments.length && segments[s].to <= m.start) s++;
    const seg = segments[s];
    const shellCode = seg !== undefined && seg.from <= m.start && seg.languageId === 'shellscript' && !seg.prose;
    if (!shellCode || !m.entries.some(isShellEntry) || !isShellWordNotCommand(text, m.start, m.end)) {
      const programs = shellCode && m.entries.length > 1 && m.entries.some(isCommandEntry) ? m.entries.filter(isCommandEntry) : undefined;
      out.push(programs ? withEntries(m, programs) : m);
      continue;
    }
    const entries = m.entries.filter((e) => !isShellEntry(e));
    if (entries.length > 0) out.push(withEntries(m, entries));
  }
  return out;
}

const isCommandEntry = (e: TermEntry<unknown>): boolean => e.command === true;
const isShellEntry = (e: TermEntry<unknown>): boolean => !e.symbol && e.languages !== undefined && e.languages.includes('shellscript');

/**
 * An alias limited to manifest kinds counts only inside a manifest of one of its kinds (the document held one
 * somewhere, or it would not have matched), and there it is the only claim: a NetworkPolicy's `ingress` is
 * its direction, not the Ingress resource that also claims the word.
 */
function byManifestKind<T>(matches: Match<T>[], kinds: readonly ManifestKind[]): Match<T>[] {
  const out: Match<T>[] = [];
  for (const m of matches) {
    if (insideKindName(kinds, m)) continue;
    if (!m.entries.some(isKindEntry)) {
      out.push(m);
      continue;
    }
    const kind = kindAt(kinds, m.start);
    const own = kind === undefined ? [] : m.entries.filter((e) => isKindEntry(e) && e.context!.includes(KIND_CONTEXT_PREFIX + kind));
    const entries = own.length > 0 ? own : m.entries.filter((e) => !isKindEntry(e));
    if (entries.length === m.entries.length) out.push(m);
    else if (entries.length > 0) out.push(withEntries(m, entries));
  }
  return out;
}

/**
 * A word inside a manifest's kind name (`Secret` in `kind: VaultDynamicSecret`, `NetworkPolicy` in
 * `kind: CiliumNetworkPolicy`): the kind is another resource, so only a term for the whole name matches there.
 */
function insideKindName(kinds: readonly ManifestKind[], m: Match<unknown>): boolean {
  for (const k of kinds) {
    if (k.nameAt < 0 || m.start < k.nameAt || m.start >= k.nameAt + k.kind.length) continue;
    return m.start > k.nameAt || m.end < k.nameAt + k.kind.length;
  }
  return false;
}

/**
 * Whether the code imports one of `modules`: `from 'vue'`, `import "vue"`, `require('vue')`. It looks at
 * each quote and checks a module name after it and a keyword before it: a RegExp over the whole file cost a
 * document scan 3 % (it tries its alternation at every character), and looking for each name apart more.
 */
export function importsModule(text: string, modules: readonly string[]): boolean {
  return importedTopics(text, [[modules, '']]).length > 0;
}

/**
 * The topics of `groups` whose modules the script imports, in one pass over the text's quotes for all of them. (No
 * search for the names first: nearly every text contains a short one such as `ai`, and a name a text lacks is a search
 * of the whole text, where the pass compares a quote's next character.)
 */
function importedTopics(text: string, groups: readonly (readonly [readonly string[], string])[]): string[] {
  const found = groups.map(() => false);
  let left = groups.length;
  let single = text.indexOf("'");
  let double = text.indexOf('"');
  while (left > 0 && (single >= 0 || double >= 0)) {
    let q: number;
    if (double < 0 || (single >= 0 && single < double)) {
      q = single;
      single = text.indexOf("'", q + 1);
    } else {
      q = double;
      double = text.indexOf('"', q + 1);
    }
    for (let g = 0; g < groups.length; g++) {
      if (found[g] || !importedAt(text, q, groups[g][0])) continue;
      found[g] = true;
      left--;
    }
  }
  // In the groups' order: the topics' weights are summed in insertion order, and ties go to the later topic.
  return groups.filter((_, g) => found[g]).map(([, topic]) => topic);
}

/** Whether the quote at q opens one of `modules` as the module of an import, an import-from or a require(). */
function importedAt(text: string, q: number, modules: readonly string[]): boolean {
  const at = q + 1;
  const first = text.charCodeAt(at);
  for (const module of modules) {
    if (module.charCodeAt(0) !== first || !text.startsWith(module, at)) continue;
    let end = at + module.length;
    if (module.endsWith('/') || module.endsWith('.')) {
      const name = end;
      while (end < text.length && isScopedNameChar(text.charCodeAt(end))) end++;
      if (end === name) continue;
    }
    if (!isQuote(text.charCodeAt(end))) continue;
    let k = q - 1;
    while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
    if (text.charCodeAt(k) === 0x28 /* ( */ ? wordEndsAt(text, k, 'require') : wordEndsAt(text, k + 1, 'from') || wordEndsAt(text, k + 1, 'import')) return true;
  }
  return false;
}
const isQuote = (c: number): boolean => c === 0x22 || c === 0x27;
const isModuleNameChar = (c: number): boolean => isNameChar(c) || c === 0x2d;
/** After a scope (`@vue/`, `@ohos.`): the rest of the module's path, dots and slashes included (`@ohos.net.http`). */
const isScopedNameChar = (c: number): boolean => isModuleNameChar(c) || c === 0x2e || c === 0x2f;

/** Whether `word` ends just before `end` as a word of its own (nothing word-like before it). */
function wordEndsAt(text: string, end: number, word: string): boolean {
  const start = end - word.length;
  return start >= 0 && text.startsWith(word, start) && (start === 0 || !isNameChar(text.charCodeAt(start - 1)));
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
  const documentSegments = languageId === 'markdown' || languageId === 'mdx' ? markdownSegments : languageId === 'restructuredtext' ? restructuredTextSegments : undefined;
  if (documentSegments) {
    // A fenced block is code of its language, with comments and string literals as in a file of it: a Go
    // comment inside a ```go fence is prose, as it is in a .go file. So is a reStructuredText code-block.
    const out: Segment[] = [];
    for (const seg of documentSegments(text)) {
      if (seg.prose || !hasCommentSyntax(seg.languageId)) out.push(seg);
      else out.push(...codeStructure(text, seg.languageId, literals, seg.from, seg.to));
    }
    return out;
  }
  if (PROSE_LANGUAGES.has(languageId) || !hasCommentSyntax(languageId)) return [{ from: 0, to: text.length, languageId, prose: PROSE_LANGUAGES.has(languageId) }];
  if (languageId === 'vue') return vueStructure(text, literals);
  if (languageId === 'svelte') return svelteStructure(text, literals);
  return codeStructure(text, languageId, literals, 0, text.length);
}

/**
 * A Vue single-file component: its `<style>` blocks are CSS (or SCSS, Less), the rest is Vue. A `<script>` block's
 * strings are read as JavaScript's (data, not code: `'Failed to fetch user'` is no Fetch API call, blind audit cm).
 */
function vueStructure(text: string, literals: number[]): Segment[] {
  return componentStructure(text, literals, 'vue', /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/g, 'vue');
}

/**
 * A Svelte component: its `<script>` blocks are JavaScript (TypeScript with `lang="ts"`), its `<style>` blocks CSS (or
 * SCSS, Less), the markup between them Svelte's, so every JavaScript note applies in the script as in a .js file.
 */
function svelteStructure(text: string, literals: number[]): Segment[] {
  return componentStructure(text, literals, 'svelte', /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/g);
}

/**
 * A component file: the blocks `blocks` finds (groups: tag, attributes, body) in their own languages, the rest in
 * `markup`. A `<script>` is JavaScript (TypeScript with `lang="ts"`), or read as such and labelled `scriptAs`; a `<style>`
 * CSS or what its `lang` says.
 */
function componentStructure(text: string, literals: number[], markup: string, blocks: RegExp, scriptAs?: string): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of text.matchAll(blocks)) {
    const bodyStart = m.index + m[0].indexOf('>') + 1;
    const bodyEnd = bodyStart + m[3].length;
    out.push(...codeStructure(text, markup, literals, at, bodyStart));
    if (m[1] === 'script') {
      const typed = /\blang\s*=\s*["']?(?:ts|typescript)\b/.test(m[2]);
      const script = codeStructure(text, typed ? 'typescript' : 'javascript', literals, bodyStart, bodyEnd);
      out.push(...(scriptAs === undefined ? script : script.map((seg) => ({ ...seg, languageId: scriptAs }))));
    } else {
      out.push(...codeStructure(text, styleLanguage(m[2]), [], bodyStart, bodyEnd));
    }
    at = bodyEnd;
  }
  out.push(...codeStructure(text, markup, literals, at, text.length));
  return out;
}

/** The language of a component's `<style>` block by its attributes: `lang="scss"` (or sass), `lang="less"`, else CSS. */
function styleLanguage(attributes: string): string {
  const lang = /\blang\s*=\s*["']?(scss|sass|less)\b/.exec(attributes)?.[1];
  return lang === 'less' ? 'less' : lang ? 'scss' : 'css';
}

/** [from, to) of code: its comments are prose, where the scoped terms of the document's topic apply too. */
function codeStructure(text: string, languageId: string, literals: number[], from: number, to: number): Segment[] {
  if (to <= from) return [];
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  const partLiterals: number[] = [];
  const comments = commentRanges(part, languageId, partLiterals);
  const examples = commentCodeLines(part, comments, languageId);
  // The examples' own string literals lie between the code's: merged, the list stays sorted.
  const exampleLiterals: number[] = [];
  const out: Segment[] = [];
  let at = from;
  let e = 0;
  for (let c = 0; c < comments.length; c += 2) {
    const start = comments[c] + from;
    const end = comments[c + 1] + from;
    if (start > at) out.push({ from: at, to: start, languageId, prose: false });
    // A doc comment's code example is code of its language, not the comment's prose.
    let proseFrom = start;
    for (; e < examples.length && examples[e].from + from < end; e++) {
      const example = examples[e];
      if (example.from + from > proseFrom) out.push({ from: proseFrom, to: example.from + from, languageId, prose: true });
      if (hasCommentSyntax(example.languageId)) out.push(...codeStructure(text, example.languageId, exampleLiterals, example.from + from, example.to + from));
      else out.push({ from: example.from + from, to: example.to + from, languageId: example.languageId, prose: false });
      proseFrom = example.to + from;
    }
    if (end > proseFrom) out.push({ from: proseFrom, to: end, languageId, prose: true });
    at = end;
  }
  if (at < to || out.length === 0) out.push({ from: at, to, languageId, prose: false });
  if (languageId === 'shellscript') withEmbeddedPrograms(out, scriptEmbeddings(part), from);
  else if (languageId === 'github-actions-workflow') withEmbeddedPrograms(out, workflowRunSteps(part), from);
  if (exampleLiterals.length === 0) for (const offset of partLiterals) literals.push(offset + from);
  else appendInOrder(literals, partLiterals, from, exampleLiterals);
  return out;
}

/** A shell script's here-documents and the programs it hands to awk, sed or an interpreter, in order. */
function scriptEmbeddings(script: string): EmbeddedCode[] {
  const documents = hereDocuments(script);
  const programs = embeddedPrograms(script);
  if (documents.length === 0) return programs;
  // A quote inside a here-document's text opens no program.
  const outside = programs.filter((p) => !documents.some((d) => p.from < d.to && d.from < p.to));
  return [...documents, ...outside].sort((a, b) => a.from - b.from);
}

/** Cuts a script's embedded programs (awk's, sed's) out of its code segments, as segments of their own languages. */
function withEmbeddedPrograms(segments: Segment[], programs: readonly EmbeddedCode[], shift: number): void {
  if (programs.length === 0) return;
  const out: Segment[] = [];
  let p = 0;
  for (const seg of segments) {
    let at = seg.from;
    while (!seg.prose && p < programs.length && programs[p].from + shift < seg.to) {
      const from = Math.max(at, programs[p].from + shift);
      const to = Math.min(seg.to, programs[p].to + shift);
      if (to > from) {
        if (from > at) out.push({ ...seg, from: at, to: from });
        out.push({ from, to, languageId: programs[p].languageId, prose: programs[p].prose === true });
        at = to;
      }
      if (programs[p].to + shift <= seg.to) p++;
      else break;
    }
    while (p < programs.length && programs[p].to + shift <= seg.to) p++;
    if (seg.to > at) out.push({ ...seg, from: at });
  }
  segments.splice(0, segments.length, ...out);
}

/** Appends the [start, end) pairs of `shifted` (each moved by `shift`) and of `absolute`, in order of start. */
function appendInOrder(into: number[], shifted: readonly number[], shift: number, absolute: readonly number[]): void {
  let a = 0;
  let b = 0;
  while (a < shifted.length || b < absolute.length) {
    if (b >= absolute.length || (a < shifted.length && shifted[a] + shift < absolute[b])) {
      into.push(shifted[a] + shift, shifted[a + 1] + shift);
      a += 2;
    } else {
      into.push(absolute[b], absolute[b + 1]);
      b += 2;
    }
  }
}

/**
 * The topic of a match that names one note only (topic evidence aside); undefined when several notes share
 * it or the note is a concept of every field.
 */
function singleTopic<T>(entries: readonly TermEntry<T>[], noteOf: (value: T) => string): string | undefined {
  const first = entries[0];
  // An operator says what language the code is in, which its segment has said already: no weight of its own
  // (a Go file's hundred `<-` would drown out the Raft words that say what it is about).
  if (entries.length === 1) return first.evidence || first.general || first.symbol ? undefined : first.topic;
  let note: string | undefined;
  let topic: string | undefined;
  for (const e of entries) {
    if (e.evidence) continue;
    const id = noteOf(e.value);
    if (note !== undefined && id !== note) return undefined;
    note = id;
    topic = e.general || e.symbol ? undefined : e.topic;
  }
  return topic;
}

/** Data and configuration files: their comments talk about the tools that read them (`tpl` in a Helm values file). */
const DATA_LANGUAGES = new Set(['yaml', 'json', 'jsonc', 'json5', 'toml', 'ini', 'properties', 'xml', 'github-actions-workflow', 'dockercompose', 'helm', 'dotenv', 'tsconfig', 'package-json']);

const JSON_FENCES = new Set(['json', 'jsonc']);
const JSON_FILE_LANGUAGES = ['tsconfig', 'package-json'];

/** The languages of a Markdown document's fenced code, or undefined when it has none (or is no Markdown). */
function fencedLanguages(languageId: string, segments: readonly Segment[]): ReadonlySet<string> | undefined {
  if (!PROSE_LANGUAGES.has(languageId)) return undefined;
  let languages: Set<string> | undefined;
  for (const seg of segments) {
    if (seg.prose) continue;
    languages ??= new Set();
    languages.add(seg.languageId);
    // A JSON block may be a tsconfig.json or a package.json, whose keys are terms of their own languages.
    if (JSON_FENCES.has(seg.languageId)) for (const file of JSON_FILE_LANGUAGES) languages.add(file);
  }
  return languages;
}

/** A comment of a program, not of a prose document or a data or config file. */
function isProgramComment(seg: Segment): boolean {
  return seg.prose && !PROSE_LANGUAGES.has(seg.languageId) && !DATA_LANGUAGES.has(seg.languageId);
}

/**
 * A segment's scan settings depend only on its language and whether it is prose: one object for each kind,
 * not one per segment (comments cut a source file into thousands of segments).
 */
function envsPerKind(make: (seg: Segment) => ScanEnv): (seg: Segment) => ScanEnv {
  const prose = new Map<string, ScanEnv>();
  const code = new Map<string, ScanEnv>();
  return (seg) => {
    const envs = seg.prose ? prose : code;
    let env = envs.get(seg.languageId);
    if (!env) envs.set(seg.languageId, (env = make(seg)));
    return env;
  };
}

function rescanDeferredLines<T>(
  matcher: TermMatching<T>,
  text: string,
  segments: readonly Segment[],
  spans: Pick<ScanEnv, 'literals' | 'codeSpans' | 'codeLanguages'>,
  pass1: readonly Match<T>[],
  heldEnds: readonly number[],
  deferred: readonly number[],
  supports: (context: readonly string[]) => boolean,
): Match<T>[] {
  const resumable = matcher.resumable;
  // Sorted and deduplicated; a line's deferred offsets are offsets[first, last).
  const offsets = Int32Array.from(deferred).sort();
  let count = 0;
  for (let d = 0; d < offsets.length; d++) if (d === 0 || offsets[d] !== offsets[d - 1]) offsets[count++] = offsets[d];
  const out: Match<T>[] = [];
  const envOf = envsPerKind((seg) => ({ languageId: seg.languageId, prose: seg.prose, programComment: isProgramComment(seg), ...spans, supports }));
  let segIndex = 0;
  /** Where the current rescan stood where the first pass stood (its stopAfter ended it there), or -1. */
  let rejoinAt = -1;
  /** Scans [at, to) segment by segment until a stopAfter ends it. */
  const scanFrom = (at: number, to: number, stopAfter: ((m: Match<T>) => boolean) | undefined): void => {
    rejoinAt = -1;
    while (segIndex < segments.length && segments[segIndex].to <= at) segIndex++;
    for (let s = segIndex; s < segments.length && segments[s].from < to && rejoinAt < 0; s++) {
      const seg = segments[s];
      const a = Math.max(at, seg.from);
      const b = Math.min(to, seg.to);
      if (b > a) matcher.matchInto(out, text, envOf(seg), a, b, stopAfter);
    }
  };
  let k = 0;
  let held = 0; // heldEnds[held] is the first the rescan has not passed
  // The current line's state, read by rejoinsFirstPass (one closure for all lines).
  let next = 0; // pass1[next] is the line's first first-pass match the rescan has not passed
  let lineEnd = 0; // the line's first-pass matches end before pass1[lineEnd]
  let ahead = 0; // offsets[ahead] is the first deferred offset the rescan has not passed
  let last = 0; // the line's deferred offsets end before offsets[last]
  // A rescan match ending where a first-pass match starts or ends, or where the first pass went on after a
  // held span, stands where the first pass stood. So does one past every first-pass match of the line when
  // no deferred offset is ahead: the first pass found nothing after it, and only deferred words are decided
  // differently now. The rescan's match ends only grow, so what lies before one is never needed again.
  const rejoinsFirstPass = (m: Match<T>): boolean => {
    while (next < lineEnd && pass1[next].end < m.end) next++;
    while (ahead < last && offsets[ahead] < m.end) ahead++;
    while (held < heldEnds.length && heldEnds[held] < m.end) held++;
    if (next === lineEnd ? ahead === last : pass1[next].start === m.end || pass1[next].end === m.end) rejoinAt = m.end;
    else if (held < heldEnds.length && heldEnds[held] === m.end) rejoinAt = m.end;
    return rejoinAt >= 0;
  };
  // The lines holding a deferred offset, found around each offset (no pass over the whole text). A resumable
  // matcher scans again only from each deferred offset until it stands where the first pass stood: the first
  // pass stood at every deferred offset, and from a point where both stood to the next deferred offset they
  // decide everything alike.
  for (let first = 0; first < count; first = last) {
    const nl = text.indexOf('\n', offsets[first]);
    const to = nl < 0 ? text.length : nl;
    last = first + 1;
    while (last < count && offsets[last] <= to) last++;
    const from = resumable ? offsets[first] : text.lastIndexOf('\n', offsets[first] - 1) + 1;
    while (k < pass1.length && pass1[k].start < from) out.push(pass1[k++]);
    next = k;
    while (k < pass1.length && pass1[k].start < to) k++; // replaced by the rescan below
    lineEnd = k;
    if (!resumable) {
      scanFrom(from, to, undefined);
      continue;
    }
    ahead = first;
    for (let at = offsets[first]; ; ) {
      scanFrom(at, to, rejoinsFirstPass);
      if (rejoinAt < 0) break; // rescanned to the end of the line
      // From there to the next deferred offset, the first pass's matches are the rescan's.
      if (next < lineEnd && pass1[next].end === rejoinAt) next++;
      const until = ahead < last ? offsets[ahead] : to;
      while (next < lineEnd && pass1[next].start < until) out.push(pass1[next++]);
      if (ahead === last) break;
      at = offsets[ahead];
    }
  }
  while (k < pass1.length) out.push(pass1[k++]);
  return out;
}

/**
 * Where notes from different topics claim one match, the topic the document is most about wins; a tie keeps all.
 * @param topics the weight of each topic with its sub-topics'
 * @param own the weight of each topic's own matches, without its sub-topics'
 */
function preferDocumentTopic<T>(entries: TermEntry<T>[], topics: ReadonlyMap<string, number>, own: ReadonlyMap<string, number>, noteOf: (value: T) => string): TermEntry<T>[] {
  if (entries.length < 2) return entries;
  const first = noteOf(entries[0].value);
  if (entries.every((e) => noteOf(e.value) === first)) return entries;
  // An entry is as strong as the best supported of its note's topic and the topics its context names: the
  // C entry of `volatile` (an embedded note, context [cpp]) wins in a C++ document over Java's. Within one field,
  // a note filed at the field itself (the ArkTS notes at `mobile`) weighs only what is filed there too, against a
  // sub-topic's whole weight (SwiftUI's `mobile/ios`): the field's total would make it win in any text of the field.
  const weigh = (topic: string) => {
    const root = topicRoot(topic);
    return (topics.get(root) ?? 0) * 10_000 + ((root === topic ? own.get(topic) : topics.get(topic)) ?? 0);
  };
  const score = (e: TermEntry<T>) => {
    let best = e.topic ? weigh(e.topic) : 0;
    if (e.context) for (const topic of e.context) if (topic[0] !== '!') best = Math.max(best, weigh(topic));
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
