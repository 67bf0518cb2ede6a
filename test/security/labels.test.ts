// Note text outside the viewer: the hover Markdown, tree labels and tooltips, quick pick rows, completion
// items and Problems messages. Each is built by the same vscode-free function the extension uses, and
// read back the way VS Code shows it: a Markdown parser for Markdown, the `$(name)` icon rule for labels.
import * as assert from 'node:assert/strict';
import { hoverExampleOf } from '../../src/core/hover-example';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { assembleCorpus } from '../../src/core/assemble';
import type { Corpus } from '../../src/core/corpus';
import { markdownText, plainLabel, quickPickText, terminalText } from '../../src/core/display-text';
import { loadNotes } from '../../src/core/load';
import { isNoteIdSyntax, localize, type Note, type Problem } from '../../src/core/note';
import { folderSource } from '../../src/cli/folder-source';
import { completionRows } from '../../src/vscode/authoring/completion-rows';
import { HOVER_COMMANDS, hoverMarkdownValue, type HoverEntry } from '../../src/vscode/hover/hover-markdown';
import { diagnosticRows } from '../../src/vscode/notes/diagnostic-rows';
import { noteRowFields, separatorText } from '../../src/vscode/search/row-text';
import { conceptRowText, noteRowText, topicRowText } from '../../src/vscode/tree/tree-text';
import { LABEL_INJECTIONS, writeHostileFolder } from './corpus';

/** A CommonMark + GFM-autolink reader, as VS Code's marked reads hover and tooltip Markdown. */
const reader = new MarkdownIt({ html: true, linkify: true });
const LABELS = { openNote: 'Open note', openNoteTooltip: 'Open the full note', searchRelated: 'Search related', searchRelatedTooltip: 'Search notes related to this one', copyLink: 'Copy link', copyLinkTooltip: 'Copy [[id]] to link this note from another' };
// eslint-disable-next-line no-control-regex
const INVISIBLE_OR_CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;
const ICON = /(\\)?\$\(([A-Za-z0-9-]+(?:~[A-Za-z]+)?)\)/g;

/** What a label that supports icons shows: "[icon:x]" for an icon, the characters for an escaped one. */
function shownWithIcons(text: string): string {
  return text.replace(ICON, (m, escaped: string | undefined, name: string) => (escaped ? m.slice(1) : `[icon:${name}]`));
}

interface Read {
  links: string[];
  html: string[];
  /** Text of each paragraph, with icons as shownWithIcons shows them. */
  paragraphs: string[];
  /** Text inside ** **. */
  strong: string[];
}

/** Reads Markdown as a reader sees it: its links, raw HTML, and the text shown. */
function read(markdown: string): Read {
  const out: Read = { links: [], html: [], paragraphs: [], strong: [] };
  for (const block of reader.parse(markdown, {})) {
    if (block.type === 'html_block') out.html.push(block.content);
    if (block.type !== 'inline') continue;
    let text = '';
    let strong: string | undefined;
    for (const t of block.children ?? []) {
      if (t.type === 'link_open') out.links.push(String(t.attrGet('href') ?? ''));
      if (t.type === 'html_inline') out.html.push(t.content);
      if (t.type === 'strong_open') strong = '';
      if (t.type === 'strong_close' && strong !== undefined) {
        out.strong.push(shownWithIcons(strong));
        strong = undefined;
      }
      const piece = t.type === 'text' || t.type === 'code_inline' ? t.content : t.type === 'softbreak' ? '\n' : '';
      text += piece;
      if (strong !== undefined) strong += piece;
    }
    out.paragraphs.push(shownWithIcons(text));
  }
  return out;
}

/** As the hover builds it, with every optional part a hostile note can fill: the other title, the example, the file. */
function hoverEntry(corpus: Corpus, note: Note): HoverEntry {
  const title = localize(note.title, 'en');
  const other = localize(note.title, 'zh');
  const example = hoverExampleOf(localize(note.body, 'en'));
  return {
    id: note.id,
    title,
    ...(other !== title ? { otherTitle: other } : {}),
    breadcrumb: corpus.breadcrumb(note, 'en'),
    summary: localize(note.summary, 'en'),
    ...(example ? { example } : {}),
    source: note.file,
  };
}

describe('security: note text outside the viewer', () => {
  let dir: string;
  let corpus: Corpus;
  let problems: Problem[];
  before(async () => {
    dir = writeHostileFolder();
    const loaded = await loadNotes(folderSource(dir), 'user', { glossaries: true });
    corpus = assembleCorpus(undefined, [loaded]);
    problems = [...loaded.problems, ...corpus.crossCheck()];
    assert.ok(corpus.all().length > 40, `hostile notes loaded: ${corpus.all().length}`);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('display text', () => {
    it('a label is one line without controls, direction overrides or zero-width characters', () => {
      for (const text of LABEL_INJECTIONS) {
        const label = plainLabel(text);
        assert.doesNotMatch(label, INVISIBLE_OR_CONTROL, JSON.stringify(text));
        assert.doesNotMatch(label, /\n|\u2028/, JSON.stringify(text));
      }
      assert.equal(plainLabel('abc\u202Etxt.exe'), 'abctxt.exe');
      assert.equal(plainLabel('line one\nline two'), 'line one line two');
      assert.equal(plainLabel('x'.repeat(400)).length, 300);
    });

    it('markdownText reads back as exactly the label: no link, HTML, emphasis or icon', () => {
      for (const text of LABEL_INJECTIONS) {
        const r = read(markdownText(text));
        assert.deepEqual(r.links, [], text);
        assert.deepEqual(r.html, [], text);
        assert.deepEqual(r.paragraphs, [plainLabel(text)], text);
      }
    });

    it('quickPickText shows $(…) as the characters, and nothing else changes', () => {
      assert.equal(shownWithIcons(quickPickText('$(zap) Pod $(x~spin) \\$(y)')), '$(zap) Pod $(x~spin) \\$(y)');
      assert.equal(quickPickText('cost $(5 + x)'), 'cost $(5 + x)');
      for (const text of LABEL_INJECTIONS) assert.equal(shownWithIcons(quickPickText(text)), plainLabel(text), text);
    });

    it('terminalText leaves no control sequence and keeps JSON valid', () => {
      for (const text of LABEL_INJECTIONS) {
        // eslint-disable-next-line no-control-regex
        assert.doesNotMatch(terminalText(text), /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/, JSON.stringify(text));
        assert.deepEqual(JSON.parse(terminalText(JSON.stringify({ text }))), { text }, JSON.stringify(text));
      }
    });
  });

  describe('hover', () => {
    it('holds our three command links per note and no other link, command or HTML, with its example and file', () => {
      for (const note of corpus.all()) {
        const entry = hoverEntry(corpus, note);
        const r = read(hoverMarkdownValue([entry], LABELS));
        assert.deepEqual(r.html, [], note.id);
        assert.equal(r.links.length, 3, `${note.id}: ${r.links.join(' ')}`);
        for (const link of r.links) {
          const m = /^command:([\w.]+)\?(.*)$/.exec(link);
          assert.ok(m && HOVER_COMMANDS.includes(m[1]), `${note.id}: ${link}`);
          assert.deepEqual(JSON.parse(decodeURIComponent(m[2])), [note.id], link);
        }
      }
    });

    it('keeps a hostile example inside its code block, whatever backticks it holds', () => {
      // hoverExampleOf already leaves out code with a fence; the block must hold even without that.
      const code = '```\n[x](command:workbench.action.quit)\n````` <img src=x onerror=alert(1)>';
      const r = read(hoverMarkdownValue([{ id: 'a', title: 'A', breadcrumb: [], summary: 'S', example: { language: 'sh"><script>', code } }], LABELS));
      assert.deepEqual(r.html, []);
      assert.equal(r.links.length, 3);
    });

    it('keeps the example block closed whatever its language says (a backtick in the info string ends the fence)', () => {
      for (const language of ['sh`', 'js`x` [y](command:workbench.action.quit)', 'sh\n[x](command:workbench.action.quit)\n']) {
        const r = read(hoverMarkdownValue([{ id: 'a', title: 'A', breadcrumb: [], summary: 'S', example: { language, code: '[x](command:workbench.action.quit) <img src=x onerror=alert(1)>' } }], LABELS));
        assert.deepEqual(r.html, [], JSON.stringify(language));
        assert.deepEqual(r.links.map((l) => l.split('?')[0]), HOVER_COMMANDS.map((c) => `command:${c}`), JSON.stringify(language));
      }
    });

    it('keeps its three command links whatever their localized tooltips hold (quotes, backslashes, newlines)', () => {
      const tricky = 'Open "the" note \\ "x" \n) [y](command:workbench.action.quit)';
      const labels = { ...LABELS, openNoteTooltip: tricky, searchRelatedTooltip: tricky, copyLinkTooltip: tricky };
      const r = read(hoverMarkdownValue([{ id: 'a', title: 'A', breadcrumb: [], summary: 'S' }], labels));
      assert.deepEqual(r.links.map((l) => l.split('?')[0]), HOVER_COMMANDS.map((c) => `command:${c}`));
    });

    it('the hover MarkdownString trusts only HOVER_COMMANDS and renders no HTML (source audit: hover-provider.ts needs vscode)', () => {
      const source = readFileSync(join(__dirname, '..', '..', 'src/vscode/hover/hover-provider.ts'), 'utf8');
      assert.deepEqual(source.match(/\.isTrusted\s*=.*$/gm), ['.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };']);
      assert.deepEqual(source.match(/\.supportHtml\s*=.*$/gm), ['.supportHtml = false;']);
      assert.deepEqual([...HOVER_COMMANDS].sort(), ['conceptReference.copyLink', 'conceptReference.openNote', 'conceptReference.searchRelated']);
    });

    it('shows the title, breadcrumb and summary literally; its one icon is ours', () => {
      for (const note of corpus.all()) {
        const entry = hoverEntry(corpus, note);
        const r = read(hoverMarkdownValue([entry], LABELS));
        const shownTitle = plainLabel(entry.title) + (entry.otherTitle ? ` · ${plainLabel(entry.otherTitle)}` : '');
        assert.equal(r.strong[0], shownTitle, note.id);
        assert.equal(r.paragraphs[0], `[icon:book] ${shownTitle} \u00a0·\u00a0 ${entry.breadcrumb.map((c) => plainLabel(c)).join(' › ')}`, note.id);
        assert.equal(r.paragraphs[1], plainLabel(entry.summary, 1000), note.id);
      }
    });

    it('keeps each note in its own section when several share a term', () => {
      const notes = corpus.all().slice(0, 5);
      const r = read(hoverMarkdownValue(notes.map((n) => hoverEntry(corpus, n)), LABELS));
      assert.equal(r.links.length, 15);
    });
  });

  describe('Topics and Concepts in This File', () => {
    it('labels are the titles as written, on one line; tooltips read back literally', () => {
      for (const note of corpus.all()) {
        const title = localize(note.title, 'en');
        const row = noteRowText(title, localize(note.title, 'zh'), localize(note.summary, 'en'), note.aliases[0]?.term);
        // Tree labels draw no icons and no Markdown: the words themselves, with nothing escaped.
        assert.equal(row.label, plainLabel(title));
        assert.doesNotMatch(row.label + (row.description ?? ''), INVISIBLE_OR_CONTROL, note.id);
        const tip = read(row.tooltip);
        assert.deepEqual([tip.links, tip.html], [[], []], note.id);
        assert.equal(tip.strong[0], plainLabel(title), note.id);
        assert.equal(tip.paragraphs[1], plainLabel(localize(note.summary, 'en'), 1000), note.id);
        const concept = conceptRowText(title, localize(note.summary, 'en'));
        assert.equal(concept.label, plainLabel(title));
        assert.deepEqual(read(concept.tooltip!).paragraphs, [plainLabel(localize(note.summary, 'en'), 1000)]);
      }
    });

    it('topic names (topics.yml, glossary contexts) are one plain line', () => {
      for (const path of ['hostile', 'hostile-zap-b-context-b']) {
        const row = topicRowText(corpus.topicName(path, 'en'), corpus.topicName(path, 'en'), corpus.topicName(path, 'zh'), '3 notes');
        assert.doesNotMatch(row.label, INVISIBLE_OR_CONTROL, path);
        assert.equal(row.tooltip.split('\n').length, 2, path);
      }
      assert.equal(topicRowText(corpus.topicName('hostile', 'en'), '', '', '').label, '[x](command:evil) $(zap) next');
    });
  });

  describe('quick pick rows', () => {
    it('show titles, breadcrumbs and summaries literally (icons escaped), one line each', () => {
      for (const note of corpus.all()) {
        const crumb = corpus.breadcrumb(note, 'en');
        const row = noteRowFields(localize(note.title, 'en'), crumb, localize(note.summary, 'en'));
        assert.equal(shownWithIcons(row.label), plainLabel(localize(note.title, 'en')), note.id);
        assert.equal(shownWithIcons(row.description), crumb.map((c) => plainLabel(c)).join(' › '), note.id);
        assert.equal(shownWithIcons(row.detail), plainLabel(localize(note.summary, 'en'), 1000), note.id);
        for (const field of [row.label, row.description, row.detail]) assert.doesNotMatch(field, INVISIBLE_OR_CONTROL, note.id);
      }
      assert.equal(shownWithIcons(separatorText('Related to $(zap)\nx')), 'Related to $(zap) x');
    });
  });

  describe('completion items', () => {
    it('insert only a note id; titles and summaries are plain lines', () => {
      const { rows } = completionRows(corpus.all(), '', 'en', ']]');
      assert.ok(rows.length > 40);
      for (const row of rows) {
        assert.ok(isNoteIdSyntax(row.id), row.id);
        assert.equal(row.insertText, `${row.id}]]`);
        for (const field of [row.description, row.detail, row.documentation, row.filterText]) {
          assert.doesNotMatch(field, INVISIBLE_OR_CONTROL, row.id);
          assert.doesNotMatch(field, /\n/, row.id);
        }
      }
      // Typing filters by id and title; the title is matched as shown.
      assert.ok(completionRows(corpus.all(), 'abctxt', 'en', '').rows.length > 0);
    });
  });

  describe('Problems view', () => {
    it('each message is one plain line, on a line of its file', () => {
      const hostileProblems: Problem[] = [
        ...problems,
        { file: 'file:///n.md', line: 0, severity: 'warning', message: 'unknown frontmatter key "a\nb\u202Ec\u001b[2J"' },
        { file: 'file:///n.md', line: 3, severity: 'error', message: 'x'.repeat(5000) },
      ];
      assert.ok(problems.length > 0, 'the hostile folder has problems to show');
      const rows = diagnosticRows(hostileProblems);
      let count = 0;
      for (const [, list] of rows) {
        for (const row of list) {
          count++;
          assert.doesNotMatch(row.message, INVISIBLE_OR_CONTROL, row.message);
          assert.ok(row.message.length <= 500 && row.line >= 0);
        }
      }
      assert.equal(count, hostileProblems.length);
      assert.deepEqual(rows.get('file:///n.md')?.[0], { line: 0, severity: 'warning', message: 'unknown frontmatter key "a bc [2J"' });
    });
  });
});
