import * as assert from 'node:assert/strict';
import { importsModule, scanDocument } from '../../../src/core/document-scan';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus, type TermRef } from '../../../src/core/corpus';
import { languageIdForPath, matchingLanguageId } from '../../../src/core/languages';
import { kindContext, TermMatcher, type Match, type TermInput } from '../../../src/core/matcher';
import { toAlias } from '../../../src/core/note-parse';
import { bundledMatcher } from './bundled';
import { type Note } from '../../../src/core/note';
import { codeSpans, commentRanges, languageIdForFence, markdownSegments, restructuredTextSegments } from '../../../src/core/text-structure';

/** A small reference: value = note id; topics like the bundled notes'. */
const t = (term: string, note: string, topic: string, extra: Partial<TermInput<string>> = {}): TermInput<string> => ({ term, value: note, topic, ...extra });
/** A topic's evidence term (its own name), as the corpus makes it from topics.yml. */
const evidenceTerm = (term: string, topic: string): TermInput<string> => t(term, '', topic, { evidence: true, caseSensitive: true, forms: false });
/** The note of each match of a document scan, in order. */
const noteIds = (m: TermMatcher<string>, text: string, languageId: string): string[] => scanDocument(m, text, languageId, (v) => v).matches.map((x) => x.entries[0].value);
const matcher = new TermMatcher<string>([
  t('kubectl', 'kubectl', 'kubernetes/kubectl'),
  t('kubelet', 'kubelet', 'kubernetes/cluster'),
  t('ReplicaSet', 'replicaset', 'kubernetes/resources'),
  t('Deployment', 'deployment', 'kubernetes/resources', { context: ['kubernetes'] }),
  t('Pod', 'pod', 'kubernetes/resources', { context: ['kubernetes'] }),
  t('namespace', 'namespace', 'kubernetes/resources', { context: ['kubernetes'] }),
  t('Adam', 'adam', 'machine-learning/optimization', { context: ['machine-learning'] }),
  t('gradient descent', 'gradient-descent', 'machine-learning/optimization'),
  t('backpropagation', 'backpropagation', 'machine-learning/training'),
  t('反向传播', 'backpropagation', 'machine-learning/training'),
  t('预训练模型', 'pretrained-model', 'machine-learning/training'),
  t('微调', 'fine-tuning', 'machine-learning/training', { context: ['machine-learning'] }),
  t('goroutine', 'goroutine', 'go/concurrency'),
  t('chan', 'go-channel', 'go/concurrency', { languages: ['go'] }),
  t('select', 'go-select', 'go/concurrency', { languages: ['go'] }),
  t('通道', 'go-channel', 'go/concurrency', { languages: ['go'] }),
  t('knowledge distillation', 'knowledge-distillation', 'machine-learning/training'),
  t('singleton', 'singleton-cpp', 'cpp/class-design', { shared: true } as Partial<TermInput<string>>),
  t('singleton', 'singleton-java', 'java/concurrency'),
  t('std::move', 'std-move', 'cpp/language'),
  t('ConcurrentHashMap', 'concurrent-hash-map', 'java/collections'),
]);

function hits(text: string, languageId: string): [string, string][] {
  return scanDocument(matcher, text, languageId, (v) => v).matches.map((m) => [m.text, m.entries.map((e) => e.value).join('|')]);
}
const notesOf = (text: string, languageId: string) => hits(text, languageId).map(([, n]) => n);
/** The text of each [start, end) pair of `ranges`. */
const rangeTexts = (text: string, ranges: readonly number[]): string[] => ranges.flatMap((at, k) => (k % 2 === 0 ? [text.slice(at, ranges[k + 1])] : []));

/** A bundled note with only what matching reads (title, aliases, topic). */
const note = (id: string, topic: string, title: string, aliases: Note['aliases']): Note => ({
  id,
  title: { en: title, zh: title },
  aliases,
  topic: topic.split('/'),
  tags: [],
  summary: { en: `${title}.`, zh: `${title}。` },
  related: [],
  origin: 'bundled',
  file: `${topic}/${id}.md`,
  body: { en: 'Text.', zh: '正文。' },
  bodyLine: { zh: 1, en: 1 },
  keyLines: { aliases: 1, related: 1 },
});

describe('topic context', () => {
  it('an ordinary word fires in a document about its topic, in any word form', () => {
    const page = 'Use kubectl to list Deployments.\nThe kubelet restarts a Pod; kubectl get pods -n namespace-a.';
    assert.deepEqual(hits(page, 'markdown'), [
      ['kubectl', 'kubectl'],
      ['Deployments', 'deployment'],
      ['kubelet', 'kubelet'],
      ['Pod', 'pod'],
      ['kubectl', 'kubectl'],
      ['pods', 'pod'],
      ['namespace', 'namespace'],
    ]);
  });
  it('does not fire where the document is about something else', () => {
    assert.deepEqual(hits('Release notes: the deployment of v2 went fine; the pod of peas and the namespace cleanup.', 'markdown'), []);
    assert.deepEqual(hits('Adam Smith wrote about markets.\nAdam also wrote letters.', 'plaintext'), []);
    assert.deepEqual(hits('页面样式微调了一下，按钮更圆了。', 'markdown'), []);
  });
  it('a context "!topic" excludes a sub-topic: a database word stays out of a Kafka text, not out of a MySQL one', () => {
    const context = toAlias({ term: 'replication', context: ['databases', '!databases/messaging'] });
    assert.ok(typeof context !== 'string');
    assert.equal(typeof toAlias({ term: 'replication', context: ['!databases/messaging'] }), 'string', 'an exclusion alone is no context');
    const m = new TermMatcher<string>([
      t('Kafka', 'apache-kafka', 'databases/messaging'),
      t('ISR', 'kafka-in-sync-replicas', 'databases/messaging'),
      t('InnoDB', 'innodb', 'databases/mysql'),
      t('binlog', 'mysql-binlog', 'databases/mysql'),
      t('replication', 'database-replication', 'databases', { context: context.context }),
    ]);
    assert.deepEqual(noteIds(m, 'Kafka replication copies each partition; Kafka drops a slow follower from the ISR.', 'markdown'), ['apache-kafka', 'apache-kafka', 'kafka-in-sync-replicas']);
    assert.deepEqual(noteIds(m, 'InnoDB replication ships the binlog; binlog replication is asynchronous.', 'markdown'), ['innodb', 'database-replication', 'mysql-binlog', 'mysql-binlog', 'database-replication']);
  });
  it('a second pass scans only the lines where a deferred word now applies', () => {
    const rescanned: string[] = [];
    const counting = Object.create(matcher) as typeof matcher;
    counting.matchInto = (out, text, env, from = 0, to = text.length) => {
      if (typeof env === 'object' && env.supports) rescanned.push(text.slice(from, to));
      return matcher.matchInto(out, text, env, from, to);
    };
    const notes = 'Release notes\nThe deployment of the new service went well.\nWe also fixed a job.';
    assert.deepEqual(scanDocument(counting, notes, 'markdown', (v) => v).matches, []);
    assert.deepEqual(rescanned, [], 'no topic supports the deferred words: nothing to scan again');
    const page = 'kubectl and the kubelet.\nA Deployment line.\nAn unrelated line.';
    assert.deepEqual(scanDocument(counting, page, 'markdown', (v) => v).matches.map((m) => m.text), ['kubectl', 'kubelet', 'Deployment']);
    assert.deepEqual(rescanned, ['Deployment line.'], 'from the deferred word to the line end');
  });
  it('a second pass scans only from each deferred word to where it rejoins the first: a match ending where the first pass went on', () => {
    const rescanFound: string[] = [];
    const counting = Object.create(matcher) as typeof matcher;
    counting.matchInto = (out, text, env, from = 0, to = text.length, stopAfter) => {
      const before = out.length;
      matcher.matchInto(out, text, env, from, to, stopAfter);
      if (typeof env === 'object' && env.supports) rescanFound.push(...out.slice(before).map((m) => m.text));
      return out;
    };
    const page = 'kubectl and the kubelet.\nA Deployment, then kubectl, the kubelet and a ReplicaSet.\nA Deployment, then kubectl, the kubelet and a Pod.';
    assert.deepEqual(scanDocument(counting, page, 'markdown', (v) => v).matches.map((m) => m.text), ['kubectl', 'kubelet', 'Deployment', 'kubectl', 'kubelet', 'ReplicaSet', 'Deployment', 'kubectl', 'kubelet', 'Pod']);
    // Deployment ends where the first pass went on after holding it: from there to the next deferred word
    // (Pod) the first pass's matches (kubectl, kubelet) are copied, not found again.
    assert.deepEqual(rescanFound, ['Deployment', 'Deployment', 'Pod'], 'only the deferred words are scanned again');
  });
  it('a long document builds the word table first, even when its comments cut it into short segments', () => {
    let warmUps = 0;
    const counting = Object.create(matcher) as typeof matcher;
    counting.warmUp = () => {
      warmUps++;
      matcher.warmUp();
    };
    const line = 'const x = chan; // a goroutine and its backpropagation\n';
    const long = line.repeat(60); // 3,360 characters, no segment over 60
    assert.ok(long.length > 2000);
    assert.deepEqual(hits(long, 'typescript'), scanDocument(counting, long, 'typescript', (v) => v).matches.map((m) => [m.text, m.entries.map((e) => e.value).join('|')]));
    assert.equal(warmUps, 1);
    scanDocument(counting, line.repeat(3), 'typescript', (v) => v);
    assert.equal(warmUps, 1, 'a short document is scanned without it');
  });
  it('a topic that is a small part of the document does not make its ordinary words fire', () => {
    const goAside = 'A goroutine and another goroutine. Here we select a node.';
    assert.deepEqual(notesOf(goAside, 'markdown'), ['goroutine', 'goroutine', 'go-select']);
    const kubernetesPage = `${'Run kubectl, ask the kubelet, scale the ReplicaSet. '.repeat(10)}\n${goAside}`;
    assert.ok(!notesOf(kubernetesPage, 'markdown').includes('go-select'), 'Go is 2 of 32 matches: select stays a word');
  });
  it('scanning again from the deferred word, up to where it rejoins the first pass, finds what scanning the whole line again finds, on real documents', () => {
    const bundled = bundledMatcher();
    const wholeLines = Object.defineProperty(Object.create(bundled) as typeof bundled, 'resumable', { value: false });
    const dir = join(__dirname, '..', '..', 'fixtures', 'documents');
    const show = (ms: Match<TermRef>[]) => ms.map((m) => `${m.start}-${m.end}:${m.entries.map((e) => e.value.noteId).join('|')}`);
    let compared = 0;
    for (const file of readdirSync(dir).filter((f) => /^\d/.test(f))) {
      const text = readFileSync(join(dir, file), 'utf8');
      const languageId = languageIdForPath(file) ?? 'plaintext';
      const noteOf = (v: TermRef) => v.noteId;
      assert.deepEqual(show(scanDocument(bundled, text, languageId, noteOf).matches), show(scanDocument(wholeLines, text, languageId, noteOf).matches), file);
      compared++;
    }
    const corpusDir = join(__dirname, '..', '..', '..', 'bench', 'real-corpus');
    const manifest = JSON.parse(readFileSync(join(corpusDir, 'manifest.json'), 'utf8')) as { sets: { main: { file: string; languageId: string }[] } };
    for (const { file, languageId } of manifest.sets.main) {
      const text = readFileSync(join(corpusDir, file), 'utf8');
      const noteOf = (v: TermRef) => v.noteId;
      assert.deepEqual(show(scanDocument(bundled, text, languageId, noteOf).matches), show(scanDocument(wholeLines, text, languageId, noteOf).matches), file);
      compared++;
    }
    assert.ok(compared >= 60, `compared ${compared} documents`);
  });
  it('the bundled topics name their fields: one ESP32 mention makes an ESP-IDF page embedded', () => {
    const bundled = bundledMatcher();
    const notes = (text: string) => scanDocument(bundled, text, 'markdown', (v: TermRef) => v.noteId).matches.map((m) => `${text.slice(m.start, m.end)}:${m.entries.map((e) => e.value.noteId).join('|')}`);
    const wifi = 'esp-wifi-sta-ap';
    assert.deepEqual(notes('Configure the ESP32 as a Wi-Fi station, then start the SoftAP so the phone can join (APSTA mode).'), [`SoftAP:${wifi}`, `APSTA:${wifi}`]);
    assert.deepEqual(notes('Configure the phone as a Wi-Fi station, then start the SoftAP so the laptop can join (APSTA mode).'), [`APSTA:${wifi}`]);
  });
  it('the bundled depends_on: a Compose file\'s key (language dockercompose), not a camel-case dependsOn in other YAML', () => {
    const bundled = bundledMatcher();
    const notes = (text: string, languageId: string) => scanDocument(bundled, text, languageId, (v: TermRef) => v.noteId).matches.filter((m) => m.entries.some((e) => e.value.noteId === 'docker-compose')).map((m) => text.slice(m.start, m.end));
    assert.deepEqual(notes('services:\n  web:\n    image: nginx\n    depends_on:\n      - db\n', 'dockercompose'), ['services', 'depends_on']);
    assert.deepEqual(notes('nodes:\n  - name: jobB\n    type: command\n    dependsOn:\n      - jobA\n', 'yaml'), []);
  });
  it('one unambiguous mention is not enough on its own', () => {
    assert.deepEqual(notesOf('We deploy with kubectl. The deployment took an hour.', 'markdown'), ['kubectl']);
  });
  it('several different ordinary words of one topic back up a single unambiguous mention', () => {
    assert.deepEqual(notesOf('kubectl apply creates the Deployment, which makes a Pod in the namespace.', 'markdown'), ['kubectl', 'deployment', 'pod', 'namespace']);
  });
  it('but ordinary words alone never make a topic', () => {
    assert.deepEqual(notesOf('The deployment restarted every pod in the namespace.', 'markdown'), []);
  });
  it('Chinese everyday words: 微调 in an ML text, not in a style note', () => {
    assert.deepEqual(notesOf('先加载预训练模型，再用反向传播微调最后几层。', 'markdown'), ['pretrained-model', 'backpropagation', 'fine-tuning']);
  });
  it('Adam fires in an ML text', () => {
    assert.deepEqual(notesOf('Adam improves on gradient descent; backpropagation gives the gradients.', 'markdown'), ['adam', 'gradient-descent', 'backpropagation']);
  });
  it('a language-scoped term fires in prose and comments about its topic, not elsewhere', () => {
    const tutorial = 'A goroutine sends on a chan; select waits on several channels.\n每个 goroutine 通过通道通信。';
    assert.deepEqual(notesOf(tutorial, 'markdown'), ['goroutine', 'go-channel', 'go-select', 'goroutine', 'go-channel']);
    assert.deepEqual(notesOf('We select a chan of rows.', 'markdown'), []);
    // In a Python file: the comment about goroutines is prose, the code is not Go.
    const py = '# a goroutine reads the chan; another goroutine closes it\nselect = chan = 1\n';
    assert.deepEqual(notesOf(py, 'python'), ['goroutine', 'go-channel', 'goroutine']);
    // In prose it is a word of its own, not part of a name from another language: `chan_size`, `selectBox`.
    assert.deepEqual(notesOf('A goroutine reads the chan; another goroutine sets chan_size and selectBox, or my_chan.', 'markdown'), ['goroutine', 'go-channel', 'goroutine']);
  });
  it('a hyphenated key or property meets prose with its hyphen, not as the words apart', () => {
    const m = new TermMatcher<string>([
      t('GitHub Actions', 'github-actions', 'tools/ci'),
      t('runs-on', 'github-actions', 'tools/ci', { languages: ['yaml', 'github-actions-workflow'] }),
      t('block-size', 'css-writing-mode', 'frontend/css', { languages: ['css'] }),
      t('CSS', 'css', 'frontend/css'),
    ]);
    const notes = (text: string) => scanDocument(m, text, 'markdown', (v) => v).matches.map((x) => `${x.text}:${x.entries[0].value}`);
    // About CI, so the YAML key applies to the prose; written with its hyphen it is the key.
    assert.deepEqual(notes('GitHub Actions picks a runner by `runs-on`. GitHub Actions: runs-on: ubuntu-latest.'), ['GitHub Actions:github-actions', 'runs-on:github-actions', 'GitHub Actions:github-actions', 'runs-on:github-actions']);
    assert.deepEqual(notes('GitHub Actions and GitHub Actions again. The job runs on a single GPU; Runs on Linux.'), ['GitHub Actions:github-actions', 'GitHub Actions:github-actions']);
    assert.deepEqual(notes('CSS and CSS: the block-size property, unlike the block size of a cipher.'), ['CSS:css', 'CSS:css', 'block-size:css-writing-mode']);
    // The same for a snake_case name: the C struct, not "file operations" in prose about the kernel.
    const kernel = new TermMatcher<string>([t('Linux kernel', 'kernel', 'linux/kernel'), t('file_operations', 'vfs', 'linux/kernel', { languages: ['c'] })]);
    const inKernelDoc = (text: string) => scanDocument(kernel, text, 'markdown', (v) => v).matches.map((x) => x.text);
    assert.deepEqual(inKernelDoc('The Linux kernel, the Linux kernel: a driver fills a file_operations table; file operations then call it.'), ['Linux kernel', 'Linux kernel', 'file_operations']);
    // Also in a comment of the name's own language: the comment is English.
    const cpp = new TermMatcher<string>([t('try_to_lock', 'std-unique-lock', 'cpp/concurrency', { languages: ['cpp'] })]);
    const inCpp = (text: string) => scanDocument(cpp, text, 'cpp', (v) => v).matches.map((x) => x.text);
    assert.deepEqual(inCpp('// try to lock first; with try_to_lock it never blocks\nstd::unique_lock lk(m, std::try_to_lock);\n'), ['try_to_lock', 'try_to_lock']);
    // In the languages it is scoped to, the scan is unchanged (a YAML key has its hyphen anyway).
    assert.deepEqual(scanDocument(m, 'runs-on: ubuntu-latest', 'yaml', (v) => v).matches.map((x) => x.text), ['runs-on']);
  });
  it('a type name written as words apart is an ordinary phrase: it needs the note\'s field', () => {
    const m = new TermMatcher<string>([
      t('RuntimeClass', 'runtime-class', 'kubernetes/workloads'),
      t('kubectl', 'kubectl', 'kubernetes/kubectl'),
      t('TimeUnit', 'java-timeunit', 'java/concurrency'),
    ]);
    const texts = (text: string, languageId = 'markdown') => scanDocument(m, text, languageId, (v) => v).matches.map((x) => x.text);
    // An Android doc: a Java class's "runtime class name" and a "time unit" are no Kubernetes or Java type.
    assert.deepEqual(texts('Give the fully qualified runtime class name; durations take a time unit.'), []);
    // Written as one word it is the type wherever it appears.
    assert.deepEqual(texts('Set a RuntimeClass; pass a TimeUnit.'), ['RuntimeClass', 'TimeUnit']);
    // In a document about its field the words apart are the type too.
    assert.deepEqual(texts('kubectl get runtimeclass; kubectl describe it: a runtime class picks the handler.'), ['kubectl', 'runtimeclass', 'kubectl', 'runtime class']);
  });
  it('a class name whose words apart its note limits matches only as one word', () => {
    const corpus = new Corpus(
      [
        note('java-reference-types', 'java/jvm', 'Java reference types', [{ term: 'WeakReference' }, { term: 'weak reference', languages: ['java', 'kotlin'] }]),
        // No limited words apart: the class name still matches them.
        note('replicaset', 'kubernetes/resources', 'ReplicaSet', [{ term: 'ReplicaSet' }]),
      ],
      {},
    );
    const found = (text: string, languageId: string) => corpus.scanDocument(text, languageId).map((m) => `${text.slice(m.start, m.end)}:${m.entries[0].value.noteId}`);
    // A Python docstring: the words are Python's weak references, not Java's class.
    assert.deepEqual(found('def f():\n    """Keeps a weak reference to the trainer, see WeakReference."""\n', 'python'), ['WeakReference:java-reference-types']);
    // In Java the limited alias applies, comments included.
    assert.deepEqual(found('// holds a weak reference\nWeakReference<Foo> ref;', 'java'), ['weak reference:java-reference-types', 'WeakReference:java-reference-types']);
    // (Words apart are an ordinary phrase, so the document has to be about the field: see the test above.)
    assert.deepEqual(found('A ReplicaSet, a ReplicaSet: a replica set keeps Pods running.', 'markdown'), ['ReplicaSet:replicaset', 'ReplicaSet:replicaset', 'replica set:replicaset']);
  });
  it("a title written as words matches as words when an alias writes the same key as one identifier", () => {
    const corpus = new Corpus(
      [
        note('node-affinity', 'kubernetes/scheduling', 'Node affinity', [{ term: 'nodeAffinity' }]),
        // An alias that scopes the words keeps the title from matching anywhere else.
        note('pod-priority', 'kubernetes/scheduling', 'Pod priority', [{ term: 'pod priority', context: ['kubernetes'] }, { term: 'priorityClassName' }]),
      ],
      {},
    );
    const found = (text: string) => corpus.scanDocument(text, 'markdown').map((m) => `${text.slice(m.start, m.end)}:${m.entries[0].value.noteId}`);
    // `nodeAffinity` alone is an identifier and never matches words apart; the title does.
    assert.deepEqual(found('Use Node Affinity, or `nodeAffinity` in the spec.'), ['Node Affinity:node-affinity', 'nodeAffinity:node-affinity']);
    assert.deepEqual(found('Pod priority decides.'), []);
  });
  it('two `case: exact` aliases of one note that differ only in case and hyphens are two terms', () => {
    const vue = note('vue-keepalive', 'frontend/vue', 'Vue KeepAlive', [
      { term: 'KeepAlive', context: ['frontend/vue'], case: 'exact' },
      { term: 'keep-alive', context: ['frontend/vue'], case: 'exact' },
    ]);
    const corpus = new Corpus([vue], {});
    const template = '<template>\n  <keep-alive :include="cached">\n    <component :is="view" />\n  </keep-alive>\n  <KeepAlive><router-view /></KeepAlive>\n</template>\n';
    const found = corpus.scanDocument(template, 'vue').map((m) => template.slice(m.start, m.end));
    assert.deepEqual(found, ['keep-alive', 'keep-alive', 'KeepAlive', 'KeepAlive']);
    // Still one term each: neither spelling matches the other.
    assert.deepEqual(corpus.scanDocument('<template><Keep-Alive /><keepAlive /></template>', 'vue'), []);
  });
  it('the document language is evidence: a Go file is about Go', () => {
    assert.deepEqual(notesOf('// 通道 carries results\nch := make(chan int)', 'go'), ['go-channel', 'go-channel']);
  });
  it('shell scripts are about the shell, SQL files about databases, C files about C/C++', () => {
    const m = new TermMatcher<string>([
      t('pipe', 'shell-pipe', 'tools/shell', { context: ['tools/shell'] }),
      t('index', 'db-index', 'databases/indexes', { context: ['databases'] }),
      t('undefined behavior', 'undefined-behavior', 'cpp/language', { context: ['cpp'] }),
    ]);
    const notes = (text: string, languageId: string) => noteIds(m, text, languageId);
    assert.deepEqual(notes('ls | wc -l  # a pipe of two commands', 'shellscript'), ['shell-pipe']);
    assert.deepEqual(notes('-- the index speeds this up\nSELECT 1;', 'sql'), ['db-index']);
    assert.deepEqual(notes('/* overflow is undefined behavior */\nint x;', 'c'), ['undefined-behavior']);
    assert.deepEqual(notes('overflow is undefined behavior', 'markdown'), []);
    assert.deepEqual(notes('a pipe and an index', 'markdown'), []);
  });
  it("a keyword in a Markdown code span is code of the document's fenced languages, where it has fences", () => {
    const keywords = new TermMatcher<string>([
      t('var', 'css-custom-properties', 'frontend/css', { languages: ['css', 'scss', 'less'], codeOnly: true }),
      t('let', 'js-let', 'frontend/javascript', { languages: ['javascript', 'typescript'], codeOnly: true }),
      t('include', 'tsconfig', 'frontend/typescript', { languages: ['tsconfig'], codeOnly: true }),
      t('JavaScript', 'javascript', 'frontend/javascript'),
    ]);
    const spans = (page: string) => scanDocument(keywords, page, 'markdown', (v) => v).matches.map((m) => `${m.text}:${m.entries[0].value}`);
    const prose = 'JavaScript: `let` makes a block scope, unlike `var`; `include` lists files.\n\n';
    // A JavaScript book: `var` is JavaScript's, not CSS's var(), and `include` no tsconfig key.
    assert.deepEqual(spans(prose + '```js\nlet x = 1;\n```\n'), ['JavaScript:javascript', 'let:js-let', 'let:js-let']);
    // A page with CSS and JSON blocks: the same spans are CSS's var() and tsconfig's include, and `let` is nothing.
    assert.deepEqual(spans(prose + '```css\na { color: var(--c); }\n```\n```json\n{ "include": ["src"] }\n```\n'), ['JavaScript:javascript', 'var:css-custom-properties', 'include:tsconfig', 'var:css-custom-properties']);
    // No fences: the document's topic decides, as before.
    assert.deepEqual(spans(prose), ['JavaScript:javascript', 'let:js-let', 'var:css-custom-properties', 'include:tsconfig']);
  });
  it('a scoped term of a developer tool meets prose about that tool, not about another one', () => {
    const m = new TermMatcher<string>([
      t('logger', 'python-logging', 'tools/python', { languages: ['python'] }),
      t('asyncio', 'asyncio', 'tools/python'),
      t('Makefile', 'make', 'tools/shell'),
      t('bash', 'bash', 'tools/shell'),
    ]);
    const notes = (text: string) => noteIds(m, text, 'markdown');
    assert.deepEqual(notes('CI: the Makefile calls bash; the logger prints less.'), ['make', 'bash']);
    assert.deepEqual(notes('asyncio runs the tasks; asyncio warns through the logger.'), ['asyncio', 'asyncio', 'python-logging']);
  });
  it('a Python file, or a ```python fence, is about Python', () => {
    const m = new TermMatcher<string>([t('生成器', 'python-generator', 'tools/python', { context: ['tools/python'] })]);
    const notes = (text: string, languageId: string) => noteIds(m, text, languageId);
    assert.deepEqual(notes('# 生成器按需产出数据\nrows = (r for r in src)\n', 'python'), ['python-generator']);
    assert.deepEqual(notes('用生成器按需产出数据：\n\n```python\nrows = (r for r in src)\n```\n', 'markdown'), ['python-generator']);
    assert.deepEqual(notes('用生成器按需产出数据。\n', 'markdown'), []);
  });
  it('a shader (.frag, .hlsl, .wgsl, or a ```glsl fence) is about graphics: its comments are prose of the field', () => {
    const m = new TermMatcher<string>([t('blending', 'alpha-blending', 'graphics/rendering', { context: ['graphics'] })]);
    const notes = (text: string, languageId: string) => noteIds(m, text, languageId);
    const comment = '// Premultiplied alpha: enable blending before the draw.\nout vec4 color;\n';
    assert.deepEqual(['shader.frag', 'lit.hlsl', 'sky.wgsl', 'post.vert'].map(languageIdForPath), ['glsl', 'hlsl', 'wgsl', 'glsl']);
    // VS Code's groovy language: Gradle scripts and Jenkinsfiles, by extension, by name and by `Jenkinsfile.*`.
    assert.deepEqual(['ci/Jenkinsfile', 'Jenkinsfile.release', 'build.gradle', 'deploy.jenkinsfile'].map(languageIdForPath), ['groovy', 'groovy', 'groovy', 'groovy']);
    // VS Code opens a header as C++ (its cpp language lists .h, and an Arduino sketch's .ino); the CLI reads them the same way.
    assert.deepEqual(['thread_pool.h', 'main.c', 'pool.hpp', 'Blink.ino', 'vec.inl'].map(languageIdForPath), ['cpp', 'c', 'cpp', 'cpp', 'cpp']);
    // Git's config files and the other names VS Code gives its properties language (extensions/ini/package.json).
    assert.deepEqual(
      ['/home/a/.gitconfig', 'repo/.git/config', '/home/a/.config/git/config', '.editorconfig', 'nginx.conf', 'setup.cfg', 'app/config', 'settings.ini'].map(languageIdForPath),
      ['properties', 'properties', 'properties', 'properties', 'properties', 'properties', 'plaintext', 'ini'],
    );
    for (const id of ['glsl', 'hlsl', 'wgsl']) assert.deepEqual(notes(comment, id), ['alpha-blending'], id);
    assert.deepEqual(notes(`Colour notes:\n\n\`\`\`glsl\n${comment}\`\`\`\n`, 'markdown'), ['alpha-blending']);
    assert.deepEqual(notes('The blending of the two teams went well.\n', 'plaintext'), []);
  });
  it('a .tf or .tfvars file is Terraform, under the id HashiCorp\'s extension gives it, so terms scoped to Terraform fire from the CLI', () => {
    assert.deepEqual(['main.tf', 'env/prod.tfvars', 'notes.txt'].map(languageIdForPath), ['terraform', 'terraform', 'plaintext']);
    const m = new TermMatcher<string>([t('resource', 'terraform', 'tools/ci-cd', { languages: ['terraform'] })]);
    const notes = (text: string, languageId: string) => noteIds(m, text, languageId);
    assert.deepEqual(notes('resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n', languageIdForPath('main.tf')), ['terraform']);
  });
  it('Kotlin code is about Android and Swift code about iOS: a Kotlin keyword scoped to Android fires in any Kotlin file, not in Swift prose', () => {
    const m = new TermMatcher<string>([t('suspend', 'kotlin-coroutines', 'mobile/android', { languages: ['kotlin'], context: ['mobile/android'] })]);
    const notes = (text: string, languageId: string) => noteIds(m, text, languageId);
    assert.deepEqual(notes('interface Api {\n  suspend fun load(): List<Item>\n}\n', 'kotlin'), ['kotlin-coroutines']);
    assert.deepEqual(notes('// An actor call may suspend the caller until the actor is free.\nlet n = await counter.increment()\n', 'swift'), []);
  });
  it('Dart code is about Flutter: Widget scoped to Flutter fires in a one-line Dart file, not in a Compose page\'s prose (blind audit ab)', () => {
    const m = new TermMatcher<string>([t('Widget', 'flutter-widget', 'mobile/cross-platform', { languages: ['dart'], context: ['mobile/cross-platform'] }), t('Jetpack Compose', 'jetpack-compose', 'mobile/android'), t('composable', 'jetpack-compose', 'mobile/android')]);
    const notes = (text: string, languageId: string) => noteIds(m, text, languageId);
    assert.deepEqual(notes('Widget title(String s) => Text(s);\n', 'dart'), ['flutter-widget']);
    assert.deepEqual(notes('Jetpack Compose describes the screen instead of constructing UI widgets: a composable returns nothing.\n', 'markdown'), ['jetpack-compose', 'jetpack-compose']);
  });
  it('in Go code, a phrase over a declaration\'s name and type is no term: `query string` is a parameter there, and the query string in its comment and strings', () => {
    const m = new TermMatcher<string>([t('query string', 'url-structure', 'frontend/web'), t('package main', 'go-package', 'go')]);
    const found = (text: string, languageId: string) => scanDocument(m, text, languageId, (v) => v).matches.map((x) => `${x.text}:${x.entries[0].value}`);
    const code = 'package main\n\n// Find runs a query string against the index.\nfunc Find(ctx context.Context, query string, limit int) error {\n\tlog.Printf("bad query string %q", query)\n\treturn nil\n}\n';
    assert.deepEqual(found(code, 'go'), ['package main:go-package', 'query string:url-structure', 'query string:url-structure']);
    assert.deepEqual(found('Pass the query string as `q`.\n', 'markdown'), ['query string:url-structure']);
  });
  it('under the umbrella topic tools, one field\'s evidence does not back another field\'s ordinary words: a Python tutorial is no Rust document', () => {
    const rust = (term: string, note: string) => t(term, note, 'tools/rust', { context: ['tools/rust'] });
    const m = new TermMatcher<string>([
      evidenceTerm('Python', 'tools/python'),
      evidenceTerm('Rust', 'tools/rust'),
      t('pip', 'pip', 'tools/python-packaging'),
      t('dataclass', 'python-dataclass', 'tools/python'),
      rust('match', 'rust-enums-match'), rust('enum', 'rust-enums-match'), rust('drop', 'rust-ownership'), rust('module', 'rust-modules'), rust('iterator', 'rust-iterators'),
    ]);
    const notes = (text: string) => noteIds(m, text, 'plaintext');
    const tutorial = 'Python 3.10 adds a match statement. In Python a dataclass can be matched; drop the rest, use an enum, import the module, pass any iterator. Install it with pip.\n';
    assert.deepEqual(notes(tutorial), ['python-dataclass', 'pip']);
    // With evidence of its own (Rust named twice), the same words are Rust's.
    assert.deepEqual(notes('Rust 1.0 had a match expression long before. Rust: drop the rest, use an enum.\n'), ['rust-enums-match', 'rust-ownership', 'rust-enums-match']);
  });
  it('Rust code is about Rust: a Rust keyword that needs the Rust field fires in a short Rust file, not in another language\'s prose', () => {
    const m = new TermMatcher<string>([t('borrow', 'rust-borrowing', 'tools/rust', { languages: ['rust'], context: ['tools/rust'] })]);
    const notes = (text: string, languageId: string) => noteIds(m, text, languageId);
    assert.deepEqual(notes('fn main() {\n    // borrow the vector instead of moving it\n    let n = len(&v);\n}\n', 'rust'), ['rust-borrowing']);
    assert.deepEqual(notes('# You can borrow a book from the library.\n', 'python'), []);
  });
  it('C# code, and prose that names C# or .NET, is about C# and .NET', () => {
    const m = new TermMatcher<string>([t('record', 'csharp-records', 'tools/csharp', { context: ['tools/csharp'] }), evidenceTerm('C#', 'tools/csharp'), evidenceTerm('.NET', 'tools/csharp')]);
    const notes = (text: string, languageId: string) => noteIds(m, text, languageId);
    assert.deepEqual(notes('// a positional record\npublic record Point(int X, int Y);\n', 'csharp'), ['csharp-records', 'csharp-records']);
    assert.deepEqual(notes('In C# a record gets value equality; .NET 8 and C# 12 added primary constructors.\n', 'markdown'), ['csharp-records']);
    assert.deepEqual(notes('Please record the meeting.\n', 'markdown'), []);
  });
  it('a Compose file is dockercompose by the editor\'s file-name patterns, so its keys mean what they mean in Compose', () => {
    assert.deepEqual(
      ['compose.yaml', 'deploy/compose.prod.yml', 'docker-compose.yml', 'docker-compose.override.yaml', 'my-docker-compose.yml', 'composer.yml', 'values.yaml'].map(languageIdForPath),
      ['dockercompose', 'dockercompose', 'dockercompose', 'dockercompose', 'dockercompose', 'yaml', 'yaml'],
    );
    const m = new TermMatcher<string>([t('volumes', 'docker-volume', 'tools/containers', { languages: ['dockercompose'], codeOnly: true })]);
    const notes = (text: string, languageId: string) => noteIds(m, text, languageId);
    const compose = 'services:\n  db:\n    image: postgres:16\n    volumes:\n      - data:/var/lib/postgresql/data\n';
    assert.deepEqual(notes(compose, languageIdForPath('docker-compose.yml')), ['docker-volume']);
    assert.deepEqual(notes(compose, languageIdForPath('values.yaml')), []);
  });
  it('a script that imports Vue is Vue code: computed there is Vue\'s, elsewhere nothing', () => {
    const m = new TermMatcher<string>([
      t('computed', 'vue-computed', 'frontend/vue', { languages: ['typescript', 'javascript'], context: ['frontend/vue'], codeOnly: true }),
    ]);
    const notes = (text: string, languageId: string) => noteIds(m, text, languageId);
    assert.deepEqual(notes("import { computed } from 'vue'\nconst d = computed(() => 2)\n", 'typescript'), ['vue-computed', 'vue-computed']);
    assert.deepEqual(notes('const { computed } = require("vue");\n', 'javascript'), ['vue-computed']);
    // A store that imports only Pinia (the word "vue" nowhere in it) is Vue code too.
    assert.deepEqual(notes("import { defineStore } from 'pinia'\nconst total = computed(() => 2)\n", 'typescript'), ['vue-computed']);
    assert.deepEqual(notes("import { computed } from './signals'\nconst d = computed(() => 2)\n", 'typescript'), []);
    // Only a script's own imports count: a Markdown page quoting one is about what its words say.
    assert.deepEqual(notes("import { computed } from 'vue'\n", 'python'), []);
  });
  it('finds a framework import by its module name: from, import and require, quotes either way, a scope with a name after it', () => {
    const vue = ['vue', 'pinia', 'vue-router', '@vue/'];
    for (const code of ["import { ref } from 'vue'", 'import "vue"', 'const v = require( "vue" )', "export * from\n  'vue-router'", "import { effect } from '@vue/reactivity'", "import x from'pinia'"]) {
      assert.equal(importsModule(code, vue), true, code);
    }
    for (const code of ["import { ref } from 'vuex'", "import x from './vue'", "// built with vue", "import x from '@vue/'", "myrequire('vue')", "transform 'vue'", 'import x from `vue`']) {
      assert.equal(importsModule(code, vue), false, code);
    }
    const react = ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime'];
    assert.equal(importsModule("import { createRoot } from 'react-dom/client'", react), true);
    assert.equal(importsModule("import { jsx } from 'react/jsx-runtime'", react), true);
    assert.equal(importsModule("import { render } from 'react-native'", react), false);
  });
  it('ArkTS is TypeScript whatever its extension calls it, and its HarmonyOS imports make it mobile code', () => {
    assert.deepEqual(['ets', 'arkts'].map((id) => matchingLanguageId(id, 'entry/src/main/ets/pages/Index.ets')), ['typescript', 'typescript']);
    assert.equal(languageIdForPath('entry/src/main/ets/pages/Index.ets'), 'typescript');
    const harmony = ['@kit.', '@ohos.'];
    for (const code of ["import { router } from '@kit.ArkUI';", "import http from '@ohos.net.http'", "import { hilog } from '@kit.PerformanceAnalysisKit'"]) {
      assert.equal(importsModule(code, harmony), true, code);
    }
    for (const code of ["import x from '@ohos.'", "import x from '@ohosx'", "// see @kit.ArkUI", "import x from './kit.ArkUI'"]) {
      assert.equal(importsModule(code, harmony), false, code);
    }
    const m = new TermMatcher<string>([t('build()', 'arkui-declarative-ui', 'mobile', { languages: ['typescript'], context: ['mobile'], codeOnly: true })]);
    const component = "import { router } from '@kit.ArkUI';\n\n@Component\nstruct Index {\n  build() {\n    Column() {}\n  }\n}\n";
    assert.deepEqual(noteIds(m, component, matchingLanguageId('ets', 'Index.ets')), ['arkui-declarative-ui']);
    // The same method in a TypeScript builder class is not ArkUI's.
    assert.deepEqual(noteIds(m, "import { Query } from './query';\n\nclass Sql {\n  build() {\n    return '';\n  }\n}\n", 'typescript'), []);
  });
  it('JSX and TSX files are about React: props there need no React word nearby', () => {
    const m = new TermMatcher<string>([t('props', 'react-props', 'frontend/react', { context: ['frontend/react'] })]);
    const notes = (text: string, languageId: string) => noteIds(m, text, languageId);
    const tsx = 'export function Card(props: CardProps) {\n  return <div>{props.title}</div>;\n}\n';
    // props, CardProps, props.title
    assert.deepEqual(notes(tsx, 'typescriptreact'), ['react-props', 'react-props', 'react-props']);
    assert.deepEqual(notes(tsx, 'javascriptreact'), ['react-props', 'react-props', 'react-props']);
    // A Vue guide's props are not React's.
    assert.deepEqual(notes('A child component updates only when its props change.', 'markdown'), []);
  });
  it('a Kubernetes manifest is about Kubernetes by its apiVersion and kind', () => {
    const manifest = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  namespace: web\n';
    assert.deepEqual(notesOf(manifest, 'yaml'), ['deployment', 'namespace']);
    assert.deepEqual(notesOf('jobs:\n  deployment:\n    runs-on: ubuntu-latest\n', 'yaml'), []);
  });
  it('when two notes claim a word, the heavier topic wins; a tie shows both', () => {
    assert.deepEqual(hits('std::move a singleton', 'cpp'), [['std::move', 'std-move'], ['singleton', 'singleton-cpp']]);
    assert.deepEqual(hits('ConcurrentHashMap in a singleton', 'plaintext'), [['ConcurrentHashMap', 'concurrent-hash-map'], ['singleton', 'singleton-java']]);
    assert.deepEqual(hits('a singleton', 'plaintext'), [['singleton', 'singleton-cpp|singleton-java']]);
  });
  it('within the field a document is most about, a sub-topic is weighed against its siblings', () => {
    const m = new TermMatcher<string>([
      t('Promise', 'promise', 'frontend/javascript'),
      t('watcher', 'vue-watch', 'frontend/vue', { context: ['frontend/vue'] }),
      t('goroutine', 'goroutine', 'go/concurrency'),
      t('pipe', 'shell-pipe', 'tools/shell', { context: ['tools/shell'] }),
      t('git', 'git', 'tools/git'),
    ]);
    const notes = (text: string) => noteIds(m, text, 'typescript');
    // Vue's own scheduler: 25 Promise matches make `frontend` weigh 27, the vue import gives frontend/vue 2.
    const scheduler = `import { reactive } from 'vue'\n${'Promise.resolve()\n'.repeat(25)}// queue the watcher\n`;
    assert.equal(notes(scheduler).filter((n) => n === 'vue-watch').length, 1);
    // Outside the dominant field the field-wide bar stays: two git mentions in a Promise-heavy file do not
    // make its "pipe" a shell pipe.
    const other = `git git\n${'Promise.resolve()\n'.repeat(25)}// pipe the result\n`;
    assert.equal(notes(other).filter((n) => n === 'shell-pipe').length, 0);
  });
  it('a concept of every field (general) says nothing about what a document is about', () => {
    const terms = (general: boolean) =>
      new TermMatcher<string>([
        t('deadlock', 'deadlock', 'java/concurrency', general ? { general: true } : {}),
        t('signal', 'linux-signals', 'linux/process', { context: ['linux'], shared: true } as Partial<TermInput<string>>),
        t('signal', 'java-condition', 'java/concurrency', { context: ['java'], shared: true } as Partial<TermInput<string>>),
        t('std::mutex', 'std-mutex', 'cpp/concurrency'),
      ]);
    const text = 'std::mutex avoids a deadlock; another deadlock, and a third deadlock; then signal the waiter.';
    const notes = (general: boolean) => scanDocument(terms(general), text, 'markdown', (v) => v).matches.map((x) => x.entries.map((e) => e.value).join('|'));
    // Three deadlocks made the C++ text a Java one, where `signal` is Java's Condition.signal().
    assert.deepEqual(notes(false), ['std-mutex', 'deadlock', 'deadlock', 'deadlock', 'java-condition']);
    assert.deepEqual(notes(true), ['std-mutex', 'deadlock', 'deadlock', 'deadlock']);
    // Through the saved matcher too.
    const saved = TermMatcher.fromBinary<string>(terms(true).toBinary());
    assert.deepEqual(scanDocument(saved, text, 'markdown', (v) => v).matches.map((x) => x.text), ['std::mutex', 'deadlock', 'deadlock', 'deadlock']);
  });
  it('an entry weighs as much as the best supported topic of its note and its context', () => {
    // `volatile` of an embedded note applies to C/C++ (context), Java's to Java; a C++ text that also
    // mentions two Java-filed notes is still mostly about C++.
    const m = new TermMatcher<string>([
      t('volatile', 'c-volatile', 'embedded/mcu', { context: ['embedded', 'cpp'], shared: true } as Partial<TermInput<string>>),
      t('volatile', 'java-volatile', 'java/concurrency', { shared: true } as Partial<TermInput<string>>),
      t('deadlock', 'deadlock', 'java/concurrency'),
      t('std::atomic', 'std-atomic', 'cpp/concurrency'),
      t('std::mutex', 'std-mutex', 'cpp/concurrency'),
    ]);
    const notes = (text: string) => scanDocument(m, text, 'markdown', (v) => v).matches.map((x) => x.entries.map((e) => e.value).join('|'));
    assert.deepEqual(notes('std::atomic, not volatile; std::mutex avoids a deadlock. Use std::atomic.'), ['std-atomic', 'c-volatile', 'std-mutex', 'deadlock', 'std-atomic']);
  });
  it('a note filed at a field itself weighs what is filed there, not the whole field, against a sub-topic', () => {
    const m = new TermMatcher<string>([
      t('@State', 'arkts-state', 'mobile', { languages: ['typescript'], shared: true } as Partial<TermInput<string>>),
      t('@State', 'swiftui', 'mobile/ios', { languages: ['swift'], shared: true } as Partial<TermInput<string>>),
      t('SwiftUI', 'swiftui', 'mobile/ios'),
      t('ArkTS', 'harmonyos', 'mobile'),
      t('Kotlin', 'kotlin', 'mobile/android'),
    ]);
    const notes = (text: string) => scanDocument(m, text, 'markdown', (v) => v).matches.map((x) => `${x.text}:${x.entries.map((e) => e.value).join('|')}`);
    // All of `mobile`'s weight came from SwiftUI, filed under mobile/ios: the ArkTS note won it with the field's total.
    assert.deepEqual(notes('SwiftUI keeps `@State` outside the view. SwiftUI re-renders.'), ['SwiftUI:swiftui', '@State:swiftui', 'SwiftUI:swiftui']);
    assert.deepEqual(notes('ArkTS: `@State` is private to the component. ArkTS again, and SwiftUI once.'), ['ArkTS:harmonyos', '@State:arkts-state', 'ArkTS:harmonyos', 'SwiftUI:swiftui']);
    // Two sub-topics (Kotlin's and SwiftUI's) against the field's own weight: the heaviest claimant still wins.
    assert.deepEqual(notes('Kotlin, Kotlin, Kotlin; SwiftUI and `@State`; ArkTS.'), ['Kotlin:kotlin', 'Kotlin:kotlin', 'Kotlin:kotlin', 'SwiftUI:swiftui', '@State:arkts-state|swiftui', 'ArkTS:harmonyos']);
  });
  it('the bundled @State: SwiftUI in a SwiftUI page, ArkTS in an ArkTS page', () => {
    const bundled = bundledMatcher();
    const states = (text: string) => [...new Set(scanDocument(bundled, text, 'markdown', (v: TermRef) => v.noteId).matches.filter((x) => x.text === '@State').map((x) => x.entries.map((e) => e.value.noteId).join('|')))];
    // musamaj/SwiftUI-Prep State-Management.md (commit 3dad7de1), lines 1-11.
    const swiftui = [
      '# State Management in SwiftUI',
      '',
      'SwiftUI provides multiple property wrappers to manage state efficiently within an app. Understanding the differences between `@State`, `@Binding`, `@ObservedObject`, and `@EnvironmentObject` is crucial for building reactive UIs.',
      '',
      '`@State` is used to store **local mutable state** within a single view. SwiftUI monitors state changes and automatically re-renders the view when the state updates.',
    ].join('\n');
    // openharmony/docs zh-cn/application-dev/ui/state-management/arkts-state.md (commit 08d1bc8f, CC BY 4.0), its opening lines.
    const arkts = [
      '# \\@State装饰器：组件内状态',
      '',
      '在状态变量相关装饰器中，@State是最基础的装饰器，也是大部分状态变量的数据源。',
      '',
      '> 从API version 9开始，该装饰器支持在ArkTS卡片中使用。',
      '',
      '\\@State装饰的变量与声明式范式中的其他被装饰变量一样，是私有的，只能从组件内部访问。',
    ].join('\n');
    assert.deepEqual(states(swiftui), ['swiftui']);
    assert.deepEqual(states(arkts), ['arkts-state-management']);
  });
});

describe('the bundled master: the control plane in a Kubernetes page, the primary in a replication page', () => {
  const masters = (text: string) => [...new Set(scanDocument(bundledMatcher(), text, 'markdown', (v: TermRef) => v.noteId).matches.filter((x) => /^master$/i.test(x.text)).map((x) => x.entries.map((e) => e.value.noteId).join('|')))];
  it('a Kubernetes introduction whose diagram runs a Redis Pod (Cxchen-04/blog source/_posts/Kubernetes.md, blind audit q)', () => {
    // Commit 673f60da, the table and diagram of "技术一点说".
    const intro = [
      '| 名称                     | 含义                                                         |',
      '|--------------------------|--------------------------------------------------------------|',
      '| 集群 (Cluster)           | 一组通过网络连接的“节点”服务器                              |',
      '| 节点 (Node)              | 集群中的一台机器，可以是虚拟机或物理机                      |',
      '| 主节点 (Master)          | 管理整个集群的大脑，负责调度、监控、API                     |',
      '| 工作节点 (Worker)        | 实际跑你应用的机器（比如跑 nginx / 博客）                   |',
      '#### k8s中的“集群结构图”',
      '',
      '``` bash',
      '             [ Master 控制节点 ]',
      '            ┌───────────────┐',
      '            │  调度服务 kube-scheduler',
      '            │  API Server',
      '            │  状态控制器',
      '            └───────────────┘',
      ' [Worker Node1]   [Worker Node2]  [Worker Node3]',
      '   └─Pod: Nginx     └─Pod: Blog     └─Pod: Redis',
      '```',
    ].join('\n');
    assert.deepEqual(masters(intro), ['control-plane']);
  });
  it("Kubernetes' guestbook example, whose masters are Redis's (test/fixtures/documents/02)", () => {
    const guestbook = readFileSync(join(__dirname, '../../fixtures/documents/02-k8s-guestbook-go-links-en.md'), 'utf8');
    assert.deepEqual(masters(guestbook), ['database-replication']);
  });
});

describe('bundled aliases corrected after blind audits ag, ah, ai and aj', () => {
  const notesAt = (text: string, languageId: string, word: RegExp) =>
    scanDocument(bundledMatcher(), text, languageId, (v: TermRef) => v.noteId).matches.filter((x) => word.test(x.text)).map((x) => x.entries.map((e) => e.value.noteId).join('|'));
  it("Java's bounded wildcards are generics; a class's extends is inheritance", () => {
    // As in the audited Spring Security user details (blind audit ag, ag-zh-2): Collection<? extends GrantedAuthority>.
    const java = 'public interface UserDetails {\n  Collection<? extends GrantedAuthority> getAuthorities();\n  void addAll(List<? super Integer> xs);\n}\nclass Admin extends User {}\n';
    assert.deepEqual(notesAt(java, 'java', /extends|super/), ['java-generics', 'java-generics', 'java-inheritance']);
    // A type variable's bound is no inheritance either (blind audit ah: an Android ViewModel factory's <T extends ViewModel>).
    const bounds = [
      'public <T extends ViewModel> T create(Class<T> modelClass) { return null; }',
      'class Box<K, V extends Comparable<V>> extends AbstractMap<K, V> implements Map<K, V> {',
      '  Box() { super(); }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(bounds, 'java', /^(extends|super)$/), ['java-inheritance', 'java-inheritance']);
  });
  it("a type name of code (Java's Thread, case: exact) is not the end of another name: @MainThread, currentThread()", () => {
    // Blind audit ah: androidx's @MainThread annotation on a ViewModel method read as java.lang.Thread.
    const android = 'import androidx.annotation.MainThread;\nclass Store {\n  @MainThread\n  void save() { Thread t = new Thread(job); Thread.currentThread(); }\n}\n';
    const found = scanDocument(bundledMatcher(), android, 'java', (v: TermRef) => v.noteId).matches.filter((x) => /Thread/.test(x.text));
    const at = (s: string) => android.indexOf(s);
    assert.deepEqual(found.map((x) => [x.start, x.entries[0].value.noteId]), [[at('Thread t'), 'java-runnable'], [at('Thread(job'), 'java-runnable'], [at('Thread.current'), 'java-runnable']]);
  });
  it("Pydantic is every Python field's library: a FastAPI module that imports it is no AI document (blind audit ai)", () => {
    const api = [
      'from fastapi import FastAPI',
      'from pydantic import BaseModel',
      '',
      'class Page(BaseModel):',
      '    items: list[str]',
      '    cursor: str | None = None',
      '',
      'app = FastAPI()',
      '',
      '@app.get("/items")',
      'def list_items(token: str | None = None) -> Page:',
      '    """Return one page of items; pass the token of the previous page to get the next one."""',
      '    return Page(items=[], cursor=token)',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(api, 'python', /token/), []);
    assert.deepEqual(notesAt(api, 'python', /BaseModel/), ['pydantic-model', 'pydantic-model']);
  });
  it("a Compose file's services: key and service_healthy are Compose's, not a Kubernetes Service (blind audit aj)", () => {
    const compose = ['services:', '  db:', '    image: postgres:16', '  backend:', '    build: ./backend', '    depends_on:', '      db:', '        condition: service_healthy', ''].join('\n');
    assert.deepEqual(notesAt(compose, 'dockercompose', /service/i), ['docker-compose', 'docker-compose']);
    // Elsewhere the word keeps its Kubernetes note.
    const k8s = 'A Kubernetes Service gives Pods a stable address; list the services with kubectl get services.\n';
    assert.deepEqual(notesAt(k8s, 'markdown', /^services$/), ['kubernetes-service', 'kubernetes-service']);
  });
  it('栈 in a Go runtime text is a goroutine\'s call stack; in an algorithm text, the data structure (blind audit aj)', () => {
    const gmp = 'Go 运行时的 GMP 调度器：M 执行 goroutine 前先切换到 g0 及其栈。每个 goroutine 的栈初始只有 2KB，运行时按需扩容，GC 时还会收缩栈。抢占式调度依靠 sysmon 检查运行过久的 goroutine。\n';
    assert.deepEqual(notesAt(gmp, 'markdown', /^栈$/), ['call-stack', 'call-stack', 'call-stack']);
    const brackets = '栈是后进先出的数据结构。用栈实现括号匹配：遇到左括号入栈，遇到右括号时弹出栈顶元素比较；时间复杂度 O(n)。\n\n```go\nfunc isValid(s string) bool {\n\tstack := []rune{}\n\treturn len(stack) == 0\n}\n```\n';
    assert.deepEqual(notesAt(brackets, 'markdown', /^栈$/), ['stack-data-structure', 'stack-data-structure', 'stack-data-structure', 'stack-data-structure']);
  });
  it("the env command and prose env, not the ENV of a script's CURRENT_ENV / NEW_ENV names (blind audit aj: a blue-green deploy script)", () => {
    const deploy = '#!/usr/bin/env bash\nset -euo pipefail\nCURRENT_ENV=$(cat ./current)\nif [ "$CURRENT_ENV" = blue ]; then NEW_ENV=green; else NEW_ENV=blue; fi\nenv | grep PATH\n';
    assert.deepEqual(notesAt(deploy, 'shellscript', /^env$/i), ['environment-variable']);
  });
  it('ZooKeeper\'s Zab in any case where the document is about distributed coordination', () => {
    const zh = 'ZooKeeper 通过 zab算法 保证写入有序：leader 广播提案，过半 follower 确认后提交。ZAB 协议和 Paxos 类似。\n';
    assert.deepEqual(notesAt(zh, 'markdown', /^zab$/i), ['zookeeper', 'zookeeper']);
    assert.deepEqual(notesAt('Zab, the kebab shop on the corner, opens at noon.\n', 'markdown', /^zab$/i), []);
  });
});

describe('Markdown structure', () => {
  const k8s = 'kubectl and the kubelet run every Pod.\n';
  it('link destinations, autolinks, bare URLs and heading ids are not text', () => {
    const md = `${k8s}See [the docs](https://kubernetes.io/docs/concepts/workloads/pods/) and <https://example.com/pods>.\nAlso https://k8s.io/pods/x and [distil](#knowledge-distillation).\n## Pods {#pod}\n`;
    assert.deepEqual(hits(md, 'markdown').slice(3), [['Pods', 'pod']]);
  });
  it("an image path with spaces (Typora's `![](images/Pod docs/pod kubelet.png)`) is no text either; a parenthesis in prose is (blind audit an)", () => {
    const md = `${k8s}![](images/Pod docs/pod kubelet.png) and ![Pod](assets/image 1.PNG)\nA Pod (with its kubelet) runs.\n`;
    assert.deepEqual(hits(md, 'markdown').slice(3), [['Pod', 'pod'], ['Pod', 'pod'], ['kubelet', 'kubelet']]);
  });
  it('e-mail addresses are not text; decorators, annotations and npm scopes are', () => {
    const md = `${k8s}Write to pod@example.com or ops.pod+alerts@pods.example.org about the Pod; see https://k8s.io/pods and pod@k8s.io.\n`;
    assert.deepEqual(hits(md, 'markdown').slice(3), [['Pod', 'pod']]);
    const m = new TermMatcher<string>([{ term: 'property', value: 'python-property', topic: 'tools/python', languages: ['python'], codeOnly: true }]);
    assert.deepEqual(scanDocument(m, '@property\ndef x(self): ...\n', 'python', (v) => v).matches.map((x) => x.text), ['property']);
  });
  it('scheme-less addresses (go.uber.org/x, github.com/a/b) are not text', () => {
    const md = `${k8s}Use [go.uber.org/pod](https://pkg.go.dev/go.uber.org/pod) or github.com/kubernetes/pod.\n`;
    assert.deepEqual(hits(md, 'markdown').slice(3), []);
  });
  it('HTML tags and their attributes are not text, the text between them is', () => {
    const md = `${k8s}<a href="/pods/" title="Pod">a Pod</a> <img src="pod.png" alt="pod">\n`;
    assert.deepEqual(hits(md, 'markdown').slice(3), [['Pod', 'pod']]);
  });
  it('a code span binds before HTML: `<Pod>` is code, a bare <Pod> is a tag, and `<!--` in a code span opens no comment', () => {
    const md = `${k8s}Write \`<Pod>\` in JSX, not <Pod title="Pod">.\nThe \`<!--\` marker.\nEvery Pod.\n`;
    assert.deepEqual(hits(md, 'markdown').slice(3), [['Pod', 'pod'], ['Pod', 'pod']]);
    const starts = scanDocument(matcher, md, 'markdown', (v) => v).matches.slice(3).map((x) => x.start);
    assert.deepEqual(starts, [md.indexOf('`<Pod>`') + 2, md.indexOf('Every Pod') + 6]);
  });
  it('TeX between $ signs is a formula, not text: `\\lambda` is no Python lambda; money and code spans stay text', () => {
    const m = new TermMatcher<string>([evidenceTerm('Python', 'python'), t('lambda', 'python-lambda', 'python/language', { context: ['python'] })]);
    const doc = [
      'Python and Python: a lambda is an anonymous function.',
      'The rate $\\lambda$ and $$\\lambda^2$$; it costs $5 and $10 for a lambda.',
      '$$',
      'P(k) = \\lambda^k e^{-\\lambda} / k!',
      '$$',
      'After the block, a lambda; in code, `$lambda$`.',
    ].join('\n');
    const lines = scanDocument(m, doc, 'markdown', (v) => v).matches.map((x) => doc.slice(0, x.start).split('\n').length);
    assert.deepEqual(lines, [1, 2, 6, 6]);
  });
  it('front-matter keys are structure, values are text', () => {
    const md = `---\npod: 1\ntitle: Every Pod\n---\n${k8s}`;
    assert.deepEqual(hits(md, 'markdown')[0], ['Pod', 'pod']);
    assert.equal(hits(md, 'markdown').filter(([, n]) => n === 'pod').length, 2);
  });
  it('a fenced block is matched by its info string language; inline code is prose about the document\'s topic', () => {
    const md = 'Go has goroutines.\n\n```go\nch := make(chan int)\nselect {}\n```\n\nThe `chan` type.\n';
    assert.deepEqual(hits(md, 'markdown'), [
      ['goroutines', 'goroutine'],
      ['chan', 'go-channel'],
      ['select', 'go-select'],
      ['chan', 'go-channel'],
    ]);
    assert.deepEqual(hits('```go\nch := make(chan int)\n```\n', 'markdown'), [['chan', 'go-channel']]);
    assert.deepEqual(hits('```python\nch = chan(1)\n```\n', 'markdown'), []);
    // Comments and string literals inside a fence are what they are in a file of its language: a Go comment is
    // prose, where the code-only `select` is no keyword.
    const keywords = new TermMatcher<string>([{ term: 'select', value: 'go-select', topic: 'go/concurrency', languages: ['go'], codeOnly: true, forms: false }]);
    const fenced = (text: string) => scanDocument(keywords, text, 'markdown', (v) => v).matches.map((x) => x.text);
    assert.deepEqual(fenced('```go\n// select the first ready case\nselect {}\nfmt.Println("select one")\n```\n'), ['select']);
    assert.deepEqual(fenced('```go\nselect {}\n```\n'), scanDocument(keywords, 'select {}\n', 'go', (v) => v).matches.map((x) => x.text));
  });
  it('segments: a fence spans to its closing marker, an unclosed fence to the end', () => {
    const text = 'a\n```go\nx\n```\nb\n~~~~py\ny\n';
    const segs = markdownSegments(text).map((s) => [text.slice(s.from, s.to), s.languageId]);
    assert.deepEqual(segs, [['a\n', 'markdown'], ['x', 'go'], ['b\n', 'markdown'], ['y\n', 'python']]);
    assert.equal(languageIdForFence('golang {linenos}'), 'go');
    assert.equal(languageIdForFence('console'), 'shellscript');
    assert.equal(languageIdForFence('nonsense-lang'), 'plaintext');
    // The most common fence in ML docs: read as Python, not as plain text.
    for (const info of ['python', 'Python', 'py', 'python3']) assert.equal(languageIdForFence(info), 'python', info);
    assert.equal(languageIdForFence('cuda'), 'cuda-cpp');
    // Terraform's docs fence HCL as hcl or terraform: Terraform code, whose keywords (`provider`, `variable`) are Terraform's.
    for (const info of ['hcl', 'terraform', 'tf']) assert.equal(languageIdForFence(info), 'terraform', info);
  });
  it('a Vue component\'s <style> block is CSS, its template and script are Vue', () => {
    const m = new TermMatcher<string>([
      { term: 'padding', value: 'css-box-model', topic: 'frontend/css', languages: ['css', 'scss', 'less'], codeOnly: true },
      { term: 'ref', value: 'vue-ref', topic: 'frontend/vue', languages: ['vue'], codeOnly: true, forms: false },
    ]);
    const sfc = '<template><div class="card">padding</div></template>\n<script setup>\nconst n = ref(0)\n</script>\n<style scoped lang="scss">\n/* no ref here */\n.card { padding: 4px; }\n</style>\n';
    const found = scanDocument(m, sfc, 'vue', (v) => v).matches.map((x) => [x.text, x.entries[0].value]);
    assert.deepEqual(found, [['ref', 'vue-ref'], ['padding', 'css-box-model']]);
  });
  it('a ```yaml fence holding a map of services is a Compose file; a list of services (GitLab CI) is not', () => {
    const compose = '```yaml\nservices:\n  # the app\n  web:\n    image: nginx:1.27\n    restart: unless-stopped\n```\n';
    const languages = (text: string) => markdownSegments(text).map((seg) => seg.languageId);
    assert.deepEqual(languages(`Run it:\n${compose}`), ['markdown', 'dockercompose']);
    assert.deepEqual(languages('```yaml\nimage: ruby:3.3\nservices:\n  - postgres:16\ntest:\n  script: rake\n```\n'), ['yaml']);
    assert.deepEqual(languages('```yaml\nspec:\n  services:\n    web: {}\n```\n'), ['yaml']);
    // Unclosed, it still is one.
    assert.deepEqual(languages(compose.slice(0, -4)), ['dockercompose']);
    const m = new TermMatcher<string>([t('unless-stopped', 'docker-run', 'tools/containers', { languages: ['yaml', 'dockercompose'], codeOnly: true, context: ['tools/containers'] })]);
    const found = (text: string, languageId: string) => scanDocument(m, text, languageId, (v) => v).matches.map((x) => x.text);
    // A Compose file is about containers: its restart policy needs no other evidence, in a fence or a file of its own.
    assert.deepEqual(found(compose, 'markdown'), ['unless-stopped']);
    assert.deepEqual(found('services:\n  web:\n    image: nginx\n    restart: unless-stopped\n', 'dockercompose'), ['unless-stopped']);
    assert.deepEqual(found('```yaml\nretry:\n  when: unless-stopped\n```\n', 'markdown'), []);
  });
  it('an alias limited to yaml matches in a Compose file, which is YAML, and only in YAML', () => {
    const corpus = new Corpus([note('curl', 'tools/shell', 'curl', [{ term: 'curl', languages: ['yaml'] }])], {});
    const found = (text: string, languageId: string) => corpus.scanDocument(text, languageId).map((m) => text.slice(m.start, m.end));
    const healthcheck = 'services:\n  web:\n    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost/"]\n';
    assert.deepEqual(found(healthcheck, 'dockercompose'), ['curl']);
    assert.deepEqual(found(`Check it:\n\n\`\`\`yaml\n${healthcheck}\`\`\`\n`, 'markdown'), ['curl']);
    assert.deepEqual(found('Then curl it.', 'markdown'), []);
  });
  it('a ```mermaid diagram is code of its own: a term of other languages does not match its keywords, a plain term matches its labels', () => {
    const m = new TermMatcher<string>([
      t('lr', 'learning-rate', 'machine-learning/training', { languages: ['python'], caseSensitive: true }),
      t('vector store', 'vector-database', 'ai-apps/rag'),
      t('learning rate', 'learning-rate', 'machine-learning/training'),
      t('embedding', 'embedding', 'ai-apps/rag'),
    ]);
    const found = (text: string) => scanDocument(m, text, 'markdown', (v) => v).matches.map((x) => x.text);
    const doc = 'The learning rate and the embedding model matter: a learning rate too high diverges, a learning rate too low crawls.\n\n```mermaid\nflowchart lr\n  A[Documents] --> B[Vector store]\n```\n';
    assert.deepEqual(found(doc), ['learning rate', 'embedding', 'learning rate', 'learning rate', 'Vector store']);
    assert.equal(languageIdForFence('mermaid'), 'mermaid');
    // As prose (a fence of no language) the Python-only term would match: the topic supports it.
    assert.deepEqual(found(doc.replace('```mermaid', '```')), ['learning rate', 'embedding', 'learning rate', 'learning rate', 'lr', 'Vector store']);
  });
  it('a ```python fence is matched with Python\'s rules', () => {
    const m = new TermMatcher<string>([{ term: 'with', value: 'python-context-manager', topic: 'tools/python', languages: ['python'], codeOnly: true, forms: false }]);
    const found = (text: string) => scanDocument(m, text, 'markdown', (v) => v).matches.map((x) => x.text);
    assert.deepEqual(found('Read it:\n\n```python\nwith open(path) as f:\n    data = f.read()\n```\n'), ['with']);
    assert.deepEqual(found('Read it:\n\n```text\nwith open(path) as f:\n```\n'), []);
  });
});

describe('reStructuredText structure', () => {
  const k8s = 'kubectl and the kubelet run every Pod.\n\n';
  const segments = (text: string) => restructuredTextSegments(text).map((s) => [text.slice(s.from, s.to), s.languageId]);
  it('a code-block is code of its language, after its options; an admonition\'s content is text', () => {
    const rst = 'Intro.\n\n.. code-block:: go\n   :linenos:\n\n   ch := make(chan int)\n   select {}\n\nAfter.\n\n.. note::\n   :class: tip\n\n   A Pod note.\n';
    assert.deepEqual(segments(rst), [['Intro.\n\n', 'restructuredtext'], ['   ch := make(chan int)\n   select {}', 'go'], ['After.\n\n', 'restructuredtext'], ['\n   A Pod note.\n', 'restructuredtext']]);
    assert.deepEqual(hits(rst, 'restructuredtext'), [['chan', 'go-channel'], ['select', 'go-select']]);
  });
  it('comments, hyperlink targets, substitution definitions and opaque directives (toctree, include, only) are left out', () => {
    const rst = `${k8s}.. SPDX-License-Identifier: GPL-2.0\n\n.. _pods-and-kubectl:\n\n.. |Pod| image:: pods/kubectl.png\n\n.. toctree::\n   :maxdepth: 2\n\n   pods/index\n   kubectl/get\n\n.. include:: ../pods/kubectl.rst\n\n.. only:: kubectl or pods\n\n   Every Pod.\n`;
    assert.deepEqual(hits(rst, 'restructuredtext').slice(3), [['Pod', 'pod']]);
  });
  it('a footnote\'s or a citation\'s label is markup, its text is text', () => {
    const rst = `${k8s}Pods [#pod]_ and kubectl [kubectl-ref]_.\n\n.. [#pod] Every Pod runs on a node.\n.. [kubectl-ref] The kubectl manual,\n   which documents kubectl get.\n`;
    assert.deepEqual(notesOf(rst, 'restructuredtext').slice(3), ['pod', 'kubectl', 'pod', 'kubectl', 'kubectl']);
  });
  it('role names, reference labels, link targets and substitution references are not text; the text of a reference or a link is', () => {
    const rst = `${k8s}See :ref:\`pods-and-kubectl\`, :ref:\`the Pod page <kubectl-pods>\`, :doc:\`pods/kubectl\`, \`kubectl docs <https://k8s.io/pods>\`_ and |Pod| x.\n`;
    assert.deepEqual(hits(rst, 'restructuredtext').slice(3), [['Pod', 'pod'], ['kubectl', 'kubectl']]);
  });
  it('inline literals and the content of roles other than references are code spans', () => {
    const line = 'Use ``chan int`` and :func:`select` but :ref:`select <sel>` and `select`_.';
    assert.deepEqual(rangeTexts(line, codeSpans(line, 'restructuredtext')), ['``chan int``', '`select`']);
  });
  it('a :: literal block is code of the highlight language, prose while none is set; >>> lines are a Python doctest', () => {
    const m = new TermMatcher<string>([
      { term: 'chan', value: 'go-channel', topic: 'go/concurrency', languages: ['go'], codeOnly: true },
      { term: 'import', value: 'python-import-system', topic: 'tools/python', languages: ['python'], codeOnly: true },
    ]);
    const found = (text: string) => scanDocument(m, text, 'restructuredtext', (v) => v).matches.map((x) => x.text);
    assert.deepEqual(found('Make one::\n\n   ch := make(chan int)\n\nDone.\n'), []);
    assert.deepEqual(found('.. highlight:: go\n\nMake one::\n\n   ch := make(chan int)\n\nDone.\n'), ['chan']);
    assert.deepEqual(found('For example:\n\n>>> import os\n>>> os.getcwd()\n\nThen import it.\n'), ['import']);
  });
  it('.rst files are reStructuredText, also where the editor knows them only as plain text', () => {
    assert.equal(languageIdForPath('docs/source/notes/cuda.rst'), 'restructuredtext');
    assert.equal(matchingLanguageId('plaintext', '/repo/Documentation/networking/af_xdp.rst'), 'restructuredtext');
    assert.equal(matchingLanguageId('plaintext', '/repo/notes.txt'), 'plaintext');
  });
  it('CMakeLists.txt is CMake, also where the editor knows it only as plain text; its # and #[[ ]] comments are prose', () => {
    assert.equal(languageIdForPath('proj/CMakeLists.txt'), 'cmake');
    assert.equal(languageIdForPath('cmake/toolchain.cmake'), 'cmake');
    assert.equal(matchingLanguageId('plaintext', 'C:\\proj\\CMakeLists.txt'), 'cmake');
    const m = new TermMatcher<string>([
      { term: '-I', value: 'c-include-path', topic: 'cpp/tooling', languages: ['makefile', 'cmake'], codeOnly: true, forms: false },
      { term: 'linker', value: 'linker', topic: 'linux/process' },
    ]);
    const found = (text: string, languageId: string) => scanDocument(m, text, languageId, (v) => v).matches.map((x) => x.text);
    const cmake = '#[[ the -I flags and the linker ]]\ntarget_compile_options(app PRIVATE -I${DIR}) # -I here is a comment\n';
    assert.deepEqual(found(cmake, 'cmake'), ['linker', '-I']);
    assert.deepEqual(found(cmake, 'plaintext'), ['linker']);
  });
});

describe('word forms next to a term with underscores', () => {
  it('`__annotations__` needs its underscores, so it leaves the plural "annotations" to another note', () => {
    const m = new TermMatcher<string>([
      t('Kubernetes', '', 'kubernetes', { evidence: true, caseSensitive: true, forms: false }),
      t('annotation', 'annotation', 'kubernetes/config', { context: ['kubernetes'] }),
      t('__annotations__', 'python-type-hints', 'tools/python'),
    ]);
    assert.deepEqual(hits2(m, 'Kubernetes and Kubernetes: Pod annotations, one annotation.\n'), [['annotations', 'annotation'], ['annotation', 'annotation']]);
    // The match is the name with its underscores, which the text must have.
    assert.deepEqual(hits2(m, 'f.__annotations__ holds them.\n'), [['__annotations__', 'python-type-hints']]);
  });
  const hits2 = (m: TermMatcher<string>, text: string) => scanDocument(m, text, 'markdown', (v) => v).matches.map((x) => [x.text, x.entries.map((e) => e.value).join('|')]);
});

describe('word starts', () => {
  it('the second half of a hyphenated compound is not a word of its own', () => {
    const m = new TermMatcher<string>([{ term: 'channel', value: 'channel' }, { term: 'proxy', value: 'proxy' }, { term: 'position: absolute', value: 'pa' }]);
    assert.deepEqual(m.matchAll('side-channel attacks; kube-proxy; --proxy and channel-based').map((x) => x.text), ['proxy', 'channel']);
    assert.deepEqual(m.matchAll('.a { position: absolute; }', 'css').map((x) => x.text), ['position: absolute']);
  });
  it('an acronym after a hyphen is a word of its own', () => {
    const m = new TermMatcher<string>([{ term: 'RLHF', value: 'rlhf' }, { term: 'TCP', value: 'tcp' }, { term: 'proxy', value: 'proxy' }]);
    assert.deepEqual(m.matchAll('Pretrain-SFT-RLHF on non-TCP links; kube-proxy and reverse-Proxy').map((x) => x.text), ['RLHF', 'TCP']);
  });
});

describe('code-only keywords (prose: false)', () => {
  const m = new TermMatcher<string>([
    { term: 'use', value: 'mysql-use', topic: 'databases/mysql', languages: ['sql'], codeOnly: true, forms: false },
    { term: 'MySQL', value: 'mysql', topic: 'databases/mysql' },
    { term: 'InnoDB', value: 'innodb', topic: 'databases/mysql' },
  ]);
  const hits = (text: string, languageId: string) => scanDocument(m, text, languageId, (v) => v).matches.map((x) => x.text);
  it('match in their languages\' code, also inside a fence', () => {
    assert.deepEqual(hits('Use shop;\nUSE shop;\n', 'sql'), ['Use', 'USE']);
    assert.deepEqual(hits('MySQL and InnoDB:\n\n```sql\nuse shop;\n```\n', 'markdown'), ['MySQL', 'InnoDB', 'use']);
  });
  it('never in prose about their topic, nor in comments', () => {
    assert.deepEqual(hits('MySQL and InnoDB: we use them and they use little memory.\n', 'markdown'), ['MySQL', 'InnoDB']);
    assert.deepEqual(hits('-- use the shop database\nUSE shop;\n', 'sql'), ['USE']);
  });
  it('only as a token of their own, never as part of a longer name', () => {
    // Keywords of one language and topic, and what a document of that language finds of them.
    const keywordsOf = (languageId: string, topic: string, terms: string[]) => {
      const m = new TermMatcher<string>(terms.map((term) => ({ term, value: term, topic, languages: [languageId], codeOnly: true, forms: false })));
      return (text: string) => scanDocument(m, text, languageId, (v) => v).matches.map((x) => x.text);
    };
    const found = keywordsOf('python', 'tools/python', ['with', '__init__']);
    assert.deepEqual(found('if args.with_tracking:\n    s = get_schedule_with_warmup(opt)\n    withTracking = 1\n'), []);
    // (A term's edge underscores are checked around the word, and the match holds them: `__init__`.)
    assert.deepEqual(found('with open(p) as f:\n    pass\nclass A:\n    def __init__(self): pass\n'), ['with', '__init__']);
    assert.deepEqual(found('x = my__init__\n'), []);
    const inShell = keywordsOf('shellscript', 'tools/shell', ['export', 'local']);
    assert.deepEqual(inShell('gpg --export > keys\nDIR=/usr/local/bin\n'), []);
    assert.deepEqual(inShell('export PATH\nf() { local dir="$1"; }\n'), ['export', 'local']);
    // Nor the first word of a hyphenated name: a Go statement, not a file name in a code span.
    const inGo = keywordsOf('go', 'go/concurrency', ['go']);
    assert.deepEqual(inGo('func main() {\n\tgo run(x)\n}\n'), ['go']);
    const goDoc = new TermMatcher<string>([{ term: 'go', value: 'goroutine', topic: 'go/concurrency', languages: ['go'], codeOnly: true, forms: false, caseSensitive: true, member: false }, { term: 'goroutine', value: 'goroutine', topic: 'go/concurrency' }]);
    const inDoc = (text: string) => scanDocument(goDoc, text, 'markdown', (v) => v).matches.map((x) => x.text);
    assert.deepEqual(inDoc('A goroutine starts with `go f()`; see `go-app-deploy.sh` and `worker.go`. A goroutine.'), ['goroutine', 'go', 'goroutine']);
  });
  it('in a code span of prose about their topic: Markdown `code`, Javadoc {@code x}, KDoc and Go doc [links]', () => {
    const keywords = new TermMatcher<string>([
      { term: 'defer', value: 'go-defer', topic: 'go/language', languages: ['go'], codeOnly: true, forms: false },
      { term: 'goroutine', value: 'goroutine', topic: 'go/concurrency' },
      { term: 'delay', value: 'kotlin-delay', topic: 'mobile/android', languages: ['kotlin'], codeOnly: true, forms: false },
      { term: 'coroutine', value: 'kotlin-coroutines', topic: 'mobile/android' },
      { term: 'synchronized', value: 'java-synchronized', topic: 'java/concurrency', languages: ['java'], codeOnly: true, forms: false },
      { term: 'free', value: 'free-command', topic: 'linux/memory', languages: ['shellscript'], codeOnly: true, forms: false },
      { term: 'Linux', value: 'linux', topic: 'linux' },
    ]);
    const found = (text: string, languageId: string) => scanDocument(keywords, text, languageId, (v) => v).matches.map((x) => x.text);
    const tutorial = 'A goroutine may `defer` a call; another goroutine can defer nothing.\n';
    assert.deepEqual(found(tutorial, 'markdown'), ['goroutine', 'defer', 'goroutine']);
    // Without the topic, a code span is not enough: `defer` in a cooking blog is no Go keyword.
    assert.deepEqual(found('Please `defer` the payment.\n', 'markdown'), []);
    const kdoc = '/** A coroutine that waits: see [delay]; it does not delay the thread. Another coroutine. */\nfun f() {}\n';
    assert.deepEqual(found(kdoc, 'kotlin'), ['coroutine', 'delay', 'coroutine']);
    const javadoc = '// A coroutine {@code synchronized} and {@link synchronized}; in [Markdown](synchronized) a link.\n// one more coroutine\nclass A {}\n';
    assert.deepEqual(found(javadoc, 'java'), ['coroutine', 'synchronized', 'synchronized', 'coroutine']);
    // A program's comment is about its own code: another language's keyword in a code span there is this
    // language's name (C's `free`, not the shell's free command; Kotlin's `delay` in a Java comment).
    const c = '/* Linux, Linux, Linux: blocks go back to the `free` list on `free`. */\nvoid f(void) { free(p); }\n';
    assert.deepEqual(found(c, 'c'), ['Linux', 'Linux', 'Linux']);
    assert.deepEqual(found('// A coroutine {@code delay}; one more coroutine\nclass A {}\n', 'java'), ['coroutine', 'coroutine']);
    // A prose document's code spans are the code it is about, a YAML file's comments the tools that read it.
    assert.deepEqual(found('Linux, Linux, Linux: run `free` to see memory.\n', 'markdown'), ['Linux', 'Linux', 'Linux', 'free']);
    assert.deepEqual(found('# Linux, Linux, Linux: check `free` first\nmemory: 1Gi\n', 'yaml'), ['Linux', 'Linux', 'Linux', 'free']);
  });
  it('not inside a string literal of code, where they are the words of a message', () => {
    const keywordsOf = (languageId: string, terms: string[]) => {
      const m = new TermMatcher<string>(terms.map((term) => ({ term, value: term, topic: 'go', languages: [languageId], codeOnly: true, forms: false })));
      return (text: string) => scanDocument(m, text, languageId, (v) => v).matches.map((x) => x.text);
    };
    const go = keywordsOf('go', ['new', 'select', 'make']);
    assert.deepEqual(go('p := new(T)\nlog.Printf("starting a new node: %v", err)\nselect {}\ns := `make it so`\nb := make([]byte, 4)\n'), ['new', 'select', 'make']);
    const js = keywordsOf('typescript', ['await']);
    assert.deepEqual(js("await f();\nthrow new Error('cannot await here');\n"), ['await']);
    // A single quote opens a string only where the language says so: in Rust it is a lifetime.
    const rust = keywordsOf('rust', ['impl', 'fn']);
    assert.deepEqual(rust("impl<'a> Foo<'a> { fn get(&self) -> &'a str { \"fn impl\" } }\n"), ['impl', 'fn']);
    // C's multi-character constants are data too, as are a compiler's quoted words in a C fence (blind audit ad:
    // "error: 'asm goto' constructs are not supported yet"); a char literal and C++14's 1'000 stay what they were.
    const c = keywordsOf('c', ['goto', 'sizeof']);
    assert.deepEqual(c("if (x == 'g') goto out;\nint t = 'goto';\nn = sizeof(int);\n/* x */ m = 1'000; goto end;\nerr: 'asm goto' and 'sizeof' here\n"), ['goto', 'sizeof', 'goto']);
    // SQL's strings are values, '' inside one included (blind audit x: a PL/pgSQL notice, 'schema currently in use').
    const sql = keywordsOf('sql', ['in', 'use']);
    assert.deepEqual(sql("USE shop;\nSELECT 'schema currently in use' AS msg, 'it''s in use' FROM t WHERE id IN (1, 2);\n"), ['USE', 'IN']);
    // Terraform's descriptions are text (blind audit ag: KKamJi98/terraform-lab variables.tf, "Create IAM OIDC provider
    // for IRSA"); its comments (#, //, /* */) are prose; an interpolation ${…} inside a string is code.
    const tf = keywordsOf('terraform', ['provider', 'variable', 'var']);
    const variables = [
      'variable "enable_irsa" {',
      '  description = "Create IAM OIDC provider for IRSA"',
      '  default     = "${var.prefix}-cluster"',
      '}',
      '# a provider block configures the variable region',
      '// one more provider',
      '/* the provider */ provider "aws" {}',
      '',
    ].join('\n');
    assert.deepEqual(tf(variables), ['variable', 'var', 'provider']);
  });
});

describe('operators (syntax terms such as ?. and :=)', () => {
  const m = new TermMatcher<string>([
    t('?.', 'js-optional-chaining', 'frontend/javascript', { languages: ['javascript', 'typescript'], codeOnly: true }),
    t('??', 'js-nullish-coalescing', 'frontend/javascript', { languages: ['javascript', 'typescript'], codeOnly: true }),
    t('...', 'js-spread-rest', 'frontend/javascript', { languages: ['javascript', 'typescript'], codeOnly: true }),
    t('=>', 'js-arrow-function', 'frontend/javascript', { languages: ['javascript', 'typescript'], codeOnly: true }),
    t('->', 'java-lambda', 'java/language', { languages: ['java'], codeOnly: true }),
    t(':=', 'go-short-variable-declaration', 'go/language', { languages: ['go'], codeOnly: true }),
    t('<-', 'go-channel', 'go/concurrency', { languages: ['go'], codeOnly: true }),
    t('<-chan', 'channel-direction', 'go/concurrency', { languages: ['go'] }),
    t('$(', 'command-substitution', 'tools/shell', { languages: ['shellscript'], codeOnly: true }),
    t('$((', 'arithmetic-expansion', 'tools/shell', { languages: ['shellscript'], codeOnly: true }),
    t('JavaScript', 'javascript', 'frontend/javascript'),
    t('TypeScript', 'typescript', 'frontend/typescript'),
  ]);
  const found = (text: string, languageId: string) => scanDocument(m, text, languageId, (v) => v).matches.map((x) => `${x.text}:${x.entries[0].value}`);
  it('match as tokens of their languages\' code, between names or not', () => {
    assert.deepEqual(found('const n = user?.name ?? "anon";\nconst f = (...xs) => xs?.[0];\n', 'typescript'), [
      '?.:js-optional-chaining',
      '??:js-nullish-coalescing',
      '...:js-spread-rest',
      '=>:js-arrow-function',
      '?.:js-optional-chaining',
    ]);
    assert.deepEqual(found('list.forEach(x -> System.out.println(x));\n', 'java'), ['->:java-lambda']);
    // A dash is a character of an operator (`<-`), and a longer term that goes on with a word still wins.
    assert.deepEqual(found('func f(in <-chan int) {\n\tv := <-in\n\tout<-v\n}\n', 'go'), ['<-chan:channel-direction', ':=:go-short-variable-declaration', '<-:go-channel', '<-:go-channel']);
    assert.deepEqual(found('now=$(date +%s)\nn=$((n + 1))\n', 'shellscript'), ['$(:command-substitution', '$((:arithmetic-expansion']);
  });
  it('never inside a longer operator: ??= is not ??, ==> not =>, --> not ->, $(( not $(', () => {
    assert.deepEqual(found('a ??= b;\nif (a ==> b) {}\nx ?? y;\n', 'javascript'), ['??:js-nullish-coalescing']);
    assert.deepEqual(found('while (n --> 0) {}\n', 'java'), []);
    assert.deepEqual(found('x ::= 1\n', 'go'), []);
    assert.deepEqual(found('a....b\n', 'javascript'), []);
    const test = new TermMatcher<string>([t('[[', 'shell-test-command', 'tools/shell', { languages: ['shellscript'], codeOnly: true })]);
    assert.deepEqual(scanDocument(test, '[[ $x =~ ^[[:digit:]]+$ ]] && echo ok\n', 'shellscript', (v) => v).matches.map((x) => x.start), [0]);
  });
  it('never in prose, comments, strings or another language', () => {
    assert.deepEqual(found('// a?.b => c\nconst s = "x?.y => z";\n', 'javascript'), []);
    assert.deepEqual(found('Really?. Yes => no... x := 1\n', 'markdown'), []);
    assert.deepEqual(found('a = b?.c\nf = lambda x: x\n', 'python'), []);
    assert.deepEqual(found('x := 1\nv := <-ch\n', 'javascript'), []);
  });
  it('in a fence of their language, never in a code span of prose (`<datalist>`, `f(...)`)', () => {
    assert.deepEqual(found('JavaScript and TypeScript read `a?.b` safely.\n\n```ts\nconst v = a?.b;\n```\n', 'markdown'), ['JavaScript:javascript', 'TypeScript:typescript', '?.:js-optional-chaining']);
    assert.deepEqual(found('/* JavaScript fills `<datalist>` and calls `f(...)` */\nconst v = a?.b;\n', 'javascript'), ['JavaScript:javascript', '?.:js-optional-chaining']);
  });
  it('say nothing of what a document is about: a Go file full of <- is still about Raft', () => {
    const raft = new TermMatcher<string>([
      t('<-', 'go-channel', 'go/concurrency', { languages: ['go'], codeOnly: true }),
      t('Raft', 'raft', 'distributed/consensus'),
      t('leader', 'raft-leader', 'distributed/consensus', { context: ['distributed'] }),
    ]);
    const body = Array.from({ length: 60 }, (_, k) => `\tcase m := <-n.recvc${k}:\n\t\t_ = m\n`).join('');
    const file = `// Raft node: the leader steps down when Raft says so.\npackage raft\nfunc (n *node) run() {\n\tselect {\n${body}\t}\n}\n`;
    const notes = scanDocument(raft, file, 'go', (v) => v).matches.map((x) => x.entries[0].value);
    assert.deepEqual([...new Set(notes)], ['raft', 'raft-leader', 'go-channel']);
  });
  // Lines of the blind operator audit's files (bench/precision-audit/operators-2026-12.md): tfutils/tfenv,
  // mux's README, dtolnay/anyhow, chakra-ui, bulma.
  it('where the characters are text or something else: shell strings, patterns, console output, ?Sized, JSX text, Sass', () => {
    const ops = new TermMatcher<string>([
      t('|', 'shell-pipe', 'tools/shell', { languages: ['shellscript'], codeOnly: true }),
      t('>', 'io-redirection', 'tools/shell', { languages: ['shellscript'], codeOnly: true }),
      t('<', 'io-redirection', 'tools/shell', { languages: ['shellscript'], codeOnly: true }),
      t('$(', 'command-substitution', 'tools/shell', { languages: ['shellscript'], codeOnly: true }),
      t('((', 'arithmetic-expansion', 'tools/shell', { languages: ['shellscript'], codeOnly: true }),
      t('?', 'rust-option-result', 'tools/rust', { languages: ['rust'], codeOnly: true }),
      t('...', 'js-spread-rest', 'frontend/javascript', { languages: ['typescriptreact'], codeOnly: true }),
      t('>', 'css-selectors-combinators', 'frontend/css', { languages: ['scss'], codeOnly: true }),
      t('->', 'java-lambda', 'java/language', { languages: ['java'], codeOnly: true }),
    ]);
    const hit = (text: string, languageId: string) => scanDocument(ops, text, languageId, (v) => v).matches.map((x) => `${x.text}:${text.slice(0, x.start).split('\n').length}`);
    const shell = [
      "log 'info' '## latest-allowed: > operator';",
      'echo "usage: tfenv install [<version>]" | tee "$(mktemp)";',
      'echo "run \\$(pwd) > out" > log.txt',
      'case "$(uname -m)" in',
      '  aarch64* | arm64*) arch=arm64 ;;',
      'esac',
      'if [[ "$v" =~ 0\\.(([0-9]|10)) ]]; then ls | wc -l; fi',
    ].join('\n');
    assert.deepEqual(hit(shell, 'shellscript'), ['|:2', '$(:2', '>:3', '$(:4', '|:7']);
    // An extglob pattern's alternatives are a pattern, not a pipe (blind audit y: martinrue/deploy.sh); a pipe after it is one.
    assert.deepEqual(hit('shopt -s extglob\nrm -rf !("$repo"|current) | tee log\n[[ $f == @(*.md|*.txt) ]] && echo "$(ls | wc -l)"\n', 'shellscript'), ['|:2', '$(:3', '|:3']);
    // Inside arithmetic, > < << | compare, shift and combine numbers (blind audit ab: Filipe07/deploy-script); the
    // expansion that opens it, a command substitution inside it and a redirection after it are still shell, and so is
    // a `((` that opens two subshells and does not close on its line (zdiff's `((gzip -cdfq -- "$file2" 4>&-`).
    const arithmetic = [
      'n=$(( ${a} > ${b} ? ${a} - ${b} : 0 ))',
      'for (( i = 0; i < n; i++ )); do echo $(( i << 1 | 1 )) > out; done',
      '(( n > 2 )) && ls | wc -l',
      'r=$(( $(wc -l < f) % 7 ))',
      '((gzip -cd "$f" > /dev/null',
      ') > out.gz)',
    ].join('\n');
    assert.deepEqual(hit(arithmetic, 'shellscript'), ['((:1', '((:2', '((:2', '>:2', '((:3', '|:3', '((:4', '$(:4', '<:4', '((:5', '>:5', '>:6']);
    // A command substitution inside double quotes is code again: its pipe and redirections are operators.
    assert.deepEqual(hit('latest="$(tfenv list-remote | head -n 1 2>/dev/null)";\n', 'shellscript'), ['$(:1', '|:1', '>:1']);
    // A placeholder in angle brackets is one word of a usage line, not two redirections (an iptables cheat sheet,
    // blind audit q); the real redirections next to it still are.
    const usage = ['iptables -t [<table>] -L [<chain>]', 'iptables -t <table> -I <chain> <匹配条件> -j <action>', 'iptables-save > /etc/sysconfig/iptables', 'iptables-restore < /etc/sysconfig/iptables', 'sort <in.txt >out.txt 2>/dev/null'].join('\n');
    assert.deepEqual(hit(usage, 'shellscript'), ['>:3', '<:4', '<:5', '>:5', '>:5']);
    // `curl -v` output in a ```bash fence: lines that start with > or < and a space.
    assert.deepEqual(hit('```bash\ncurl -v localhost > out.txt\n> GET /foo HTTP/1.1\n< HTTP/1.1 200 OK\n```\n', 'markdown'), ['>:2']);
    assert.deepEqual(hit('impl<T: ?Sized> Deref for Ptr<T> {}\nlet v = read(path)?;\n', 'rust'), ['?:2']);
    // A Java switch rule's arrow labels a branch; a lambda in the branch is one.
    const rules = ['switch (day) {', '  case MONDAY, FRIDAY -> 6;', '  case Integer i when i > 0 -> list.forEach(x -> log(x));', '  default -> { yield 0; }', '}', 'Runnable r = () -> run();'].join('\n');
    assert.deepEqual(hit(rules, 'java'), ['->:3', '->:6']);
    // TypeScript's non-null assertion follows its operand; a prefix `!` negates, `name!: T` is a definite assignment,
    // and in TSX a `!` before a space or a tag is JSX text.
    const bang = new TermMatcher<string>([t('!', 'ts-type-assertions', 'frontend/typescript', { languages: ['typescript', 'typescriptreact'], codeOnly: true })]);
    const bangs = (text: string, languageId: string) => scanDocument(bang, text, languageId, (v) => v).matches.map((x) => `${text.slice(0, x.start).split('\n').length}:${x.start - text.lastIndexOf('\n', x.start - 1) - 1}`);
    const ts = ['class A {', '  name!: string;', '  f(el?: HTMLElement) {', '    if (!el || !!this.name || el !== null) return;', '    el!.focus(); map.get(k)![0]; g(xs[0]!);', '    return this.cache.get(k)!', '  }', '}'].join('\n');
    assert.deepEqual(bangs(ts, 'typescript'), ['5:6', '5:27', '5:40', '6:28']);
    assert.deepEqual(bangs('const App = () => <p>Saved!</p>;\nref.current!.focus();\n', 'typescriptreact'), ['2:11']);
    assert.deepEqual(bangs('el!.focus();\n', 'javascript'), []);
    // A function type's `=>` is no arrow function (blind audit q: temporalio/sdk-typescript's
    // contrib/google-adk-agents/src/mcp.ts at 02e7f89d, five type arrows and the file's real arrow functions).
    const arrows = new TermMatcher<string>([t('=>', 'js-arrow-function', 'frontend/javascript', { languages: ['javascript', 'typescript', 'typescriptreact', 'vue'], codeOnly: true })]);
    const arrowLines = (text: string, languageId = 'typescript') => scanDocument(arrows, text, languageId, (v) => v).matches.map((x) => text.slice(0, x.start).split('\n').length);
    const mcp = [
      'export type MCPToolsetFactory = () => BaseToolset | MCPConnectionParams;',
      'export type MCPRequireConfirmation =',
      '  | boolean',
      '  | ((toolName: string, args: Record<string, unknown>, toolContext?: Context) => boolean | Promise<boolean>);',
      'type MCPActivities = Record<',
      '  string,',
      '  (args: Record<string, unknown> | MCPCallToolArgs | MCPReadResourceArgs) => Promise<unknown>',
      '>;',
      'type MCPToolsetCtor = new (',
      '  connectionParams: MCPConnectionParams,',
      '  prefix?: string',
      ') => MCPToolsetLike;',
      '      return gate === undefined ? tools : tools.map((tool) => new GatedMCPTool(tool, gate));',
      "    const listTools = this.activities(`adk.mcp ${this.options.name}.listTools`)[`${this.options.name}-listTools`] as (",
      '      args: Record<string, unknown>',
      '    ) => Promise<FunctionDeclaration[]>;',
      '    const tools = declarations.map((declaration) => new TemporalMCPTool(declaration, this.options));',
      '    return tools.filter((tool) => filter.includes(tool.name));',
    ].join('\n');
    assert.deepEqual(arrowLines(mcp), [13, 17, 18]);
    // Members and parameters typed as functions; arrow functions with a return type, a body, a call or `void 0`.
    const props = [
      'interface Props { onClose: () => void; render?: (item: Item) => ReactNode; items: (() => string)[] }',
      'function on(cb: (err: Error | null) => void, done: () => unknown): void {}',
      'const ref = useRef<(() => void) | null>(null);',
      'const handlers = { onClick: () => setOpen(false), reset: (): void => { state = 0; }, noop: () => void 0 };',
      'const pick = <T,>(xs: T[]) => xs[0];',
      'const f = (a: number) => a * 2;',
    ].join('\n');
    assert.deepEqual(arrowLines(props, 'typescriptreact'), [4, 4, 4, 5, 6]);
    // JavaScript has no function types: the same text there is code as written.
    assert.deepEqual(arrowLines('const f = (a) => Promise<T>;\n', 'javascript'), [1]);
    // dtolnay/anyhow's macros.rs: a macro's rules are patterns.
    assert.deepEqual(hit('macro_rules! bail {\n    ($msg:literal $(,)?) => { return Err(anyhow!($msg)) };\n}\nfn f() -> R { g()?; Ok(()) }\n', 'rust'), ['?:4']);
    assert.deepEqual(hit('return <Box {...props}>Loading...</Box>\n', 'typescriptreact'), ['...:1']);
    // Text in any script (blind audit ax: a chat window's "печатает..."), and CJK text, is no spread either.
    assert.deepEqual(hit('return <span {...rest}>{name} печатает...</span>;\nconst p = <p>加载中...</p>;\n', 'typescriptreact'), ['...:1']);
    assert.deepEqual(hit('@if $ratio > 5 { a { b: c; } }\n.nav > .item { color: red; }\n', 'scss'), ['>:2']);
    const at = new TermMatcher<string>([t('@', 'python-decorator', 'tools/python', { languages: ['python'], codeOnly: true })]);
    const decorators = scanDocument(at, '@dataclass\nclass P:\n    @property\n    def v(self): return self.a @ self.b\nx = m @w\n', 'python', (v) => v).matches;
    assert.deepEqual(decorators.map((x) => x.start), [0, 24]);
    const vue = new TermMatcher<string>([t('@', 'vue-directives', 'frontend/vue', { languages: ['vue'], codeOnly: true })]);
    const component = '<template>\n  <button @click="save">Mail a@b.io</button>\n</template>\n<script setup>\nimport { ref } from "@vue/reactivity"\n</script>\n';
    assert.deepEqual(scanDocument(vue, component, 'vue', (v) => v).matches.map((x) => x.start), [component.indexOf('@click')]);
  });
  it("a template's interpolation is code, its text is not (JakeWharton/timber's Kotlin, the audit's miss)", () => {
    assert.deepEqual(found('const a = `x ${u?.name ?? 0} y`;\nconst b = `plain ?? text ?. ${n}`;\n', 'typescript'), ['?.:js-optional-chaining', '??:js-nullish-coalescing']);
    const kotlin = new TermMatcher<string>([t('?.', 'kotlin-null-safety', 'mobile/android', { languages: ['kotlin'], codeOnly: true })]);
    const line = 'context.report(ISSUE, node, "Using ${throwable.sourcePsi?.text} as message ?. no")\n';
    assert.deepEqual(scanDocument(kotlin, line, 'kotlin', (v) => v).matches.map((x) => x.start), [line.indexOf('?.')]);
  });
  it('an ellipsis that stands for left-out code is no spread', () => {
    assert.deepEqual(found('function f() { ... }\ng(a, ...);\nh(...)\nconst b = [...a, ...rest];\n', 'javascript'), ['...:js-spread-rest', '...:js-spread-rest']);
  });
  it('the hover finds an operator from any of its characters', () => {
    const line = 'const n = user?.name;';
    for (const offset of [14, 15]) assert.equal(m.matchAt(line, offset, 'typescript')?.text, '?.', `offset ${offset}`);
    assert.equal(m.matchAt(line, 13, 'typescript')?.text, undefined);
  });
  it('match the same once the word table of long documents is built', () => {
    m.warmUp();
    assert.deepEqual(found('func f(in <-chan int) {\n\tv := <-in\n\tout<-v\n}\n', 'go'), ['<-chan:channel-direction', ':=:go-short-variable-declaration', '<-:go-channel', '<-:go-channel']);
    assert.deepEqual(found('list.forEach(x -> System.out.println(x));\n', 'java'), ['->:java-lambda']);
    const goOnly = new TermMatcher<string>([t('<-', 'go-channel', 'go/concurrency', { languages: ['go'], codeOnly: true })]);
    goOnly.warmUp();
    assert.deepEqual(goOnly.matchAll('v := <-in', 'go').map((x) => x.text), ['<-']);
  });
  it('need languages: an operator alone is no term, and the check says so', () => {
    const loose = new TermMatcher<string>([t('?.', 'x', 'frontend/javascript')]);
    assert.deepEqual(loose.matchAll('a?.b', 'javascript'), []);
    const corpus = new Corpus([note('opt', 'frontend/javascript', 'Optional chaining', [{ term: '?.' }, { term: '=>', languages: ['javascript'] }])], {});
    const problems = corpus.crossCheck().map((p) => p.message);
    assert.ok(problems.some((p) => p.includes('"?." is an operator: give it languages')), problems.join('\n'));
    assert.ok(!problems.some((p) => p.includes('"=>"')), problems.join('\n'));
    const terms = corpus.terms().filter((x) => x.term === '=>');
    assert.equal(terms.length, 1);
    assert.equal(terms[0].codeOnly, true);
  });
});

describe('comments in code', () => {
  it('finds line and block comments but not comment markers inside strings', () => {
    const src = 'x = "http://a"; // one\n/* two\n three */ y = \'//\';';
    assert.deepEqual(rangeTexts(src, commentRanges(src, 'typescript')), ['// one', '/* two\n three */']);
  });
  it('hash comments need a space before them in shell: ${#array} is no comment', () => {
    const src = 'n=${#arr[@]} # count\n';
    const ranges = commentRanges(src, 'shellscript');
    assert.deepEqual([src.slice(ranges[0], ranges[1])], ['# count']);
  });
  it('string literals over several lines are one literal each: Rust strings and raw strings, C++ raw strings, text blocks', () => {
    const literalsOf = (src: string, languageId: string) => {
      const literals: number[] = [];
      const comments = commentRanges(src, languageId, literals);
      const texts: string[] = [];
      for (let k = 0; k < literals.length; k += 2) texts.push(src.slice(literals[k], literals[k + 1]));
      return { texts, comments: comments.length / 2 };
    };
    const rust = 'let q = sqlx::query(r#"\n  SELECT 1 // not a comment\n  where "x"\n"#);\nlet s = "a\n  where \\"b\\"";\nfn f<\'a>(c: char) -> bool { c == \'"\' } // end\n';
    assert.deepEqual(literalsOf(rust, 'rust'), {
      texts: ['r#"\n  SELECT 1 // not a comment\n  where "x"\n"#'.slice(2), '"a\n  where \\"b\\""'],
      comments: 1,
    });
    const cpp = 'auto q = R"sql(\n  "quoted" )\n)sql"; // c\nauto u = u8R"(x)"; char c = \'"\';\n';
    assert.deepEqual(literalsOf(cpp, 'cpp').texts, ['"sql(\n  "quoted" )\n)sql"', '"(x)"']);
    const java = 'String q = """\n    SELECT "a" // no comment\n    """; // c\n';
    assert.deepEqual(literalsOf(java, 'java'), { texts: ['"""\n    SELECT "a" // no comment\n    """'], comments: 1 });
    // In C a newline still ends an unclosed string.
    assert.deepEqual(literalsOf('char *s = "abc\nint x; // c\n', 'c'), { texts: ['"abc'], comments: 1 });
  });
  it('Python docstrings are prose', () => {
    const src = 'def f():\n    """Runs a goroutine-like worker."""\n';
    const ranges = commentRanges(src, 'python');
    assert.equal(src.slice(ranges[0], ranges[1]), '"""Runs a goroutine-like worker."""');
  });
});

describe('code examples in doc comments', () => {
  // Keywords that are terms only as code, as the bundled Rust and Kotlin notes write `use` and `launch`.
  const m = new TermMatcher<string>([
    t('use', 'rust-modules', 'tools/rust', { languages: ['rust'], codeOnly: true }),
    t('launch', 'kotlin-coroutines', 'mobile/android', { languages: ['kotlin'], codeOnly: true }),
    t('by', 'kotlin-delegation', 'mobile/android', { languages: ['kotlin'], codeOnly: true }),
    t('async', 'js-async', 'frontend/javascript', { languages: ['javascript'], codeOnly: true }),
  ]);
  const found = (text: string, languageId: string) => scanDocument(m, text, languageId, (v) => v).matches.map((x) => `${x.text}:${x.entries[0].value}`);

  it('a rustdoc fence is Rust code, with or without its info string (tokio-rs/tokio, tokio/src/sync/mutex.rs)', () => {
    const rust = '/// # Examples\n///\n/// ```rust,no_run\n/// use tokio::sync::Mutex;\n/// ```\n///\n/// ```\n/// use std::sync::Arc;\n/// ```\npub struct Mutex;\n';
    assert.deepEqual(found(rust, 'rust'), ['use:rust-modules', 'use:rust-modules']);
    // The same words in the comment's prose are no code.
    assert.deepEqual(found('/// You can use it across an `.await`.\npub struct Mutex;\n', 'rust'), []);
    // ```text stays prose.
    assert.deepEqual(found('/// ```text\n/// use tokio::sync::Mutex;\n/// ```\nfn f() {}\n', 'rust'), []);
  });
  it('a KDoc fence inside /** */ is Kotlin code, and its own multi-line comment stays prose (Kotlin/kotlinx.coroutines, flow/Builders.kt)', () => {
    const kotlin = [
      '/**',
      ' * Example:',
      ' * ```',
      ' * scope.launch {',
      ' *     /*',
      ' *      * cancelled by take(1)',
      ' *      */',
      ' * }',
      ' * ```',
      ' */',
      'fun <T> callbackFlow() {}',
    ].join('\n');
    assert.deepEqual(found(kotlin, 'kotlin'), ['launch:kotlin-coroutines']);
    // A fence naming another language is that language's code.
    assert.deepEqual(found('/**\n * ```js\n * async function f() {}\n * ```\n */\nfun f() {}\n', 'kotlin'), ['async:js-async']);
  });
  it('a fence ends where the line comments end: code after them is no example', () => {
    const rust = '/// ```\n/// use a::b;\nfn unclosed() {}\n// use of the word\n';
    assert.deepEqual(found(rust, 'rust'), ['use:rust-modules']);
  });
  it('Javadoc <pre> holds code of the file\'s language', () => {
    const jm = new TermMatcher<string>([t('volatile', 'java-volatile', 'java/concurrency', { languages: ['java'], codeOnly: true })]);
    const doc = '/**\n * The flag is volatile, as in:\n * <pre>{@code\n * private volatile boolean done;\n * }</pre>\n */\nclass A {}\n';
    assert.deepEqual(scanDocument(jm, doc, 'java', (v) => v).matches.map((x) => x.start), [doc.indexOf('volatile boolean')]);
  });
  it('string literals of an example stay sorted among the file\'s own', () => {
    const rust = 'const A: &str = "x";\n/// ```\n/// let s = "use";\n/// use a::b;\n/// ```\nconst B: &str = "use";\n';
    assert.deepEqual(found(rust, 'rust'), ['use:rust-modules']);
  });
});

describe('programs a shell script hands to awk, sed or an interpreter', () => {
  const m = new TermMatcher<string>([
    t('return', 'shell-functions', 'tools/shell', { languages: ['shellscript'], codeOnly: true, caseSensitive: true }),
    t('lambda', 'python-lambda', 'tools/python', { languages: ['python'], codeOnly: true }),
  ]);
  const found = (text: string, languageId = 'shellscript') => scanDocument(m, text, languageId, (v) => v).matches.map((x) => `${text.slice(0, x.start).split('\n').length}:${x.entries[0].value}`);

  it("awk's own function and return are awk, the script's return is the shell's (rupa/z's awk functions, audit p)", () => {
    const script = ['frecent() {', '  awk -v now="$(date +%s)" -F"|" \'', '    function f(rank) {', '      return int(10000 * rank)', '    }', '    { print f($2) }\' "$1"', '  return 0', '}'].join('\n');
    assert.deepEqual(found(script), ['7:shell-functions']);
    // Also in a ```sh fence of a Markdown page.
    assert.deepEqual(found(`Count:\n\n\`\`\`sh\n${script}\n\`\`\`\n`, 'markdown'), ['10:shell-functions']);
  });
  it('python -c takes a Python program; a quoted argument of another command stays the shell\'s', () => {
    assert.deepEqual(found("python3 -c 'f = lambda x: x'\n"), ['1:python-lambda']);
    // Without -c the quoted word is an argument to the script, not a program.
    assert.deepEqual(found("python3 run.py 'lambda x: x'\n"), []);
  });
  it("a here-document is the text or the code of the command that reads it, not the script's", () => {
    const k = new TermMatcher<string>([
      t('return', 'shell-functions', 'tools/shell', { languages: ['shellscript'], codeOnly: true, caseSensitive: true }),
      t('|', 'shell-pipe', 'tools/shell', { languages: ['shellscript'], codeOnly: true }),
      t('kind', 'k8s-object-kind', 'kubernetes/resources', { languages: ['yaml'], codeOnly: true }),
      t('SELECT', 'sql-select', 'databases', { languages: ['sql'], codeOnly: true }),
    ]);
    const notes = (text: string) => scanDocument(k, text, 'shellscript', (v) => v).matches.map((x) => `${text.slice(0, x.start).split('\n').length}:${x.entries[0].value}`);
    // A manifest applied from a here-document (as in kubernetes/kubernetes' hack/ scripts) is YAML: its block
    // scalar's | is no pipe; the quoted and the tab-stripping (<<-) forms end at their word alone on a line.
    const script = [
      'kubectl apply -f - <<EOF',
      'kind: ConfigMap',
      'data:',
      '  run.sh: |',
      '    return 1',
      'EOF',
      "cat <<-'MSG' | wc -l",
      '\tthey return | nothing',
      '\tMSG',
      'psql <<SQL',
      'SELECT 1;',
      'SQL',
      'ls | sort',
    ].join('\n');
    assert.deepEqual(notes(script), ['2:k8s-object-kind', '7:shell-pipe', '11:sql-select', '13:shell-pipe']);
    // A script a shell reads stays shell code; an operator with no closing word (here in a comment) opens nothing.
    assert.deepEqual(notes('ssh host bash <<EOF\nls | sort\nEOF\n'), ['2:shell-pipe']);
    assert.deepEqual(notes('# write it with <<EOF\nls | sort\n'), ['2:shell-pipe']);
    // Bit shifts and here-strings are not here-documents.
    assert.deepEqual(notes('echo $(( 1 << 2 )) | cat\ngrep x <<< "$v" | sort\n'), ['1:shell-pipe', '2:shell-pipe']);
  });
});

describe("a workflow step's run: commands", () => {
  it('are shell code, inline or as a block; a step that names another shell keeps its YAML reading', () => {
    const m = new TermMatcher<string>([
      t('$(', 'command-substitution', 'tools/shell', { languages: ['shellscript'], codeOnly: true }),
      t('|', 'shell-pipe', 'tools/shell', { languages: ['shellscript'], codeOnly: true }),
      t('${{', 'github-actions-workflow', 'tools/ci-cd', { languages: ['github-actions-workflow', 'shellscript'], codeOnly: true }),
    ]);
    // Adapted from tfutils/tfenv's .github/workflows/test.yml (the operator audit's file 13).
    const workflow = [
      'jobs:',
      '  test:',
      '    runs-on: ${{ matrix.os }}',
      '    steps:',
      "      - run: './test/run.sh' | tee log",
      '        shell: bash',
      '      - name: check',
      '        run: |',
      '          got="$(docker run img version)";',
      '          echo "${got}" | grep -e v1 # a | in a comment',
      '        # a | after the block',
      '      - shell: pwsh',
      '        run: Get-ChildItem | Select-Object Name',
    ].join('\n');
    const found = scanDocument(m, workflow, 'github-actions-workflow', (v) => v).matches.map((x) => `${workflow.slice(0, x.start).split('\n').length}:${x.text}`);
    assert.deepEqual(found, ['3:${{', '5:|', '9:$(', '10:|']);
  });
});

describe('C #include paths', () => {
  // Include lines of facebook/folly (folly/executors/ThreadPoolExecutor.cpp and friends) and of Linux
  // networking code, where the precision audit found directory and file-name parts matched as words.
  const c = new TermMatcher<string>([
    t('concurrency', 'concurrency', 'cpp/concurrency'),
    t('process', 'process', 'linux/processes'),
    t('string.h', 'c-string-functions', 'cpp/c-language', { caseSensitive: true } as Partial<TermInput<string>>),
    t('epoll', 'epoll', 'linux/io'),
    t('pthread', 'pthreads', 'linux/threads'),
  ]);
  const found = (text: string, languageId: string) => scanDocument(c, text, languageId, (v) => v).matches.map((m) => `${m.text}→${m.entries[0].value}`);
  it('directories and parts of a file name are an address, not a mention', () => {
    const src = '#include <folly/concurrency/ProcessLocalUniqueId.h>\n#include <folly/ExceptionString.h>\n# include "detail/process_utils.h"\n';
    assert.deepEqual(found(src, 'cpp'), []);
  });
  it('a header named after a concept is one: the whole name, with or without its extension', () => {
    const src = '#include <sys/epoll.h>\n#include <pthread.h>\n#include <string.h>\n';
    assert.deepEqual(found(src, 'c'), ['epoll→epoll', 'pthread→pthreads', 'string.h→c-string-functions']);
  });
  it('the code and comments around the includes are scanned as before', () => {
    const src = '#include <folly/concurrency/CacheLocality.h>\n// one epoll per process; concurrency is bounded\nint fd = epoll_create1(0);\n';
    assert.deepEqual(found(src, 'cpp'), ['epoll→epoll', 'process→process', 'concurrency→concurrency', 'epoll→epoll']);
  });
  it('in a ```cpp fence too; elsewhere a "#include" line is no include (a Python comment is prose)', () => {
    assert.deepEqual(found('Build it:\n\n```cpp\n#include <folly/concurrency/UnboundedQueue.h>\n```\n', 'markdown'), []);
    assert.deepEqual(found('#include <folly/concurrency/x.h>\n', 'python'), ['concurrency→concurrency']);
  });
});

describe('a contextual term holds its words where its field is not the document\'s', () => {
  // A longer term that is the words' meaning, rejected only because the document is about another field,
  // leaves no shorter term inside it to stand in: 量化 (quantization) inside 向量化 (vectorization) in
  // d2l-zh's chapter_optimization/adam.md (Apache-2.0), 队列 inside 消息队列 (the precision audit's Redis
  // page), "mesh" inside "service mesh".
  const held = new TermMatcher<string>([
    t('量化', 'quantization', 'machine-learning/inference'),
    t('深度学习', 'deep-learning', 'machine-learning/neural-networks'),
    t('向量化', 'simd', 'cpp/performance', { context: ['cpp'] }),
    t('SIMD', 'simd', 'cpp/performance'),
    t('std::vector', 'std-vector', 'cpp/containers'),
    t('队列', 'queue', 'algorithms/data-structures'),
    t('消息队列', 'message-queue', 'databases/messaging', { context: ['databases'] }),
    t('Kafka', 'kafka', 'databases/messaging'),
    t('Redis', 'redis', 'databases/redis'),
    t('mesh', 'mesh', 'graphics/geometry'),
    t('service mesh', 'service-mesh', 'kubernetes/networking', { context: ['kubernetes'] }),
    t('kubectl', 'kubectl', 'kubernetes/kubectl'),
    t('kubelet', 'kubelet', 'kubernetes/cluster'),
  ]);
  const found = (text: string, languageId = 'markdown') => scanDocument(held, text, languageId, (v) => v).matches.map((m) => `${m.text}→${m.entries[0].value}`);
  const d2l = '深度学习里，在一个小批量中使用更大的观测值集，可以通过向量化提供额外效率。深度学习框架也支持量化。\n';
  it('in an ML text, 向量化 is no match and 量化 inside it is none either; 量化 on its own is', () => {
    assert.deepEqual(found(d2l), ['深度学习→deep-learning', '深度学习→deep-learning', '量化→quantization']);
  });
  it('in a C++ text, 向量化 is the term', () => {
    assert.deepEqual(found('SIMD 与 std::vector：编译器的自动向量化。\n'), ['SIMD→simd', 'std::vector→std-vector', '向量化→simd']);
  });
  it('消息队列 outside the databases field leaves 队列 alone; about Redis and Kafka it is the message queue', () => {
    assert.deepEqual(found('### 消息队列\n用列表做一个简单的消息队列。\n'), []);
    assert.deepEqual(found('Redis 与 Kafka：用 Redis 列表做消息队列。\n'), ['Redis→redis', 'Kafka→kafka', 'Redis→redis', '消息队列→message-queue']);
  });
  it('"service mesh" in a text not about Kubernetes leaves "mesh" inside it alone, a mesh of its own still matches', () => {
    assert.deepEqual(found('The service mesh team asked for a mesh exporter.\n'), ['mesh→mesh']);
  });
  it('a hover looked up on the line alone agrees with the document scan', () => {
    const line = d2l.trimEnd();
    assert.equal(held.matchAt(line, line.indexOf('向量化') + 1, 'markdown'), undefined);
    assert.equal(held.matchAt(line, line.indexOf('量化。') + 1, 'markdown')?.text, '量化');
  });
});

describe('aliases limited to manifest kinds', () => {
  const policyKinds = ['NetworkPolicy', 'CiliumNetworkPolicy'];
  const kinds = new TermMatcher<string>([
    t('NetworkPolicy', 'network-policy', 'kubernetes/networking'),
    t('ingress', 'network-policy', 'kubernetes/networking', { languages: ['yaml'], codeOnly: true, context: kindContext(policyKinds) }),
    t('egress', 'network-policy', 'kubernetes/networking', { languages: ['yaml'], codeOnly: true, context: kindContext(policyKinds) }),
    t('Ingress', 'ingress', 'kubernetes/networking', { context: ['kubernetes'] }),
    t('ingressClassName', 'ingress', 'kubernetes/networking'),
    t('kubectl', 'kubectl', 'kubernetes/kubectl'),
  ]);
  const scan = (text: string, languageId: string): [string, string][] =>
    scanDocument(kinds, text, languageId, (v) => v).matches.map((m) => [text.slice(0, m.start).split('\n').length + ':' + m.text, m.entries.map((e) => e.value).join('|')]);
  const policy = ['apiVersion: networking.k8s.io/v1', 'kind: NetworkPolicy', 'spec:', '  policyTypes:', '  - Ingress', '  - Egress', '  ingress:', '  - from: []', '  egress: []'].join('\n');
  const ingress = ['apiVersion: networking.k8s.io/v1', 'kind: Ingress', 'spec:', '  ingressClassName: nginx', 'status:', '  loadBalancer:', '    ingress:', '    - ip: 10.0.0.1'].join('\n');

  it("a NetworkPolicy's ingress and egress are its directions: the kind's alias is the only claim there", () => {
    assert.deepEqual(scan(policy, 'yaml'), [
      ['2:NetworkPolicy', 'network-policy'],
      ['5:Ingress', 'network-policy'],
      ['6:Egress', 'network-policy'],
      ['7:ingress', 'network-policy'],
      ['9:egress', 'network-policy'],
    ]);
  });

  it('in the documents of other kinds, the words keep their other notes, per document of one file', () => {
    assert.deepEqual(scan(`${ingress}\n---\n${policy}`, 'yaml').filter(([at]) => Number(at.split(':')[0]) <= 9), [
      ['2:Ingress', 'ingress'],
      ['4:ingressClassName', 'ingress'],
      ['7:ingress', 'ingress'],
    ]);
    assert.deepEqual(scan(`${policy}\n---\n${ingress}`, 'yaml').slice(5), [
      ['12:Ingress', 'ingress'],
      ['14:ingressClassName', 'ingress'],
      ['17:ingress', 'ingress'],
    ]);
  });

  it("a kind's alias that is another alias's word form (replicas) claims it in those manifests only: prose keeps the form", () => {
    const workloads = ['Deployment', 'ReplicaSet', 'StatefulSet'];
    const m = new TermMatcher<string>([
      t('ReplicaSet', 'replicaset', 'kubernetes/resources'),
      t('replica', 'replicaset', 'kubernetes/resources', { context: ['kubernetes'], shared: true } as Partial<TermInput<string>>),
      t('replicas', 'replicaset', 'kubernetes/resources', { languages: ['yaml'], codeOnly: true, context: kindContext(workloads) }),
      t('replica', 'database-replication', 'databases/replication', { context: ['databases'], shared: true } as Partial<TermInput<string>>),
      t('Redis', 'redis', 'databases/redis'),
      t('kubectl', 'kubectl', 'kubernetes/kubectl'),
    ]);
    const notes = (text: string, languageId: string) => scanDocument(m, text, languageId, (v) => v).matches.map((x) => `${x.text}:${x.entries.map((e) => e.value).join('|')}`);
    // The Kubernetes guestbook (test/fixtures/documents/04): Redis replicas run as a Deployment whose replicas count is Kubernetes'.
    const guestbook = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: redis-replica', 'spec:', '  replicas: 2'].join('\n');
    assert.deepEqual(notes(guestbook, 'yaml').filter((x) => x.startsWith('replicas')), ['replicas:replicaset']);
    assert.deepEqual(notes('kubectl scales the replicas; the ReplicaSet keeps two replicas running, and kubectl waits.\n', 'markdown').filter((x) => x.startsWith('replicas')), ['replicas:replicaset', 'replicas:replicaset']);
  });

  it('a kind is read at the top level only, first key or not, and not from a nested kind', () => {
    const nested = ['apiVersion: v1', 'kind: List', 'items:', '- kind: NetworkPolicy', '  spec:', '    ingress: []'].join('\n');
    assert.deepEqual(scan(nested, 'yaml').filter(([, n]) => n === 'network-policy').map(([at]) => at), ['4:NetworkPolicy']);
    const kindFirst = ['kind: CiliumNetworkPolicy', 'apiVersion: cilium.io/v2', 'spec:', '  egress:', '  - toEntities: [world]'].join('\n');
    // A kind's name is one resource: NetworkPolicy's name inside CiliumNetworkPolicy is no match.
    assert.deepEqual(scan(kindFirst, 'yaml'), [['4:egress', 'network-policy']]);
  });

  it('in Markdown, a ```yaml fence is a manifest; the prose around it and other fences are not', () => {
    const doc = ['Allow ingress from the web tier with kubectl:', '', '```yaml', policy, '```', '', '```sh', 'egress: []', '```'].join('\n');
    const found = scan(doc, 'markdown');
    assert.deepEqual(found.filter(([, n]) => n === 'network-policy').map(([at]) => at), ['5:NetworkPolicy', '8:Ingress', '9:Egress', '10:ingress', '12:egress']);
    assert.ok(!found.some(([at, n]) => n === 'network-policy' && (at.startsWith('1:') || at.startsWith('16:'))), JSON.stringify(found));
  });

  it('without a manifest of its kinds the alias never matches, and claims nothing from other notes', () => {
    assert.deepEqual(scan(ingress, 'yaml').map(([, n]) => n), ['ingress', 'ingress', 'ingress']);
    assert.deepEqual(scan('egress: []\ningress: []', 'yaml'), []);
  });

  it('the note format: kinds means YAML code, and rejects other languages, a context and names that are no kind', () => {
    assert.deepEqual(toAlias({ term: 'ingress', kinds: ['NetworkPolicy'] }), { term: 'ingress', kinds: ['NetworkPolicy'], languages: ['yaml'], prose: false });
    assert.match(String(toAlias({ term: 'ingress', kinds: ['NetworkPolicy'], languages: ['json'] })), /YAML manifests only/);
    assert.match(String(toAlias({ term: 'ingress', kinds: ['NetworkPolicy'], context: true })), /leave out context/);
    assert.match(String(toAlias({ term: 'ingress', kinds: ['network-policy'] })), /list of Kubernetes kinds/);
    assert.match(String(toAlias({ term: 'ingress', kinds: [] })), /list of Kubernetes kinds/);
  });

  it('the bundled notes: a NetworkPolicy manifest\'s ingress is NetworkPolicy, an Ingress manifest\'s Ingress', () => {
    const m = bundledMatcher();
    const ids = (text: string) => scanDocument(m, text, 'yaml', (v) => v.noteId).matches.filter((x) => /gress/i.test(x.text)).map((x) => x.entries.map((e) => e.value.noteId).join('|'));
    assert.deepEqual(ids(policy), ['network-policy', 'network-policy', 'network-policy', 'network-policy']);
    assert.deepEqual(ids(ingress), ['ingress', 'ingress', 'ingress']);
  });

  it("the bundled notes: a PodDisruptionBudget's maxUnavailable, a Role's rules and verbs, a binding's subjects, a CronJob's schedule", () => {
    const m = bundledMatcher();
    const at = (text: string, word: string) =>
      scanDocument(m, text, 'yaml', (v) => v.noteId).matches.filter((x) => x.text === word).map((x) => x.entries.map((e) => e.value.noteId).join('|'));
    const pdb = 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nspec:\n  maxUnavailable: 1\n';
    const deployment = 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  strategy:\n    rollingUpdate:\n      maxUnavailable: 1\n';
    assert.deepEqual(at(`${pdb}---\n${deployment}`, 'maxUnavailable'), ['pod-disruption-budget', 'rolling-update']);
    const role = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nrules:\n- apiGroups: [""]\n  resources: ["pods"]\n  verbs: ["get"]\n';
    assert.deepEqual([...at(role, 'rules'), ...at(role, 'verbs')], ['rbac', 'rbac']);
    const binding = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nsubjects:\n- kind: User\n  name: alex\nroleRef:\n  kind: Role\n  name: reader\n';
    assert.deepEqual([...at(binding, 'subjects'), ...at(binding, 'roleRef')], ['rbac', 'rbac']);
    const cron = 'apiVersion: batch/v1\nkind: CronJob\nspec:\n  schedule: "0 2 * * *"\n  jobTemplate:\n    spec:\n      backoffLimit: 2\n';
    assert.deepEqual([...at(cron, 'schedule'), ...at(cron, 'backoffLimit')], ['cronjob', 'job']);
    // A custom kind's name is its own resource, not the built-in whose name ends it (Vault's VaultDynamicSecret).
    const vault = 'apiVersion: secrets.hashicorp.com/v1beta1\nkind: VaultDynamicSecret\n---\napiVersion: v1\nkind: Secret\n';
    assert.deepEqual(scanDocument(m, vault, 'yaml', (v) => v.noteId).matches.filter((x) => /Secret/.test(x.text)).map((x) => `${x.start}:${x.text}`), [`${vault.lastIndexOf('Secret')}:Secret`]);
    // A PVC's requests is storage; so is a StatefulSet's volumeClaimTemplates item's, its containers' are CPU and memory.
    const pvc = 'apiVersion: v1\nkind: PersistentVolumeClaim\nspec:\n  resources:\n    requests:\n      storage: 10Gi\n';
    const sts = [
      'apiVersion: apps/v1', 'kind: StatefulSet', 'spec:', '  template:', '    spec:', '      containers:', '      - name: db', '        resources:', '          requests:', '            cpu: 500m',
      '  volumeClaimTemplates:', '  - metadata:', '      name: data', '    spec:', '      resources:', '        requests:', '          storage: 10Gi', '  # kept for the next item', '  - metadata:', '      name: logs',
      '    spec:', '      resources:', '        requests:', '          storage: 1Gi', '  serviceName: db', 'status:', '  replicas: 1',
    ].join('\n');
    assert.deepEqual([...at(pvc, 'requests'), ...at(sts, 'requests')], ['persistent-volume-claim', 'resource-requests-limits', 'persistent-volume-claim', 'persistent-volume-claim']);
    // Indented under its key (not at the key's own level), and a key after the list ends it.
    const deeper = sts.replace(/\n {2}- metadata:/g, '\n    - metadata:').replace('  serviceName: db\nstatus:\n  replicas: 1', '  minReadySeconds: 5\n  template:\n    spec:\n      containers:\n      - resources:\n          requests:\n            cpu: 1');
    assert.deepEqual(at(deeper, 'requests').at(-1), 'resource-requests-limits');
    // Elsewhere the same keys are ordinary YAML: a workflow's schedule, a linter's rules.
    assert.deepEqual([...at('on:\n  schedule:\n    - cron: "0 2 * * *"\nrules:\n  - no-tabs\n', 'schedule'), ...at('rules:\n  - no-tabs\n', 'rules')], []);
  });
});

describe('a program named in shell code (command: true)', () => {
  const m = new TermMatcher<string>([
    t('node', 'nodejs', 'tools/javascript', { languages: ['shellscript'], codeOnly: true, command: true, caseSensitive: true }),
    t('node', 'kubernetes-node', 'kubernetes/cluster', { context: ['kubernetes'] }),
    evidenceTerm('Kubernetes', 'kubernetes'),
    t('kubectl', 'kubectl', 'kubernetes/kubectl'),
    t('kubelet', 'kubelet', 'kubernetes/cluster'),
  ]);
  const nodes = (text: string, languageId: string) =>
    scanDocument(m, text, languageId, (v) => v).matches.filter((x) => x.text === 'node').map((x) => `${text.slice(0, x.start).split('\n').length}:${x.entries.map((e) => e.value).join('|')}`);

  it('is the program where a command starts, also in a Kubernetes document; an argument of the same name is the node', () => {
    const script = ['#!/bin/sh', 'kubectl get node', 'kubectl describe node worker-1', 'NODE_ENV=production node server.js', 'npm ci && node build.js', 'echo "$(node -v)"', 'sudo node app.js', 'kubelet --hostname-override node', 'echo node'].join('\n');
    assert.deepEqual(nodes(script, 'shellscript'), ['2:kubernetes-node', '3:kubernetes-node', '4:nodejs', '5:nodejs', '6:nodejs', '7:nodejs', '8:kubernetes-node', '9:kubernetes-node']);
  });

  it('in a Markdown page: a console prompt, and never in its prose', () => {
    const page = 'Kubernetes schedules Pods on a node; the kubelet runs there.\n\n```console\n$ node --version\nv20.20.2\n$ kubectl get node\n```\n';
    assert.deepEqual(nodes(page, 'markdown'), ['1:kubernetes-node', '4:nodejs', '6:kubernetes-node']);
  });

  it('outside a Kubernetes text only the program matches', () => {
    assert.deepEqual(nodes('cd app\nnode index.js\nls node_modules node\n', 'shellscript'), ['2:nodejs']);
  });

  it('the note format: command needs shell languages', () => {
    assert.deepEqual(toAlias({ term: 'node', languages: ['shellscript'], prose: false, command: true }), { term: 'node', languages: ['shellscript'], prose: false, command: true });
    assert.match(String(toAlias({ term: 'node', command: true })), /command: true needs languages with shellscript/);
    assert.match(String(toAlias({ term: 'node', languages: ['shellscript'], command: 'yes' })), /command must be true or false/);
  });
});
