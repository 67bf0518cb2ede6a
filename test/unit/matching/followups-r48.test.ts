import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledNotesAt as notesAt } from './bundled';

// Wrong matches the earlier audits left for the lead, fixed in the matcher in round 48.
describe('round 48: what the audits left for the lead', () => {
  it('the go command in a code span is no go statement; the keyword named alone and every go statement are (audit bx)', () => {
    // As in audit bx's Chinese Go tutorial: a table of go commands, each in a code span.
    const tutorial = [
      '# Go 命令',
      '',
      '| 命令 | 作用 |',
      '|---|---|',
      '| `go run` | 编译并运行 |',
      '| `go build` | 编译 |',
      '| `go clean` | 删除编译生成的文件 |',
      '| `go list` | 列出当前全部安装的 package |',
      '',
      'goroutine 通过 `go` 关键字实现，其实就是一个普通的函数。',
      '',
      '```go',
      'go worker(i, ch)',
      'go s.serve(ctx)',
      'go func() { done <- true }()',
      'go process[int](xs)',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(tutorial, 'markdown', /^go( func)?$/), ['goroutine', 'goroutine', 'goroutine', 'goroutine', 'goroutine']);
  });

  it("an alignment gap parts a table's columns: `go           map` is no Go map term, each keyword matches alone (audit bx)", () => {
    const keywords = [
      '# Go 关键字',
      '',
      '```',
      'break        default      func         interface    select',
      'case         defer        go           map          struct',
      'const        fallthrough  if           range        type',
      '```',
      '',
      '用 make 创建一个 go map。',
      '',
    ].join('\n');
    const texts = (re: RegExp) => notesAt(keywords, 'markdown', re);
    assert.deepEqual(texts(/^go\s+map$/), ['go-map']); // the prose's "go map", written with one space
    assert.deepEqual(texts(/^map$/), ['go-map']); // the keyword alone, in the table
    assert.deepEqual(texts(/range/), []);
  });

  it("a Mermaid node's id is no text where the node has a label; labels and unlabelled nodes are (audit bx)", () => {
    const diagram = [
      '# 架构',
      '',
      '```mermaid',
      'graph LR',
      '    C[客户端] --> LB[负载均衡]',
      '    LB --> S1[服务 1] & S2[服务 2]',
      '    S1 & S2 --> S3[(数据库)]',
      '    S3 --> Redis',
      '    Pod --> Kafka[消息队列]',
      '```',
      '',
    ].join('\n');
    const noted = (re: RegExp) => notesAt(diagram, 'markdown', re);
    assert.deepEqual(noted(/^S3$/), []);
    assert.deepEqual(noted(/^(负载均衡|消息队列|Redis)$/), ['load-balancer', 'redis', 'message-queue']);
    // A class diagram shows its names: they stay text.
    const classes = ['```mermaid', 'classDiagram', '    class Redis{', '      +get(key)', '    }', '    Redis <|-- Cache', '```', ''].join('\n');
    assert.deepEqual(notesAt(classes, 'markdown', /^Redis$/), ['redis', 'redis']);
  });

  it("an Ansible role's task file is an Ansible document: become is the privilege keyword there (audit cj)", () => {
    // As in audit cj's pyslackers/ansible-role-common tasks/common.yml: a top-level list of tasks, no play.
    const tasks = [
      '---',
      '- name: Set hostname',
      '  hostname:',
      '    name: "{{ hostname_override }}"',
      '  when: hostname_override is defined',
      '',
      '- name: Install aptitude',
      '  become: true',
      '  apt:',
      '    pkg: aptitude',
      '    state: latest',
      '',
      '- name: Set timezone to UTC',
      '  timezone:',
      '    name: Etc/UTC',
      '  notify:',
      '    - Restart cron',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(tasks, 'yaml', /^become$/), ['ansible']);
  });

  it('::1 after a hex digit is part of another address or follows a port; on its own it is the loopback (audits cg and ci)', () => {
    const zoo = ['server.1=zk-0.zk:2888:3888::1', 'ff02::1 ip6-allnodes', 'fe80::1%lo0 localhost', 'listen on [::1]:8080 and ::1', ''].join('\n');
    assert.deepEqual(notesAt(zoo, 'plaintext', /::1/), ['loopback-interface', 'loopback-interface']);
  });

  it("an annotation is a whole name: @Composable is not in @ComposableTarget, ArkTS's @Trace not a Kotlin @TraceLogged (audit ce)", () => {
    const kotlin = ['@Composable', 'fun Screen() {}', '', '@ComposableTarget("UI")', 'fun Other() {}', '', '@TraceLogged', 'fun load() {}', ''].join('\n');
    assert.deepEqual(notesAt(kotlin, 'kotlin', /^@/), ['jetpack-compose']);
    const arkts = ['# ArkTS 状态管理 V2', '', '鸿蒙 HarmonyOS 的 ArkUI 中：', '', '```typescript', '@ObservedV2', 'class Info {', '  @Trace name: string = "";', '}', '```', ''].join('\n');
    assert.deepEqual(notesAt(arkts, 'markdown', /^@Trace$/), ['arkts-state-management']);
  });

  it('a Python file importing an LLM client is an AI application: max_tokens is the output cap there (audit cg)', () => {
    const client = [
      'from openai import OpenAI',
      '',
      'client = OpenAI()',
      '',
      'def summarize(text: str) -> str:',
      '    response = client.chat.completions.create(',
      '        model="gpt-4o-mini",',
      '        messages=[{"role": "user", "content": text}],',
      '        max_tokens=200,',
      '    )',
      '    return response.choices[0].message.content',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(client, 'python', /^max_tokens$/), ['max-output-tokens']);
    // Without the import the same call is no evidence of its own (a token bucket's max_tokens stays unexplained).
    const bucket = ['class TokenBucket:', '    def __init__(self, max_tokens: int, refill_rate: float):', '        self.max_tokens = max_tokens', ''].join('\n');
    assert.deepEqual(notesAt(bucket, 'python', /^max_tokens$/), []);
    // So is a TypeScript file importing the OpenAI SDK.
    const ts = ["import OpenAI from 'openai';", '', 'const client = new OpenAI();', "const res = await client.chat.completions.create({ model: 'gpt-4o', messages, max_tokens: 100 });", ''].join('\n');
    assert.deepEqual(notesAt(ts, 'typescript', /^max_tokens$/), ['max-output-tokens']);
  });

  it("a Vue component's script strings are data: fetch in 'Failed to fetch user' is no Fetch API call (audit cm)", () => {
    const component = [
      '<script setup>',
      "import { ref } from 'vue';",
      "const error = ref('');",
      'async function load() {',
      '  try {',
      "    const res = await fetch('/api/user');",
      '  } catch (e) {',
      "    error.value = 'Failed to fetch user';",
      '  }',
      '}',
      '</script>',
      '',
      '<template>',
      '  <p>{{ error }}</p>',
      '</template>',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(component, 'vue', /^fetch$/), ['fetch-api']);
    assert.deepEqual(notesAt(component, 'vue', /^await$/), ['js-async-await']);
  });

  it("a GC log's 14M->1M(61M) in a shell fence is printed output, no redirection; a command's > out.log is (audit cl)", () => {
    const md = [
      '# GC logging',
      '',
      '```bash',
      'java -Xlog:gc:file=gc.log -jar app.jar > out.log 2>&1',
      '[0.120s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 14M->1M(61M) 2.345ms',
      '[0.310s][info][gc] GC(1) Pause Young (Normal) 24M->3M(256M) 3.2ms',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^>$/), ['io-redirection']);
  });

  it('hidden classes / 隐藏类 in a JavaScript-engine text and 栅格化 in a graphics text explain their notes (missed in audit cd)', () => {
    const v8 = [
      '# V8 Engine Internals',
      '',
      "V8 is Google's JavaScript engine. Understanding V8's internals (JIT compilation and hidden classes) helps you write",
      'faster JavaScript code: objects created with the same properties in the same order share hidden classes.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(v8, 'markdown', /^hidden class/), ['v8-engine', 'v8-engine']);
    const gpu = ['# GPU 图形流水线', '', '顶点处理之后是图元处理和栅格化，栅格化把图元变成像素，再进行片段处理。OpenGL 与 Vulkan 的着色器在 GPU 上运行。', ''].join('\n');
    assert.deepEqual(notesAt(gpu, 'markdown', /^栅格化$/), ['rasterization', 'rasterization']);
    // 栅格化 a layer in an image editor is no graphics pipeline's rasterization.
    const design = ['# 海报设计', '', '在 Photoshop 里把文字图层栅格化以后，就不能再修改字体了。', ''].join('\n');
    assert.deepEqual(notesAt(design, 'markdown', /^栅格化$/), []);
  });

  it("a notInside word also holds its capitalised plural: // ARGUMENT MATCHERS is no assertion matcher (audit cv)", () => {
    const test = [
      'import static org.mockito.Mockito.*;',
      'import static org.junit.jupiter.api.Assertions.*;',
      '',
      'class UserServiceMockitoTest {',
      '    // ===== ARGUMENT MATCHERS =====',
      '    @Test',
      '    void findsAnyUser() {',
      '        when(repository.findById(anyLong())).thenReturn(Optional.of(user));',
      '        assertEquals(user, service.find(7L));',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(test, 'java', /^matchers?$/i), []);
  });

  it("PromQL's rate() in a Prometheus text explains PromQL; a Python function named rate does not (missed in audits cp and cx)", () => {
    const prom = ['# Prometheus 查询', '', 'PromQL 的 rate() 计算计数器每秒的平均增长率，Prometheus 的 counter 要先 rate 再 sum。', ''].join('\n');
    assert.deepEqual(notesAt(prom, 'markdown', /^rate/), ['promql']);
    const py = ['def rate(x):', '    return x * 2', '', 'print(rate(3))', ''].join('\n');
    assert.deepEqual(notesAt(py, 'python', /^rate/), []);
  });

  it("Parcel the JavaScript bundler in a React guide is no Android Parcel; an Android Parcel in Kotlin is (seen in audit cy)", () => {
    // The main recall set's react.dev page, whole: its React Native mentions make it a mobile text too.
    const guide = readFileSync(join(__dirname, '..', '..', '..', 'bench', 'real-corpus', 'files', '20-fe-react-app-from-scratch.md'), 'utf8');
    assert.deepEqual(notesAt(guide, 'markdown', /^parcel/i), []);
    const kotlin = ['class User(val name: String) : Parcelable {', '    override fun writeToParcel(dest: Parcel, flags: Int) {', '        dest.writeString(name)', '    }', '}', ''].join('\n');
    assert.deepEqual(notesAt(kotlin, 'kotlin', /^Parcel$/), ['android-parcelable']);
  });
});
