/**
 * Text normalisation and tokenisation for search. Pure functions, no dependencies.
 *
 * Three views of a string are used:
 * - a compact key (`compactKey`): NFKC, lower-case, every separator removed, so "kubectl-apply",
 *   "kubectl apply" and "KubectlApply" all become "kubectlapply" (exact and prefix matching);
 * - words (`latinWords`): lower-case runs of Latin letters and digits, plus the parts of camelCase
 *   identifiers (word-prefix and typo matching);
 * - CJK runs (`cjkRuns`): maximal runs of Han characters. Chinese is not split into words: names are
 *   matched by exact substring, and full text by overlapping character bigrams (see fulltext.ts for
 *   why bigrams rather than a word segmenter).
 */

/** True for CJK unified ideographs (and extension A, compatibility ideographs, 〇). */
export function isCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
}

/** Letters and digits of any script (for non-ASCII, non-CJK letters such as "é"). */
const OTHER_LETTER = /[\p{L}\p{N}]/u;

/** Full-width forms to ASCII, compatibility characters folded, lower-case. */
export function normalize(text: string): string {
  // NFKC only when needed: it is the slow part for plain ASCII.
  // eslint-disable-next-line no-control-regex
  return (/[^\x00-\x7f]/.test(text) ? text.normalize('NFKC') : text).toLowerCase();
}

/**
 * The key used for exact and prefix matching: letters, digits, CJK and the symbols that change a
 * name's meaning ("c++", "c#"); spaces, hyphens, dots and other punctuation removed.
 */
export function compactKey(text: string): string {
  const s = normalize(text);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isAsciiAlnum(c) || isCjk(c) || c === 0x2b /* + */ || c === 0x23 /* # */) out += s[i];
    else if (c > 0x7f && OTHER_LETTER.test(s[i])) out += s[i];
  }
  return out;
}

/**
 * Latin words of a text, lower-cased, in order: "ReplicaSet x86-thunk" → ["replicaset", "replica",
 * "set", "x86", "thunk"]. A camelCase identifier yields itself and its parts. CJK and punctuation separate words.
 */
export function latinWords(text: string): string[] {
  const out: string[] = [];
  // eslint-disable-next-line no-control-regex
  const s = /[^\x00-\x7f]/.test(text) ? text.normalize('NFKC') : text;
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (!isAsciiAlnum(c) && !(c > 0x7f && !isCjk(c) && OTHER_LETTER.test(s[i]))) {
      i++;
      continue;
    }
    let j = i + 1;
    const parts: number[] = [i];
    while (j < s.length) {
      const d = s.charCodeAt(j);
      const letter = isAsciiAlnum(d) || (d > 0x7f && !isCjk(d) && OTHER_LETTER.test(s[j]));
      if (!letter) break;
      // camelCase boundary: lower/digit → Upper, or Upper Upper lower ("HTMLParser" → HTML|Parser).
      const prev = s.charCodeAt(j - 1);
      const isUpper = d >= 0x41 && d <= 0x5a;
      if (isUpper) {
        const prevLower = (prev >= 0x61 && prev <= 0x7a) || (prev >= 0x30 && prev <= 0x39);
        const prevUpper = prev >= 0x41 && prev <= 0x5a;
        const next = j + 1 < s.length ? s.charCodeAt(j + 1) : 0;
        if (prevLower || (prevUpper && next >= 0x61 && next <= 0x7a)) parts.push(j);
      }
      j++;
    }
    const word = s.slice(i, j).toLowerCase();
    out.push(word);
    if (parts.length > 1) {
      parts.push(j);
      for (let k = 0; k + 1 < parts.length; k++) out.push(s.slice(parts[k], parts[k + 1]).toLowerCase());
    }
    i = j;
  }
  return out;
}

/** Maximal runs of CJK characters, in order: "Go 通道 (channel) 的用法" → ["通道", "的用法"]. */
export function cjkRuns(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isCjk(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && isCjk(text.charCodeAt(j))) j++;
    out.push(text.slice(i, j));
    i = j;
  }
  return out;
}

export function hasCjk(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isCjk(text.charCodeAt(i))) return true;
  return false;
}

/** A query taken apart once: its compact key, its Latin words and its CJK runs. */
export interface ParsedQuery {
  raw: string;
  compact: string;
  words: string[];
  cjk: string[];
}

export function parseQuery(query: string): ParsedQuery {
  const raw = query.trim();
  const norm = normalize(raw);
  // Only whole words here, not camelCase parts: every query word must match.
  const words = norm.split(/[^\p{L}\p{N}+#]+/u).flatMap((w) => latinWordsOfLower(w));
  return { raw, compact: compactKey(raw), words, cjk: cjkRuns(norm) };
}

/** Latin words of an already lower-cased token, without camelCase parts. */
function latinWordsOfLower(token: string): string[] {
  const out: string[] = [];
  let word = '';
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (isCjk(c)) {
      if (word) out.push(word);
      word = '';
    } else if (isAsciiAlnum(c) || (c > 0x7f && OTHER_LETTER.test(token[i]))) {
      word += token[i];
    } else {
      if (word) out.push(word);
      word = '';
    }
  }
  if (word) out.push(word);
  return out;
}

/** Typos tolerated in a word of this length: none below 4 characters, 1 up to 7, then 2. */
export function maxTypos(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}
