import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit by', () => {
  it('a JS animation is no CSS animation; the animation a CSS transform drives is (blind audit by, by-en-1)', () => {
    // As in the audited article on CSS animation performance (layout, paint, composite).
    const md = [
      '### Element transformation',
      'Using CSS `transform` property does not change its geometry. Thats why `transform` (and `opacity`) is so performant',
      'compared to other CSS properties such as `width`, `margin` or `z-index`.',
      '',
      '### Comparison of CSS and JS animations',
      '- Composition is handled on thread known as the "composition thread". If the browser is running some expensive work',
      '  on the main thread, the animation can still run without interruption. Using only CSS with the composition will make',
      '  the CSS faster than JS animation.',
      '',
    ].join('\n');
    // Only "the animation can still run" (the CSS one) is left; "JS animation" and "JS animations" are not.
    assert.deepEqual(notesAt(md, 'markdown', /^animations?$/), ['css-animations']);
    const js = 'A JavaScript animation calls requestAnimationFrame each frame, unlike a CSS `transition` or `@keyframes`.\n';
    assert.deepEqual(notesAt(`# CSS\n\nThe \`transform\` and \`opacity\` properties.\n\n${js}`, 'markdown', /^animation$/), []);
  });

  it("MongoDB's query router (mongos) and its chunk routing table are no LLM query routing nor an IP routing table (blind audit by, by-zh-1)", () => {
    // As in the audited article on MongoDB sharded clusters.
    const md = [
      '### 核心概念',
      '',
      '- **数据分片**：分片用于存储真正的数据，它可以是一个单独的 mongod 实例，也可以是一个复制集。',
      '- **配置服务器**（Config Server）：**配置复制集中保存了整个分片集群中的元数据，其中包含各个集合的分片策略，以及分片的路由表等**。',
      '- **查询路由**（mongos）：**mongos 是分片集群的访问入口，其本身并不持久化数据**。mongos 启动后，会从配置服务器中加载元数据。',
      '',
      '执行 `shardCollection` 命令，MongoDB 将 `productId` 作为分片键，并采用了哈希分片策略。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^查询路由$/), []);
    assert.deepEqual(notesAt(md, 'markdown', /^路由表$/), []);
    const rag = [
      '# RAG 应用的查询路由',
      '',
      '在 RAG 应用中，查询路由先用 LLM 判断用户问题的意图，再把问题分发给不同的检索器或 Agent；',
      '知识库问答走向量检索，闲聊直接由大模型回答。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(rag, 'markdown', /^查询路由$/), ['intent-classification', 'intent-classification']);
    const net = [
      '# Linux 路由',
      '',
      '用 `ip route` 查看内核的路由表，默认路由经网关 192.168.1.1 从 eth0 发出；',
      '策略路由用 `ip rule` 按源地址选择不同的路由表，内核按最长前缀匹配选出下一跳。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(net, 'markdown', /^路由表$/), ['routing-table', 'routing-table']);
  });

  it("the EXTI's interrupt mask register EXTI_IMR is no Cortex-M PRIMASK/BASEPRI; the core's mask registers are (blind audit by, by-zh-2)", () => {
    // As in the audited STM32F103 article on external interrupts (the EXTI block diagram).
    const md = [
      '外部中断的实现需要俩个控制器共同实现，一个是NVIC(嵌套向量中断控制器);一个是EXTI(外部中断/事件控制器)。',
      '',
      '3.一个或门电路，连接着软件中断事件寄存器(EXTI_SWIER)，你可以配置使得中断的是否开启',
      '',
      '4.一个与门电路，连接着中断屏蔽寄存器(EXTI_IMR),和软件中断事件寄存器的作用类似，只是反了过来而已',
      '',
      '5.将EXTI_PR寄存器内容输出到NVIC内，从而实现系统中断事件控制。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^中断屏蔽寄存器$/), []);
    const core = [
      '# Cortex-M 临界区',
      '',
      'Cortex-M3 有三个中断屏蔽寄存器：PRIMASK、FAULTMASK 和 BASEPRI。FreeRTOS 进入临界区时写 BASEPRI，',
      '只屏蔽优先级数值不小于 configMAX_SYSCALL_INTERRUPT_PRIORITY 的中断，NVIC 中更紧急的中断照常抢占。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(core, 'markdown', /^中断屏蔽寄存器$/), ['cortex-m-basepri']);
  });
});
