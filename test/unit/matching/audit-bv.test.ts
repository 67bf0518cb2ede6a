import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit bv', () => {
  it("分区容错 and 容忍分区 are CAP's partition tolerance, not table partitioning; 按月分区 is (blind audit bv, bv-zh-1)", () => {
    // As in the audited article on distributed transactions: the CAP combinations.
    const cap = [
      '## 🎭 CAP定理与分布式事务',
      '',
      '在分布式系统中，**一致性（Consistency）**、**可用性（Availability）**、**分区容错性（Partition Tolerance）**三者最多只能同时满足两个。',
      '',
      '#### 🛡️ 分区容错（P）',
      '系统能够容忍网络分区故障',
      '',
      '#### CA：一致性 + 可用性',
      '**特点**：强一致性，高可用性，但无法容忍分区',
      '**例子**：传统RDBMS（如MySQL单机版）',
      '',
      '#### CP：一致性 + 分区容错',
      '**特点**：强一致性，分区容错，但可能不可用',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(cap, 'markdown', /^分区$/), []);
    const tables = [
      '# 表分区',
      '',
      'MySQL 的订单表按月分区：PARTITION BY RANGE 把每个月的数据放进一个分区，查询时分区裁剪只扫描相关的分区，',
      '老数据可以直接删除整个分区，比 DELETE 快得多。',
      '',
    ].join('\n');
    assert.ok(notesAt(tables, 'markdown', /^分区$/).includes('table-partitioning'));
  });

  it("Node's util.parseArgs is no Python argparse; parser.parse_args() is (blind audit bv, bv-en-1)", () => {
    // As in the audited Mocha CHANGELOG.
    const md = [
      '### ⚠ BREAKING CHANGES',
      '',
      '* replace yargs with Node.js util.parseArgs ([#6164](https://github.com/mochajs/mocha/issues/6164))',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /parse_?args/i), []);
    const js = "import { parseArgs } from 'node:util';\nconst { values } = parseArgs({ options: { watch: { type: 'boolean' } } });\n";
    assert.deepEqual(notesAt(js, 'javascript', /parse_?args/i), []);
    const py = 'parser = argparse.ArgumentParser()\nparser.add_argument("--lr", type=float)\nargs = parser.parse_args()\n';
    assert.deepEqual(notesAt(py, 'python', /^parse_args$/), ['python-argparse']);
  });

  it('a FIFO test of a changelog is no queue; FIFO in an algorithms text is (blind audit bv, bv-en-1)', () => {
    // As in the audited Mocha CHANGELOG: the integration test that passes a spec file through mkfifo.
    const md = [
      '### 🧹 Chores',
      '',
      '* extract stripLeadingDashes helper + cover CLI arg-parsing edge cases ([#6171](https://github.com/mochajs/mocha/issues/6171))',
      '* keep stderr out of the JSON parsed by the FIFO test ([#6187](https://github.com/mochajs/mocha/issues/6187))',
      '* raise timeout for node-unit Mocha spec to fix flaky hook ([#6118](https://github.com/mochajs/mocha/issues/6118))',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^FIFO$/), []);
    const algo = [
      '# Queues',
      '',
      'A queue is FIFO: enqueue adds at the rear and dequeue removes from the front, both O(1).',
      'Breadth-first search keeps the frontier in a queue; a stack, the LIFO counterpart, gives depth-first search.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(algo, 'markdown', /^FIFO$/), ['queue-data-structure']);
  });

  it("a Node.js Writable is no WHATWG WritableStream; new WritableStream() is (blind audit bv, bv-code-2)", () => {
    // As in the audited custom Writable: a comment on node:stream's write() returning false.
    const mjs = [
      "import { Writable } from 'node:stream'",
      "import fs from 'node:fs'",
      '',
      'class FileWriteStream extends Writable {',
      '    _write(chunks, encoding, callback) {',
      '        this.chunks.push(chunks)',
      '        this.chunksSize += chunks.length',
      '        if (this.chunksSize > this.writableHighWaterMark) {',
      '            fs.write(this.fd, Buffer.concat(this.chunks), err => {',
      '                if (err) {',
      '                    return callback(err)',
      '                }',
      '                this.chunks = []',
      '                callback()',
      '            })',
      '        } else {',
      '            callback()',
      '        }',
      '    }',
      '}',
      '',
      'const writeMany = () => {',
      '    while (i < numberOfWrites) {',
      '        // 如果返回false，则表明Writable stream内部buffer已满，会触发backpressure',
      '        if (!stream.write(buff)) break',
      '        // 同样，Readable stream 读到的数据可以经过 Transform stream 再写进来',
      '        i++',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(mjs, 'javascript', /stream/i), []);
    const web = [
      'const sink = new WritableStream({',
      '  write(chunk) { console.log(chunk); },',
      '});',
      'await response.body.pipeThrough(new TextDecoderStream()).pipeTo(sink);',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(web, 'javascript', /^WritableStream$/), ['streams-api']);
  });

  it("a shader's WorldSizeHalf is no distributed world size; a training script's world size is (blind audit bv, bv-code-3)", () => {
    // As in the audited voxel cone tracing shader.
    const frag = [
      'vec3 traceCone( vec3 from, vec3 direction, float aperture )',
      '{',
      '    float max_dist = 2.0 * WorldSizeHalf;',
      '    vec3 coords = ( conePosition - WorldCenter ) / WorldSizeHalf;',
      '    return coords;',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(frag, 'glsl', /world.?size/i), []);
    const md = [
      '# Distributed data parallel',
      '',
      'torchrun starts one process per GPU; init_process_group joins them, the world size is the number of',
      'processes and each one has a rank. DistributedDataParallel then averages the gradients in every training step.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^world size$/), ['distributed-process-group']);
  });

  it("the G-buffer's depth map is no shadow map; the light's depth map is (blind audit bv, bv-code-3)", () => {
    // As in the audited deferred lighting pass.
    const frag = [
      'void main()',
      '{',
      '    const vec2 uv = pass_uv;',
      '    float depth   = texture( GbufferDepthMap, uv ).r;',
      '    if ( depth > 0.999 )',
      '        discard;',
      '    vec4 lightSpacePos = LightPVs[0] * worldPos;',
      '    shadow             = Shadow( ShadowMap, lightSpacePos, NdotL );',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(frag, 'glsl', /depth.?map/i), []);
    assert.deepEqual(notesAt(frag, 'glsl', /^ShadowMap$/), ['shadow-mapping']);
    const md = [
      '# Shadows in OpenGL',
      '',
      'The first pass renders the scene from the light into a depth map; the fragment shader of the second pass',
      'compares each fragment with it and adds a shadow bias against shadow acne.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^depth map$/), ['shadow-mapping']);
  });
});
