import * as assert from 'node:assert/strict';
import { DocumentMatches, termKeys, TermMatcher, lineStarts, positionOf, type TermInput } from '../../../src/core/matcher';
import { scanDocument } from '../../../src/core/document-scan';

function matcher(terms: (string | TermInput<string>)[]): TermMatcher<string> {
  return new TermMatcher<string>(terms.map((t) => (typeof t === 'string' ? { term: t, value: t } : t)));
}

/** [matched text, term] pairs of every match in a line. */
function found(m: TermMatcher<string>, text: string, languageId?: string): [string, string][] {
  return m.matchAll(text, languageId).map((x) => [x.text, x.entries.map((e) => e.value).join('|')]);
}

describe('TermMatcher', () => {
  it('hex digits of a 0x literal are no camel-case word parts: F0 is not in 0xF0F0, FFFF not in 0x7FFFFFFF', () => {
    const m = matcher([{ term: 'F0', value: 'F0', caseSensitive: true }, { term: 'FFFF', value: 'FFFF', caseSensitive: true }, 'name']);
    assert.deepEqual(found(m, 'mask = 0xF0F0F0; max = 0x7FFFFFFF;', 'c'), []);
    assert.deepEqual(found(m, 'the F0 of a metal; myVarName; v0xF0', 'c'), [['F0', 'F0'], ['Name', 'name'], ['F0', 'F0']]);
  });
  it('a one-identifier term (ownerReferences) claims the joined name only: the plural form of "owner reference" keeps the words apart', () => {
    const m = matcher([
      { term: 'owner reference', value: 'gc' },
      { term: 'ownerReferences', value: 'field' },
    ]);
    assert.deepEqual(found(m, 'The controller sets owner references; the owner reference names the owner.', 'markdown'), [['owner references', 'gc'], ['owner reference', 'gc']]);
    assert.deepEqual(found(m, 'pod.metadata.ownerReferences', 'typescript'), [['ownerReferences', 'field']]);
  });
  it('a longer word the term is not inside (notInside) also holds the term\'s word forms: "time selectors" as "time selector"', () => {
    const m = matcher([{ term: 'selector', value: 'nio-selector', inside: ['time selector'] }]);
    assert.deepEqual(found(m, 'Pick dates with the time selectors or the time selector.', 'markdown'), []);
    assert.deepEqual(found(m, 'One selector watches many channels; selectors multiplex.', 'markdown'), [['selector', 'nio-selector'], ['selectors', 'nio-selector']]);
  });
  it("a string inside a template literal's ${} is text, not code: 'unknown' there is no TypeScript keyword (audit bt)", () => {
    const m = matcher([{ term: 'unknown', value: 'ts-unknown', languages: ['typescript'], codeOnly: true }]);
    const ts = "const label = `state: ${ready ? 'ok' : 'unknown'}`;\nlet value: unknown = 1;\n";
    assert.deepEqual(scanDocument(m, ts, 'typescript', (v) => v).matches.map((x) => [x.text, x.start]), [['unknown', ts.indexOf('unknown = 1')]]);
  });
  it("an acronym's plural is one word: PD is not in PDFs, while HTMLParser still splits into HTML and Parser", () => {
    const m = matcher([{ term: 'PD', value: 'PD', caseSensitive: true }, 'HTML', 'parser']);
    assert.deepEqual(found(m, 'Export the reports as PDFs; the PD schedules regions.', 'markdown'), [['PD', 'PD']]);
    assert.deepEqual(found(m, 'const p = new HTMLParser(PDFsource);', 'typescript'), [['HTML', 'HTML'], ['Parser', 'parser'], ['PD', 'PD']]);
  });
  it('a method name (member: true) matches where something calls it, not as a variable, function or spread of that name', () => {
    const m = matcher([{ term: 'map', value: 'array-map', languages: ['javascript'], codeOnly: true, member: true }]);
    const code = ['const ids = users.map((u) => u.id);', 'const total = xs', '  .map(f);', 'list?.map(g);', 'const map = new Map();', 'function map(f) {}', 'const all = [...map];'].join('\n');
    assert.deepEqual(
      m.matchAll(code, 'javascript').map((x) => code.slice(Math.max(0, x.start - 2), x.end)),
      ['s.map', ' .map', '?.map'],
    );
    assert.deepEqual(found(m, 'we map the users', 'markdown'), []);
  });
  it('a global function (member: false) matches where it is called or named, not as an attribute of that name', () => {
    const m = matcher([{ term: 'iter', value: 'iterator', languages: ['python'], codeOnly: true, member: false }]);
    const code = ['it = iter(xs)', 'self.iter += 1', 'if storage.iter > 0:', 'next(iter(ys))', 'log(self .iter)'].join('\n');
    assert.deepEqual(
      m.matchAll(code, 'python').map((x) => code.slice(Math.max(0, x.start - 2), x.end + 1)),
      ['= iter(', 't(iter('],
    );
  });
  it('a leading underscore starts the name: _write is not the write of i2c_write_dt, while a file suffix such as _test.go is', () => {
    const m = matcher([
      { term: '_write', value: 'printf-retarget', languages: ['c'], caseSensitive: true },
      { term: '_test.go', value: 'go-test' },
    ]);
    // ianfm/workshop-zephyr-device-driver's README: i2c_write_dt and mcp9808_reg_write_8bit are Zephyr driver calls.
    const code = ['int _write(int fd, char *ptr, int len) {', '  ret = i2c_write_dt(&cfg->i2c, buf, 3);', '  mcp9808_reg_write_8bit(dev, reg, val);', '}', '// see pool_test.go'].join('\n');
    assert.deepEqual(m.matchAll(code, 'c').map((x) => `${code.slice(0, x.start).split('\n').length}:${code.slice(x.start, x.end)}`), ['1:_write', '5:_test.go']);
  });
  it('a global function (member: false) is not the function a declaration defines: Go func and method declarations, Python def', () => {
    const close = matcher([{ term: 'close', value: 'close-channel', languages: ['go'], codeOnly: true, member: false, caseSensitive: true }]);
    const go = ['func (c *conn) close() error {', '\tclose(c.done)', '\treturn nil', '}', 'func close() {}', 'defer close(out)'].join('\n');
    assert.deepEqual(close.matchAll(go, 'go').map((x) => `${go.slice(0, x.start).split('\n').length}:${go.slice(x.start, x.end + 1)}`), ['2:close(', '6:close(']);
    const iter = matcher([{ term: 'iter', value: 'iterator', languages: ['python'], codeOnly: true, member: false }]);
    const py = ['class Stream:', '    def iter(self):', '        return iter(self.items)'].join('\n');
    assert.deepEqual(iter.matchAll(py, 'python').map((x) => py.slice(x.start - 7, x.end)), ['return iter']);
  });
  it('a global function (member: false) is not a type\'s function of that name (C++ Event_Loop::poll, Rust Self::poll, Vec<T>::new); a namespace\'s or crate\'s is', () => {
    const m = matcher([{ term: 'poll', value: 'select-poll', languages: ['cpp', 'rust'], codeOnly: true, member: false }]);
    const cpp = ['int Event_Loop::poll() {', '  int n = ::poll(fds, nfds, timeout);', '  std::poll(x);', '  return poll(fds, 1, 0);', '}'].join('\n');
    assert.deepEqual(m.matchAll(cpp, 'cpp').map((x) => cpp.slice(0, x.start).split('\n').length), [2, 3, 4]);
    const rust = ['match Self::poll(cx) {}', 'Future::poll(fut, cx);', 'unsafe { libc::poll(fds, 1, 0) };', 'Pin<Box<T>>::poll(p, cx);'].join('\n');
    assert.deepEqual(m.matchAll(rust, 'rust').map((x) => rust.slice(x.start - 6, x.end)), ['libc::poll']);
  });
  it("C's tight -> is a member access: a global function (member: false) is not its field, a lambda's or return type's arrow is no access", () => {
    const m = matcher([{ term: 'close', value: 'close-fd', languages: ['c', 'cpp', 'java'], codeOnly: true, member: false }]);
    const code = ['close(fd);', 'conn->close(conn);', 'ops->close = my_close;', 'p -> close(fd);', 'x -> close(x)'].join('\n');
    assert.deepEqual(m.matchAll(code, 'c').map((x) => code.slice(Math.max(0, x.start - 3), x.end + 1)), ['close(', '-> close(', '-> close(']);
  });
  it("a shell command's alias is no variable of that name nor a word of a printed message; a command in quotes still is", () => {
    const m = matcher([
      { term: 'source', value: 'source-command', languages: ['shellscript'], codeOnly: true },
      { term: 'wait', value: 'job-control', languages: ['shellscript'], codeOnly: true },
    ]);
    const code = [
      'link_file() {',
      '  local source="$1"',
      '  ln -sfn "$source" "$target"',
      '  cp -r "${source}/." "$destination/"',
      '  echo "Waiting for the source to settle"',
      '  printf \'%s: source missing\\n\' "$f" >&2',
      '  wait',
      '  source ./env.sh',
      '}',
      'bash -c "source venv/bin/activate && pytest"',
      'source=$(mktemp)',
      '[[ "$kind" == source ]] && echo ok',
      // A script's own reporting functions print messages too (blind audit y: martinrue/deploy.sh's check_error).
      'check_error "source failed: $?"',
      'log_warn "wait for the lock"; logInfo \'source done\'',
      'sourced_files "source"',
    ].join('\n');
    const lines = scanDocument(m, code, 'shellscript', (v) => v).matches.map((x) => `${code.slice(0, x.start).split('\n').length}:${x.text}`);
    assert.deepEqual(lines, ['7:wait', '8:source', '10:source', '12:source', '15:source']);
  });
  it('a full stop ending a line comment is no member access on the next line; a dot ending code is', () => {
    const m = matcher([{ term: 'close', value: 'close-channel', languages: ['go'], codeOnly: true, member: false }]);
    // neilotoole/errgroup errgroup.go, around line 95 (comment and call); then a chain broken after its dot.
    const code = ['	// Signal the workers to stop.', '	close(g.qCh)', '	/* Done.', '	 * Closed below.', '	 */', '	close(done)', '	conn.', '		close()'].join('\n');
    assert.deepEqual(m.matchAll(code, 'go').map((x) => code.slice(x.start, x.end + 3)), ['close(g.', 'close(do']);
  });
  describe('multi-word terms across separators and case styles', () => {
    const m = matcher(['fine-tuning', 'kubectl run', 'kubectl']);
    for (const text of ['fine-tuning', 'fine tuning', 'fine_tuning', 'fineTuning', 'FineTuning', 'finetuning', 'FINE_TUNING', 'fine  tuning']) {
      it(`"fine-tuning" matches ${JSON.stringify(text)}`, () => {
        assert.deepEqual(found(m, `we use ${text} here`), [[text, 'fine-tuning']]);
      });
    }
    it('an en dash joins words as a hyphen does: Boyer–Moore, Fisher–Yates; its second half is no word of its own', () => {
      const dashed = matcher(['Boyer-Moore', 'Fisher–Yates shuffle', 'Moore']);
      assert.deepEqual(found(dashed, 'Boyer–Moore voting; a Fisher-Yates shuffle; a Fisher–Yates shuffle; Boyer–Moore; Moore’s law'), [
        ['Boyer–Moore', 'Boyer-Moore'],
        ['Fisher-Yates shuffle', 'Fisher–Yates shuffle'],
        ['Fisher–Yates shuffle', 'Fisher–Yates shuffle'],
        ['Boyer–Moore', 'Boyer-Moore'],
        ['Moore’s', 'Moore'],
      ]);
      assert.deepEqual(termKeys('Boyer–Moore'), termKeys('Boyer-Moore'));
      assert.deepEqual(found(dashed, 'pages 105–117 of Smith–Moore'), [], 'Moore after a dash is the second half of a name');
    });
    it('the Unicode hyphens join words too: fine\u2011tuning, multi\u2010head, and in Chinese the full-width 点\uff0d积', () => {
      const typeset = matcher(['fine-tuning', 'multi-head attention', '点积', 'channel']);
      assert.deepEqual(found(typeset, 'fine\u2011tuning, multi\u2010head attention, 缩放点\uff0d积注意力'), [
        ['fine\u2011tuning', 'fine-tuning'],
        ['multi\u2010head attention', 'multi-head attention'],
        ['点\uff0d积', '点积'],
      ]);
      assert.deepEqual(found(typeset, 'side\u2011channel attacks'), [], 'the second half of a hyphenated compound is no word of its own');
    });
    it('words written apart never end in the first part of a snake_case name (blind audit r: soma6th/DOSv1.0 Drone_Epoll.c)', () => {
      const c = matcher(['int main', 'learning rate']);
      // Lines 30-31 of Superman/Network/Drone_Epoll.c (commit 77d441dc), then a real main and snake_case names.
      assert.deepEqual(found(c, '    int main_sock_fd;\n    int main_sock_port;\nint main(int argc, char **argv)\nlearning_rate_decay = 0.1; int main_'), [
        ['int main', 'int main'],
        ['learning_rate', 'learning rate'],
        ['int main', 'int main'],
      ]);
    });
    it('in HTML, a hyphenated term is no element name and attribute written apart (blind audit aa: 98yyc/Firefly vue3-basics.md)', () => {
      const html = matcher(['script-src', 'form-action', 'script defer', 'img src']);
      // The tutorial's `<script src="https://unpkg.com/vue@3/dist/vue.global.js">`, then CSP in a meta tag and a deferred script.
      const page = [
        '<script src="https://unpkg.com/vue@3/dist/vue.global.js"></script>',
        '<form action="/login"></form>',
        '<meta http-equiv="Content-Security-Policy" content="script-src \'self\'; form-action \'self\'">',
        '<script defer src="app.js"></script>',
        '<img src="x.png">',
      ].join('\n');
      assert.deepEqual(found(html, page, 'html'), [
        ['script-src', 'script-src'],
        ['form-action', 'form-action'],
        ['script defer', 'script defer'],
        ['img src', 'img src'],
      ]);
      assert.deepEqual(found(html, 'the <script src> element', 'markdown'), [['script src', 'script-src']], 'prose is not HTML code');
    });
    it('two words glued into one identifier match (maxflow); a phrase of three or more does not (binarysearchtree)', () => {
      const glued = matcher(['max flow', 'binary search tree']);
      assert.deepEqual(found(glued, 'maxflow = MaxFlow(g); binarysearchtree; BinarySearchTree t;'), [
        ['maxflow', 'max flow'],
        ['MaxFlow', 'max flow'],
        ['BinarySearchTree', 'binary search tree'],
      ]);
    });
    it('command-line flags keep their dashes: set -e, gofmt -l, --no-ff, -Xss', () => {
      const flags = matcher(['set -e', 'gofmt -l', '--no-ff', '-Xss', 'git merge', 'git merge --abort']);
      assert.deepEqual(found(flags, 'set -e; gofmt -l .; git merge --no-ff topic; git merge --abort; java -Xss2m -Xss'), [
        ['set -e', 'set -e'],
        ['gofmt -l', 'gofmt -l'],
        ['git merge', 'git merge'],
        ['--no-ff', '--no-ff'],
        ['git merge --abort', 'git merge --abort'],
        ['-Xss', '-Xss'],
      ]);
      assert.deepEqual(found(flags, 'set e; set -euo pipefail; gofmt l; - no-ff; git merge -- abort'), [['git merge', 'git merge']]);
      const line = 'run set -e first';
      assert.equal(flags.matchAt(line, line.indexOf('-e') + 1)?.text, 'set -e');
      assert.equal(flags.matchAt(line, line.indexOf('-e'))?.text, 'set -e');
    });
    it('options between a command and its subcommand are skipped: kubectl -n kube-system exec, git -C repo log (round 34 survey)', () => {
      const commands = matcher(['kubectl', 'kubectl exec', 'kubectl get', 'exec', 'git', 'git log', 'log', '-Xss', 'Main']);
      // Line 56 of cilium/cilium Documentation/network/concepts/masquerading.rst (commit 121a72db): `exec` was fork-exec.
      const cilium = '    $ kubectl -n kube-system exec ds/cilium -- cilium status | grep Masquerading';
      assert.deepEqual(found(commands, cilium, 'shellscript'), [['kubectl -n kube-system exec', 'kubectl exec']]);
      assert.equal(commands.matchAt(cilium, cilium.indexOf('exec') + 1, 'shellscript')?.text, 'kubectl -n kube-system exec', 'the hover agrees with the scan');
      assert.deepEqual(found(commands, 'git -C repo log --oneline; kubectl --namespace=prod get pods; kubectl -n flux-system --context kind-kind get ks'), [
        ['git -C repo log', 'git log'],
        ['kubectl --namespace=prod get', 'kubectl get'],
        ['kubectl -n flux-system --context kind-kind get', 'kubectl get'],
      ]);
      // No subcommand after the options, a line break, prose that only looks alike, a flag that starts the match.
      assert.deepEqual(found(commands, 'kubectl -n default'), [['kubectl', 'kubectl']]);
      assert.deepEqual(found(commands, 'kubectl -n\nexec it'), [['kubectl', 'kubectl'], ['exec', 'exec']]);
      assert.deepEqual(found(commands, 'git -C is handy; log it'), [['git', 'git'], ['log', 'log']]);
      assert.deepEqual(found(commands, 'java -Xmx2g Main', 'shellscript'), [['Main', 'Main']]);
      // Options that reach too far are not skipped.
      assert.deepEqual(found(commands, 'kubectl --kubeconfig /home/someone/.kube/configs/staging-cluster.yaml get pods'), [['kubectl', 'kubectl']]);
    });
    it('matches "kubectl run" inside a command line', () => {
      assert.deepEqual(found(m, 'kubectl run nginx --image=nginx'), [['kubectl run', 'kubectl run']]);
    });
    it('does not join words across other punctuation', () => {
      assert.deepEqual(found(m, 'fine.tuning fine/tuning'), []);
    });
    it('does not match a multi-word term across lines', () => {
      assert.deepEqual(found(m, 'fine\ntuning'), []);
    });
  });

  describe('terms that start or end with underscores', () => {
    const m = matcher(['__proto__', '_test', '__IO', '__HAL_TIM_SET_COMPARE', 'proto buffer']);
    it('match only where the text has the underscores too, and the match holds them (blind audit dp: `__init__.py`)', () => {
      assert.deepEqual(found(m, 'the proto field; a test; IO pins; HAL_TIM_SET_COMPARE(h)'), []);
      assert.deepEqual(found(m, 'obj.__proto__ = p; def _test(): __IO uint32_t CR; __HAL_TIM_SET_COMPARE(h, 1, 5)'), [
        ['__proto__', '__proto__'],
        ['_test', '_test'],
        ['__IO', '__IO'],
        ['__HAL_TIM_SET_COMPARE', '__HAL_TIM_SET_COMPARE'],
      ]);
    });
    it('a term without them still matches the same word', () => {
      assert.deepEqual(found(m, 'a proto buffer'), [['proto buffer', 'proto buffer']]);
    });
    it('keep the rule in a saved and loaded matcher', () => {
      const loaded = TermMatcher.fromBinary<string>(m.toBinary());
      assert.deepEqual(found(loaded, 'the proto field; obj.__proto__'), [['__proto__', '__proto__']]);
    });
  });

  describe('word boundaries', () => {
    const m = matcher(['run', 'PCA', 'useRef', 'tcp_v4_connect', 'channel']);
    it('"run" does not match inside "runtime" or "rerun"', () => {
      assert.deepEqual(found(m, 'runtime rerun runtimes'), []);
    });
    it('"run" matches as a whole word and as an identifier part', () => {
      assert.deepEqual(found(m, 'run(); runTests(); testRun'), [['run', 'run'], ['run', 'run'], ['Run', 'run']]);
    });
    it("a space may meet a dunder name's underscores inside a term of several words", () => {
      const lines = matcher(['from __future__ import annotations', 'Unknown symbol __x86_indirect_thunk_rax', 'foo bar']);
      assert.deepEqual(found(lines, 'from __future__ import annotations\nUnknown symbol __x86_indirect_thunk_rax'), [
        ['from __future__ import annotations', 'from __future__ import annotations'],
        ['Unknown symbol __x86_indirect_thunk_rax', 'Unknown symbol __x86_indirect_thunk_rax'],
      ]);
      // One underscore next to a space, or a dash, is still no word break.
      assert.deepEqual(found(lines, 'foo _bar; foo -_ bar; foo _ bar'), []);
    });
    it('words the text writes apart end at a word end, not where a camel-case name goes on', () => {
      const cmd = matcher(['go get', 'learning rate', 'base']);
      assert.deepEqual(found(cmd, 'go getData(ch); go get ./...; the learning rateLimit; baseURL'), [
        ['go get', 'go get'],
        ['base', 'base'],
      ]);
      assert.deepEqual(found(cmd, 'learningRateScheduler'), [['learningRate', 'learning rate']]);
    });
    it('an API name scoped to languages is not the lower-case first word of a longer identifier; a concept is', () => {
      const code = matcher([
        { term: 'fetch', value: 'fetch-api', languages: ['typescript'] },
        { term: 'record', value: 'java-records', languages: ['java'] },
        { term: 'kubelet', value: 'kubelet' },
        { term: 'learning rate', value: 'learning-rate' },
      ]);
      assert.deepEqual(found(code, 'const todos = await fetchTodos(); await fetch(url); useFetch();', 'typescript'), [
        ['fetch', 'fetch-api'],
        ['Fetch', 'fetch-api'],
      ]);
      assert.deepEqual(found(code, 'recordWaitTime(ns); record Point(int x, int y) {}', 'java'), [['record', 'java-records']]);
      assert.deepEqual(found(code, 'kubeletExtraArgs: {}', 'yaml'), [['kubelet', 'kubelet']]);
      assert.deepEqual(found(code, 'learningRateScheduler = 1', 'python'), [['learningRate', 'learning-rate']]);
      // matchAt (the hover) follows the same rule.
      assert.equal(code.matchAt('x = fetchTodos()', 5, 'typescript'), undefined);
    });
    it('a lower camel-case identifier matches only as one word, never across a space, hyphen or underscore', () => {
      const ids = matcher(['useContext', 'tryLock', 'fine-tuning']);
      assert.deepEqual(found(ids, 'const c = useContext(Theme); lock.tryLock();', 'typescript'), [
        ['useContext', 'useContext'],
        ['tryLock', 'tryLock'],
      ]);
      assert.deepEqual(found(ids, 'use context managers; m.try_lock(); try-lock', 'python'), []);
      // A term written as prose still matches an identifier: the rule is about how the term is written.
      assert.deepEqual(found(ids, 'fineTuning = True', 'python'), [['fineTuning', 'fine-tuning']]);
      // The saved matcher keeps the rule.
      const saved = TermMatcher.fromBinary<string>(ids.toBinary());
      assert.deepEqual(
        saved.matchAll('use context; useContext', 'markdown').map((m) => m.text),
        ['useContext'],
      );
    });
    it('a constant\'s name matches in capitals or joined, not as lower-case words apart', () => {
      const constants = matcher(['LOGICAL_CLOCK', 'TIME_WAIT', 'MASTER_ADDR', 'fine-tuning']);
      assert.deepEqual(found(constants, 'SET GLOBAL replica_parallel_type = LOGICAL_CLOCK;', 'sql'), [['LOGICAL_CLOCK', 'LOGICAL_CLOCK']]);
      assert.deepEqual(found(constants, 'sockets in TIME-WAIT, TIME WAIT or time_wait', 'markdown'), [
        ['TIME-WAIT', 'TIME_WAIT'],
        ['TIME WAIT', 'TIME_WAIT'],
        ['time_wait', 'TIME_WAIT'],
      ]);
      assert.deepEqual(found(constants, 'torchrun --master_addr=10.0.0.1', 'shellscript'), [['master_addr', 'MASTER_ADDR']]);
      // Words apart in lower case are prose: a Raft node's logical clock is not MySQL's LOGICAL_CLOCK.
      assert.deepEqual(found(constants, '// Tick increments the logical clock; the time wait is short', 'go'), []);
      // A term that is not a constant's name keeps matching as words apart.
      assert.deepEqual(found(constants, 'fine tuning', 'markdown'), [['fine tuning', 'fine-tuning']]);
      const saved = TermMatcher.fromBinary<string>(constants.toBinary());
      assert.deepEqual(saved.matchAll('the logical clock; LOGICAL_CLOCK', 'markdown').map((x) => x.text), ['LOGICAL_CLOCK']);
    });
    it('"PCA" does not match inside "PCAP"', () => {
      assert.deepEqual(found(m, 'parse the PCAP file'), []);
    });
    it('"useRef" matches in React.useRef(null) with its exact span', () => {
      const line = 'const ref = React.useRef(null);';
      const [hit] = m.matchAll(line);
      assert.equal(line.slice(hit.start, hit.end), 'useRef');
      assert.equal(hit.start, line.indexOf('useRef'));
    });
    it('tcp_v4_connect matches as a whole identifier, not inside a longer one', () => {
      assert.deepEqual(found(m, 'int tcp_v4_connect(struct sock *sk)'), [['tcp_v4_connect', 'tcp_v4_connect']]);
      assert.deepEqual(found(m, 'tcp_v4_connectx()'), []);
    });
    it('a dotted API path matches a whole call, not the start of a longer method name', () => {
      const api = matcher([
        { term: 'root.render', value: 'react-createroot' },
        { term: 'ReactDOM.render', value: 'react-createroot' },
        { term: 'root', value: 'root-concept' },
      ]);
      assert.deepEqual(found(api, 'root.render(<App />); ReactDOM.render(el, node);'), [
        ['root.render', 'react-createroot'],
        ['ReactDOM.render', 'react-createroot'],
      ]);
      // A different method: the path gives way, and a shorter term that applies still matches.
      assert.deepEqual(found(api, 'scene.root.renderDrawables(); ReactDOM.renderToString(el);'), [['root', 'root-concept']]);
    });
  });

  describe('case', () => {
    const m = matcher(['PCA', 'CAS', 'MCP', 'Adam']);
    it('short all-caps acronyms match only in capitals', () => {
      assert.deepEqual(found(m, 'PCA pca Pca CAS cas MCP mcp'), [['PCA', 'PCA'], ['CAS', 'CAS'], ['MCP', 'MCP']]);
    });
    it('other terms ignore case', () => {
      assert.deepEqual(found(m, 'adam ADAM Adam'), [['adam', 'Adam'], ['ADAM', 'Adam'], ['Adam', 'Adam']]);
    });
  });

  describe('Chinese', () => {
    const m = matcher(['知识蒸馏', '蒸馏', '微调', '51单片机']);
    it('matches inside running text with no spaces', () => {
      assert.deepEqual(found(m, '我们用知识蒸馏压缩模型，再做微调'), [['知识蒸馏', '知识蒸馏'], ['微调', '微调']]);
    });
    it('longest wins over a contained shorter term', () => {
      assert.deepEqual(found(m, '知识蒸馏'), [['知识蒸馏', '知识蒸馏']]);
      assert.deepEqual(found(m, '模型蒸馏'), [['蒸馏', '蒸馏']]);
    });
    it('a space between Latin and Chinese is optional, in the term and in the text', () => {
      const spaced = matcher(['CSS 定位', 'Stage模型']);
      assert.deepEqual(found(spaced, '用CSS定位和 CSS 定位，以及 Stage 模型'), [
        ['CSS定位', 'CSS 定位'],
        ['CSS 定位', 'CSS 定位'],
        ['Stage 模型', 'Stage模型'],
      ]);
    });
    it('a hyphen between two Chinese characters is optional too, not one after a Latin word', () => {
      const gc = matcher(['标记清除', '标记-整理', '集群']);
      assert.deepEqual(found(gc, '标记-清除算法和标记-整理算法，标记整理'), [
        ['标记-清除', '标记清除'],
        ['标记-整理', '标记-整理'],
        ['标记整理', '标记-整理'],
      ]);
      assert.deepEqual(found(gc, 'Redis-集群'), [['集群', '集群']]);
    });
    it('the optional space works when another term continues with a Latin word', () => {
      const both = matcher(['int8 量化', 'INT8 quantization', 'Ollama']);
      assert.deepEqual(found(both, 'int8 量化 and INT8 quantization'), [
        ['int8 量化', 'int8 量化'],
        ['INT8 quantization', 'INT8 quantization'],
      ]);
    });
    it('a match never ends with the space before Chinese text', () => {
      const m2 = matcher(['Ollama']);
      assert.deepEqual(found(m2, 'Ollama 运行模型'), [['Ollama', 'Ollama']]);
    });
    it('mixed digits and Chinese match next to Chinese text', () => {
      assert.deepEqual(found(m, '用51单片机点亮LED'), [['51单片机', '51单片机']]);
    });
  });

  describe('longest match and no overlap', () => {
    const m = matcher(['kubectl', 'kubectl run', 'run', 'binary tree', 'tree traversal']);
    it('"kubectl run" wins over "kubectl"', () => {
      assert.deepEqual(found(m, 'kubectl run x; kubectl get'), [['kubectl run', 'kubectl run'], ['kubectl', 'kubectl']]);
    });
    it('matches never overlap; the leftmost wins', () => {
      assert.deepEqual(found(m, 'binary tree traversal'), [['binary tree', 'binary tree']]);
    });
  });

  describe('language scoping', () => {
    const m = matcher([
      { term: 'channel', value: 'go-channel', languages: ['go'] },
      { term: 'position', value: 'css-position', languages: ['css', 'scss'] },
      { term: 'go channel', value: 'go-channel' },
    ]);
    it('a scoped term matches only in its languages', () => {
      assert.deepEqual(found(m, 'ch := make(chan int) // channel', 'go'), [['channel', 'go-channel']]);
      assert.deepEqual(found(m, 'the channel is open', 'markdown'), []);
      assert.deepEqual(found(m, 'position: sticky;', 'css'), [['position', 'css-position']]);
      assert.deepEqual(found(m, 'position: sticky;', 'python'), []);
    });
    it('an unscoped term still matches everywhere', () => {
      assert.deepEqual(found(m, 'a Go channel', 'markdown'), [['Go channel', 'go-channel']]);
    });
    it('a scoped longer term falls back to a shorter one that applies', () => {
      const s = matcher([{ term: 'kubectl run', value: 'run-yaml', languages: ['yaml'] }, 'kubectl']);
      assert.deepEqual(found(s, 'kubectl run x', 'shellscript'), [['kubectl', 'kubectl']]);
    });
  });

  describe('several notes sharing a term', () => {
    it('returns every entry that applies', () => {
      const m = matcher([
        { term: 'deadlock', value: 'java' },
        { term: 'deadlock', value: 'go' },
      ]);
      const [hit] = m.matchAll('avoid a deadlock');
      assert.deepEqual(
        hit.entries.map((e) => e.value),
        ['java', 'go'],
      );
    });
  });

  describe('matchAt', () => {
    const m = matcher(['kubectl run', 'nginx image']);
    const line = 'kubectl run nginx --image=nginx';
    it('finds the match when the offset is inside it, with the exact range', () => {
      for (const offset of [0, 5, 8, 10]) {
        const hit = m.matchAt(line, offset);
        assert.ok(hit, `offset ${offset}`);
        assert.deepEqual([hit.start, hit.end], [0, 11]);
      }
    });
    it('finds nothing just outside the match', () => {
      assert.equal(m.matchAt(line, 11), undefined);
      assert.equal(m.matchAt(line, 14), undefined);
    });
  });

  describe('termKeys', () => {
    it('normalises separators and camel case to one key', () => {
      const [a] = termKeys('fine-tuning');
      assert.equal(termKeys('fine tuning')[0], a);
      assert.equal(termKeys('fine_tuning')[0], a);
      assert.equal(termKeys('FineTuning')[0], a);
    });
    it('has no key for a term without letters, digits or CJK, unless it is an operator of up to four characters', () => {
      for (const none of ['__', '"', "'?'", '  ', '?.?.?']) assert.deepEqual(termKeys(none), [], none);
      for (const operator of ['--', '?.', '<-', '${{', '|']) assert.deepEqual(termKeys(operator), [operator], operator);
    });
  });

  describe('positions', () => {
    it('converts offsets to 0-based lines and UTF-16 columns', () => {
      const text = 'a\n知识 b\nc';
      const starts = lineStarts(text);
      assert.deepEqual(positionOf(starts, text.indexOf('b')), { line: 1, character: 3 });
      assert.deepEqual(positionOf(starts, text.indexOf('c')), { line: 2, character: 0 });
    });
  });
});

describe('DocumentMatches', () => {
  const m = new TermMatcher<string>(['kubectl run', 'fine-tuning', '知识蒸馏'].map((t) => ({ term: t, value: t })));
  const text = 'kubectl run x\n# fine-tuning and 知识蒸馏\nnothing here';
  const doc = new DocumentMatches(m.matchAll(text, 'shellscript'), text);
  const starts = lineStarts(text);
  const at = (offset: number) => {
    const pos = positionOf(starts, offset);
    return doc.atPosition(pos.line, pos.character);
  };
  it('finds the match covering an offset, the same as a line scan', () => {
    for (let offset = 0; offset < text.length; offset++) {
      const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
      const lineEnd = text.indexOf('\n', offset) < 0 ? text.length : text.indexOf('\n', offset);
      const line = text.slice(lineStart, lineEnd);
      const fromLine = text[offset] === '\n' ? undefined : m.matchAt(line, offset - lineStart, 'shellscript');
      const fromDoc = at(offset);
      assert.equal(fromDoc?.text, fromLine?.text, `offset ${offset}`);
      if (fromDoc && fromLine) assert.equal(fromDoc.start, fromLine.start + lineStart);
    }
  });
  it('finds nothing before the first match or between matches', () => {
    assert.equal(at(text.indexOf('x')), undefined);
    assert.equal(at(text.length - 1), undefined);
    assert.equal(doc.atPosition(99, 0), undefined);
  });
});

describe('matchAt agrees with matchAll', () => {
  // Overlapping chains ("alpha beta", "beta gamma", ...) are where a local lookup could disagree
  // with the left-to-right scan; compare both on many generated lines.
  const terms = ['alpha beta', 'beta gamma', 'gamma delta', 'delta', 'alpha', 'beta gamma delta epsilon', 'kubectl', 'kubectl run', 'run', '知识', '知识蒸馏', '蒸馏压缩'];
  const m = new TermMatcher<string>(terms.map((t) => ({ term: t, value: t })));
  const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'kubectl', 'run', 'x', '知识', '蒸馏', '压缩', 'alphaBeta', 'beta-gamma'];
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  it('for every offset of 300 random lines', () => {
    for (let n = 0; n < 300; n++) {
      const parts = Array.from({ length: 3 + Math.floor(random() * 10) }, () => words[Math.floor(random() * words.length)]);
      const line = parts.join(random() < 0.5 ? ' ' : random() < 0.5 ? '' : '  ');
      const all = m.matchAll(line);
      for (let offset = 0; offset < line.length; offset++) {
        const expected = all.find((x) => x.start <= offset && offset < x.end);
        const actual = m.matchAt(line, offset);
        assert.deepEqual(actual && [actual.start, actual.end], expected && [expected.start, expected.end], `${JSON.stringify(line)} @${offset}`);
      }
    }
  });
});
