// Method calls on objects of a class the document defines itself: `queue.push(x)` on the tutorial's own
// `class Queue { push(item) {…} }` is that method, not Array.prototype.push.
import type { Match, TermEntry } from './matcher';

const CLASS_HEADER = /\bclass[ \t]+([A-Za-z_$][\w$]*)[^\n{:]*([{:])/g;
/** A method in a JavaScript/TypeScript class body: its name, perhaps generic, then its parameters. */
const JS_METHOD = /^[ \t]*(?:(?:public|private|protected|static|async|override|readonly|get|set)[ \t]+)*\*?[ \t]*([A-Za-z_$][\w$]*)[ \t]*(?:<[^>\n]*>)?[ \t]*\(/gm;
const PY_METHOD = /^[ \t]+(?:async[ \t]+)?def[ \t]+(\w+)[ \t]*\(/gm;
const NOT_METHODS = new Set(['if', 'for', 'while', 'switch', 'catch', 'return', 'function', 'constructor', 'super', 'new', 'await', 'typeof']);
/** `const queue = new Queue<number>()`, `this.items = new Stack()`, Python's `q = Queue()`. */
const CONSTRUCTED = /(?:\b(?:const|let|var)[ \t]+|\bthis\.|^[ \t]*|\bself\.)([A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]+)?=[ \t]*(?:new[ \t]+)?([A-Za-z_$][\w$]*)[ \t]*(?:<[^>\n]*>)?[ \t]*\(/gm;

/** The methods of each class the text defines, by class name. */
function ownClassMethods(text: string): Map<string, Set<string>> {
  const classes = new Map<string, Set<string>>();
  CLASS_HEADER.lastIndex = 0;
  for (let m = CLASS_HEADER.exec(text); m !== null; m = CLASS_HEADER.exec(text)) {
    const bodyStart = m.index + m[0].length;
    const body = m[2] === '{' ? text.slice(bodyStart, braceBodyEnd(text, bodyStart)) : text.slice(bodyStart, indentedBodyEnd(text, m.index, bodyStart));
    const pattern = m[2] === '{' ? JS_METHOD : PY_METHOD;
    const methods = new Set<string>();
    pattern.lastIndex = 0;
    for (let d = pattern.exec(body); d !== null; d = pattern.exec(body)) if (!NOT_METHODS.has(d[1])) methods.add(d[1]);
    if (methods.size > 0) classes.set(m[1], methods);
  }
  return classes;
}

/** Where the brace block opened just before `from` closes (or the text ends). */
function braceBodyEnd(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b) depth++;
    else if (c === 0x7d && --depth === 0) return i;
  }
  return text.length;
}

/** Where a Python class body ends: the first non-blank line indented no deeper than the `class` line. */
function indentedBodyEnd(text: string, classAt: number, from: number): number {
  const lineStart = text.lastIndexOf('\n', classAt - 1) + 1;
  const indent = classAt - lineStart;
  for (let at = text.indexOf('\n', from); at >= 0 && at < text.length; at = text.indexOf('\n', at + 1)) {
    let k = at + 1;
    while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
    if (k < text.length && text[k] !== '\n' && text[k] !== '\r' && k - at - 1 <= indent) return at;
  }
  return text.length;
}

/**
 * Drops the method entries (`member: true`) of calls on a variable that holds an object of a class the document
 * defines with a method of that name: the tutorial's `queue.push(1)` after `const queue = new Queue()`, where its
 * `class Queue` defines `push`. Calls on anything else (`this.data.push`, `xs.push`) keep them.
 */
export function withoutOwnClassCalls<T>(matches: Match<T>[], text: string): Match<T>[] {
  if (!matches.some((m) => m.entries.some((e) => e.member)) || !text.includes('class')) return matches;
  const classes = ownClassMethods(text);
  if (classes.size === 0) return matches;
  const instances = new Map<string, Set<string>>();
  CONSTRUCTED.lastIndex = 0;
  for (let m = CONSTRUCTED.exec(text); m !== null; m = CONSTRUCTED.exec(text)) {
    const methods = classes.get(m[2]);
    if (methods) instances.set(m[1], methods);
  }
  if (instances.size === 0) return matches;
  const out: Match<T>[] = [];
  for (const m of matches) {
    const methods = m.entries.some((e) => e.member) ? instances.get(receiverOf(text, m.start) ?? '') : undefined;
    if (!methods?.has(m.text)) {
      out.push(m);
      continue;
    }
    const kept: TermEntry<T>[] = m.entries.filter((e) => !e.member);
    if (kept.length > 0) out.push({ ...m, entries: kept });
  }
  return out;
}

/** The variable a method call at `start` is made on: `queue` of `queue.push`, `items` of `this.items.pop`. */
function receiverOf(text: string, start: number): string | undefined {
  let k = start - 1;
  if (text[k] === '?') k--;
  if (text[k] !== '.') return undefined;
  let s = k;
  while (s > 0 && /[\w$]/.test(text[s - 1])) s--;
  return s < k ? text.slice(s, k) : undefined;
}
