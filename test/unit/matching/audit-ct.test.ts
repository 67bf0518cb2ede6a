import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit ct', () => {
  it('set -E (errtrace) is no set -e; set -e is the exit-status option (blind audit ct, ct-code-3)', () => {
    const template = [
      '#!/usr/bin/env bash',
      '',
      '# set -e           Abort if any command fails',
      '# set -E           Inherit traps for shell functions',
      'set -Eeuo pipefail',
      'trap cleanup SIGINT SIGTERM ERR EXIT',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(template, 'shellscript', /^set -E$/), []);
    assert.deepEqual(notesAt(template, 'shellscript', /^set -e$/), ['exit-status']);
  });

  it("Java's Streams API is no Web Streams API; the browser's is (blind audit ct, ct-code-2)", () => {
    const java = [
      'package com.java8.streams;',
      '',
      'import java.util.*;',
      'import java.util.stream.*;',
      '',
      '/**',
      ' * Comprehensive examples of Streams API in Java 8',
      ' */',
      'public class StreamExamples {',
      '    public static void main(String[] args) {',
      '        System.out.println("=== Streams API Examples ===\\n");',
      '        List<String> names = Arrays.asList("Alice", "Bob");',
      '        List<String> upper = names.stream().map(String::toUpperCase).collect(Collectors.toList());',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(java, 'java', /^Streams API$/), []);
    const web = [
      '# Reading a response as it arrives',
      '',
      "The Streams API lets a page read fetch()'s response.body chunk by chunk: response.body is a ReadableStream,",
      'and pipeThrough(new TextDecoderStream()) turns its bytes into text.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(web, 'markdown', /^Streams API$/), ['streams-api']);
  });

  it("Vue Router's router.push navigates; an array's push appends (blind audit ct, ct-zh-2)", () => {
    const vue = [
      '### 编程式导航',
      '```vue',
      '<script setup>',
      "import {useRouter, useRoute} from 'vue-router';",
      '',
      'const router = useRouter();',
      '',
      'function goToAbout() {',
      "  router.push('/about');",
      "  router.push({name: 'About'});",
      '}',
      '</script>',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(vue, 'markdown', /^push$/), []);
    const array = 'const queue = [];\nqueue.push(job);\nconst next = queue.shift();\n';
    assert.deepEqual(notesAt(array, 'javascript', /^push$/), ['js-array-methods']);
  });

  it("a JSON-RPC response format is no LLM response_format; the API parameter is (blind audit ct, ct-en-1)", () => {
    const mcp = [
      '### Tool Registration Pattern',
      '',
      'Tools in MCP are registered with the server using a simple pattern. When clients request the tools list,',
      'the server automatically converts your registrations into the proper JSON-RPC response format.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(mcp, 'markdown', /^response.format$/i), []);
    const openai = [
      'from openai import OpenAI',
      '',
      'client = OpenAI()',
      'reply = client.chat.completions.create(',
      '    model="gpt-4o-mini",',
      '    messages=[{"role": "user", "content": "List three colours as JSON."}],',
      '    response_format={"type": "json_object"},',
      ')',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(openai, 'python', /^response_format$/), ['structured-output']);
  });

  it("a Trainer's saved models are no TensorFlow SavedModel; SavedModel is (blind audit ct, ct-code-1)", () => {
    const t5 = [
      'training_args = Seq2SeqTrainingArguments(',
      '    output_dir=OUTPUT_DIR,                   # Save model here',
      '    weight_decay=0.01,                       # Regularization',
      '    save_total_limit=3,                      # Max saved models',
      '    num_train_epochs=EPOCHS,                 # Training epochs',
      ')',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(t5, 'python', /^saved models?$/i), []);
    const tf = 'import tensorflow as tf\n\n# Export a SavedModel for TensorFlow Serving\ntf.saved_model.save(model, "export/1")\n';
    assert.deepEqual(notesAt(tf, 'python', /^SavedModel$/), ['tensorflow-keras']);
  });

  it('日志复制 in a Raft text is Raft\'s log replication (blind audit ct, ct-zh-1)', () => {
    const raft = [
      '### Raft一致性算法',
      '  Raft通过选出一个leader来简化日志副本的管理，例如日志项（log entry）只允许从leader流向follower',
      '  基于leader的方法，raft算法可以分解成三个子问题：',
      '      **leader election**（领导选举），原来的leader挂掉后，必须选出一个新的leader',
      '      **log replication**（日志复制），leader从客户端接收日志，并复制到整个集群中',
      '  raft使用一种心跳机制来触发领导人选举，follower在选举超时后转换成candidate状态',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(raft, 'markdown', /^日志复制$/), ['raft']);
  });

  it("a Linux process's niceness is the CFS nice value (blind audit ct, ct-en-2)", () => {
    const linux = [
      '## 3. Scheduling & Niceness',
      '',
      'Linux uses the completely Fair Scheduler (CFS)',
      'Niceness levels:',
      '- -20 --> Highest priority',
      '- +19 --> Lowest priority',
      '',
      '```bash',
      'nice -n -5 yes > /dev/null &',
      'renice -n 10 <PID>',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(linux, 'markdown', /^niceness$/i), ['cfs-eevdf-scheduler', 'cfs-eevdf-scheduler']);
  });
});
