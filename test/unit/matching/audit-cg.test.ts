import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit cg', () => {
  it("a token bucket's maxTokens is no LLM output limit, its tokens no LLM tokens; an LLM call's max_tokens is (blind audit cg, cg-code-1)", () => {
    // As in the audited Express rate-limiting middleware: the bucket's capacity made it an AI-apps text, and then
    // every token of the bucket and every "rate limit" followed.
    const ts = [
      '/**',
      ' * Calculate new token count based on time elapsed',
      ' *',
      ' * @param bucket - Current bucket state',
      ' * @param maxTokens - Maximum tokens (capacity)',
      ' * @param refillRate - Tokens per millisecond',
      ' */',
      'function refillTokens(bucket: TokenBucket, maxTokens: number, refillRate: number): number {',
      '  const now = Date.now();',
      '  const elapsed = now - bucket.lastUpdate;',
      '  bucket.tokens = Math.min(maxTokens, bucket.tokens + elapsed * refillRate);',
      '  bucket.lastUpdate = now;',
      '  return bucket.tokens;',
      '}',
      '',
      '/**',
      ' * Generate rate limit key from request',
      ' * Uses IP address by default',
      ' */',
      'function getDefaultKey(req: Request): string {',
      "  return req.socket.remoteAddress || 'unknown';",
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(ts, 'typescript', /^maxTokens$/), []);
    assert.deepEqual(notesAt(ts, 'typescript', /^tokens?$/i), []);
    assert.deepEqual(notesAt(ts, 'typescript', /^rate limit$/i), []);
    const py = [
      'from openai import OpenAI',
      '',
      'client = OpenAI()',
      'response = client.chat.completions.create(',
      '    model="gpt-4o-mini",',
      '    messages=[',
      '        {"role": "system", "content": "You are a helpful assistant."},',
      '        {"role": "user", "content": prompt},',
      '    ],',
      '    temperature=0.7,',
      '    max_tokens=256,',
      ')',
      'print(response.choices[0].message.content)',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(py, 'python', /^max_tokens$/), ['max-output-tokens']);
    const aiSdk = [
      "import { generateText } from 'ai';",
      "import { openai } from '@ai-sdk/openai';",
      '',
      "const { text } = await generateText({ model: openai('gpt-4o'), maxTokens: 512, prompt: 'Write a haiku' });",
      '',
    ].join('\n');
    assert.deepEqual(notesAt(aiSdk, 'typescript', /^maxTokens$/), ['max-output-tokens']);
  });

  it("the all-nodes address ff02::1 in /etc/hosts is no loopback; ::1 localhost is (blind audit cg, cg-zh-2)", () => {
    const md = [
      '查看 tomcat4 的 /etc/hosts 文件',
      '```bash',
      '$ docker exec -it tomcat4 cat /etc/hosts',
      '127.0.0.1\tlocalhost',
      '::1\tlocalhost ip6-localhost ip6-loopback',
      'fe00::0\tip6-localnet',
      'ff00::0\tip6-mcastprefix',
      'ff02::1\tip6-allnodes',
      'ff02::2\tip6-allrouters',
      '192.168.0.2\tadca4808dd6d',
      '```',
      '这里并没有看见 tomcat6 和 tomcat5 存在 hosts文件中, 能直接 ping 通是因为这个容器都处于同一个网段中',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^::1$/), ['loopback-interface']);
  });

  it("a Vulkan renderer's beginRenderPass is no WebGPU call; a WebGPU command encoder's is (blind audit cg, cg-code-4)", () => {
    const cpp = [
      '#include "RendererVulkan.h"',
      '',
      'void RendererVulkan::beginRenderPass(std::shared_ptr<FrameBuffer> &frameBuffer, const ClearStates &states) {',
      '  commandBuffer_ = vkCtx_.beginCommands();',
      '  drawCmd_ = commandBuffer_->cmdBuffer;',
      '',
      '  VkRenderPassBeginInfo renderPassInfo{};',
      '  renderPassInfo.sType = VK_STRUCTURE_TYPE_RENDER_PASS_BEGIN_INFO;',
      '  renderPassInfo.renderPass = fbo_->getRenderPass();',
      '  vkCmdBeginRenderPass(drawCmd_, &renderPassInfo, VK_SUBPASS_CONTENTS_INLINE);',
      '}',
      '',
    ].join('\n');
    assert.ok(!notesAt(cpp, 'cpp', /beginRenderPass/i).includes('webgpu'));
    const js = [
      "const adapter = await navigator.gpu.requestAdapter();",
      'const device = await adapter.requestDevice();',
      'const encoder = device.createCommandEncoder();',
      'const pass = encoder.beginRenderPass({',
      "  colorAttachments: [{ view: context.getCurrentTexture().createView(), loadOp: 'clear', storeOp: 'store' }],",
      '});',
      'pass.end();',
      'device.queue.submit([encoder.finish()]);',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(js, 'javascript', /^beginRenderPass$/), ['webgpu']);
  });

  it("a Dockerfile RUN's --mount=type=bind is no container volume; docker run's --mount is (blind audit cg, cg-code-3)", () => {
    const dockerfile = [
      'FROM golang:alpine AS builder',
      'WORKDIR /app',
      'COPY go.mod go.sum ./',
      'RUN --mount=type=cache,target=/go/pkg/mod/ \\',
      '    --mount=type=bind,source=go.sum,target=go.sum \\',
      '    --mount=type=bind,source=go.mod,target=go.mod \\',
      '    go mod download -x',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(dockerfile, 'dockerfile', /^--mount$/), []);
    const md = [
      '# Docker volumes',
      '',
      'A named volume outlives its container. Create one and mount it:',
      '',
      '```bash',
      'docker volume create data',
      'docker run -d --name web --mount source=data,target=/usr/share/nginx/html nginx',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^--mount$/), ['docker-volume']);
  });
});
