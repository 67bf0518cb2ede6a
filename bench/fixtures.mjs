// Deterministic generated data for benchmarks: terms, real-looking source lines, notes.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBundledIndex } from '../src/cli/context.ts';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Small deterministic PRNG (mulberry32), so every run measures the same data. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The prebuilt index with the notes' bodies and pinyin put back (npm run bench builds it first). */
export function loadBundledIndex() {
  const path = join(root, 'dist', 'index.utf16.json.br');
  if (!existsSync(path)) throw new Error(`${path} is missing: the build failed or did not run`);
  return readBundledIndex(join(root, 'dist'));
}

const WORDS = (
  'buffer pool cache index query stream token vector matrix graph node edge queue stack heap tree ' +
  'hash table lock mutex thread worker task job batch shard replica cluster schema column row page ' +
  'layer tensor kernel module driver socket packet frame route proxy gateway service handler event ' +
  'signal timer clock counter metric trace span log record entry segment block chunk slice window ' +
  'filter reducer mapper parser lexer compiler linker loader runtime sandbox container image volume ' +
  'policy quota budget credit ledger invoice order cart product catalog search ranking score weight'
).split(' ');
const CJK = '数据模型训练推理缓存索引查询向量矩阵节点队列线程任务调度集群分片副本日志事件信号定时器内核驱动网络协议路由代理网关服务处理器编译链接加载运行容器镜像存储策略权重梯度损失函数优化算法'.split('');

export function generatedTerms(count, seed = 1) {
  const r = rng(seed);
  const pick = (arr) => arr[Math.floor(r() * arr.length)];
  const out = new Set();
  while (out.size < count) {
    const kind = r();
    if (kind < 0.45) out.add(`${pick(WORDS)} ${pick(WORDS)}`);
    else if (kind < 0.6) out.add(`${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}`);
    else if (kind < 0.7) out.add(`${pick(WORDS)}${pick(WORDS).replace(/^./, (c) => c.toUpperCase())}`);
    else {
      const n = 2 + Math.floor(r() * 3);
      let t = '';
      for (let i = 0; i < n; i++) t += pick(CJK);
      out.add(t);
    }
  }
  return [...out];
}

const TEMPLATES = [
  (w, t) => `    const ${w(0)}${w(1, true)} = await client.${w(2)}(${w(3)}, { timeout: 3000 });`,
  (w, t) => `    // ${t()} is applied before the ${w(0)} ${w(1)} is flushed to disk`,
  (w, t) => `def ${w(0)}_${w(1)}(self, ${w(2)}: int) -> list[str]:  # ${t()}`,
  (w) => `  if (${w(0)}->${w(1)} == NULL) { return -EINVAL; }`,
  (w, t) => `kubectl run ${w(0)} --image=${w(1)}:latest --port=8080   # ${t()}`,
  (w, t) => `// 这里先做${t()}，再把${w(0)}写入缓存，避免重复计算`,
  (w) => `	for _, ${w(0)} := range ${w(1)}s { ch <- ${w(0)} }`,
  (w) => `  .${w(0)}-${w(1)} { position: sticky; top: 0; z-index: 10; }`,
  (w, t) => `    private final Map<String, ${w(0, true)}> ${w(1)}By${w(2, true)} = new ConcurrentHashMap<>(); // ${t()}`,
  (w) => `      return <div ref={${w(0)}Ref} className="${w(1)}">{${w(2)}.length}</div>;`,
];

/** Lines of mixed code and comments that mention `terms` now and then. */
export function sourceLines(count, terms, seed = 2) {
  const r = rng(seed);
  const lines = [];
  for (let i = 0; i < count; i++) {
    const words = [];
    const w = (k, cap) => {
      words[k] ??= WORDS[Math.floor(r() * WORDS.length)];
      return cap ? words[k].replace(/^./, (c) => c.toUpperCase()) : words[k];
    };
    const t = () => terms[Math.floor(r() * terms.length)];
    lines.push(TEMPLATES[Math.floor(r() * TEMPLATES.length)](w, t));
  }
  return lines;
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function heapUsed() {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
}
