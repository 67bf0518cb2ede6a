import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit ax', () => {
  it("React's memoization is no dynamic programming; a DP article's memoization is (blind audit ax, ax-zh-4)", () => {
    // As in the audited React performance chapter: memo, useMemo and useCallback as "memoization".
    const react = [
      '# 性能优化：缓存与记忆',
      '',
      '本章将深入 React 的渲染机制，学习如何使用 **Memoization (记忆化)** 三剑客：`memo`, `useMemo`, `useCallback` 来阻止不必要的渲染。',
      '',
      '如果父组件在每次渲染时都创建新的对象或函数传给子组件，那么 React.memo 的检查永远会失效。',
      '',
      '滥用 memoization 也是有代价的（需要消耗内存来存旧值）。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(react, 'markdown', /^memoization$/i), []);
    const dp = [
      '# 动态规划',
      '',
      '自顶向下的写法是递归加 memoization：用哈希表缓存子问题的结果，重叠子问题只算一次。',
      '状态转移方程 dp[i] = dp[i-1] + dp[i-2]，最优子结构保证了正确性。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(dp, 'markdown', /^memoization$/i), ['dynamic-programming']);
  });

  it("React's Transition update is no CSS transition; a CSS transition is (blind audit ax, ax-zh-4)", () => {
    const react = [
      '## useTransition：非阻塞更新',
      '',
      '`useTransition` 可以把更新分为两类：',
      '*   **紧急更新 (Urgent)**：打字、点击、悬停。',
      '*   **过渡更新 (Transition)**：渲染列表、切换页面（可以被中断）。',
      '',
      '',
      '```javascript',
      'const [isPending, startTransition] = useTransition();',
      'function handleChange(e) {',
      '  setInput(e.target.value);',
      '  startTransition(() => {',
      '    setList(filterList(e.target.value));',
      '  });',
      '}',
      '```',
      '',
      '当 React 处理 `Transition` 更新时，如果用户又敲了一个字，React 会暂停列表渲染。组件的 Props 不变，React.memo 就跳过渲染。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(react, 'markdown', /^transition$/i), []);
    const css = [
      '# CSS 过渡',
      '',
      'A transition animates a property change: `transition-property`, `transition-duration` and the `transitionend` event.',
      '',
      '```css',
      '.button { transition: background-color 0.3s ease; }',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(css, 'markdown', /^transition$/), ['css-transitions', 'css-transitions']);
    assert.deepEqual(notesAt('.button {\n  transition: opacity 0.2s;\n}\n', 'css', /^transition$/), ['css-transitions']);
  });

  it('明显卡顿 holds no 显卡, and 全树重绘 of a React tree is no browser repaint (blind audit ax, ax-zh-4)', () => {
    const react = [
      '## 总结 Checklist',
      '',
      '1.  [ ] **是否有明显卡顿？** (没有就别动！)',
      '2.  [ ] **Profiler 检查**：是否有组件无缘无故渲染了？`useMemo`/`useCallback` 包裹了吗？',
      '3.  [ ] **Context 粒度**：是否有 Context Value 变动导致全树重绘？(考虑拆分 Context)。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(react, 'markdown', /^显卡$/), []);
    assert.deepEqual(notesAt(react, 'markdown', /^重绘$/), []);
    const gpu = '训练大模型需要显卡，显存不够时用梯度累积；GPU 的 CUDA 核心并行计算矩阵乘法。\n';
    assert.deepEqual(notesAt(gpu, 'markdown', /^显卡$/), ['gpu']);
    const browser = [
      '# 回流与重绘',
      '',
      '修改元素的颜色只会触发重绘，修改宽高会触发回流；读取 offsetWidth 会强制同步布局，DOM 操作要批量进行。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(browser, 'markdown', /^重绘$/), ['reflow-repaint']);
  });

  it("a Python file's per_class_path is no Java class path; a Java text's class path is (blind audit ax, ax-code-1)", () => {
    const py = [
      'import os',
      'import torch',
      '',
      'def evaluate(self, set_name, loader):',
      '    self.model.eval()',
      "    per_class_path = os.path.join(self.config.log_path, f'per_class_metrics_{set_name.lower()}.csv')",
      '    per_class_df.to_csv(per_class_path, index=False)',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(py, 'python', /class.path/i), []);
    const java = [
      '# Running a Java program',
      '',
      'The JVM looks up classes on the class path: pass the JAR files with `java -cp lib/*:app.jar com.example.Main`,',
      'or set the CLASSPATH environment variable. The class loader reads each .class file from there.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(java, 'markdown', /^class path$/i), ['java-classpath']);
  });

  it("a MyBatis mapper's findBy method is no Spring Data derived query; a repository's is (blind audit ax, ax-code-2)", () => {
    const mybatis = [
      'package com.example.demo.service.impl;',
      '',
      'import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;',
      'import org.springframework.stereotype.Service;',
      'import org.springframework.transaction.annotation.Transactional;',
      '',
      '@Service',
      'public class OrderServiceImpl implements OrderService {',
      '    private final OrderMapper orderMapper;',
      '',
      '    @Override',
      '    @Transactional',
      '    public Long createOrder(String requestId, Long productId, int count) {',
      '        Order existing = orderMapper.findByRequestId(requestId);',
      '        return existing == null ? null : existing.getId();',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(mybatis, 'java', /^findBy$/), []);
    const jpa = [
      'public interface UserRepository extends JpaRepository<User, Long> {',
      '    List<User> findByLastName(String lastName);',
      '}',
      '',
      'class UserService {',
      '    List<User> byName(String name) { return userRepository.findByLastName(name); }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(jpa, 'java', /^findBy$/), ['spring-data-repository']);
  });

  it("a Zustand useChatStore hook is no Vercel AI SDK useChat; useChat itself is (blind audit ax, ax-code-3)", () => {
    const store = [
      "import { useEffect, useRef, useState } from 'react'",
      "import { useChatStore } from '../stores/chatStore'",
      '',
      'export function ChatWindow() {',
      '  const { activeChatId, chats, sendMessage } = useChatStore()',
      "  const [text, setText] = useState('')",
      '  return <div>{text}</div>',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(store, 'typescriptreact', /^useChat/), []);
    const ai = [
      "import { useChat } from '@ai-sdk/react'",
      '',
      'export function Chat() {',
      '  const { messages, input, handleSubmit } = useChat()',
      '  return <form onSubmit={handleSubmit}>{messages.length}</form>',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(ai, 'typescriptreact', /^useChat$/), ['vercel-ai-sdk', 'vercel-ai-sdk']);
  });

  it("an HTTP rate limiter's requestsPerMinute is no LLM API limit; an LLM text's requests per minute is (blind audit ax, ax-code-4)", () => {
    const go = [
      'package middleware',
      '',
      'import "golang.org/x/time/rate"',
      '',
      '// rateLimiter implements token bucket algorithm',
      'type rateLimiter struct {',
      '\tlimiter *rate.Limiter',
      '}',
      '',
      'func NewRateLimiter(requestsPerMinute int, burst int) *rateLimiter {',
      '\treturn &rateLimiter{limiter: rate.NewLimiter(rate.Limit(requestsPerMinute)/60, burst)}',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(go, 'go', /requests?PerMinute/i), []);
    const llm = [
      '# OpenAI API rate limits',
      '',
      'Each model has limits in requests per minute (RPM) and tokens per minute (TPM). When the LLM API returns a',
      'RateLimitError, back off and retry; the x-ratelimit-remaining-tokens header tells how much of the budget is left.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(llm, 'markdown', /^requests per minute$/i), ['llm-rate-limits']);
  });
});
