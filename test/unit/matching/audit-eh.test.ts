import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The vector-database study note of blind audit eh (eh-en-2), cut to the lines that make it an ML / AI-apps document.
const vectorDbs = [
  '# Embedding Search Engines (Vector DBs)',
  '',
  'Embedding Search Engines (or Vector Databases) enable efficient **Approximate Nearest Neighbor (ANN)** search over',
  'millions of high-dimensional vectors. They are the backbone of semantic search, RAG, and recommendation systems, using',
  'algorithms like **HNSW** and **IVF** to trade accuracy for speed.',
  '',
  '- How does HNSW (Hierarchical Navigable Small World) work? ::: It builds a multi-layered graph where upper layers have',
  'long connections (highways) for fast traversal and lower layers have short connections for precise local search.',
  '',
  '```python',
  'import faiss',
  'import numpy as np',
  "xb = np.random.random((nb, d)).astype('float32')",
  'quantizer = faiss.IndexFlatL2(d)  # Defines distance metric (L2)',
  'index = faiss.IndexIVFFlat(quantizer, d, nlist)',
  'index.train(xb)  # Train K-Means',
  '```',
  '',
  '- What is `nprobe` in Faiss IVF? ::: A hyperparameter that determines how many adjacent clusters (cells) to search.',
  '- C) IVF with Product Quantization (IVF-PQ)',
  'Explanation: HNSW is fast but memory-hungry because it stores the graph edges. IVF-PQ (Product Quantization) compresses',
  'the vectors themselves (lossy compression) and uses an inverted index.',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit eh', () => {
  it("a weather tool's current temperature is no sampling temperature; the request's is (blind audit eh, eh-code-2)", () => {
    const weatherTool = [
      'from openai import OpenAI',
      '',
      'client = OpenAI()',
      '',
      'tools = [{',
      '    "type": "function",',
      '    "name": "get_weather",',
      '    "description": "Get current temperature for a given location.",',
      '}]',
      '',
      'stream = client.responses.create(model="gpt-4.1-mini", input=[{"role": "user", "content": "Paris?"}], tools=tools, stream=True)',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(weatherTool, 'python', /^temperature$/), []);
    const sampling = [
      'from openai import OpenAI',
      '',
      'client = OpenAI()',
      'response = client.chat.completions.create(',
      '    model="gpt-4o-mini",',
      '    messages=[{"role": "user", "content": "Write a haiku about the sea."}],',
      '    temperature=0.7,',
      ')',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(sampling, 'python', /^temperature$/), ['temperature-sampling']);
  });

  it('product quantization of vectors is no model quantization; quantizing a model is (blind audit eh, eh-en-2)', () => {
    assert.deepEqual(notesAt(vectorDbs, 'markdown', /^Quantization$/), []);
    const llm = [
      '# Running a large language model on a laptop',
      '',
      'Quantization stores the weights of the LLM in 8 or 4 bits, so the model needs a quarter of the GPU memory; the',
      'loss in accuracy after fine-tuning is small.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(llm, 'markdown', /^Quantization$/), ['int8-quantization']);
  });

  it("HNSW's local search is no GraphRAG Local Search; GraphRAG's is (blind audit eh, eh-en-2)", () => {
    assert.deepEqual(notesAt(vectorDbs, 'markdown', /^local search$/i), []);
    const graphrag = [
      '# GraphRAG',
      '',
      'GraphRAG builds a knowledge graph from the documents with an LLM, then answers a RAG query in one of two modes:',
      '- Global Search for questions about the whole corpus, using the community summaries;',
      '- Local Search for reasoning about specific entities by fanning-out to their neighbors.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(graphrag, 'markdown', /^Local Search$/), ['graphrag']);
  });

  it('a debugger breakpoint (设置断点) is no CSS breakpoint; a responsive one is (blind audit eh, eh-zh-2)', () => {
    const debugging = [
      '### 10. promise与async和await的区别',
      '    async/await是写异步代码的新方式，以前的方法有回调函数和Promise。',
      '    调试 Promise 很麻烦的理由:',
      '        1. 不能在返回表达式的箭头函数中设置断点',
      '        2. 如果你在.then代码块中设置断点，使用Step Over快捷键，调试器不会跳到下一个.then，因为它只会跳过异步代码。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(debugging, 'markdown', /^断点$/), []);
    const css = [
      '# 响应式布局',
      '',
      '用 CSS 媒体查询按断点切换布局：`@media (min-width: 768px)` 时两栏，`@media (min-width: 1024px)` 时三栏。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(css, 'markdown', /^断点$/), ['css-media-queries']);
  });

  it('the 回表 of 返回表达式 is no index lookup; a secondary index lookup is (blind audit eh, eh-zh-2)', () => {
    const arrow = ['调试 Promise 很麻烦的理由:', '    1. 不能在返回表达式的箭头函数中设置断点', ''].join('\n');
    assert.deepEqual(notesAt(arrow, 'markdown', /^回表$/), []);
    const mysql = [
      '# InnoDB 二级索引',
      '',
      '通过二级索引找到主键值后，如果查询还需要索引中没有的列，就要回表到聚簇索引再查一次。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(mysql, 'markdown', /^回表$/), ['secondary-index']);
  });

  it('Pod的生命周期 is the Pod lifecycle (alias added after blind audit eh, eh-zh-1)', () => {
    const pod = [
      '# 1.Pod的生命周期',
      'Pod中可以有多个容器(多个initContainers、多个containers)，initContainers是串行启动完成工作',
      '后退出，而containers是串行启动且不会退出。 initContainers、containers都会有如下hook和probe。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(pod, 'markdown', /生命周期$/), ['pod-lifecycle']);
  });
});
