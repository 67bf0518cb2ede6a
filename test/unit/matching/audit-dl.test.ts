import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The Next.js data-fetching guide of blind audit dl (dl-en-2), cut to its caching and revalidation lines.
const nextjs = [
  '### Time-Based Revalidation',
  '',
  '```tsx',
  '// Revalidate every 60 seconds',
  "const res = await fetch('https://api.example.com/data', {",
  '  next: { revalidate: 60 },',
  '});',
  '```',
  '',
  '### Route Segment Config Options',
  '',
  '```tsx',
  '// Force dynamic rendering',
  "export const dynamic = 'force-dynamic';",
  '',
  '// Auto (default) - Next.js decides',
  "export const dynamic = 'auto';",
  '```',
  '',
  '## Tag-Based Revalidation',
  '',
  '```tsx',
  '// app/actions.ts',
  "'use server';",
  '',
  "import { revalidateTag } from 'next/cache';",
  '',
  'export async function createPost(formData: FormData) {',
  '  await db.posts.create({ /* ... */ });',
  '',
  "  // Revalidate all requests with 'posts' tag",
  "  revalidateTag('posts');",
  '}',
  '```',
  '',
  '## Static vs Dynamic Rendering',
  '',
  '### Static Generation with generateStaticParams',
  '',
].join('\n');

// The cgroup v1 part of the container-internals article of blind audit dl (dl-en-1, saschagrunert/demystifying-containers,
// Apache-2.0): the memory controller's files.
const cgroupV1 = [
  "Let's play around with cgroups and create a new one. The following example uses",
  'the cgroups v1 interface for illustration.',
  '',
  '```bash',
  '> sudo mkdir /sys/fs/cgroup/memory/demo',
  '> ls /sys/fs/cgroup/memory/demo',
  'cgroup.clone_children',
  'cgroup.procs',
  'memory.limit_in_bytes',
  'memory.max_usage_in_bytes',
  'memory.oom_control',
  'memory.pressure_level',
  'memory.soft_limit_in_bytes',
  'memory.swappiness',
  '```',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit dl', () => {
  it("Next.js's time- and tag-based revalidation is no HTTP revalidation; a 304 after If-None-Match is (blind audit dl, dl-en-2)", () => {
    assert.deepEqual(notesAt(nextjs, 'markdown', /^revalidation$/i), []);
    const http = [
      '# HTTP caching',
      '',
      'A stale response is not thrown away: the browser sends a conditional request with `If-None-Match` and the',
      '`ETag` it kept. This revalidation costs a round trip but no body when the server answers `304 Not Modified`;',
      '`Cache-Control: max-age=60` says how long no revalidation is needed at all.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(http, 'markdown', /^revalidation$/i), ['http-caching', 'http-caching']);
  });

  it("a Next.js route's dynamic rendering is no Vulkan dynamic rendering; Vulkan 1.3's is (blind audit dl, dl-en-2)", () => {
    assert.deepEqual(notesAt(nextjs, 'markdown', /^dynamic rendering$/i), []);
    const nextZh = [
      '# Next.js 的渲染方式',
      '',
      'App Router 里调用 `cookies()` 或 `headers()` 的路由会切换到动态渲染：每次请求时在服务器上渲染，',
      '而 `generateStaticParams` 列出的页面在构建时静态生成。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(nextZh, 'markdown', /^动态渲染$/), []);
    const vulkan = [
      '# Vulkan render passes',
      '',
      'Vulkan 1.3 made dynamic rendering core: `vkCmdBeginRendering` takes the attachments directly, so no',
      '`VkRenderPass` or `VkFramebuffer` object is created. Vulkan 1.3 起也可用动态渲染代替 `VkRenderPass`。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(vulkan, 'markdown', /^(dynamic rendering|动态渲染)$/), ['vulkan-render-pass', 'vulkan-render-pass']);
  });

  it("a Netty client's IO_THREADS and pipeline() are not Redis's; redis.conf's io-threads is (blind audit dl, dl-code-2)", () => {
    const netty = [
      'package myrpc.netty.client;',
      '',
      'import io.netty.bootstrap.Bootstrap;',
      'import io.netty.channel.ChannelInitializer;',
      'import io.netty.channel.nio.NioEventLoopGroup;',
      'import io.netty.channel.socket.SocketChannel;',
      'import io.netty.channel.socket.nio.NioSocketChannel;',
      '',
      'public class NettyClient {',
      '',
      '    private static int DEFAULT_IO_THREADS = Math.min(Runtime.getRuntime().availableProcessors() + 1, 32);',
      '',
      '    private void doOpen(){',
      '        Bootstrap bootstrap = new Bootstrap();',
      '        EventLoopGroup eventLoopGroup = new NioEventLoopGroup(DEFAULT_IO_THREADS,',
      '                new DefaultThreadFactory("NettyClientWorker", true));',
      '        bootstrap.group(eventLoopGroup)',
      '                .channel(NioSocketChannel.class)',
      '                .handler(new ChannelInitializer<SocketChannel>() {',
      '                    @Override',
      '                    protected void initChannel(SocketChannel socketChannel) {',
      '                        socketChannel.pipeline()',
      '                                .addLast("decoder", new NettyDecoder())',
      '                                .addLast("encoder", new NettyEncoder<>());',
      '                    }',
      '                });',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(netty, 'java', /^(IO_THREADS|pipeline)$/), []);
    const redis = [
      '# Redis threaded I/O',
      '',
      'Since Redis 6.0 the main thread can hand socket reads and writes to helper threads. In `redis.conf`, set',
      '`io-threads 4` and, to thread reads as well, `io-threads-do-reads yes`; commands still run on one thread.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(redis, 'markdown', /^io-threads$/), ['redis-io-threads']);
  });

  it("cgroup v1's memory.pressure_level is no PSI file; cgroup v2's memory.pressure is (blind audit dl, dl-en-1)", () => {
    assert.deepEqual(notesAt(cgroupV1, 'markdown', /^memory\.pressure/), []);
    const v2 = [
      'Under cgroups v2 each cgroup reports pressure stall information of its own:',
      '',
      '```bash',
      'cat /sys/fs/cgroup/demo/memory.pressure',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(v2, 'markdown', /^memory\.pressure$/), ['pressure-stall-information']);
  });

  it("cgroup v1's memory.soft_limit_in_bytes is no rlimit soft limit; ulimit's is (blind audit dl, dl-en-1)", () => {
    assert.deepEqual(notesAt(cgroupV1, 'markdown', /^soft[ _]limit$/i), []);
    const ulimit = [
      '# Open files',
      '',
      '`ulimit -Sn 4096` raises the soft limit for open files up to the hard limit; `setrlimit(RLIMIT_NOFILE)`',
      'does the same from C, and `prlimit` changes it for a running process.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(ulimit, 'markdown', /^soft limit$/), ['rlimit']);
  });

  it('the library Tensor2Tensor is no tensor; a PyTorch tensor is (blind audit dl, dl-zh-1)', () => {
    const zh = [
      '#### Positional Encoding',
      '',
      '为了解决这个问题，Transformer 给每个输入 Embedding 加上一个向量，该向量服从模型学习的特定模式。',
      '',
      '> 以上展示的位置编码在 Tensor2Tensor (论文的开源代码) 实现里是合并 sine 和 cosine，',
      '> 但是原始论文展示的又不一样，原始论文是交叉使用两种 signals (即偶数位置使用 sine，奇数位置使用 cosine)。',
      '',
      '编码器每个子层 (Self-Attention, Feed Forward) 都有一个残差连接项，并跟着 Normalization 层。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(zh, 'markdown', /^tensor$/i), []);
    const torch = [
      '# PyTorch basics',
      '',
      'A tensor is PyTorch\'s n-dimensional array: `torch.zeros(3, 4)` creates one on the CPU, and `x.to("cuda")`',
      'moves the tensor to the GPU before the forward pass and backpropagation.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(torch, 'markdown', /^tensor$/), ['tensor', 'tensor']);
  });

  it("a dictionary's exact key match is no KMP string matching; KMP's is (blind audit dl, dl-zh-1)", () => {
    const zh = [
      '#### Attention 机制理解',
      '',
      '接下来以字典为例，逐步分析 Attention 机制的计算公式是如何得到的，',
      '从而帮助读者深入理解 Attention 机制。',
      '',
      '> 此时，字典的键就是 Attention 机制中的键值 Key，而字典的值就是 Value。',
      '> 字典支持进行精确的字符串匹配，例如，如果想要查找的值也就是查询值 Query 为 `"apple"`，',
      '> 那么可以直接通过将 Query 与 Key 做匹配来得到对应的 Value。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(zh, 'markdown', /^字符串匹配$/), []);
    const kmp = [
      '# KMP 算法',
      '',
      'KMP 算法先求模式串的前缀函数（部分匹配表），失配时按它回退，在 O(n+m) 时间内完成字符串匹配。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(kmp, 'markdown', /^字符串匹配$/), ['kmp-algorithm']);
  });

  it("a Go comment's public interface is the exported API, not a Go interface; an interface type is (blind audit dl, dl-code-1)", () => {
    const go = [
      'package membership',
      '',
      'func (l *List) EndOfProtocolPeriod() error {',
      '\tl.mutex.Lock()',
      '\tdefer l.mutex.Unlock()',
      '',
      '\t// We first process failed pings which lead to suspect declarations, and then mark suspects as faulty. This allows',
      '\t// us to declare suspect and faulty within the same protocol period, if needed. This is helpful for tests and',
      '\t// benchmarks where we can only observe the list state through the public interface.',
      '\tl.processFailedPings()',
      '\tl.markSuspectsAsFaulty()',
      '\treturn nil',
      '}',
      '',
      '// Transport is the interface the list sends datagrams through.',
      'type Transport interface {',
      '\tSend(address string, buffer []byte) error',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(go, 'go', /^interface$/), ['go-interface', 'go-interface']);
  });

  it("CUDA's __shared__ is CUDA shared memory (alias added after blind audit dl, dl-code-3)", () => {
    const cu = [
      'inline __global__ void MatrixMulKernelTiled8x8(float* Md, float* Nd, float* Pd, int Width) { ',
      '\tconst int TILE_WIDTH = 8;',
      '\t__shared__ float Mds[TILE_WIDTH][TILE_WIDTH]; ',
      '\t__shared__ float Nds[TILE_WIDTH][TILE_WIDTH]; ',
      '\tint bx = blockIdx.x;  ',
      '\tint by = blockIdx.y; ',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(cu, 'cuda-cpp', /^__shared__$/), ['cuda', 'cuda']);
    assert.deepEqual(notesAt('int shared = 0;\n', 'c', /^shared$/), []);
  });
});
