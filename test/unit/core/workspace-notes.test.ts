import * as assert from 'node:assert/strict';
import { Corpus } from '../../../src/core/corpus';
import { parseGlossary } from '../../../src/core/glossary';
import { loadNotes, type NoteSource } from '../../../src/core/load';
import { scanText } from '../../../src/core/scan';
import { derivedId, detectLanguage, firstSentence, parseWorkspaceNote } from '../../../src/core/workspace-note';

function memorySource(files: Record<string, string>, root = '/ws/notes'): NoteSource {
  return {
    list: async () => Object.keys(files),
    read: async (rel) => {
      if (!(rel in files)) throw new Error('ENOENT');
      return files[rel];
    },
    displayPath: (rel) => (rel ? `${root}/${rel}` : root),
    folderKey: (dir) => (dir ? `${root}/${dir}/` : `${root}/`),
  };
}

describe('loading many notes', () => {
  it('gives the event loop turns while it loads, even when every read completes at once', async () => {
    // Reads that resolve immediately (as the Node host's disk reads do) would otherwise make the whole
    // load one long task: no hover, no typing until it ends.
    const files: Record<string, string> = {};
    for (let i = 0; i < 6000; i++) files[`area-${i % 20}/note-${i}.md`] = `# Note ${i}\n\nNote ${i} is one of many notes that are read at once. ${'More words here. '.repeat(40)}\n`;
    let turns = 0;
    let stop = false;
    const tick = () => {
      if (stop) return;
      turns++;
      setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const loaded = await loadNotes(memorySource(files), 'user');
    stop = true;
    assert.equal(loaded.notes.length, 6000);
    assert.ok(turns >= 2, `the event loop got ${turns} turns during the load`);
  });
});

describe('lenient workspace notes', () => {
  it('takes a plain Markdown file without frontmatter: id from the path, title from the heading, summary from the first sentence, topic from the folder', () => {
    const { note, problems } = parseWorkspaceNote('# Ledger\n\nThe ledger is the append-only record of balance changes. It is never edited.\n\n## More\ntext\n', 'finance/Ledger.md', '/n/finance/Ledger.md');
    assert.deepEqual(problems, []);
    assert.ok(note);
    assert.equal(note.id, 'finance/ledger');
    assert.deepEqual(note.title, { zh: 'Ledger', en: 'Ledger' });
    assert.equal(note.summary.en, 'The ledger is the append-only record of balance changes.');
    assert.deepEqual(note.topic, ['finance']);
    assert.equal(note.lang, 'en');
    assert.ok(!note.body.en.startsWith('# Ledger'), 'the title heading is not repeated in the body');
    assert.ok(note.body.en.includes('## More'));
  });

  it('uses the file name as the title when there is no heading, and works for Chinese file names', () => {
    const { note } = parseWorkspaceNote('对账是把账本和银行流水逐笔核对的过程。后面还有。', '领域/对账 流程.md', 'x');
    assert.ok(note);
    assert.equal(note.id, '领域/对账-流程');
    assert.equal(note.title.zh, '对账 流程');
    assert.equal(note.lang, 'zh');
    assert.equal(note.summary.zh, '对账是把账本和银行流水逐笔核对的过程。');
  });

  it('accepts one-language strings and the keys of Foam, Obsidian and Dendron', () => {
    const text = ['---', 'title: Order saga', 'desc: Local transactions that together place an order.', 'alias: order-saga, OrderSaga', 'tags: "#payments, orders"', 'created: 2024-01-01', '---', '', 'Body.'].join('\n');
    const { note, problems } = parseWorkspaceNote(text, 'order-saga.md', 'x');
    assert.deepEqual(problems, [], 'unknown keys of other tools are no problem');
    assert.ok(note);
    assert.equal(note.summary.en, 'Local transactions that together place an order.');
    assert.deepEqual(note.aliases.map((a) => a.term), ['order-saga', 'OrderSaga']);
    assert.deepEqual(note.tags, ['payments', 'orders']);
    const obsidian = parseWorkspaceNote('---\naliases: [Saga, 订单事务]\ndescription: Dendron style.\nlang: zh\n---\n正文。', 'a.md', 'x').note;
    assert.deepEqual(obsidian?.aliases.map((a) => a.term), ['Saga', '订单事务']);
    assert.equal(obsidian?.lang, 'zh');
    assert.equal(obsidian?.summary.zh, 'Dendron style.');
  });

  it('a plain team note with verified: shows its versions, and a value that names no version is a warning, as in a bundled note', () => {
    const text = (verified: string) => ['---', 'title: Ledger', `verified: ${verified}`, '---', '', 'The ledger is the record of balance changes.'].join('\n');
    const fine = parseWorkspaceNote(text('{ postgres: "16", ledger-api: "2026-05" }'), 'ledger.md', 'x');
    assert.deepEqual(fine.problems, []);
    assert.deepEqual(fine.note?.verified, { postgres: '16', 'ledger-api': '2026-05' });
    const described = parseWorkspaceNote(text('{ postgres: "the wiki page" }'), 'ledger.md', 'x');
    assert.deepEqual(
      described.problems.map((p) => [p.line, p.severity, p.message.slice(0, p.message.indexOf(' should'))]),
      [[3, 'warning', 'verified: postgres: "the wiki page"']],
    );
    assert.deepEqual(described.note?.verified, { postgres: 'the wiki page' }, 'the note still loads, with its stamp');
  });

  it('general: true marks a team note whose mentions say nothing about what a document is about', async () => {
    const notes = (general: string) =>
      memorySource({
        'web/hashing.md': `---\ntitle: Hashing\naliases: [MD5]\n${general}---\n\nDigests of data.`,
        'web/page-cache.md': '---\ntitle: Page cache\naliases: [{ term: cache, context: true }]\n---\n\nCached pages.',
      });
    const cacheMatches = async (general: string) => {
      const loaded = await loadNotes(notes(general), 'user');
      return scanText(new Corpus(loaded.notes, loaded.topics), 'MD5 here, MD5 there, and a cache.', 'plaintext').filter((m) => m.text === 'cache').length;
    };
    assert.equal(await cacheMatches(''), 1, 'two MD5 mentions make the text about web, so the contextual cache matches');
    assert.equal(await cacheMatches('general: true\n'), 0, 'a general note does not');
    const flagged = parseWorkspaceNote('---\ntitle: Hashing\ngeneral: yes please\n---\n\nBody.', 'h.md', 'x');
    assert.equal(flagged.note?.general, undefined);
    assert.deepEqual(flagged.problems.map((p) => [p.line, p.severity]), [[3, 'warning']]);
  });

  it('context: true in a note under an umbrella topic means its sub-field, as for bundled notes', () => {
    const context = (topic: string) => parseWorkspaceNote(`---\ntitle: Merge\ntopic: ${topic}\naliases: [{ term: merge, context: true }]\n---\n\nBody.`, 'm.md', 'x').note?.aliases[0].context;
    assert.deepEqual(context('tools/git'), ['tools/git'], 'git, not every developer tool');
    assert.deepEqual(context('kubernetes/resources'), ['kubernetes']);
  });

  it('keeps bilingual notes in the strict format bilingual', () => {
    const text = ['---', 'id: my-note', 'title: { zh: 账本, en: Ledger }', '---', '<!-- lang: zh -->', '中文正文。', '<!-- lang: en -->', 'English body.'].join('\n');
    const { note } = parseWorkspaceNote(text, 'my-note.md', 'x');
    assert.ok(note);
    assert.equal(note.id, 'my-note');
    assert.equal(note.lang, undefined);
    assert.equal(note.body.zh, '中文正文。');
    assert.equal(note.body.en, 'English body.');
    assert.equal(note.summary.en, 'English body.');
  });

  it('still reports real problems: unparsable YAML, binary files, a bad alias', () => {
    assert.match(parseWorkspaceNote('---\ntitle: [unclosed\n---\nx', 'a.md', 'x').problems[0].message, /frontmatter/);
    assert.equal(parseWorkspaceNote('---\ntitle: [unclosed\n---\nx', 'a.md', 'x').note, undefined);
    assert.match(parseWorkspaceNote('---\ntitle: x\n---\n\u0000\u0001', 'a.md', 'x').problems[0].message, /binary/);
    const bad = parseWorkspaceNote('---\naliases: [{ lang: x }]\n---\nx', 'a.md', 'x');
    assert.match(bad.problems[0].message, /aliases\[0\]: term is missing/);
  });

  it('derives ids, languages and first sentences', () => {
    assert.equal(derivedId('Team Notes/Order Saga.md'), 'team-notes/order-saga');
    assert.equal(detectLanguage('Kubernetes 的 Deployment 控制器负责滚动更新'), 'zh');
    assert.equal(detectLanguage('The Deployment controller rolls out 新版本'), 'en');
    assert.equal(firstSentence('```\ncode.\n```\n\n- **Idempotent** keys stop e.g. double charges. Then more.'), 'Idempotent keys stop e.g.');
    assert.ok([...firstSentence('word '.repeat(100))].length <= 160);
  });

  it('detects the language as the share of CJK among all letters, astral letters and accents included', () => {
    // The definition, written the slow way: the fast loop must agree with it.
    const byRegex = (text: string) => {
      const letters = text.match(/\p{L}/gu)?.length ?? 0;
      const cjk = text.match(/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu)?.length ?? 0;
      return letters > 0 && cjk / letters >= 0.2 ? 'zh' : 'en';
    };
    const samples = ['', '123 !?', 'Élan vital über Straße', '𠀀𠀁𠀂 abc', 'ab 中文', 'abcdefgh 中文', 'αβγδ 中', '\ud800 lone 中', '\ud800abcd中', '中'];
    for (const text of samples) assert.equal(detectLanguage(text), byRegex(text), JSON.stringify(text));
    // 2 CJK among 10 letters is a fifth: Chinese; among 11 it is not.
    assert.equal(detectLanguage('abcdefgh中文'), 'zh');
    assert.equal(detectLanguage('abcdefghi中文'), 'en');
    // Letters outside the Basic Multilingual Plane count as letters (𝐀 is U+1D400).
    assert.equal(detectLanguage('中𝐀𝐀𝐀𝐀'), 'zh');
    assert.equal(detectLanguage('中𝐀𝐀𝐀𝐀𝐀'), 'en');
  });

  it('clips a long first sentence to 160 characters at a word boundary, counting code points', () => {
    const astral = '𝐀'.repeat(150) + ' ' + '𝐁'.repeat(20) + '.';
    const clipped = firstSentence(astral);
    assert.equal(clipped, '𝐀'.repeat(150) + '…');
    assert.equal(firstSentence('𝐀'.repeat(159) + '.'), '𝐀'.repeat(159) + '.');
  });
});

describe('links between workspace notes', () => {
  it('resolves [[id]], [[title]], [[file-name]] and [[id#Heading]]', async () => {
    const loaded = await loadNotes(memorySource({ 'payments/Order Saga.md': '# Order saga\n\nSteps.\n\n## Steps\n1.', 'Ledger.md': '# Ledger\n\nSee [[order saga]], [[Order Saga]], [[payments/order-saga#Steps]] and [[nothing]].' }), 'user');
    const corpus = new Corpus(loaded.notes, loaded.topics);
    assert.deepEqual(corpus.resolveLink('payments/order-saga'), { id: 'payments/order-saga' });
    assert.deepEqual(corpus.resolveLink('order saga'), { id: 'payments/order-saga' });
    assert.deepEqual(corpus.resolveLink('Order Saga'), { id: 'payments/order-saga' });
    assert.deepEqual(corpus.resolveLink('payments/order-saga#Steps'), { id: 'payments/order-saga', heading: 'Steps' });
    assert.equal(corpus.resolveLink('nothing'), undefined);
    const broken = corpus.crossCheck().filter((p) => p.message.includes('does not resolve'));
    assert.deepEqual(broken.map((p) => p.message), ['link [[nothing]] does not resolve to a note']);
  });
});

describe('Contextive glossaries', () => {
  const glossary = [
    'contexts:',
    '  - name: Billing',
    '    domainVisionStatement: Charge customers correctly.',
    '    terms:',
    '      - name: Invoice',
    '        definition: A request for payment sent after delivery. It lists the items.',
    '        examples:',
    '          - The Invoice is issued on shipment.',
    '        aliases: [bill]',
  ].join('\n');

  it('maps each term to a note: name → title and term, definition → summary and body, examples → an Example section, context → topic', () => {
    const { notes, topics, problems } = parseGlossary(glossary, 'g.yml', '/ws/billing/', false);
    assert.deepEqual(problems, []);
    assert.equal(notes.length, 1);
    const invoice = notes[0];
    assert.equal(invoice.id, 'billing/invoice');
    assert.equal(invoice.title.en, 'Invoice');
    assert.equal(invoice.summary.en, 'A request for payment sent after delivery.');
    assert.match(invoice.body.en, /## Examples\n\n- The Invoice is issued on shipment\./);
    assert.deepEqual(invoice.aliases, [{ term: 'bill' }]);
    assert.deepEqual(invoice.topic, ['billing']);
    assert.equal(topics.billing.description, 'Charge customers correctly.');
    assert.deepEqual(invoice.scope, ['/ws/billing/']);
    assert.equal(parseGlossary(glossary, 'g.yml', '/ws/', true).notes[0].scope, undefined, 'a root glossary applies everywhere');
  });

  it('applies a glossary in a subfolder only to files below it', async () => {
    const files = { 'billing/terms.glossary.yml': glossary, 'README.md': '# x' };
    const loaded = await loadNotes(memorySource(files, '/ws'), 'user', { glossaries: true });
    const corpus = new Corpus(loaded.notes, loaded.topics);
    const text = 'Every Invoice is final.';
    assert.deepEqual(scanText(corpus, text, 'plaintext', '/ws/billing/x.ts').map((m) => m.note.id), ['billing/invoice']);
    assert.deepEqual(scanText(corpus, text, 'plaintext', '/ws/shipping/y.ts'), []);
  });

  it('reports what is wrong without giving up on the rest', () => {
    const { notes, problems } = parseGlossary('contexts:\n  - name: A\n    terms:\n      - definition: no name\n      - name: Good\n', 'g.yml', '/', true);
    assert.deepEqual(notes.map((n) => n.title.en), ['Good']);
    assert.match(problems[0].message, /terms\[0\] has no name/);
    assert.match(parseGlossary('contexts: [\n', 'g.yml', '/', true).problems[0].message, /glossary/);
  });
});

describe('loading many workspace notes', () => {
  it('reads past 5,000 files and warns when the limit cuts the rest', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 5001; i++) files[`n${i}.md`] = `# Note ${i}\n\nNumber ${i}.`;
    const all = await loadNotes(memorySource(files), 'user');
    assert.equal(all.notes.length, 5001);
    assert.deepEqual(all.problems, []);
    const cut = await loadNotes(memorySource(files), 'user', { limit: 5000 });
    assert.equal(cut.notes.length, 5000);
    assert.match(cut.problems[0].message, /1 note files past the limit of 5000 were skipped/);
  });

  it('reports an unreadable file and keeps the others', async () => {
    const source = memorySource({ 'a.md': '# A\n\nText.' });
    const listed = { ...source, list: async () => ['a.md', 'gone.md'] };
    const loaded = await loadNotes(listed, 'user');
    assert.deepEqual(loaded.notes.map((n) => n.id), ['a']);
    assert.match(loaded.problems[0].message, /cannot read/);
  });
});
