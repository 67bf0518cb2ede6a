// Property-based tests (fast-check). Each property runs NUM_RUNS random cases under the mocha timeout of
// its test (the time bound); on a failure fast-check prints the seed and the shrunk counterexample, and
// FC_SEED=<seed> replays that run (see FIXED_SEED below).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { parseGlossary } from '../../src/core/glossary';
import { TermMatcher } from '../../src/core/matcher';
import { parseNote } from '../../src/core/note-parse';
import { renderNoteBody } from '../../src/core/render';
import { parseWorkspaceNote } from '../../src/core/workspace-note';
import { isViewerMessage, MAX_COPY_CHARS, MAX_URL_CHARS } from '../../src/shared/viewer-protocol';
import { isNoteIdSyntax } from '../../src/shared/note-id';
import { BAD_URLS, LABEL_INJECTIONS, RAW_HTML } from './corpus';
import { htmlViolations } from './html-allowlist';

const NUM_RUNS = 200;
// A fixed seed by default, so CI is repeatable: FC_SEED=random explores new inputs (fast-check prints the
// seed of a failure), FC_SEED=<seed> replays one.
const FIXED_SEED = 20261130;
const seed = process.env.FC_SEED === 'random' ? undefined : process.env.FC_SEED === undefined ? FIXED_SEED : Number(process.env.FC_SEED);
const params = { numRuns: NUM_RUNS, ...(seed === undefined ? {} : { seed }) };
/** The time bound of each property (mocha fails the test past it). */
const BOUND_MS = 15_000;

/** Text with the characters that matter to the parsers: markup, YAML syntax, separators, CJK, controls. */
const noteText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('-', '-', '-', ':', ' ', '\n', '\n', '#', '[', ']', '{', '}', '"', "'", '|', '>', '*', '&', '!', '%', '@', '`', '\t', '\r', '\u0000', '\ufeff', '\u202e'),
    fc.constantFrom('---\n', 'id: ', 'title: ', 'zh: ', 'en: ', 'aliases: ', 'topic: ', 'summary: ', '<!-- lang: zh -->\n', '<!-- lang: en -->\n', 'contexts:\n', '  - name: ', '    terms:\n', 'definition: '),
    fc.string({ maxLength: 3 }),
    fc.constantFrom('中', '文', 'é', '😀'),
  ),
  maxLength: 120,
});

const yamlValue = fc.anything({ maxDepth: 3, withNullPrototype: false, withBigInt: false, withDate: false, withTypedArray: false, withSparseArray: false, withMap: false, withSet: false, withObjectString: false, withBoxedValues: false });

describe('security: properties', function () {
  this.timeout(BOUND_MS);

  describe('parsers never throw and report what they refuse', () => {
    it('parseNote, parseWorkspaceNote and parseGlossary on arbitrary text', () => {
      fc.assert(
        fc.property(fc.oneof(noteText, fc.string(), fc.string({ unit: 'binary' })), (text) => {
          const strict = parseNote(text, 'x.md', 'user');
          assert.ok(Array.isArray(strict.problems));
          if (!strict.note) assert.ok(strict.problems.some((p) => p.severity === 'error'), 'a refused strict note says why');
          const lenient = parseWorkspaceNote(text, 'dir/x.md', 'x.md');
          if (!lenient.note) assert.ok(lenient.problems.length > 0, 'a refused team note says why');
          const glossary = parseGlossary(text, 'g.glossary.yml', '/w/', true);
          assert.ok(Array.isArray(glossary.notes) && Array.isArray(glossary.problems));
          for (const p of [...strict.problems, ...lenient.problems, ...glossary.problems]) assert.ok(Number.isInteger(p.line) && p.line >= 1, JSON.stringify(p));
        }),
        params,
      );
    });

    it('parseNote, parseWorkspaceNote and parseGlossary on arbitrary YAML', () => {
      fc.assert(
        fc.property(fc.dictionary(fc.constantFrom('id', 'title', 'aliases', 'topic', 'summary', 'related', 'tags', 'verified', 'lang', 'alias', 'description', 'contexts', 'avoid', '__proto__', 'constructor'), yamlValue), fc.string({ maxLength: 40 }), (data, body) => {
          let yaml: string;
          try {
            yaml = stringify(data);
          } catch {
            return; // a value YAML cannot write (not what is tested here)
          }
          const text = `---\n${yaml}---\n<!-- lang: zh -->\n${body}\n<!-- lang: en -->\n${body}\n`;
          const strict = parseNote(text, 'x.md', 'user');
          if (!strict.note) assert.ok(strict.problems.length > 0);
          const lenient = parseWorkspaceNote(text, 'x.md', 'x.md');
          if (!lenient.note) assert.ok(lenient.problems.length > 0);
          parseGlossary(yaml, 'g.glossary.yml', '/w/', false);
        }),
        params,
      );
    });
  });

  describe('TermMatcher', () => {
    const termText = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '-', '_', 'A', 'B', '中', '文', '.', 'x'), minLength: 1, maxLength: 8 });
    const lineText = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '-', '_', 'A', 'B', '中', '文', '.', 'x', '\n', '😀', '$', 'ab', 'abc', 'a b'), maxLength: 20 });

    it('every match lies inside its line, its text is that substring, and matchAt agrees with the full scan at every offset', () => {
      let withMatches = 0;
      fc.assert(
        fc.property(
          // Lines made of the terms themselves (in other cases and separators too) and noise between them.
          fc.uniqueArray(termText, { minLength: 1, maxLength: 6 }).chain((ts) =>
            fc.tuple(
              fc.constant(ts),
              fc
                .array(fc.oneof(fc.constantFrom(...ts), fc.constantFrom(...ts).map((t) => t.toUpperCase().replace(/ /g, '_')), lineText), { maxLength: 8 })
                .map((parts) => parts.join(' ')),
            ),
          ),
          ([terms, text]) => {
          const usable = terms.filter((t) => t.trim() !== '');
          fc.pre(usable.length > 0);
          let matcher: TermMatcher<string>;
          try {
            matcher = new TermMatcher<string>(usable.map((t) => ({ term: t, value: t })));
          } catch {
            return; // a term with no letters is refused at build time
          }
          for (const line of text.split('\n')) {
            const all = matcher.matchAll(line);
            if (all.length > 0) withMatches++;
            let previousEnd = 0;
            for (const m of all) {
              assert.ok(0 <= m.start && m.start < m.end && m.end <= line.length, `${JSON.stringify(line)}: ${m.start}-${m.end}`);
              assert.equal(m.text, line.slice(m.start, m.end));
              assert.ok(m.start >= previousEnd, 'matches do not overlap');
              previousEnd = m.end;
            }
            for (let offset = 0; offset < line.length; offset++) {
              const expected = all.find((m) => m.start <= offset && offset < m.end);
              const at = matcher.matchAt(line, offset);
              assert.deepEqual(
                at && { start: at.start, end: at.end, text: at.text, values: at.entries.map((e) => e.value) },
                expected && { start: expected.start, end: expected.end, text: expected.text, values: expected.entries.map((e) => e.value) },
                `${JSON.stringify(line)} at ${offset}, terms ${JSON.stringify(usable)}`,
              );
            }
          }
          },
        ),
        params,
      );
      assert.ok(withMatches > NUM_RUNS / 4, `only ${withMatches} lines had matches: the property would hold vacuously`);
    });
  });

  describe('renderer', () => {
    const fragment = fc.oneof(
      fc.constantFrom(...RAW_HTML, ...LABEL_INJECTIONS, '[[pod]]', '[[x|y]]', '$x^2$', '$$\n\\frac{a}{b}\n$$', '```js\ncode\n```', '> ', '- ', '1. ', '| a | b |\n|---|---|\n| c | d |', '**', '_', '`', '![i](', '[l](', ')', '](', '<', '>', '&', '&#106;', 'https://example.com/', '\n', '\n\n', '    '),
      fc.constantFrom(...BAD_URLS).map((u) => `[x](${u})`),
      fc.constantFrom(...BAD_URLS).map((u) => `<${u}>`),
      fc.constantFrom(...BAD_URLS).map((u) => `![x](${u})`),
      fc.string({ maxLength: 6 }),
    );

    it('for any Markdown, the HTML holds only allow-listed elements, attributes and URLs', () => {
      fc.assert(
        fc.property(fc.array(fragment, { maxLength: 25 }), (parts) => {
          const markdown = parts.join('');
          const { html } = renderNoteBody(markdown, { exists: (id) => id === 'pod' });
          assert.deepEqual(htmlViolations(html), [], markdown);
        }),
        params,
      );
    });
  });

  describe('webview message validator', () => {
    /** What the host may act on, written independently of isViewerMessage. */
    function oracle(x: unknown): boolean {
      if (typeof x !== 'object' || x === null || Array.isArray(x) || Object.getPrototypeOf(x) !== Object.prototype) return false;
      const m = x as Record<string, unknown>;
      const keys = Object.keys(m).sort().join(',');
      switch (m.type) {
        case 'ready':
          return keys === 'type';
        case 'openNote':
          return keys === 'id,toSide,type' && isNoteIdSyntax(m.id) && typeof m.toSide === 'boolean';
        case 'openExternal':
          return keys === 'type,url' && typeof m.url === 'string' && m.url.length <= MAX_URL_CHARS && /^https?:\/\//i.test(m.url);
        case 'navigate':
          return keys === 'direction,type' && (m.direction === 'back' || m.direction === 'forward');
        case 'setLanguage':
          return keys === 'lang,type' && (m.lang === 'zh' || m.lang === 'en');
        case 'copy':
          return keys === 'text,type' && typeof m.text === 'string' && m.text.length <= MAX_COPY_CHARS;
        case 'scroll':
          return keys === 'scrollY,type' && typeof m.scrollY === 'number' && Number.isFinite(m.scrollY) && m.scrollY >= 0 && m.scrollY <= 10_000_000;
        default:
          return false;
      }
    }

    const field = fc.oneof(fc.anything({ maxDepth: 2 }), fc.constantFrom('pod', 'kubectl-run', '../x', '__proto__', 'back', 'forward', 'zh', 'en', 'https://example.com', 'javascript:alert(1)', 'command:x', true, false, 0, -1, 1e9, Number.NaN, Infinity));
    const message = fc.oneof(
      fc.record({ type: fc.constantFrom('ready', 'openNote', 'openExternal', 'navigate', 'setLanguage', 'copy', 'scroll', 'eval', '__proto__', 'constructor'), id: field, toSide: field, url: field, direction: field, lang: field, text: field, scrollY: field }, { requiredKeys: ['type'] }),
      fc.anything(),
      // Forged through JSON, as a webview's postMessage would deliver them: __proto__ as an own key.
      fc.constantFrom('{"type":"ready","__proto__":{"x":1}}', '{"__proto__":{"type":"ready"}}', '{"type":"openNote","id":"pod","toSide":false,"__proto__":null}').map((s) => JSON.parse(s) as unknown),
    );

    it('accepts exactly the well-formed messages', () => {
      fc.assert(
        fc.property(message, (msg) => {
          assert.equal(isViewerMessage(msg), oracle(msg), JSON.stringify(msg));
        }),
        { ...params, numRuns: NUM_RUNS * 5 },
      );
    });

    it('rejects forged messages: unknown types, wrong types, huge payloads, __proto__ keys, inherited fields', () => {
      const forged: unknown[] = [
        JSON.parse('{"type":"ready","__proto__":{"polluted":true}}'),
        JSON.parse('{"__proto__":{"type":"ready"}}'),
        Object.create({ type: 'ready' }),
        Object.assign(Object.create({ toSide: false }), { type: 'openNote', id: 'pod' }),
        { type: 'openNote', id: '__proto__', toSide: false },
        { type: 'openNote', id: 'x'.repeat(201), toSide: false },
        { type: 'openExternal', url: `https://example.com/${'a'.repeat(MAX_URL_CHARS)}` },
        { type: 'copy', text: 'x'.repeat(MAX_COPY_CHARS + 1) },
        { type: 'scroll', scrollY: Number.POSITIVE_INFINITY },
        { type: 'setLanguage', lang: { toString: () => 'en' } },
        { type: ['ready'] },
        new (class Ready {
          type = 'ready';
        })(),
      ];
      for (const msg of forged) assert.equal(isViewerMessage(msg), false, JSON.stringify(msg));
      assert.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype was polluted');
    });
  });
});
