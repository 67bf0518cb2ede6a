import { isNameChar, isUpperCaseLetter } from './matcher';
import { isSpace } from './text-structure';

/**
 * Whether an operator alias's characters, met in code of one of its languages, are that operator: a token of their
 * own, and none of the places a blind audit of real files found them to be something else
 * (bench/precision-audit/operators-2026-12.md).
 */

const JS_LANGUAGES = new Set(['javascript', 'typescript', 'javascriptreact', 'typescriptreact', 'vue']);
/** Where a function type (`(x: T) => R`) can be written: TypeScript, and a Vue component's `<script lang="ts">`. */
const TYPED_LANGUAGES = new Set(['typescript', 'typescriptreact', 'vue']);
/** Type keywords that never start an arrow function's body expression (`void` does, before an operand: `void 0`). */
const TYPE_KEYWORDS = new Set(['void', 'boolean', 'string', 'number', 'bigint', 'unknown', 'never', 'any']);
/** Stylesheet languages: their `>` is a combinator, and numbers carry units (see the matcher's unitAfterNumber). */
export const STYLE_LANGUAGES: ReadonlySet<string> = new Set(['css', 'scss', 'less']);

/** Whether the operator `term` at [start, end) of code in `languageId` is that operator: a token of its own, and not something else there. */
export function isOperatorAt(term: string, text: string, start: number, end: number, languageId: string): boolean {
  return operatorStandsAlone(text, start, end, term) && !operatorIsSomethingElse(term, text, start, end, languageId);
}

const LETTER = /\p{L}/u;

/** Space, a line break, a comma or semicolon, or a bracket that opens (`before`) or closes (after). */
function isPlaceholderEdge(c: number, before: boolean): boolean {
  if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2c || c === 0x3b) return true;
  return before ? c === 0x28 || c === 0x5b || c === 0x7b : c === 0x29 || c === 0x5d || c === 0x7d;
}

/**
 * An operator is a token of its own: `??` is not in `???`, nor `=>` in `==>`, nor `>` in `>=`. Its first character
 * must not repeat just before it, nor its last just after it, and no `=` may follow (`??=`, `|=` are other operators).
 */
function operatorStandsAlone(text: string, start: number, end: number, term: string): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 0x20;
  const after = end < text.length ? text.charCodeAt(end) : 0x20;
  // An ellipsis that stands for left-out code (`{ ... }`, `f(a, ...)`) is no spread or variadic `...`.
  if (term === '...' && isPlaceholderEdge(before, true) && isPlaceholderEdge(after, false)) return false;
  const last = term.charCodeAt(term.length - 1);
  // `[[:digit:]]` in a pattern is a bracket expression, not the shell's `[[`.
  if (last === 0x5b && (after === 0x3a || after === 0x2e)) return false;
  return before !== term.charCodeAt(0) && after !== last && after !== 0x3d;
}

/** Whether the operator `term` at [start, end) of code in `languageId` is something else there. */
function operatorIsSomethingElse(term: string, text: string, start: number, end: number, languageId: string): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 0x0a;
  // An escaped character is a character: `\$(` in a message, `\|` in a pattern.
  if (before === 0x5c) return true;
  if (languageId === 'shellscript') return inShellText(term, text, start);
  // A decorator or annotation names something: `@dataclass`, `@Override`. In Python only on a line of its own
  // (`a @ b` multiplies matrices).
  // Nor is an address (`a@b.io`) or a scoped package (`'@vue/reactivity'`).
  if (term === '@') return !isNameChar(text.charCodeAt(end)) || isNameChar(before) || before === 0x27 || before === 0x22 || before === 0x2f || (languageId === 'python' && !/^\s*$/.test(lineBefore(text, start)));
  // Rust's `?Sized` relaxes a bound; the `?` operator is never followed by a name. A macro's rules write patterns:
  // their arms' `=>` and repetitions' `$(…)?` are no match arms or `?` operators.
  // Nor is a `select!` branch's `=>` (`result = rx.recv() => {`) a match arm (blind audit et); a `match` inside it has them.
  if (languageId === 'rust' && (term === '?' || term === '=>')) return (term === '?' && isNameChar(text.charCodeAt(end))) || insideMacroRules(text, start) || (term === '=>' && isSelectBranchArrow(text, start));
  if (term === '?') return isNameChar(text.charCodeAt(end));
  // JSX text ("Loading...", "печатает...", "加载中...") and prose in a template: a spread never follows a name in
  // JavaScript, whatever its script.
  if (term === '...' && JS_LANGUAGES.has(languageId)) return isNameChar(before) || (before >= 0x80 && LETTER.test(String.fromCharCode(before)));
  // TypeScript's non-null assertion follows its operand (`el!.focus()`): `!x` negates, `name!: T` asserts a definite
  // assignment, and in TSX a `!` before a space or a tag is text ("Saved!</p>").
  if (term === '!') return !isNonNullAssertion(text, start, end, languageId);
  // `type F = (x: T) => R`, `cb: () => void`, `new (…) => C`, `as (…) => Promise<T>`: a function type, no function.
  if (term === '=>' && TYPED_LANGUAGES.has(languageId)) return isFunctionTypeArrow(text, start, end);
  // A union type's `|` stands between types; `flags = A | B`, `f(A | B)` and `return a | b` combine bits.
  if (term === '|' && TYPED_LANGUAGES.has(languageId)) return isBitwiseOr(text, start);
  // A switch rule's arrow (`case RED ->`, `default ->`) labels a branch: no lambda. A lambda after it is one.
  if (term === '->' && languageId === 'java') return isSwitchRuleArrow(lineBefore(text, start));
  // Sass and Less compare with `>` in @if, @while, @return and in a variable's value. No selector holds a `<`, so a `>`
  // that closes one is a bracket of value syntax (`grid-template: none | <grid-template-rows> / <…>`, blind audit dv).
  // And the `>` of an arrow is none: `=>`, `->` and `-->` in pseudo-code an author fenced as CSS (blind audit fd).
  if (term === '>' && STYLE_LANGUAGES.has(languageId)) return isArrowHead(text, start) || /^\s*[@$]/.test(lineBefore(text, start)) || unclosedAngles(lineBefore(text, start));
  return false;
}

function isArrowHead(text: string, start: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  return before === 0x3d || before === 0x2d;
}

function isNonNullAssertion(text: string, start: number, end: number, languageId: string): boolean {
  const before = text.charCodeAt(start - 1);
  if (!(isNameChar(before) || before === 0x29 || before === 0x5d)) return false;
  const after = end < text.length ? text.charCodeAt(end) : 0x0a;
  if (after === 0x3a) return false;
  return languageId !== 'typescriptreact' || after === 0x2e || after === 0x29 || after === 0x3b || after === 0x2c || after === 0x5d || after === 0x5b || after === 0x28;
}

/**
 * Whether the `=>` at [start, end) belongs to a function type. Either what follows is a type no expression starts
 * with (`=> void;`, `=> boolean`, `=> Promise<T>`, `=> Node[]`, `=> A | B`, `=> JSX.Element;`, `=> T extends X ? 1 : 2`),
 * or the parameter list stands where only a type can: after `new`, `as`, `satisfies`, a union's `|` or intersection's
 * `&`, a type argument's `<`, or `type Name =`. An arrow function whose body is a name or a call (`(x) => x`,
 * `() => setOpen(false)`) stays one.
 */
function isFunctionTypeArrow(text: string, start: number, end: number): boolean {
  let j = end;
  while (j < text.length && isSpace(text.charCodeAt(j))) j++;
  let k = j;
  while (k < text.length && isNameChar(text.charCodeAt(k))) k++;
  // `=> DraftItem` and nothing more on the line: a type name, where the parameter list follows a member's `:` (below).
  const typeNameEndsLine = k > j && /^(?:[A-Z][\w$]*\.)*[A-Z][\w$]*[ \t]*(?:\r?\n|$)/.test(text.slice(j, j + 120));
  if (k > j) {
    const word = text.slice(j, k);
    const next = text.charCodeAt(k);
    if (TYPE_KEYWORDS.has(word)) return word !== 'void' ? next !== 0x28 && next !== 0x2e : endsType(text, k);
    if (/^(?:[A-Z][\w$]*\.)*[A-Z][\w$]*(?:<|\[\]|\s*[|&]\s*[A-Za-z(]|\s*;)/.test(text.slice(j, j + 120))) return true;
    // A conditional type (`<T>() => T extends X ? 1 : 2`): no expression but `class extends B {}` has `name extends`.
    if (word !== 'class' && /^\s+extends\s/.test(text.slice(k, k + 9))) return true;
  }
  let i = start - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  if (text.charCodeAt(i) !== 0x29) return false;
  const open = openingOf(text, i);
  if (open < 0) return false;
  let b = open - 1;
  for (;;) {
    while (b >= 0 && isSpace(text.charCodeAt(b))) b--;
    if (text.charCodeAt(b) !== 0x28) break;
    b--;
  }
  const c = text.charCodeAt(b);
  if (c === 0x3c) return true;
  // An optional member or parameter's type (`initial?: () => DraftItem`): `?:` stands nowhere in an expression. A
  // member's `key: () => Name` at a line's end is a type's where its braces open a type: `defineProps<{`, `type P = {`,
  // `interface P {` (blind audit ep).
  if (c === 0x3a && (text.charCodeAt(b - 1) === 0x3f || (typeNameEndsLine && bracesOpenType(text, b)))) return true;
  if ((c === 0x7c || c === 0x26) && text.charCodeAt(b - 1) !== c) return true;
  const line = lineBefore(text, b + 1);
  return /(?:^|[^\w$.])(?:new|as|satisfies)$/.test(line) || /^\s*(?:export\s+)?(?:declare\s+)?type\s+[\w$]+\s*(?:<[^=]*>\s*)?=$/.test(line);
}

/** Words that may stand before a type's `(` (`keyof (A | B)`): a name before `(` is otherwise a call. */
const TYPE_OPERATOR_WORDS = new Set(['keyof', 'typeof', 'readonly', 'infer', 'extends', 'is', 'as', 'satisfies', 'unique']);
/** Statements whose `(` is followed by an expression (`if (a | b)`), not an argument list. */
const EXPRESSION_KEYWORDS = new Set(['return', 'if', 'while', 'switch', 'case', 'throw', 'yield', 'await', 'void']);

/**
 * Whether the `|` at `at` of TypeScript is a bitwise OR rather than a union type: what stands before its left operand
 * (and before the `|`s of the same chain) starts an expression: an assignment's or initialiser's `=` outside a type
 * alias or type parameter default, a call's `(`, `return`, `if (`. Anything else (`:`, `<`, `type X =`, `as`, a comma,
 * a line's leading `|`) is read as a type, which is what TypeScript code mostly writes.
 */
function isBitwiseOr(text: string, at: number): boolean {
  let i = at - 1;
  for (;;) {
    while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
    // The left operand: a (member) name, a number, or a bracketed group.
    const c = text.charCodeAt(i);
    if (c === 0x29 || c === 0x5d) {
      const open = openingOf(text, i);
      if (open < 0) return false;
      i = open - 1;
    }
    while (i >= 0 && (isNameChar(text.charCodeAt(i)) || text.charCodeAt(i) === 0x2e)) i--;
    while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
    // A group that opens the operand (`((flags | x) !== 0)`): what stands before the outermost one decides.
    while (text.charCodeAt(i) === 0x28) {
      let b = i - 1;
      while (b >= 0 && isSpace(text.charCodeAt(b))) b--;
      if (text.charCodeAt(b) !== 0x28) break;
      i = b;
    }
    const p = text.charCodeAt(i);
    // Another `|` of the same chain (`A | B | C`): the chain's start decides.
    if (p === 0x7c && text.charCodeAt(i - 1) !== 0x7c) {
      i--;
      continue;
    }
    if (p === 0x3d) {
      const q = text.charCodeAt(i - 1);
      if (q === 0x3d || q === 0x21 || q === 0x3c || q === 0x3e) return true;
      const line = lineBefore(text, i);
      if (/^\s*(?:export\s+)?(?:declare\s+)?type\s/.test(line)) return false;
      // A type parameter's default (`<T = A | B>`): a `<` still open before the `=`.
      return line.lastIndexOf('<') <= line.lastIndexOf('>');
    }
    if (p === 0x28) {
      let b = i - 1;
      while (b >= 0 && isSpace(text.charCodeAt(b))) b--;
      const w = b;
      while (b >= 0 && isNameChar(text.charCodeAt(b))) b--;
      const word = text.slice(b + 1, w + 1);
      if (word !== '') return !TYPE_OPERATOR_WORDS.has(word);
      return text.charCodeAt(w) === 0x29 || text.charCodeAt(w) === 0x5d;
    }
    if (p === 0x26 && text.charCodeAt(i - 1) === 0x26) return true;
    if (isNameChar(p)) {
      let b = i;
      while (b >= 0 && isNameChar(text.charCodeAt(b))) b--;
      return EXPRESSION_KEYWORDS.has(text.slice(b + 1, i + 1));
    }
    return false;
  }
}

/** After `void` in a type: the end of the type (`;`, `,`, `)`, `|`, `>`, `}`, `]`, `=`, a line break, the end). */
function endsType(text: string, from: number): boolean {
  let j = from;
  while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
  if (j >= text.length) return true;
  const c = text.charCodeAt(j);
  return c === 0x3b || c === 0x2c || c === 0x29 || c === 0x7c || c === 0x3e || c === 0x7d || c === 0x5d || c === 0x3d || c === 0x0a || c === 0x0d || c === 0x26;
}

/** Whether the braces around `at` open a type: after a type argument's `<`, `type Name =` or `interface Name`. */
function bracesOpenType(text: string, at: number): boolean {
  let depth = 0;
  let i = at;
  for (; i >= 0 && at - i < 2_000; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x7d) depth++;
    else if (c === 0x7b && depth-- === 0) break;
  }
  if (i < 0 || at - i >= 2_000) return false;
  const before = lineBefore(text, i).trimEnd();
  return before.endsWith('<') || /^\s*(?:export\s+)?(?:declare\s+)?(?:type\s+[\w$]+\s*(?:<[^=]*>\s*)?=|interface\s+[\w$]+(?:\s*<[^{]*>)?(?:\s+extends\s+[^{]+)?)$/.test(before);
}

/** The `(` or `[` that the `)` or `]` at `close` closes, looked for up to 2,000 characters back (-1: none). */
function openingOf(text: string, close: number): number {
  const shut = text.charCodeAt(close);
  const open = shut === 0x5d ? 0x5b : 0x28;
  let depth = 0;
  for (let i = close; i >= 0 && close - i < 2_000; i--) {
    const c = text.charCodeAt(i);
    if (c === shut) depth++;
    else if (c === open && --depth === 0) return i;
  }
  return -1;
}

/** Whether an arrow after `line` ends a switch label: the line starts with `case` or `default` and has no arrow yet. */
function isSwitchRuleArrow(line: string): boolean {
  return /^\s*(?:case\b|default\b)/.test(line) && !line.includes('->');
}

/**
 * TypeScript's type query: `typeof` where a type is written (`ReturnType<typeof getUser>`, `let u: typeof cfg`,
 * `type Cfg = typeof cfg`, `x as typeof y`), as opposed to the JavaScript operator in an expression
 * (`typeof x === 'string'`). Judged from the line before it; an object literal's `key: typeof x` on a line of its own
 * reads as an interface member's type.
 */
export function isTypeQueryAt(text: string, start: number): boolean {
  const before = lineBefore(text, start).trimEnd();
  if (before.endsWith('<') || /\b(?:keyof|extends|as|satisfies|is)$/.test(before)) return true;
  if (before.endsWith(',')) return unclosedAngles(before);
  if (TYPE_ALIAS_START.test(before) && (before.endsWith('=') || /[|&]$/.test(before))) return true;
  if (/^\s*[|&]$/.test(before)) return true;
  return /(?:^|[(,]|\b(?:let|const|var|readonly|public|private|protected))\s*[\w$]+\??\s*:$/.test(before);
}

const TYPE_ALIAS_START = /^\s*(?:export\s+)?(?:declare\s+)?type\s+[\w$]+/;

/** Whether a `<` of a type argument list is still open at the end of `s` (`Map<string,`), arrows aside. */
function unclosedAngles(s: string): boolean {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3c) depth++;
    else if (c === 0x3e && s.charCodeAt(i - 1) !== 0x3d && depth > 0) depth--;
  }
  return depth > 0;
}

function lineBefore(text: string, at: number): string {
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
}

/** The rest of the line from `at` (lineBefore's other half). */
function lineAfter(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(at, end < 0 ? text.length : end);
}

/** A line's only word before a `>` that reads as a REPL's prompt: letters or a colon in it, not a file descriptor (`2> err`). */
const REPL_PROMPT = /^\s*(?=[\w.:@()-]*[A-Za-z:])[\w.:@()-]+$/;

/**
 * A shell operator in text rather than code: inside single quotes (any), inside double quotes (anything but an
 * expansion: `"$(date)"` and `"${x}"` expand, `"<version>"` is text), in the pattern after `=~`, in a case
 * pattern (`arm64* | aarch64*)`), inside arithmetic (`$(( a > b ))`), a `<`/`>` that starts a line of a console
 * session's output (`> GET / HTTP/1.1`), or the `>` of a REPL's prompt (`redis> SET k v`).
 * Read from the start of the line: a string that spans lines is not seen.
 */
function inShellText(term: string, text: string, start: number): boolean {
  const line = lineBefore(text, start);
  const expansion = term.charCodeAt(0) === 0x24;
  if ((term === '<' || term === '>') && /^\s*$/.test(line) && text.charCodeAt(start + 1) === 0x20) return true;
  // An arrow, printed (a GC log's `14M->1M(61M)`, blind audit cl) or drawn (`---> PREROUTING`, audit dd): no command
  // writes to a file named by a `>` glued to a `-`.
  if (term === '>' && text.charCodeAt(start - 1) === 0x2d) return true;
  if (term === '|' && (isDrawnLine(text, start) || isSynopsisAlternative(text, start))) return true;
  // A REPL's prompt glued to the line's first word (`127.0.0.1:6379> GET key`, `mysql> SELECT 1;`) is no redirection.
  if (term === '>' && REPL_PROMPT.test(line) && text.charCodeAt(start + 1) === 0x20) return true;
  if ((term === '<' && placeholderEndsAfter(text, start + 1)) || (term === '>' && placeholderStartsBefore(text, start))) return true;
  const state = shellStateAt(line);
  if (state === SINGLE || (state === DOUBLE && !expansion)) return true;
  if (!expansion) {
    const test = line.lastIndexOf('=~');
    if (test >= 0 && line.indexOf(']]', test) < 0) return true;
    if (term === '|' && insideExtglob(line)) return true;
    if (insideArithmetic(line, text, start)) return true;
    if (term === '|' && line.indexOf('(') < 0) {
      const rest = lineAfter(text, start);
      const close = rest.indexOf(')');
      if (close >= 0 && !rest.slice(0, close).includes('(')) return true;
    }
  }
  return false;
}

/** Characters that draw a vertical line in an ASCII diagram: a line, an arrow head up or down, a corner. */
const DRAWN_VERTICAL = new Set([0x7c, 0x5e, 0x76, 0x2b]);

/**
 * A `|` of an ASCII diagram in shell-labelled text (a packet-flow drawing in a ```sh fence): wide gaps on both sides,
 * no `\` continuing a command from the line above, and the line above or below drawing on at its column or a lone
 * arrow head (`v`, `^`) on its own line. A pipeline has one space around its `|`, and two pipelines that line up by
 * chance (`ps aux | grep a` over `ls -la | grep b`) have commands glued to theirs.
 */
function isDrawnLine(text: string, at: number): boolean {
  const before = lineBefore(text, at);
  const lineStart = at - before.length;
  const gapBefore = /^\s*$/.test(before) || /\S {2,}$/.test(before);
  if (!gapBefore || !/^(?: {2,}|[ \t]*(?:\r?\n|$))/.test(text.slice(at + 1, at + 4))) return false;
  const column = at - lineStart;
  const above = lineStart > 0 ? text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1).replace(/\r$/, '') : '';
  if (/\\\s*$/.test(above)) return false;
  const lineEnd = text.indexOf('\n', at);
  const belowEnd = lineEnd < 0 ? -1 : text.indexOf('\n', lineEnd + 1);
  const below = lineEnd < 0 ? '' : text.slice(lineEnd + 1, belowEnd < 0 ? text.length : belowEnd);
  if (DRAWN_VERTICAL.has(above.charCodeAt(column)) || DRAWN_VERTICAL.has(below.charCodeAt(column))) return true;
  // Or the line draws an arrow head of its own (a lone `v` or `^`).
  return /(?:^|\s)[v^](?:\s|$)/.test(before + ' ' + lineAfter(text, at + 1));
}

/** Words after which the next word is the command they run (`sudo node`, `exec node`, `xargs -0 node` is not read). */
const COMMAND_PREFIXES = new Set(['sudo', 'exec', 'time', 'nohup', 'env', 'command', 'builtin', 'then', 'do', 'else', '!', 'xargs', 'watch']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=\S*$/;

/**
 * Whether a command starts at `start` in shell code: the line's first word, or the first after `|`, `;`, `&`, `(`
 * (`$(`, `&&`, `||`), a backquote or `{`, after a console prompt (`$ node -v`), after a word that runs the next one
 * (`sudo`, `exec`, `then`), or after variable assignments (`NODE_ENV=production node server.js`). `kubectl get node`
 * and `echo node` are arguments.
 */
export function atShellCommandStart(text: string, start: number): boolean {
  let i = start;
  for (;;) {
    while (i > 0 && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x09)) i--;
    if (i === 0) return true;
    const before = text.charCodeAt(i - 1);
    if (before === 0x0a || before === 0x7c || before === 0x3b || before === 0x26 || before === 0x28 || before === 0x60 || before === 0x7b) return true;
    let j = i;
    while (j > 0 && !isSpace(text.charCodeAt(j - 1))) j--;
    const word = text.slice(j, i);
    const lineStart = j === 0 || text.charCodeAt(j - 1) === 0x0a;
    // A root prompt's `#` runs a command, always written in lower case: `# Read the config` in a fence is a comment.
    if ((word === '$' || word === '%' || (word === '#' && !isUpperCaseLetter(text.charCodeAt(start)))) && lineStart) return true;
    if (COMMAND_PREFIXES.has(word)) return true;
    if (!ASSIGNMENT.test(word)) return false;
    i = j;
  }
}

/**
 * Whether `start` (after `line`, the text of its line before it) is inside arithmetic that closes on its line (`$(( a > b ? a : b ))`, `(( n << 2 ))`, `for (( i = 0;
 * i < n; i++ ))`): there `<`, `>`, `<<`, `|` and `&` compare, shift and combine numbers; they are no redirection, pipe
 * or background job. A command substitution inside it is shell again (`$(( $(wc -l < f) + 1 ))`), and so is a `((` that
 * opens two subshells (`((gzip -cd "$f" 4>&-` … on the next lines).
 */
function insideArithmetic(line: string, text: string, start: number): boolean {
  const stack: boolean[] = []; // true: an arithmetic `((`, false: another `(`
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x28) {
      const arithmetic = i + 1 < line.length && line.charCodeAt(i + 1) === 0x28;
      stack.push(arithmetic);
      if (arithmetic) i++;
    } else if (c === 0x29 && stack.length > 0) {
      // The `))` may end the line before `start`, or be `)` at its end and the character at `start`.
      if (stack.pop() && (i + 1 < line.length ? line.charCodeAt(i + 1) : text.charCodeAt(start)) === 0x29) i++;
    }
  }
  return stack[stack.length - 1] === true && lineAfter(text, start).includes('))');
}

/** Whether the end of `line` is inside an extglob pattern's parentheses (`!(a|b)`, `@(x|y)`, `+(…)`, `*(…)`, `?(…)`). */
function insideExtglob(line: string): boolean {
  let depth = 0;
  for (let i = line.length - 1; i >= 0; i--) {
    const c = line.charCodeAt(i);
    if (c === 0x29) depth++;
    else if (c === 0x28 && depth-- === 0) {
      const before = line.charCodeAt(i - 1);
      return before === 0x21 || before === 0x40 || before === 0x2b || before === 0x2a || before === 0x3f;
    }
  }
  return false;
}

/** Commands whose quoted arguments are a message to print, not a command line (`echo "Waiting for the source"`). */
const MESSAGE_COMMAND = /^\s*(?:echo|printf|read|log|info|warn|warning|error|die|fail|fatal|msg|note)\b/;
/** The words a script's own reporting function is named with, as a part of its name (`log_info`, `checkError`). */
const MESSAGE_WORDS = ['echo', 'print', 'log', 'info', 'warn', 'warning', 'error', 'die', 'fail', 'fatal', 'msg', 'message', 'note', 'notice', 'debug', 'abort', 'panic', 'say', 'alert'];
const capitalised = (word: string): string => word[0].toUpperCase() + word.slice(1);
/**
 * A script's own function that prints or reports one (`log_info "…"`, `check_error "…"`, `print-msg`, `logWarn`): a
 * message word as a snake_case, kebab-case or camelCase part of the first word of the line (as its last part also
 * `printf` and `err`: `my_printf`, `die_err`; as a camel-case part also `Err`).
 */
const MESSAGE_FUNCTION = new RegExp(
  `^\\s*(?:(?:[A-Za-z0-9]+[_-])+(?:${[...MESSAGE_WORDS, 'printf', 'err'].join('|')})` +
    `|(?:${MESSAGE_WORDS.join('|')})(?:[_-][A-Za-z0-9]+)+` +
    `|[a-z][a-z0-9]*(?:${[...MESSAGE_WORDS, 'err'].map(capitalised).join('|')})[A-Za-z0-9]*)(?=\\s)`,
);

/**
 * A word of shell code that is not a command although it is spelled as one: a variable's name where it is
 * expanded or assigned (`"$source"`, `${source}/`, `local source="$1"`), or a word of a message that echo,
 * printf or a script's log or error function prints (`echo "Waiting for the source"`, `check_error "local failed"`).
 */
export function isShellWordNotCommand(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (before === 0x24 || (before === 0x7b && text.charCodeAt(start - 2) === 0x24)) return true;
  if (text.charCodeAt(end) === 0x3d && text.charCodeAt(end + 1) !== 0x3d) return true;
  const line = lineBefore(text, start);
  return (MESSAGE_COMMAND.test(line) || MESSAGE_FUNCTION.test(line)) && shellStateAt(line) !== CODE;
}

/**
 * A documentation placeholder (`iptables -I <chain> <匹配条件>`, `git checkout [<branch>]`) is one word in angle
 * brackets: no space, quote or shell operator inside. Neither bracket redirects.
 */
/** Words a placeholder may hold, one space apart (`<pod name>`, `<your project id>`); a redirection has a space after `<`. */
const PLACEHOLDER_WORDS = 4;

function placeholderEndsAfter(text: string, from: number): boolean {
  let j = from;
  for (let words = 1; ; words++) {
    const wordStart = j;
    while (j < text.length && isPlaceholderChar(text.charCodeAt(j))) j++;
    if (j === wordStart) return false;
    if (text.charCodeAt(j) === 0x3e) return true;
    if (text.charCodeAt(j) !== 0x20 || words === PLACEHOLDER_WORDS) return false;
    j++;
  }
}

function placeholderStartsBefore(text: string, end: number): boolean {
  let j = end - 1;
  for (let words = 1; ; words++) {
    const wordEnd = j;
    while (j >= 0 && isPlaceholderChar(text.charCodeAt(j))) j--;
    if (j === wordEnd) return false;
    const open = text.charCodeAt(j);
    if (open === 0x3c || open === 0x2039) return true;
    if (open !== 0x20 || words === PLACEHOLDER_WORDS) return false;
    j--;
  }
}

function isPlaceholderChar(c: number): boolean {
  if (c >= 128) return c !== 0x2039 && c !== 0x203a && c !== 0x3000;
  // `|` parts alternatives in a synopsis: `<file|directory|glob>`.
  return isNameChar(c) || c === 0x2d || c === 0x2e || c === 0x3a || c === 0x2f || c === 0x7c;
}

/**
 * A `|` between alternatives of a usage synopsis (`[files|directories|globs...]`, `<file|directory|glob>`): glued to
 * the words on both sides, inside brackets that open and close on its line around nothing but such words.
 */
function isSynopsisAlternative(text: string, at: number): boolean {
  if (!isPlaceholderChar(text.charCodeAt(at - 1)) || !isPlaceholderChar(text.charCodeAt(at + 1)) || text.charCodeAt(at + 1) === 0x7c) return false;
  let b = at - 1;
  while (b >= 0 && isPlaceholderChar(text.charCodeAt(b))) b--;
  let a = at + 1;
  while (a < text.length && isPlaceholderChar(text.charCodeAt(a))) a++;
  const open = text.charCodeAt(b);
  const close = text.charCodeAt(a);
  return (open === 0x5b && close === 0x5d) || (open === 0x3c && close === 0x3e);
}

const CODE = 0;
const SINGLE = 1;
const DOUBLE = 2;
const SUBSTITUTION = 3;

/** Whether the end of `line` is code, or inside single or double quotes; `"$(a | b)"` is code again inside the quotes. */
function shellStateAt(line: string): number {
  const stack = [CODE];
  for (let i = 0; i < line.length; i++) {
    const top = stack[stack.length - 1];
    const c = line.charCodeAt(i);
    if (top === SINGLE) {
      if (c === 0x27) stack.pop();
      continue;
    }
    if (c === 0x5c) {
      i++;
      continue;
    }
    if (c === 0x24 && line.charCodeAt(i + 1) === 0x28) {
      stack.push(SUBSTITUTION);
      i++;
    } else if (top === DOUBLE) {
      if (c === 0x22) stack.pop();
    } else if (c === 0x27) stack.push(SINGLE);
    else if (c === 0x22) stack.push(DOUBLE);
    else if (c === 0x28 && top === SUBSTITUTION) stack.push(SUBSTITUTION);
    else if (c === 0x29 && top === SUBSTITUTION) stack.pop();
  }
  const top = stack[stack.length - 1];
  return top === SUBSTITUTION ? CODE : top;
}

/** Whether the innermost braces around `at` are a `select!` macro's (tokio's, futures', `select_biased!`). */
function isSelectBranchArrow(text: string, at: number): boolean {
  let depth = 0;
  for (let i = at - 1; i >= 0 && at - i < 20_000; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x7d) depth++;
    else if (c === 0x7b && depth-- === 0) return /\bselect(?:_biased)?!\s*$/.test(text.slice(Math.max(0, i - 40), i));
  }
  return false;
}

/** Whether `at` lies in the body of a `macro_rules!` definition (looked for up to 20,000 characters back). */
function insideMacroRules(text: string, at: number): boolean {
  const macro = text.lastIndexOf('macro_rules!', at);
  if (macro < 0 || at - macro > 20_000) return false;
  const open = text.indexOf('{', macro);
  if (open < 0 || open > at) return false;
  let depth = 0;
  for (let i = open; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b) depth++;
    else if (c === 0x7d && --depth === 0) return false;
  }
  return depth > 0;
}
