import * as assert from 'node:assert/strict';
import { Corpus } from '../../../src/core/corpus';
import { wikiLinks } from '../../../src/core/note-check';
import type { Note } from '../../../src/core/note';
import { parseNote } from '../../../src/core/note-parse';

interface NoteFields {
  id?: string;
  titleZh?: string;
  titleEn?: string;
  aliases?: string;
  topic?: string;
  summaryZh?: string;
  summaryEn?: string;
  related?: string;
  zh?: string | null;
  en?: string | null;
}

function noteText(f: NoteFields = {}): string {
  const lines = [
    '---',
    `id: ${f.id ?? 'sample-note'}`,
    'title:',
    `  zh: ${f.titleZh ?? '示例'}`,
    `  en: ${f.titleEn ?? 'Sample'}`,
    `aliases: ${f.aliases ?? '[sample term, 示例术语]'}`,
    `topic: ${f.topic ?? 'tools'}`,
    'summary:',
    `  zh: ${f.summaryZh ?? '一个示例。'}`,
    `  en: ${f.summaryEn ?? 'A sample.'}`,
    `related: ${f.related ?? '[]'}`,
    '---',
    '',
  ];
  if (f.zh !== null) lines.push('<!-- lang: zh -->', f.zh ?? '## 定义\n\n示例正文。', '');
  if (f.en !== null) lines.push('<!-- lang: en -->', f.en ?? '## Definition\n\nSample body.', '');
  return lines.join('\n');
}

function parse(f: NoteFields = {}) {
  return parseNote(noteText(f), 'notes/sample.md', 'user');
}

function messages(f: NoteFields): string[] {
  return parse(f).problems.map((p) => `${p.line}: ${p.message}`);
}

describe('parseNote', () => {
  it('parses a valid note into both languages', () => {
    const { note, problems } = parse();
    assert.deepEqual(problems, []);
    assert.ok(note);
    assert.equal(note.id, 'sample-note');
    assert.deepEqual(note.title, { zh: '示例', en: 'Sample' });
    assert.deepEqual(note.aliases.map((a) => a.term), ['sample term', '示例术语']);
    assert.deepEqual(note.topic, ['tools']);
    assert.equal(note.body.zh, '## 定义\n\n示例正文。');
    assert.equal(note.body.en, '## Definition\n\nSample body.');
  });

  it('reads scoped aliases', () => {
    const { note } = parse({ aliases: '[go channel, { term: channel, languages: [go] }]' });
    assert.deepEqual(note?.aliases[1], { term: 'channel', languages: ['go'] });
  });

  it('warns about an alias that is partly word breaks: it would match an everyday word', () => {
    const warned = (aliases: string) => messages({ aliases }).filter((m) => m.includes('word break'));
    assert.deepEqual(warned('["import _", "var _ ="]'), [
      '6: alias "import _" matches as "import": a lone "_" or "-" is a word break, not a character',
      '6: alias "var _ =" matches as "var =": a lone "_" or "-" is a word break, not a character',
    ]);
    // Still themselves: a flag keeps its dashes, an identifier its leading and trailing underscores.
    assert.deepEqual(warned('["--no-ff", __free_pages, __Vectors, detach_, "{ term: __IO, languages: [c] }", blank import]'), []);
  });

  it('reports a bad id on its line', () => {
    assert.deepEqual(messages({ id: 'Bad_ID' }), ['2: id must be kebab-case ASCII (a-z, 0-9, single hyphens)']);
  });

  it('reports a missing language of the title and summary', () => {
    assert.ok(messages({ titleEn: '""' }).includes('3: title.en is missing or empty'));
    assert.ok(messages({ summaryZh: '""' }).includes('8: summary.zh is missing or empty'));
  });

  it('reports a summary longer than 160 characters', () => {
    assert.ok(messages({ summaryEn: 'x'.repeat(161) }).some((m) => m.includes('summary.en is longer than 160')));
    assert.deepEqual(messages({ summaryEn: 'x'.repeat(160) }), []);
  });

  it('reports a missing body language and an empty section', () => {
    assert.ok(messages({ en: null }).some((m) => m.includes('missing body section "<!-- lang: en -->"')));
    assert.ok(messages({ zh: '## 定义\n\n## 原理\n\n内容' }).some((m) => m.includes('empty section "定义"')));
  });

  it('does not count a heading inside a code block as a section', () => {
    assert.deepEqual(messages({ en: '## Example\n\n```python\n# not a heading\n```' }), []);
  });

  it('never throws on malformed input', () => {
    for (const text of ['', 'no frontmatter', '---\nid: [unclosed\n---', '---\n- a list\n---\n', '---\nid: x\n']) {
      const result = parseNote(text, 'bad.md', 'user');
      assert.equal(result.note, undefined, JSON.stringify(text));
      assert.ok(result.problems.length > 0);
    }
  });
});

describe('wikiLinks', () => {
  it('finds links with and without labels, with their line', () => {
    assert.deepEqual(wikiLinks('see [[pod]]\nand [[kubectl-run|kubectl run]]'), [
      { id: 'pod', line: 0 },
      { id: 'kubectl-run', line: 1 },
    ]);
  });
  it('ignores [[...]] inside fenced and inline code', () => {
    assert.deepEqual(wikiLinks('```python\nx = torch.tensor([[2.0, 0.5]])\n```\nuse `a[[0]]` or [[pod]]'), [{ id: 'pod', line: 3 }]);
  });
});

describe('an alias\'s case', () => {
  it('case: any lets an all-caps command match in lower case; case: exact keeps a short command to its own case', () => {
    const { note } = parse({ aliases: '[{ term: BGSAVE, case: any }, { term: ss, case: exact }, PSYNC]' });
    assert.ok(note);
    assert.deepEqual(note.aliases.map((a) => a.case), ['any', 'exact', undefined]);
    const corpus = new Corpus([note]);
    const hits = (text: string) => corpus.scanDocument(text, 'markdown').map((m) => m.text);
    assert.deepEqual(hits('run bgsave, then BGSAVE; psync and PSYNC'), ['bgsave', 'BGSAVE', 'PSYNC']);
    assert.deepEqual(hits('ss -t, SS, Ss'), ['ss']);
  });
  it('rejects any other value', () => {
    assert.ok(messages({ aliases: '[{ term: ss, case: upper }]' }).some((m) => m.includes('case must be exact or any')));
  });
});

describe('Corpus.crossCheck', () => {
  const make = (f: NoteFields): Note => {
    const { note } = parse(f);
    assert.ok(note, 'fixture must parse');
    return note;
  };

  it('reports an alias claimed by two notes in overlapping languages', () => {
    const corpus = new Corpus([make({ id: 'a', aliases: '[shared term]' }), make({ id: 'b', titleEn: 'B', titleZh: '乙', aliases: '[Shared-Term]' })]);
    assert.ok(corpus.crossCheck().some((p) => p.message.includes('alias "Shared-Term" is also an alias of "a"')));
  });

  it('accepts the same word scoped to disjoint languages', () => {
    const corpus = new Corpus([
      make({ id: 'a', aliases: '[{ term: channel, languages: [go] }]' }),
      make({ id: 'b', titleEn: 'B', titleZh: '乙', aliases: '[{ term: channel, languages: [python] }]' }),
    ]);
    assert.deepEqual(corpus.crossCheck(), []);
  });

  it('accepts two spellings that each match only as written (Path, PATH), and still reports them when one ignores case', () => {
    const exact = new Corpus([
      make({ id: 'a', aliases: '[PATH]' }),
      make({ id: 'b', titleEn: 'B', titleZh: '乙', aliases: '[{ term: Path, case: exact }]' }),
    ]);
    assert.deepEqual(exact.crossCheck(), []);
    const loose = new Corpus([make({ id: 'a', aliases: '[PATH]' }), make({ id: 'b', titleEn: 'B', titleZh: '乙', aliases: '[Path]' })]);
    assert.ok(loose.crossCheck().some((p) => p.message.includes('alias "Path" is also an alias of "a"')));
    const same = new Corpus([make({ id: 'a', aliases: '[PATH]' }), make({ id: 'b', titleEn: 'B', titleZh: '乙', aliases: '[PATH]' })]);
    assert.ok(same.crossCheck().some((p) => p.message.includes('alias "PATH" is also an alias of "a"')));
  });

  it('reports broken related ids and wikilinks with the link line', () => {
    const corpus = new Corpus([make({ related: '[missing-note]', en: '## Related\n\nSee [[nowhere]].' })]);
    const problems = corpus.crossCheck();
    assert.ok(problems.some((p) => p.message === 'related id "missing-note" does not exist'));
    const link = problems.find((p) => p.message.includes('[[nowhere]]'));
    assert.ok(link);
    assert.equal(noteText({ related: '[missing-note]', en: '## Related\n\nSee [[nowhere]].' }).split('\n')[link.line - 1], 'See [[nowhere]].');
  });

  it('with reportOn, reports only those notes\' problems, still against every note\'s terms', () => {
    const early = make({ id: 'early', titleEn: 'Early', titleZh: '早', aliases: '[shared term]', en: '## Related\n\nSee [[nowhere]].' });
    const mine = make({ id: 'mine', titleEn: 'Mine', titleZh: '我', aliases: '[Shared-Term, own term]', en: '## Related\n\nSee [[gone]].' });
    const late = make({ id: 'late', titleEn: 'Late', titleZh: '晚', aliases: '[own term]' });
    const corpus = new Corpus([early, mine, late]);
    const problems = corpus.crossCheck((n) => n.id === 'mine').map((p) => `${p.file === mine.file ? 'mine' : 'other'}: ${p.message}`);
    // The conflict with a later note is reported on "mine" too, and the other notes' broken link is not reported.
    assert.deepEqual(problems.sort(), [
      'mine: alias "Shared-Term" is also an alias of "early" (' + early.file + '); scope both to different languages or mark both shared',
      'mine: alias "own term" is also an alias of "late" (' + late.file + '); scope both to different languages or mark both shared',
      'mine: link [[gone]] does not resolve to a note',
    ]);
  });

  it('lets a later note with the same id replace an earlier one', () => {
    const corpus = new Corpus([make({ titleEn: 'Bundled' }), make({ titleEn: 'Team' })]);
    assert.equal(corpus.get('sample-note')?.title.en, 'Team');
    assert.equal(corpus.size, 1);
  });

describe('alias context, forms and verified', () => {
  it('context: true takes the note\'s top-level topic; a list keeps its topics; forms: false is kept', () => {
    const { note, problems } = parse({ topic: 'kubernetes/resources', aliases: '[{ term: Service, context: true }, { term: 通道, context: [go, linux] }, { term: go, forms: false }]' });
    assert.deepEqual(problems, []);
    assert.deepEqual(note!.aliases, [
      { term: 'Service', context: ['kubernetes'] },
      { term: '通道', context: ['go', 'linux'] },
      { term: 'go', forms: false },
    ]);
  });
  it('context: true under the developer-tools umbrella takes the sub-field: Python is not git', () => {
    assert.deepEqual(parse({ topic: 'tools/python', aliases: '[{ term: log level, context: true }]' }).note!.aliases, [{ term: 'log level', context: ['tools/python'] }]);
    assert.deepEqual(parse({ topic: 'tools/python/stdlib', aliases: '[{ term: log level, context: true }]' }).note!.aliases, [{ term: 'log level', context: ['tools/python'] }]);
    assert.deepEqual(parse({ topic: 'tools', aliases: '[{ term: pipeline, context: true }]' }).note!.aliases, [{ term: 'pipeline', context: ['tools'] }]);
  });
  it('prose: false needs languages and is kept', () => {
    assert.deepEqual(parse({ aliases: '[{ term: use, languages: [sql], prose: false }]' }).note!.aliases, [{ term: 'use', languages: ['sql'], prose: false }]);
    assert.deepEqual(messages({ aliases: '[{ term: use, prose: false }]' }), ['6: aliases[0]: prose: false needs languages (the code it is a keyword of)']);
  });
  it('member: true needs languages and is kept', () => {
    assert.deepEqual(parse({ aliases: '[{ term: map, languages: [javascript], prose: false, member: true }]' }).note!.aliases, [{ term: 'map', languages: ['javascript'], prose: false, member: true }]);
    assert.deepEqual(messages({ aliases: '[{ term: map, member: true }, { term: filter, languages: [javascript], member: yes }]' }), [
      '6: aliases[0]: member: true needs languages (the code whose method it is)',
      '6: aliases[1]: member must be true or false',
    ]);
  });
  it('member: false needs languages and is kept', () => {
    assert.deepEqual(parse({ aliases: '[{ term: iter, languages: [python], prose: false, member: false }]' }).note!.aliases, [{ term: 'iter', languages: ['python'], prose: false, member: false }]);
    assert.deepEqual(messages({ aliases: '[{ term: iter, member: false }]' }), ['6: aliases[0]: member: false needs languages (the code whose global name it is)']);
  });
  it('an alias listed twice is a warning when the matcher reads both as one term', () => {
    const twice = (aliases: string) => parse({ aliases }).problems.map((p) => `${p.severity}: ${p.message}`);
    assert.deepEqual(twice('[Pod, pod]'), ['warning: alias "pod" is listed twice']);
    // Two spellings the matcher keys apart, and two `case: exact` spellings of one key, are two terms.
    assert.deepEqual(twice('[HuggingFace Transformers, Huggingface Transformers]'), []);
    assert.deepEqual(twice('[{ term: KeepAlive, case: exact }, { term: keep-alive, case: exact }]'), []);
    assert.deepEqual(twice('[{ term: pod, languages: [yaml] }, pod]'), []);
  });
  it('rejects a context that is not a topic path and forms that is not a boolean', () => {
    assert.deepEqual(messages({ aliases: '[{ term: a, context: "Not A Path" }, { term: b, forms: maybe }]' }), [
      '6: aliases[0]: context must be true, a topic path such as "kubernetes", or a list of topic paths',
      '6: aliases[1]: forms must be true or false',
    ]);
  });
  it('verified maps tools to versions; anything else is reported', () => {
    const text = noteText().replace('related: []', 'related: []\nverified: { kubectl: "1.31", linux: 6.6 }');
    const { note, problems } = parseNote(text, 'notes/sample.md', 'user');
    assert.deepEqual(problems, []);
    assert.deepEqual(note!.verified, { kubectl: '1.31', linux: '6.6' });
    const bad = parseNote(noteText().replace('related: []', 'related: []\nverified: [1.31]'), 'notes/sample.md', 'user');
    assert.deepEqual(bad.problems.map((p) => p.message), ['verified must map a tool or library to the version checked, e.g. { kubectl: "1.31" }']);
  });
  it('a verified value that names no version, date or revision is a warning', () => {
    const withStamps = (stamps: string) => parseNote(noteText().replace('related: []', `related: []\nverified: ${stamps}`), 'notes/sample.md', 'user');
    for (const fine of ['{ mcp: "2025-06-18" }', '{ cpp: "C++20", harmonyos: "API 12" }', '{ rfc: "8446, 9846" }', '{ llama.cpp: "master, commit 001d906" }']) {
      assert.deepEqual(withStamps(fine).problems, [], fine);
    }
    const described = withStamps('{ openai-api: "Messages reference", litellm: "proxy docs (config.yaml)", mcp: "2025-06-18; 2026-07-28 for the note" }');
    assert.deepEqual(
      described.problems.map((p) => [p.severity, p.message.slice(0, p.message.indexOf(' should'))]),
      [
        ['warning', 'verified: openai-api: "Messages reference"'],
        ['warning', 'verified: litellm: "proxy docs (config.yaml)"'],
        ['warning', 'verified: mcp: "2025-06-18; 2026-07-28 for the note"'],
      ],
    );
    assert.deepEqual(described.note!.verified!.mcp, '2025-06-18; 2026-07-28 for the note');
  });
  it('general: true marks a concept of every field; anything but a boolean is reported', () => {
    const { note, problems } = parseNote(noteText().replace('related: []', 'related: []\ngeneral: true'), 'notes/sample.md', 'user');
    assert.deepEqual(problems, []);
    assert.equal(note!.general, true);
    assert.equal(parseNote(noteText(), 'notes/sample.md', 'user').note!.general, undefined);
    const bad = parseNote(noteText().replace('related: []', 'related: []\ngeneral: yes please'), 'notes/sample.md', 'user');
    assert.deepEqual(bad.problems.map((p) => p.message), ['general must be true or false']);
  });
  it('a bundled note in a fast-moving topic without verified gets a warning', () => {
    const text = noteText({ topic: 'kubernetes/kubectl' });
    assert.deepEqual(parseNote(text, 'kubernetes/x.md', 'bundled').problems.map((p) => p.severity), ['warning']);
    assert.deepEqual(parseNote(text, 'kubernetes/x.md', 'user').problems, []);
    assert.deepEqual(parseNote(noteText({ topic: 'algorithms/sorting' }), 'a/x.md', 'bundled').problems, []);
  });
});
});

describe("an alias's imports", () => {
  it('matches only in a document that imports one of its modules, in code and in its prose', () => {
    const { note } = parse({ aliases: '[{ term: Logger, languages: [python, java], imports: [logging, java.util.logging] }, logging module]' });
    assert.ok(note);
    assert.deepEqual(note.aliases[0].imports, ['logging', 'java.util.logging']);
    const corpus = new Corpus([note]);
    const hits = (text: string, languageId: string) => corpus.scanDocument(text, languageId).map((m) => m.text);
    assert.deepEqual(hits('import logging\nlog = logging.Logger("app")\n', 'python'), ['Logger']);
    assert.deepEqual(hits('from logging.handlers import RotatingFileHandler\nlog = Logger("app")\n', 'python'), ['Logger']);
    assert.deepEqual(hits('from utils import Logger\nlog = Logger("log.txt", title="cifar")\n', 'python'), []);
    assert.deepEqual(hits('import java.util.logging.Logger;\nclass A { static final Logger LOG = null; }\n', 'java'), ['Logger', 'Logger']);
    assert.deepEqual(hits('import org.slf4j.Logger;\nclass A { static final Logger LOG = null; }\n', 'java'), []);
    // Markdown: its fenced examples say what the document imports.
    const doc = (code: string) => `# Logging\n\nThe logging module gives each module a Logger.\n\n\`\`\`python\n${code}\n\`\`\`\n`;
    assert.deepEqual(hits(doc('import logging'), 'markdown'), ['logging module', 'Logger']);
    assert.deepEqual(hits(doc('from loguru import logger'), 'markdown'), ['logging module']);
  });
  it('takes module names only, and no context or kinds beside it', () => {
    assert.ok(messages({ aliases: '[{ term: Logger, imports: [] }]' }).some((m) => m.includes('imports must be a list of module names')));
    assert.ok(messages({ aliases: '[{ term: Logger, imports: ["not a module"] }]' }).some((m) => m.includes('imports must be a list of module names')));
    assert.ok(messages({ aliases: '[{ term: Logger, context: true, imports: [logging] }]' }).some((m) => m.includes('leave out context')));
    assert.deepEqual(messages({ aliases: '[{ term: Logger, imports: [logging, "@nestjs/common", log/slog] }]' }), []);
  });
});
