import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

const has = (ids: string[], id: string): boolean => ids.some((x) => x.split('|').includes(id));

// chidekina/dev-bible en/tracks/03-backend/auth-jwt-oauth.md of blind audit fd (fd-en-1), lines 1-3 and 58-84 of the excerpt.
const oauthDoc = [
  '## 4. OAuth2',
  '',
  'OAuth2 is an authorization framework that allows a user to grant a third-party application limited access.',
  '',
  '```typescript',
  '// Store verifier in session (httpOnly cookie or sessionStorage for SPAs)',
  "app.get('/auth/login', async (req, reply) => {",
  "  const state = crypto.randomBytes(16).toString('hex');",
  '  req.session.oauthState = state;',
  '  const params = new URLSearchParams({',
  '    client_id: process.env.OAUTH_CLIENT_ID!,',
  '    redirect_uri: `${process.env.APP_URL}/auth/callback`,',
  '  });',
  '  return reply.redirect(`https://accounts.google.com/o/oauth2/v2/auth?${params}`);',
  '});',
  '',
  "app.get('/auth/callback', async (req, reply) => {",
  '  const { code, state } = req.query as { code: string; state: string };',
  '  const tokenResponse = await fetch(url, { method: "POST" });',
  '  const tokens = await tokenResponse.json();',
  '});',
  '```',
  '',
].join('\n');

// lifei6671/gopher-reading-list gocn/2018-03/read-17.md of blind audit fd (fd-zh-1), lines 7-25, 58, 161-166 and 194 (short quotes).
const goGc = [
  '## Golang 垃圾回收剖析',
  '',
  '- v1.3 Mark STW, Sweep 并行',
  '- v1.5 三色标记法',
  '- v1.8 hybrid write barrier',
  '',
  '这一小节介绍三种经典的 GC 算法：引用计数（reference counting）、标记-清扫（mark & sweep）、节点复制（Copying Garbage Collection）。',
  '',
  '- 内存单元能够很快被回收。相比于其他垃圾回收算法，堆被耗尽或者达到某个阈值才会进行垃圾回收。',
  '',
  '节点复制也是基于追踪的算法。其将整个堆等分为两个半区（semi-space），一个包含现有数据，另一个包含已被废弃的数据。',
  '',
  '```go',
  'func readgogc() int32 {',
  '    p := gogetenv("GOGC")',
  '    if n, ok := atoi32(p); ok {',
  '        return n',
  '    }',
  '    return 100',
  '}',
  '```',
  '',
  '三色标记法，主要流程如下：',
  '从 root 开始找到所有可达对象，标记为灰色，放入待处理队列。',
  '遍历灰色对象队列，将其引用对象标记为灰色放入待处理队列，自身标记为黑色。',
  '因为 mark 和用户程序是并行的，所以需要通过写屏障（write barrier）记录下来，root 包括全局指针和 goroutine 栈上的指针。',
  '',
  'Golang 1.7 之前的 write barrier 使用的经典的 Dijkstra-style insertion write barrier [Dijkstra ‘78]， STW 的主要耗时就在 stack re-scan 的过程。',
  '',
].join('\n');

// Garril/web-learning-base accumulate/broswer_render/broswer_render.md of blind audit fd (fd-zh-2), lines 7-14, 78-84 and 95.
const renderNotes = [
  '# `Broswer_render`',
  '',
  '## 渲染的流水线',
  '',
  '`HTML `字符串 -> 解析 `HTML` -> 样式计算 -> 布局 -> 分层 -> 绘制 -> 分块 -> 光栅化 -> 画 -> 像素信息',
  '',
  '生成 `DOM` 树 和 `CSSOM(CSS Object Model)` 树，每个选择器就是一个 `cssRules` 对象。',
  '',
  '布局树对象可以获取部分信息，比如：`document.body.clientWidth`',
  '',
  '### 4、分层',
  '',
  '做完布局后，没有直接渲染，而是进行分层` Layer`，做一个优化。',
  '',
  '```css',
  '合成线程 => Tiling => Tiles => ...',
  '```',
  '',
  '渲染主线程 =》` parse`（生成 `DOM` 和 `CSSOM` 树）=》`layout`（布局）=》`Layer`（根据布局树分层）=》`Paint`，`reflow` 一定引起 `repaint`，`transform` 效率高。',
  '',
].join('\n');

// element-hq/element-x-android app/build.gradle.kts of blind audit fd (fd-code-4), file lines 1-13, 30-32, 40-56, 83-92 and the dependencies block (its lines 267-318, past the 200-line excerpt), short quotes.
const elementGradle = [
  '/*',
  ' * Copyright (c) 2025 Element Creations Ltd.',
  ' * Copyright 2022-2025 New Vector Ltd.',
  ' *',
  ' * SPDX-License-Identifier: AGPL-3.0-only OR LicenseRef-Element-Commercial.',
  ' */',
  'import com.android.build.api.variant.FilterConfiguration.FilterType.ABI',
  'import com.android.build.gradle.tasks.GenerateBuildConfig',
  '',
  'plugins {',
  '    id("io.element.android-compose-application")',
  '    alias(libs.plugins.kotlin.android)',
  '}',
  '',
  'android {',
  '    namespace = "io.element.android.x"',
  '    defaultConfig {',
  '        applicationId = BuildTimeConfig.APPLICATION_ID',
  '        targetSdk = Versions.TARGET_SDK',
  '        ndk {',
  '            abiFilters += listOf("armeabi-v7a", "x86", "arm64-v8a", "x86_64")',
  '        }',
  '        // Configures multiple APKs based on ABI.',
  '    }',
  '    signingConfigs {',
  '        register("nightly") {',
  '            keyAlias = System.getenv("ELEMENT_ANDROID_NIGHTLY_KEYID")',
  '        }',
  '    }',
  '    buildTypes {',
  '        getByName("debug") {',
  '            applicationIdSuffix = ".debug"',
  '        }',
  '    }',
  '}',
  '',
  'dependencies {',
  '    implementation(libs.androidx.core)',
  '    implementation(platform(libs.network.okhttp.bom))',
  '    testImplementation(projects.libraries.matrix.test)',
  '}',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit fd', () => {
  it('an OAuth callback route is no JavaScript callback; a callback argument is (blind audit fd, fd-en-1)', () => {
    assert.ok(!has(notesAt(oauthDoc, 'markdown', /^callback$/i), 'js-callback'));
    const js = [
      '# Callbacks in Node.js',
      '',
      '```javascript',
      'function load(url, callback) {',
      '  fetch(url).then((res) => res.json()).then((data) => callback(null, data), (err) => callback(err));',
      '}',
      'document.addEventListener("click", () => console.log("clicked"));',
      '```',
      '',
    ].join('\n');
    assert.ok(has(notesAt(js, 'markdown', /^callback$/), 'js-callback'));
  });

  it("Go GC's 三色标记法 is no DFS cycle detection; a graph text's is (blind audit fd, fd-zh-1)", () => {
    assert.ok(!has(notesAt(goGc, 'markdown', /三色标记/), 'cycle-detection'));
    const graph = [
      '# 有向图判环',
      '',
      '有向图判环可以用 DFS 的三色标记法：白色表示未访问，灰色表示在递归栈中，黑色表示已完成；DFS 时遇到灰色节点说明有环。',
      '也可以用拓扑排序（Kahn 算法）：入度为 0 的节点入队，最后仍有节点未出队就说明存在环。',
      '',
    ].join('\n');
    assert.ok(has(notesAt(graph, 'markdown', /^三色标记法$/), 'cycle-detection'));
  });

  it("the Go runtime's 堆 is no binary heap; a priority queue's 堆 is (blind audit fd, fd-zh-1)", () => {
    assert.ok(!has(notesAt(goGc, 'markdown', /^堆$/), 'binary-heap'));
    const heap = [
      '# 优先队列',
      '',
      '优先队列通常用二叉堆实现：小顶堆的堆顶是最小元素，插入和弹出都是 O(log n)。',
      '堆排序先建堆，再反复把堆顶与末尾交换并下沉。Top K 问题用大小为 K 的堆。',
      '',
    ].join('\n');
    assert.ok(has(notesAt(heap, 'markdown', /^堆$/), 'binary-heap'));
  });

  it("a Dijkstra-style write barrier is no shortest-path algorithm; Dijkstra in a routing text is (blind audit fd, fd-zh-1)", () => {
    assert.ok(!has(notesAt(goGc, 'markdown', /^Dijkstra$/), 'dijkstra-algorithm'));
    const paths = ['# Shortest paths', '', 'Dijkstra finds shortest paths with a priority queue. In OSPF each router runs Dijkstra.', ''].join('\n');
    assert.deepEqual(notesAt(paths, 'markdown', /^Dijkstra$/), ['dijkstra-algorithm', 'dijkstra-algorithm']);
  });

  it('a compositing Layer is no CSS cascade layer; layer() in an @import is (blind audit fd, fd-zh-2)', () => {
    assert.ok(!has(notesAt(renderNotes, 'markdown', /^Layer$/), 'css-cascade-layers'));
    const css = ["@import url('theme.css') layer(theme);", '@layer reset, theme;', ''].join('\n');
    assert.ok(has(notesAt(css, 'css', /^layer$/), 'css-cascade-layers'));
  });

  it('布局树对象 is no git tree object; 树对象 in a git text is (blind audit fd, fd-zh-2)', () => {
    assert.ok(!has(notesAt(renderNotes, 'markdown', /^树对象$/), 'git-objects'));
    const git = [
      '# Git 对象',
      '',
      'Git 仓库里有 blob、树对象、commit 和 tag 四种对象；git cat-file -p 可以查看一个树对象的内容，git commit 会生成新的提交。',
      '',
    ].join('\n');
    assert.ok(has(notesAt(git, 'markdown', /^树对象$/), 'git-objects'));
  });

  it("a docs URL's main_classes is no Main-Class manifest attribute; a manifest's Main-Class is (blind audit fd, fd-code-2)", () => {
    // PromtEngineer/localGPT run_localGPT.py, lines 61-64.
    const py = [
      'generation_config = GenerationConfig.from_pretrained(model_id)',
      '# see here for details:',
      '# https://huggingface.co/docs/transformers/',
      '# main_classes/text_generation#transformers.GenerationConfig.from_pretrained.returns',
      '',
    ].join('\n');
    assert.ok(!has(notesAt(py, 'python', /main.class/i), 'jar-file'));
    const jar = ['# Executable JAR', '', 'The manifest names the entry point: `Main-Class: com.example.App`, then `java -jar app.jar` runs it.', ''].join('\n');
    assert.ok(has(notesAt(jar, 'markdown', /^Main-Class$/), 'jar-file'));
  });

  it("a test named shouldAddApiElements is no Gradle apiElements configuration; Gradle's is (blind audit fd, fd-code-3)", () => {
    // zaproxy/zaproxy CoreAPIUnitTest.java, lines 68-73.
    const java = [
      'class CoreAPIUnitTest {',
      '    @Test',
      '    void shouldAddApiElements() {',
      '        assertThat(coreApi.getApiActions(), hasSize(40));',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.ok(!has(notesAt(java, 'java', /apiElements/i), 'gradle-dependency-configurations'));
    const gradle = ['# Gradle variants', '', 'A java-library exposes its API to consumers through the apiElements configuration.', ''].join('\n');
    assert.ok(has(notesAt(gradle, 'markdown', /^apiElements$/), 'gradle-dependency-configurations'));
  });

  it("a Gradle container's register() is no CPU register; a register in an x86-64 text is (blind audit fd, fd-code-4)", () => {
    assert.ok(!has(notesAt(elementGradle, 'kotlin', /^register$/), 'cpu-register'));
    const asm = [
      '# x86-64 calling convention',
      '',
      'On x86-64 the System V ABI passes the first integer argument in the rdi register and returns in rax;',
      'a callee-saved register such as rbx must be restored, and the compiler spills a register to the stack when it runs out.',
      '',
    ].join('\n');
    assert.ok(has(notesAt(asm, 'markdown', /^register$/), 'cpu-register'));
  });

  it('"New Vector Ltd." in a copyright header is no java.util.Vector; a Vector in Java code is (blind audit fd, fd-code-4)', () => {
    assert.ok(!has(notesAt(elementGradle, 'kotlin', /^Vector$/), 'java-synchronized-collections'));
    const java = [
      'import java.util.Vector;',
      '',
      'class Legacy {',
      '    private final Vector<String> names = new Vector<>();',
      '}',
      '',
    ].join('\n');
    assert.ok(has(notesAt(java, 'java', /^Vector$/), 'java-synchronized-collections'));
  });
});
