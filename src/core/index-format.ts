import { notInsideWords, type Note } from './note';
import type { TopicNames } from './corpus';
import type { PinyinTable } from './search/pinyin';
import { lastStartAtOrBefore, stringsHash, type SharedStrings } from './matcher';

/** dist/index.utf16.json.br (INDEX_FILE): the bundled notes, parsed and validated at build time. */
export interface PrebuiltIndex {
  version: 1;
  topics: TopicNames;
  notes: Note[];
  /**
   * Pinyin syllables of every Chinese title and alias (search matches "zszl" and "zhishizhengliu"),
   * computed at build time so the extension loads the pinyin converter only for user notes. The build writes it to
   * its own file (PINYIN_FILE), read after activation; an index without either still works, the syllables
   * are then computed on first search.
   */
  pinyin?: PinyinTable;
  /**
   * "separate": the notes' bodies, and their related links, tags and version stamps, are left out (empty)
   * and live in dist/bodies.json.br, which only the viewer, full-text search, Search Related and `show`
   * need: activation reads and keeps far less.
   */
  bodies?: 'separate';
  /** Count and hash of indexStrings(notes), written at build time so loading the matcher need not hash them. */
  sharedStrings?: { count: number; hash: number };
  /** Each note's number of aliases, known without reading them (a parsed index reads them on first use). */
  aliasCounts?: readonly number[];
}

/**
 * The activation index: PrebuiltIndex as JSON in UTF-16LE (see decodeIndexText), Brotli-compressed: 22%
 * smaller in the .vsix than the zip's deflate.
 */
export const INDEX_FILE = 'index.utf16.json.br';

/**
 * The index file's text, once decompressed. It is UTF-16LE, not UTF-8: the text is a third Chinese, and
 * turning that into a string from UTF-8 took activation 14 ms on the development machine, from UTF-16
 * under 1 ms (the compressed file is 2% larger).
 */
export function decodeIndexText(bytes: Uint8Array): string {
  // Node's Buffer makes the string in one copy; TextDecoder (all a web host has) goes through a second
  // buffer, which in a fresh extension host doubled the decode's page faults and time.
  const NodeBuffer = (globalThis as { Buffer?: { isBuffer(b: unknown): boolean } }).Buffer;
  if (NodeBuffer?.isBuffer(bytes)) return (bytes as unknown as { toString(encoding: string): string }).toString('utf16le');
  return new TextDecoder('utf-16le').decode(bytes);
}

/**
 * An output chunk size for Node's zlib that holds a whole decoded file of ours (text compresses less than
 * 8:1): zlib then fills one buffer instead of many small ones it joins into a copy at the end. In a fresh
 * process every page of new memory costs a fault, and the copy was a third of the decode's.
 */
export function oneChunkFor(compressed: Uint8Array): number {
  return Math.max(64 * 1024, compressed.length * 8);
}

/** The bodies file next to the index: BodiesFile as JSON, Brotli-compressed (smaller than the .vsix zip's deflate). */
export const BODIES_FILE = 'bodies.json.br';

/** Pinyin syllables of the bundled names (PinyinReadings as JSON, Brotli-compressed): only search and the Topics filter need them. */
export const PINYIN_FILE = 'pinyin.json.br';

/**
 * Every bundled note's body, with what only a note's page, full-text search and Search Related use
 * (related ids, tags, version stamps), as parallel columns in note order (dist/bodies.json.br holds them
 * as encodeBodiesFile writes them). Columns, English bodies first, compress 2% smaller than one object per
 * note: like text sits together.
 */
export interface BodiesFile {
  version: 2;
  ids: string[];
  en: string[];
  zh: string[];
  related: string[][];
  tags: string[][];
  /** A note's version stamps, or 0 where it has none. */
  verified: (Record<string, string> | 0)[];
}

export const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * The bodies file as written: the columns but the bodies as JSON, then a NUL, then the bodies as plain
 * text, every English one and then every Chinese one, each ended by PART_END (11 KB smaller in the package than
 * columns of their lengths). Reading them is a slice each: the JSON parse of the bodies (150 ms and 30 MB of new
 * pages in a fresh process) is gone.
 * The rows are the index's notes in order (`count` of them, their ids hashed to `idsHash`), and a related
 * id that is a bundled note is its row: lengths instead of running ends, rows instead of ids and no id
 * column make the file 30 KB smaller in the package. A Chinese body's fenced block that is the same as one of
 * its English body's (code, output: half of them) is written as SAME_BLOCK and that block's number as one
 * character: Brotli had to point 6 MB back for each, and the file is 18 KB smaller without them.
 */
type BodiesFileText = Omit<BodiesFile, 'version' | 'ids' | 'en' | 'zh' | 'related'> & {
  version: 7;
  count: number;
  idsHash: number;
  /** Rows or ids; 0 where they are the links of the English body's Related section, in order (most notes: 12 KB). */
  related: ((number | string)[] | 0)[];
};

/** The notes an English body's "## Related" section links to (`[[id]]`, `[[id#Heading]]`, `[[id|text]]`), in order, each once. */
function relatedSectionLinks(body: string): string[] {
  const start = body.search(/^## Related[ \t]*$/m);
  if (start < 0) return [];
  const next = body.slice(start + 3).search(/^#{1,2} /m);
  const section = next < 0 ? body.slice(start) : body.slice(start, start + 3 + next);
  const links: string[] = [];
  for (const m of section.matchAll(/\[\[([^\]|#]+)[^\]]*\]\]/g)) if (!links.includes(m[1].trim())) links.push(m[1].trim());
  return links;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, k) => x === b[k]);

const BODIES_AFTER = '\u0000';
/**
 * Ends each body in the bodies file, and each alias list and summary in the index: a noncharacter, which no text has,
 * nor a SAME_BLOCK mark's block number.
 */
const PART_END = '\uffff';

/** `parts`, each ended by PART_END; throws for a part that holds the mark itself (part k belongs to note `ids[k % ids.length]`). */
function endEachPart(parts: readonly string[], ids: readonly string[], what: string): string {
  const marked = parts.findIndex((part) => part.includes(PART_END));
  if (marked >= 0) throw new Error(`note ${ids[marked % ids.length]}: its ${what} U+FFFF, which marks where each part ends`);
  return parts.map((part) => part + PART_END).join('');
}

/**
 * The `count` parts endEachPart wrote from `from` on, part p as a slice of `text` (which it keeps alive), or
 * undefined unless the text holds exactly that many and ends with the last.
 */
function readParts(text: string, from: number, count: number): ((p: number) => string) | undefined {
  const ends = new Int32Array(count);
  let at = from;
  for (let p = 0; p < count; p++) {
    const end = text.indexOf(PART_END, at);
    if (end < 0) return undefined;
    ends[p] = end;
    at = end + 1;
  }
  if (at !== text.length) return undefined;
  return (p) => text.slice(p === 0 ? from : ends[p - 1] + 1, ends[p]);
}

/** In a Chinese body of the bodies file: the next character's code is the number of the English body's fenced block that stands here. */
const SAME_BLOCK = '\u0001';

/**
 * The fenced blocks of a body, each from its opening line to the end of its closing line (a line that starts with
 * three backticks and has only spaces or tabs after them). A scan for line starts, not a RegExp: reading the
 * bodies file runs it over every English body that has marks, and a multiline RegExp took twice as long.
 */
function fencedBlocks(text: string): { start: number; end: number }[] {
  const blocks: { start: number; end: number }[] = [];
  let open = text.startsWith('```') ? 0 : lineStarting(text, 0);
  while (open >= 0) {
    const openEnd = text.indexOf('\n', open);
    if (openEnd < 0) break;
    let close = lineStarting(text, openEnd);
    let closeEnd = -1;
    while (close >= 0) {
      closeEnd = text.indexOf('\n', close);
      if (closeEnd < 0) closeEnd = text.length;
      let k = close + 3;
      while (k < closeEnd && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k++;
      if (k === closeEnd) break;
      close = lineStarting(text, close);
    }
    if (close < 0) break;
    blocks.push({ start: open, end: closeEnd });
    open = lineStarting(text, closeEnd);
  }
  return blocks;
}

/** The start of the first line after `from` that starts with three backticks, or -1. */
function lineStarting(text: string, from: number): number {
  const at = text.indexOf('\n```', from);
  return at < 0 ? -1 : at + 1;
}

/** The Chinese body with each fenced block that the English body has too written as SAME_BLOCK and its number. */
function markSameBlocks(id: string, en: string, zh: string): string {
  if (zh.includes(SAME_BLOCK)) throw new Error(`note ${id}: its Chinese body holds U+0001, which the bodies file uses as a mark`);
  const shared = fencedBlocks(en).map((b) => en.slice(b.start, b.end));
  if (shared.length === 0) return zh;
  let out = '';
  let at = 0;
  for (const { start, end } of fencedBlocks(zh)) {
    const k = shared.indexOf(zh.slice(start, end));
    if (k < 0) continue;
    out += zh.slice(at, start) + SAME_BLOCK + String.fromCharCode(k);
    at = end;
  }
  return out + zh.slice(at);
}

/** markSameBlocks undone. */
function restoreSameBlocks(en: string, zh: string): string {
  let mark = zh.indexOf(SAME_BLOCK);
  if (mark < 0) return zh;
  const blocks = fencedBlocks(en);
  let out = '';
  let at = 0;
  for (; mark >= 0; mark = zh.indexOf(SAME_BLOCK, at)) {
    const block = blocks[zh.charCodeAt(mark + 1)];
    if (block === undefined) throw new Error('bodies file: a Chinese body refers to an English block that is not there');
    out += zh.slice(at, mark) + en.slice(block.start, block.end);
    at = mark + 2;
  }
  return out + zh.slice(at);
}

/** Ends a Chinese body whose closing related-notes list is the English one's (see markSameRelated). */
const SAME_RELATED = '\u0002';
const RELATED_EN = '\n## Related\n';
const RELATED_ZH = '\n## 相关\n';

/** The English body's closing list of related notes as the Chinese body writes it: links joined by 、, not ", ". */
function relatedListInChinese(en: string): string | undefined {
  const at = en.lastIndexOf(RELATED_EN);
  return at < 0 ? undefined : en.slice(at + RELATED_EN.length).replaceAll(']], [[', ']]、[[');
}

/**
 * The Chinese body without its closing related-notes list where that list is the English one's (links only, 、
 * between them): SAME_RELATED stands for it. Marked before markSameBlocks and restored after restoreSameBlocks, so
 * the number after a SAME_BLOCK mark (U+0002 for block 2) is never taken for it. Some 1,150 bundled notes end so; the file is 17 KB smaller in the package.
 */
function markSameRelated(id: string, en: string, zh: string): string {
  if (zh.includes(SAME_RELATED)) throw new Error(`note ${id}: its Chinese body holds U+0002, which the bodies file uses as a mark`);
  const at = zh.lastIndexOf(RELATED_ZH);
  if (at < 0 || zh.slice(at + RELATED_ZH.length) !== relatedListInChinese(en)) return zh;
  return zh.slice(0, at) + SAME_RELATED;
}

/** markSameRelated undone. */
function restoreSameRelated(en: string, zh: string): string {
  if (!zh.endsWith(SAME_RELATED)) return zh;
  const list = relatedListInChinese(en);
  if (list === undefined) throw new Error('bodies file: a Chinese body refers to an English list of related notes that is not there');
  return zh.slice(0, -1) + RELATED_ZH + list;
}

/** A hash of the notes' ids in order, so bodies are never applied to notes they were not written for. */
function idsHash(ids: readonly string[]): number {
  let h = 0x811c9dc5;
  for (const id of ids) {
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 10, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The order the build indexes the bundled notes in (their rows, each once): by topic, and within a topic each note
 * followed, depth first, by the notes of its topic that it links to. Notes about neighbouring things then sit side by
 * side in the index and the bodies file, which keep the notes' order, where Brotli's match finder finds their shared
 * words: about 29 KB smaller in the package than the note files' order.
 */
export function bodyOrder(notes: readonly Pick<Note, 'id' | 'topic' | 'related'>[]): number[] {
  const topics = notes.map((n) => n.topic.join('/'));
  const row = new Map(notes.map((n, k) => [n.id, k]));
  const rows = topics.map((_, k) => k).sort((a, b) => (topics[a] < topics[b] ? -1 : topics[a] > topics[b] ? 1 : a - b));
  const seen = new Uint8Array(notes.length);
  const order: number[] = [];
  const stack: number[] = [];
  for (const first of rows) {
    stack.push(first);
    while (stack.length > 0) {
      const k = stack.pop()!;
      if (seen[k]) continue;
      seen[k] = 1;
      order.push(k);
      const links = notes[k].related;
      for (let j = links.length - 1; j >= 0; j--) {
        const r = row.get(links[j]);
        if (r !== undefined && !seen[r] && topics[r] === topics[k]) stack.push(r);
      }
    }
  }
  return order;
}

/** The text of dist/bodies.json.br for the bodies of splitBodies. */
export function encodeBodiesFile(bodies: BodiesFile): string {
  const { ids, tags, verified } = bodies;
  const row = new Map(ids.map((id, k) => [id, k]));
  const zh = bodies.zh.map((body, k) => markSameBlocks(ids[k], bodies.en[k], markSameRelated(ids[k], bodies.en[k], body)));
  const head: BodiesFileText = {
    version: 7,
    count: ids.length,
    idsHash: idsHash(ids),
    related: bodies.related.map((ids, k) => (ids.length > 0 && sameList(ids, relatedSectionLinks(bodies.en[k])) ? 0 : ids.map((id) => row.get(id) ?? id))),
    tags,
    verified,
  };
  // JSON text never holds a raw NUL (JSON.stringify escapes it), so the first one ends the JSON.
  return `${JSON.stringify(head)}${BODIES_AFTER}${endEachPart([...bodies.en, ...zh], ids, 'body holds')}`;
}

/**
 * Puts the bodies (and details) of a bodies file into the notes it was written for: the index's notes,
 * in the index's order. Throws, before any note changes, on a file of another shape or for other notes.
 */
export function applyBodies(notes: readonly Note[], text: string): void {
  const cut = text.indexOf(BODIES_AFTER);
  if (cut < 0) throw new Error('unsupported bodies file');
  const file = JSON.parse(text.slice(0, cut)) as Partial<BodiesFileText>;
  const { count, related, tags, verified } = file;
  if (file.version !== 7 || typeof count !== 'number' || !Array.isArray(related) || !Array.isArray(tags) || !Array.isArray(verified)) {
    throw new Error('unsupported bodies file');
  }
  if (count !== notes.length || file.idsHash !== idsHash(notes.map((n) => n.id))) throw new Error('bodies file: written for other notes than the index has');
  // Every body is read (and a bad mark refused) before any note changes.
  const part = readParts(text, cut + 1, 2 * count);
  if (!part) throw new Error('bodies file: the bodies do not end the file');
  const en = Array.from({ length: count }, (_, k) => part(k));
  const zh = en.map((body, k) => restoreSameRelated(body, restoreSameBlocks(body, part(count + k))));
  for (let k = 0; k < count; k++) {
    const note = notes[k];
    note.body = { en: en[k], zh: zh[k] };
    const stored = related[k];
    const ids = stored === 0 ? relatedSectionLinks(en[k]) : Array.isArray(stored) ? stored.map((r) => (typeof r === 'number' ? notes[r]?.id : r)) : [];
    if (isStringList(ids) && ids.length > 0) note.related = ids;
    if (isStringList(tags[k]) && tags[k].length > 0) note.tags = tags[k];
    const stamps = verified[k];
    if (stamps && typeof stamps === 'object' && Object.values(stamps).every((v) => typeof v === 'string')) note.verified = stamps;
  }
}

/**
 * The index and bodies files for notes: the bodies (with related ids, tags and version stamps), and
 * the notes without them. What only the build's checks use (lines for problem reports) and what every
 * bundled note has in common (its origin) are left out too.
 */
export function splitBodies(index: PrebuiltIndex): { index: PrebuiltIndex; bodies: BodiesFile; pinyin: PinyinTable } {
  const bodies: BodiesFile = { version: 2, ids: [], en: [], zh: [], related: [], tags: [], verified: [] };
  const notes = index.notes.map((n) => {
    bodies.ids.push(n.id);
    bodies.en.push(n.body.en);
    bodies.zh.push(n.body.zh);
    bodies.related.push(n.related);
    bodies.tags.push(n.tags);
    bodies.verified.push(n.verified ?? 0);
    const { body: _body, bodyLine: _bodyLine, keyLines: _keyLines, origin: _origin, related: _related, tags: _tags, verified: _verified, ...rest } = n;
    return rest as Note;
  });
  const { pinyin = {}, ...rest } = index;
  return { index: { ...rest, notes, bodies: 'separate' }, bodies, pinyin };
}

/** Where a bundled note usually lives: content/<top topic>/<id>.md. */
function usualFile(note: Pick<Note, 'id' | 'topic'>): string {
  return `content/${note.topic[0]}/${note.id}.md`;
}

/**
 * dist/index.utf16.json.br as written: the topics, and the notes as parallel columns in note order (titles,
 * summaries and aliases of one language sit together: 4% smaller in the .vsix than one object per note).
 * `other` holds a note's remaining keys (a file that is not the usual one, a team's lang or scope), or 0.
 *
 * The aliases follow the JSON after a NUL character, each note's as a JSON array (ALIASES_AFTER), and
 * are parsed note by note when first read: they were four fifths of the index's parse time, and
 * activation reads the aliases of the few notes a first hover meets. The summaries follow the aliases as
 * plain text, every English one and then every Chinese one, and are cut out of the file's text when first read:
 * activation then makes no copy of them (a third of the JSON's characters), nor of the aliases' text. Each of
 * these parts ends with PART_END (9 KB smaller in the package than columns of their lengths).
 */
interface IndexFile {
  version: 6;
  topics: TopicNames;
  bodies?: 'separate';
  pinyin?: PinyinTable;
  ids: string[];
  titleEn: string[];
  titleZh: string[];
  /** Topic paths, "a/b". */
  topicPaths: string[];
  /** How many aliases each note has. */
  aliasCounts: number[];
  example: (NonNullable<Note['example']> | 0)[];
  other: (Record<string, unknown> | 0)[];
  sharedStrings?: { count: number; hash: number };
}

/**
 * The index file's JSON for an index (of slim notes, as splitBodies gives). An alias that is only a term is
 * written as the string, and the file left out where it is the usual content/<top topic>/<id>.md: most
 * are (parsePrebuiltIndex restores both).
 */
export function encodeIndexFile(index: PrebuiltIndex): string {
  const file: IndexFile = {
    version: 6, topics: index.topics, ...(index.bodies ? { bodies: index.bodies } : {}), ...(index.pinyin ? { pinyin: index.pinyin } : {}),
    ids: [], titleEn: [], titleZh: [], topicPaths: [], aliasCounts: [], example: [], other: [],
  };
  const aliasJson: string[] = [];
  const summaryEn: string[] = [];
  const summaryZh: string[] = [];
  for (const note of index.notes) {
    const { id, title, summary, topic, aliases, example, file: path, ...rest } = note;
    const other = path === usualFile(note) ? rest : { ...rest, file: path };
    file.ids.push(id);
    file.titleEn.push(title.en);
    file.titleZh.push(title.zh);
    summaryEn.push(summary.en);
    summaryZh.push(summary.zh);
    file.topicPaths.push(topic.join('/'));
    // An alias that is only a term is written as the string.
    aliasJson.push(JSON.stringify(aliases.map((a) => (Object.keys(a).length === 1 ? a.term : a))));
    file.aliasCounts.push(aliases.length);
    file.example.push(example ?? 0);
    file.other.push(Object.keys(other).length > 0 ? other : 0);
  }
  const strings = indexStrings(index.notes);
  file.sharedStrings = { count: strings.length, hash: stringsHash(strings) };
  // English summaries together, then Chinese: like text sits together and compresses 3% smaller.
  // JSON text never holds a raw NUL (JSON.stringify escapes it), so the first one ends the JSON.
  return `${JSON.stringify(file)}${ALIASES_AFTER}${endEachPart([...aliasJson, ...summaryEn, ...summaryZh], file.ids, 'aliases or summary hold')}`;
}

const ALIASES_AFTER = '\u0000';

/** Where an indexed note's summary and aliases are read from when first needed. */
interface IndexParts {
  summaryOf(k: number): Note['summary'];
  aliasesOf(k: number): Note['aliases'];
}

/** What a bundled note has until its body is read (see applyBodies, which replaces them): shared, and frozen so that nothing changes them for every note. */
const NO_BODY: Note['body'] = Object.freeze({ zh: '', en: '' });
const NO_BODY_LINE: Note['bodyLine'] = Object.freeze({ zh: 0, en: 0 });
const NO_IDS = Object.freeze([]) as unknown as string[];

/** An own, enumerable property that reads and writes through `read` and `write` (see IndexedNote). */
function lazyField<N, V>(read: (note: N) => V, write: (note: N, value: V) => void): PropertyDescriptor {
  return {
    get(this: N) {
      return read(this);
    },
    set(this: N, value: V) {
      write(this, value);
    },
    enumerable: true,
    configurable: true,
  };
}

/**
 * A note of the prebuilt index, whose summary and aliases are read from the index's text when first needed, and
 * whose file is content/<top topic>/<id>.md unless set. They are own enumerable accessors (a copy of a note carries
 * them) made of the same functions for every note, so that all notes share one fast shape: an object literal's
 * accessors are new closures each time, and made every note a dictionary of about 700 bytes (2 MB of activation's heap).
 */
class IndexedNote {
  readonly #k: number;
  readonly #parts: IndexParts;
  #summary: Note['summary'] | undefined;
  #aliases: Note['aliases'] | undefined;
  #file: string | undefined;

  static readonly #summaryProperty = lazyField<IndexedNote, Note['summary']>(
    (note) => (note.#summary ??= note.#parts.summaryOf(note.#k)),
    (note, value) => (note.#summary = value),
  );

  static readonly #aliasesProperty = lazyField<IndexedNote, Note['aliases']>(
    (note) => (note.#aliases ??= note.#parts.aliasesOf(note.#k)),
    (note, value) => (note.#aliases = value),
  );

  static readonly #fileProperty = lazyField<IndexedNote, string>(
    (note) => (note.#file ??= usualFile(note as unknown as Note)),
    (note, value) => (note.#file = value),
  );

  /** A note with every field of Note, in the order a parsed note file has them. */
  static make(k: number, parts: IndexParts, id: string, title: Note['title'], topic: string[]): Note {
    return new IndexedNote(k, parts, id, title, topic) as unknown as Note;
  }

  private constructor(k: number, parts: IndexParts, id: string, title: Note['title'], topic: string[]) {
    this.#k = k;
    this.#parts = parts;
    const note = this as unknown as Record<string, unknown>;
    note.id = id;
    note.title = title;
    Object.defineProperty(this, 'summary', IndexedNote.#summaryProperty);
    note.topic = topic;
    Object.defineProperty(this, 'aliases', IndexedNote.#aliasesProperty);
    Object.defineProperty(this, 'file', IndexedNote.#fileProperty);
    note.origin = 'bundled';
    note.body = NO_BODY;
    note.related = NO_IDS;
    note.tags = NO_IDS;
    note.bodyLine = NO_BODY_LINE;
  }
}

export function parsePrebuiltIndex(text: string): PrebuiltIndex {
  const cut = text.indexOf(ALIASES_AFTER);
  if (cut < 0) throw new Error('unsupported prebuilt index');
  const data = JSON.parse(text.slice(0, cut)) as IndexFile;
  const columns = [data.ids, data.titleEn, data.titleZh, data.topicPaths, data.aliasCounts, data.example, data.other];
  if (data.version !== 6 || !columns.every((c) => Array.isArray(c) && c.length === data.ids.length)) throw new Error('unsupported prebuilt index');
  // The aliases and summaries are slices of the file's text (which they keep alive): part p is its aliases for p < n,
  // then the English and the Chinese summaries.
  const { aliasCounts } = data;
  const n = data.ids.length;
  const part = readParts(text, cut + 1, 3 * n);
  if (!part) throw new Error('prebuilt index: the summaries do not end the file');
  const parts: IndexParts = {
    summaryOf: (k) => ({ en: part(n + k), zh: part(2 * n + k) }),
    aliasesOf: (k) => {
      const list = JSON.parse(part(k)) as unknown;
      if (!Array.isArray(list) || list.length !== aliasCounts[k]) throw new Error(`prebuilt index: the aliases of ${data.ids[k]} do not parse`);
      return list.map((a: unknown) => (typeof a === 'string' ? { term: a } : (a as Note['aliases'][number])));
    },
  };
  const notes: Note[] = new Array(n);
  // Notes of one topic share its path's array (frozen: a change would reach all of them).
  const topics = new Map<string, string[]>();
  for (let k = 0; k < n; k++) {
    const path = data.topicPaths[k];
    let topic = topics.get(path);
    if (!topic) topics.set(path, (topic = Object.freeze(path.split('/')) as string[]));
    const note = IndexedNote.make(k, parts, data.ids[k], { zh: data.titleZh[k], en: data.titleEn[k] }, topic);
    const example = data.example[k];
    const other = data.other[k];
    if (example !== 0) note.example = example;
    if (other !== 0) Object.assign(note, other);
    notes[k] = note;
  }
  const shared = data.sharedStrings;
  const sharedStrings = shared && Number.isInteger(shared.count) && Number.isInteger(shared.hash) ? { count: shared.count, hash: shared.hash } : undefined;
  return { version: 1, topics: data.topics, notes, aliasCounts, ...(data.bodies ? { bodies: data.bodies } : {}), ...(data.pinyin ? { pinyin: data.pinyin } : {}), ...(sharedStrings ? { sharedStrings } : {}) };
}

/**
 * The index's alias terms, titles and ids, note by note: the strings dist/matcher.bin refers to by position
 * instead of storing them a second time (TermMatcher.toBinary / fromBinary `sharedStrings`).
 */
export function indexStrings(notes: readonly Pick<Note, 'aliases' | 'title' | 'id'>[]): string[] {
  const out: string[] = [];
  for (const note of notes) {
    for (const alias of note.aliases) out.push(alias.term);
    out.push(note.title.en, note.title.zh, note.id);
  }
  return out;
}

/** What TermMatcher.fromBinary needs of the index its matcher was saved with: its strings, and its aliases' notInside words. */
export function savedMatcherOptions(index: Pick<PrebuiltIndex, 'notes' | 'sharedStrings' | 'aliasCounts'>) {
  let byId: Map<string, Note> | undefined;
  const insideOf = (term: string, ref: { noteId: string }): readonly string[] | undefined => {
    byId ??= new Map(index.notes.map((n) => [n.id, n]));
    const note = byId.get(ref.noteId);
    return note && notInsideWords(note, term);
  };
  return { sharedStrings: indexSharedStrings(index), insideOf };
}

/**
 * indexStrings of an index as the saved matcher reads them: string by string, found through each note's
 * count, with the count and hash the build wrote (computed here for an index without them).
 */
export function indexSharedStrings(index: Pick<PrebuiltIndex, 'notes' | 'sharedStrings' | 'aliasCounts'>): SharedStrings {
  const { notes, aliasCounts } = index;
  if (!index.sharedStrings) {
    const all = indexStrings(notes);
    return { count: all.length, hash: stringsHash(all), at: (id) => all[id] };
  }
  let firstOf: Int32Array | undefined;
  const at = (id: number): string => {
    if (!firstOf) {
      firstOf = new Int32Array(notes.length + 1);
      for (let k = 0; k < notes.length; k++) firstOf[k + 1] = firstOf[k] + (aliasCounts?.[k] ?? notes[k].aliases.length) + 3;
    }
    const n = lastStartAtOrBefore(firstOf, id, notes.length);
    const note = notes[n];
    const k = id - firstOf[n];
    const aliases = note.aliases.length;
    return k < aliases ? note.aliases[k].term : k === aliases ? note.title.en : k === aliases + 1 ? note.title.zh : note.id;
  };
  return { ...index.sharedStrings, at };
}
