// Rust's `impl` keyword is claimed by two kinds of note: a trait's (`impl Display for Point`, `x: impl Fn()`) and
// a type's own impl block (`impl Point { fn new() … }`). The code around it says which one it is.
import type { TermMatching } from './layered-matcher';
import type { ScanEnv, TermEntry } from './matcher';

/** Rust code about Rust: a keyword that needs its field's context (`trait`) is looked up as in a Rust file. */
const RUST_CODE: ScanEnv = { languageId: 'rust', prose: false, supports: () => true };
/** After these, `impl` is in a type's place: a parameter, a return type, a generic argument or a binding's type. */
const BEFORE_TYPE = new Set([':', '(', ',', '<', '&', '>', '=', '+', '|', '[', '*']);
/** How far an impl header (generics, trait, `for`, type) is read before its `{`. */
const HEADER_REACH = 400;

const isNamePart = (c: string | undefined) => c !== undefined && /[\w$]/.test(c);
const wordAt = (text: string, i: number, word: string) => text.startsWith(word, i) && !isNamePart(text[i - 1]) && !isNamePart(text[i + word.length]);

/** Whether the `impl` at [start, end) implements a trait: `impl<T> From<T> for Wrapper`, or `impl Trait` as a type (`-> impl Iterator`). */
export function implementsTrait(text: string, start: number, end: number): boolean {
  let k = start - 1;
  while (k >= 0 && /\s/.test(text[k])) k--;
  if (k >= 0 && BEFORE_TYPE.has(text[k])) return true;
  let depth = 0;
  for (let i = end; i < text.length && i < end + HEADER_REACH; i++) {
    const c = text[i];
    if (c === '{' || c === ';') return false;
    if (c === '<') depth++;
    else if (c === '>' && text[i - 1] !== '-') depth = Math.max(0, depth - 1);
    else if (depth === 0 && wordAt(text, i, 'where')) return false;
    else if (depth === 0 && wordAt(text, i, 'for')) return true;
  }
  return false;
}

const claimants = new WeakMap<object, Map<string, Set<string>>>();

/** The notes that claim a Rust keyword (`trait`, `struct`) in Rust code, once per matcher. */
function notesClaiming<T>(matcher: TermMatching<T>, keyword: string, noteOf: (value: T) => string): Set<string> {
  let byKeyword = claimants.get(matcher);
  if (!byKeyword) claimants.set(matcher, (byKeyword = new Map()));
  let notes = byKeyword.get(keyword);
  if (!notes) {
    notes = new Set(matcher.matchAll(keyword, RUST_CODE).flatMap((m) => (m.text === keyword ? m.entries.map((e) => noteOf(e.value)) : [])));
    byKeyword.set(keyword, notes);
  }
  return notes;
}

/**
 * The entries of an `impl` match that fit the code: the trait note's where it implements a trait, the note that claims
 * `struct` where it is a type's own impl block. All of them where no entry's note claims that keyword.
 */
export function rustImplEntries<T>(entries: TermEntry<T>[], text: string, start: number, end: number, matcher: TermMatching<T>, noteOf: (value: T) => string): TermEntry<T>[] {
  const wanted = notesClaiming(matcher, implementsTrait(text, start, end) ? 'trait' : 'struct', noteOf);
  const kept = entries.filter((e) => wanted.has(noteOf(e.value)));
  return kept.length > 0 && kept.length < entries.length ? kept : entries;
}
