import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit az', () => {
  it("an ArkTS guide's `struct`, `class` and `object` are no Swift or Kotlin keywords; a Swift or Kotlin file's are (blind audit az, az-zh-4)", () => {
    // As in the audited HarmonyOS guide: ArkUI's decorators and the types @State accepts, written in code spans.
    const md = [
      '## ArkUI',
      '',
      '`ArkUI`是用于构建分布式应用界面的声明式 UI 开发框架，使用一套`ArkTS`API 开发鸿蒙应用。',
      '',
      '- `@Component`表示自定义组件，需要结合`struct`关键字表示该代码块具有组件化能力。',
      '- `@State`装饰器仅支持`Object`、`class`、`string`、`number`、`boolean`、`enum`类型。',
      '- `@Link`装饰器支持`string`、`number`、`boolean`、`enum`、`object`、`class`以及他们的数组。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^(struct|class)$/), []);
    assert.deepEqual(notesAt(md, 'markdown', /^object$/), []);
    const swift = ['struct Point {', '    var x = 0', '}', '', 'final class Counter {', '    var count = 0', '}', ''].join('\n');
    assert.deepEqual(notesAt(swift, 'swift', /^(struct|class)$/), ['swift-value-vs-reference-types', 'swift-value-vs-reference-types']);
    const kotlin = ['object Registry {', '    val items = mutableListOf<String>()', '}', ''].join('\n');
    assert.deepEqual(notesAt(kotlin, 'kotlin', /^object$/), ['kotlin-object-declaration']);
  });

  it("an ohpm package file's 依赖配置 is no Gradle dependency configuration; an Android build script's is (blind audit az, az-zh-4)", () => {
    const harmony = [
      '### 工程级目录结构',
      '',
      '- `oh_modules`是工程的依赖包，存放工程依赖的源文件。',
      '- `hvigorfile.ts`是工程级编译构建任务脚本，`hvigor`是 HarmonyOS 的构建工具。',
      '- `oh-package.json5`是工程级依赖配置文件，用于记录引入包的配置信息。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(harmony, 'markdown', /^依赖配置$/), []);
    const android = [
      '## Android 模块的 build.gradle',
      '',
      'Android Studio 的 app 模块在 `build.gradle.kts` 里声明依赖。`implementation` 和 `api` 是两种依赖配置：',
      '`api` 会把依赖传递给下游模块，`implementation` 不会；`compileOnly` 只在编译期可见，Jetpack 库多用 `implementation`。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(android, 'markdown', /^依赖配置$/), ['gradle-dependency-configurations']);
  });

  it("an app's AppStorageManager class is no ArkUI AppStorage; AppStorage.setOrCreate is (blind audit az, az-code-5)", () => {
    const ets = [
      "import { router } from '@kit.ArkUI';",
      '',
      '@Entry',
      '@Component',
      'struct Index {',
      '  async aboutToAppear() {',
      '    // 等待AppStorageManager初始化完成',
      '    await AppStorageManager.getInstance().ensureReady();',
      "    AppStorage.setOrCreate('isLogin', false);",
      '  }',
      '',
      '  build() {',
      "    Column() { Text('Hello') }",
      '  }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(ets, 'typescript', /^AppStorage$/), []);
    assert.deepEqual(notesAt(ets, 'typescript', /^AppStorage\.setOrCreate$/), ['arkui-appstorage-localstorage']);
  });

  it('"*filename*" of a JVM flag is no Content-Disposition parameter, and fine-tuning a heap is no model fine-tuning (blind audit az, az-en-3)', () => {
    const md = [
      '# Basic GC Tuning',
      '',
      'Specify the performance goals for the GC algorithm rather than fine-tuning the heap size of the JVM.',
      '',
      '## GC logging in JDK 8',
      '```bash',
      '-Xloggc:*filename*',
      '-XX:+PrintGCDetails',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^filename\*$/), []);
    assert.deepEqual(notesAt(md, 'markdown', /^fine-tuning$/), []);
    const http = [
      '# Downloads',
      '',
      'Send `Content-Disposition: attachment; filename="a.pdf"; filename*=UTF-8\'\'%E6%8A%A5.pdf` with the response.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(http, 'markdown', /^filename\*$/), ['content-disposition']);
    const ml = [
      '# LoRA',
      '',
      'LoRA trains low-rank adapters instead of every weight of the pretrained model, which makes fine-tuning a',
      'large model affordable on one GPU. The learning rate and the epochs still matter.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(ml, 'markdown', /^fine-tuning$/), ['fine-tuning']);
  });

  it("a Python parameter named bg is no shell job control; bg in a shell script is (blind audit az, az-code-7)", () => {
    // As in the audited FastAPI app, whose environment variables (os.getenv) make it a little about the shell.
    const py = [
      'import os',
      'from fastapi import FastAPI, BackgroundTasks',
      'from dotenv import load_dotenv',
      '',
      'load_dotenv()',
      'FRONTEND_ORIGINS = os.getenv("FRONTEND_ORIGINS", "").split(",")',
      'LOG_LEVEL = os.getenv("LOG_LEVEL", "INFO")',
      'app = FastAPI()',
      '',
      '@app.post("/analyze-content")',
      'async def analyze_content(req: ContentRequest, bg: BackgroundTasks):',
      '    bg.add_task(process_background, req.text, req.post_id or "")',
      '    return {"status": "started"}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(py, 'python', /^bg$/), []);
    const sh = ['#!/bin/bash', 'sleep 100 &', 'jobs -l', 'kill -STOP %1', 'bg %1', 'wait', ''].join('\n');
    assert.deepEqual(notesAt(sh, 'shellscript', /^bg$/), ['job-control']);
  });

  it("the Next.js Dockerfile's nodejs group is no Node.js runtime; Node.js is (blind audit az, az-code-6)", () => {
    const docker = [
      'FROM node:20-alpine AS runner',
      'WORKDIR /app',
      'RUN addgroup -g 1001 -S nodejs',
      'RUN adduser -S nextjs -u 1001',
      'COPY --from=builder --chown=nextjs:nodejs /app/.next/standalone ./',
      'USER nextjs',
      '# Runs the standalone server on nodejs 20',
      'CMD ["node", "server.js"]',
      '',
    ].join('\n');
    // The note's NodeJS and nodejs aliases both claim the comment's word (one note).
    const notes = notesAt(docker, 'dockerfile', /^nodejs$/i).map((ids) => [...new Set(ids.split('|'))].join('|'));
    assert.deepEqual(notes, ['nodejs']);
  });

  it("a register's _BIT_ macro part is no Fenwick tree; a BIT in an algorithms text is (blind audit az, az-code-8)", () => {
    const c = [
      '#include <linux/module.h>',
      '',
      '/* Check which sensors are enabled in FIFO */',
      'has_accel = word & INV_ICM20948_BIT_ACCEL_FIFO_EN;',
      'has_magn = word & INV_ICM20948_BIT_SLV_0_FIFO_EN;',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(c, 'c', /^BIT$/), []);
    const md = [
      '# Range sums',
      '',
      'A BIT (Fenwick tree) answers prefix sums in O(log n); a segment tree also supports range updates with lazy propagation.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^BIT$/), ['fenwick-tree']);
  });
});
