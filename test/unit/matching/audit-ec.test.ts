import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The Next.js stages of lobe-chat's Dockerfile in blind audit ec (ec-code-4), cut to the lines that make it an AI document.
const lobeChat = [
  'FROM base AS builder',
  '',
  'RUN \\',
  "    if [ \"${USE_CN_MIRROR:-false}\" = \"true\" ]; then \\",
  '        npm config set registry "https://registry.npmmirror.com/"; \\',
  '    fi \\',
  "    && export COREPACK_NPM_REGISTRY=$(npm config get registry | sed 's/\\/$//') \\",
  '    && corepack enable \\',
  '    && pnpm i',
  '',
  'FROM busybox:latest AS app',
  '',
  'RUN \\',
  '    addgroup -S -g 1001 nodejs \\',
  '    && adduser -D -G nodejs -H -S -h /app -u 1001 nextjs \\',
  '    && chown -R nextjs:nodejs /app /etc/proxychains4.conf',
  '',
  'FROM scratch',
  '',
  'ENV NEXT_PUBLIC_SENTRY_DSN="${NEXT_PUBLIC_SENTRY_DSN}"',
  '',
  'ENV \\',
  '    # Amazon Bedrock',
  '    AWS_ACCESS_KEY_ID="" AWS_SECRET_ACCESS_KEY="" AWS_REGION="" AWS_BEDROCK_MODEL_LIST="" \\',
  '    # HuggingFace',
  '    HUGGINGFACE_API_KEY="" HUGGINGFACE_MODEL_LIST="" HUGGINGFACE_PROXY_URL="" \\',
  '    # Ollama',
  '    ENABLED_OLLAMA="" OLLAMA_MODEL_LIST="" OLLAMA_PROXY_URL="" \\',
  '    # OpenRouter',
  '    OPENROUTER_API_KEY="" OPENROUTER_MODEL_LIST=""',
  '',
].join('\n');

// The rasterization lesson of blind audit ec (ec-en-2), cut to its barycentric weights and the z-buffer loop.
const rasterization = [
  '### 3.2 Barycentric Coordinates',
  '',
  'The three edge function values directly give us **barycentric coordinates**. The **top-left fill rule** resolves pixels',
  'on shared edges; this ensures every shared edge pixel is drawn exactly once.',
  '',
  '```python',
  '                if w0 >= 0 and w1 >= 0 and w2 >= 0:',
  '                    alpha = w0 / area',
  '                    beta = w1 / area',
  '                    gamma = w2 / area',
  '                    z = alpha * p0[2] + beta * p1[2] + gamma * p2[2]',
  '                    if z < depth_buffer[y, x]:',
  '                        depth_buffer[y, x] = z',
  '```',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit ec', () => {
  it('the barycentric gamma of Python code is no gamma correction; a shader\'s gamma is (blind audit ec, ec-en-2)', () => {
    assert.deepEqual(notesAt(rasterization, 'markdown', /^gamma$/), []);
    const shader = [
      '# Gamma correction',
      '',
      'Lighting is computed in linear space; the fragment shader converts to sRGB at the end:',
      '',
      '```glsl',
      'uniform float gamma;',
      'void main() {',
      '    FragColor.rgb = pow(color, vec3(1.0 / gamma));',
      '}',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(shader, 'markdown', /^gamma$/), ['gamma-correction', 'gamma-correction']);
  });

  it('"drawn exactly once" is no delivery guarantee; exactly-once in a Kafka text is (blind audit ec, ec-en-2)', () => {
    assert.deepEqual(notesAt(rasterization, 'markdown', /^exactly once$/), []);
    const kafka = [
      '# Kafka transactions',
      '',
      'With an idempotent producer and transactions, a consume-transform-produce loop over Kafka topics and partitions is',
      'exactly-once: the consumer reads with `isolation.level=read_committed` and commits its offsets in the transaction.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(kafka, 'markdown', /^exactly-once$/), ['delivery-semantics']);
  });

  it('the top-left fill rule is the rasterizer\'s (alias added after blind audit ec, ec-en-2)', () => {
    assert.deepEqual(notesAt(rasterization, 'markdown', /^top-left fill rule$/), ['rasterization']);
  });

  it("Compose's showSnackbar is no Flutter Scaffold; Flutter's showSnackBar is (blind audit ec, ec-code-1)", () => {
    const compose = [
      'vm.eventFlow.CollectWithLifecycleEffect { event ->',
      '  when (event) {',
      '    is GithubSearchSingleEvent.SearchFailure -> {',
      '      scope.launch {',
      '        snackbarHostState.showSnackbar(event.appError.getReadableMessage(context))',
      '      }',
      '    }',
      '  }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(compose, 'kotlin', /^showSnackbar$/i), []);
    const flutter = ["messenger.showSnackBar(const SnackBar(content: Text('Sent')));", ''].join('\n');
    assert.deepEqual(notesAt(flutter, 'dart', /^showSnackBar$/), ['flutter-scaffold']);
  });

  it("Sentry's DSN is no database DSN; a database driver's is (blind audit ec, ec-code-4)", () => {
    assert.deepEqual(notesAt(lobeChat, 'dockerfile', /^DSN$/), []);
    const mysql = [
      '# Connecting to MySQL',
      '',
      'The driver takes a DSN such as `user:password@tcp(127.0.0.1:3306)/shop?parseTime=true`.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(mysql, 'markdown', /^DSN$/), ['dsn']);
  });

  it("npm's registry in an AI Dockerfile's code is no model registry; the registry of an ML text is (blind audit ec, ec-code-4)", () => {
    assert.deepEqual(notesAt(lobeChat, 'dockerfile', /^registry$/), []);
    const mmdet = [
      '# Adding a backbone to MMDetection',
      '',
      'Every model part is built from a registry: decorate the class with `@MODELS.register_module()` and',
      'name it in the config, and `build_from_cfg` creates it during training.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(mmdet, 'markdown', /^registry$/), ['component-registry']);
  });

  it('a user group named nodejs is no Node.js; the nodejs package is (blind audit ec, ec-code-4)', () => {
    assert.deepEqual(notesAt(lobeChat, 'dockerfile', /^nodejs$/i), []);
    const install = ['FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y nodejs npm', ''].join('\n');
    assert.deepEqual(notesAt(install, 'dockerfile', /^nodejs$/), ['nodejs']);
  });

  it('方法栈 is the call stack, not the stack data structure (blind audit ec, ec-zh-1)', () => {
    const dfs = [
      '## 为什么不使用广度优先遍历',
      '',
      '1）广度优先遍历（Breadth First Search，BFS），通常用队列来实现，可以用来找到最优解；而深度优先遍历使用栈来实现，只能找到是否有解。',
      '3）深度优先遍历每一步的状态变化较少，因此在回溯时很容易。此外在递归调用方法时本身就是在一个方法栈中，因此无需额外创建栈来完成深度优先遍历。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(dfs, 'markdown', /^栈$/), ['stack-data-structure', 'stack-data-structure']);
  });
});
