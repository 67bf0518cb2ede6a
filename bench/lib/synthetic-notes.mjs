// Deterministic synthetic notes for benchmarks: bilingual titles built from a technical
// vocabulary, aliases (lower-case, hyphenated, acronyms, Chinese variants), a topic, a summary
// and ~1,200-character bodies mixing Chinese and English prose, headings and code.
import { rng } from '../fixtures.mjs';

/** English / Chinese word pairs that titles and bodies are built from. */
export const VOCAB = [
  ['adaptive', '自适应'], ['distributed', '分布式'], ['cache', '缓存'], ['scheduler', '调度器'], ['gradient', '梯度'],
  ['network', '网络'], ['memory', '内存'], ['allocator', '分配器'], ['thread', '线程'], ['process', '进程'],
  ['queue', '队列'], ['stack', '栈'], ['tree', '树'], ['graph', '图'], ['index', '索引'],
  ['transaction', '事务'], ['lock', '锁'], ['consistency', '一致性'], ['replica', '副本'], ['partition', '分区'],
  ['model', '模型'], ['training', '训练'], ['inference', '推理'], ['attention', '注意力'], ['embedding', '嵌入'],
  ['vector', '向量'], ['matrix', '矩阵'], ['kernel', '内核'], ['module', '模块'], ['driver', '驱动'],
  ['socket', '套接字'], ['protocol', '协议'], ['packet', '数据包'], ['router', '路由器'], ['gateway', '网关'],
  ['container', '容器'], ['image', '镜像'], ['volume', '卷'], ['service', '服务'], ['cluster', '集群'],
  ['node', '节点'], ['pipeline', '流水线'], ['compiler', '编译器'], ['parser', '解析器'], ['optimizer', '优化器'],
  ['regularization', '正则化'], ['normalization', '归一化'], ['quantization', '量化'], ['distillation', '蒸馏'], ['pruning', '剪枝'],
  ['sampling', '采样'], ['estimation', '估计'], ['filter', '过滤器'], ['buffer', '缓冲区'], ['channel', '通道'],
  ['signal', '信号'], ['interrupt', '中断'], ['timer', '定时器'], ['register', '寄存器'], ['instruction', '指令'],
  ['pointer', '指针'], ['reference', '引用'], ['template', '模板'], ['interface', '接口'], ['inheritance', '继承'],
  ['polymorphism', '多态'], ['closure', '闭包'], ['iterator', '迭代器'], ['generator', '生成器'], ['coroutine', '协程'],
  ['recursion', '递归'], ['traversal', '遍历'], ['search', '搜索'], ['sorting', '排序'], ['hashing', '哈希'],
  ['encryption', '加密'], ['signature', '签名'], ['certificate', '证书'], ['authentication', '认证'], ['authorization', '授权'],
  ['session', '会话'], ['token', '令牌'], ['request', '请求'], ['response', '响应'], ['handler', '处理器'],
  ['middleware', '中间件'], ['component', '组件'], ['state', '状态'], ['event', '事件'], ['listener', '监听器'],
  ['layout', '布局'], ['rendering', '渲染'], ['animation', '动画'], ['shader', '着色器'], ['texture', '纹理'],
  ['collision', '碰撞'], ['physics', '物理'], ['engine', '引擎'], ['simulation', '仿真'], ['sensor', '传感器'],
  ['capacitor', '电容'], ['voltage', '电压'], ['current', '电流'], ['circuit', '电路'], ['controller', '控制器'],
  ['database', '数据库'], ['table', '表'], ['column', '列'], ['query', '查询'], ['join', '连接'],
  ['schema', '模式'], ['migration', '迁移'], ['backup', '备份'], ['snapshot', '快照'], ['log', '日志'],
  ['monitoring', '监控'], ['alert', '告警'], ['metric', '指标'], ['tracing', '追踪'], ['profiling', '性能分析'],
  ['latency', '延迟'], ['throughput', '吞吐量'], ['bandwidth', '带宽'], ['concurrency', '并发'], ['parallelism', '并行'],
  ['deadlock', '死锁'], ['semaphore', '信号量'], ['mutex', '互斥锁'], ['atomic', '原子'], ['barrier', '屏障'],
  ['learning', '学习'], ['rate', '率'], ['loss', '损失'], ['function', '函数'], ['layer', '层'],
  ['convolution', '卷积'], ['pooling', '池化'], ['activation', '激活'], ['dropout', '丢弃'], ['batch', '批量'],
  ['random', '随机'], ['forest', '森林'], ['decision', '决策'], ['boundary', '边界'], ['feature', '特征'],
  ['selection', '选择'], ['extraction', '提取'], ['clustering', '聚类'], ['classification', '分类'], ['regression', '回归'],
  ['linear', '线性'], ['logistic', '逻辑'], ['bayesian', '贝叶斯'], ['markov', '马尔可夫'], ['chain', '链'],
  ['hidden', '隐'], ['reinforcement', '强化'], ['policy', '策略'], ['reward', '奖励'], ['agent', '智能体'],
  ['language', '语言'], ['translation', '翻译'], ['speech', '语音'], ['recognition', '识别'], ['vision', '视觉'],
  ['detection', '检测'], ['segmentation', '分割'], ['tracking', '跟踪'], ['mapping', '映射'], ['localization', '定位'],
  ['file', '文件'], ['system', '系统'], ['directory', '目录'], ['permission', '权限'], ['user', '用户'],
  ['virtual', '虚拟'], ['machine', '机器'], ['hypervisor', '虚拟机监控器'], ['page', '页'], ['fault', '错误'],
  ['swap', '交换'], ['heap', '堆'], ['garbage', '垃圾'], ['collector', '回收器'], ['reference counting', '引用计数'],
  ['load', '负载'], ['balancer', '均衡器'], ['proxy', '代理'], ['firewall', '防火墙'], ['tunnel', '隧道'],
  ['storage', '存储'], ['object', '对象'], ['block', '块'], ['stream', '流'], ['message', '消息'],
  ['broker', '代理服务器'], ['topic', '主题'], ['consumer', '消费者'], ['producer', '生产者'], ['offset', '偏移量'],
];

const FILLER_EN = ['the', 'a', 'each', 'every', 'when', 'while', 'because', 'so', 'then', 'which', 'that', 'with', 'without', 'over', 'under', 'into', 'from', 'for', 'uses', 'keeps', 'stores', 'reduces', 'improves', 'avoids', 'controls', 'splits', 'merges', 'updates', 'reads', 'writes', 'checks', 'sends', 'receives', 'waits', 'runs', 'builds', 'measures'];
const FILLER_ZH = ['的', '是', '在', '把', '对', '用', '会', '可以', '通过', '为了', '因此', '如果', '同时', '先', '再', '并且', '不会', '需要', '保持', '减少', '提高', '避免', '控制', '拆分', '合并', '更新', '读取', '写入', '检查', '发送', '接收', '等待', '运行', '构建', '测量'];
const HEADINGS_ZH = ['## 定义', '## 原理', '## 示例', '## 常见误区'];
const HEADINGS_EN = ['## Definition', '## How it works', '## Example', '## Pitfalls'];
const TOPICS = ['systems/memory', 'systems/network', 'ml/training', 'ml/models', 'data/storage', 'data/query', 'web/frontend', 'web/backend', 'embedded/mcu', 'graphics/engine'];

const cap = (w) => w.charAt(0).toUpperCase() + w.slice(1);

function sentenceEn(r, pick) {
  const n = 8 + Math.floor(r() * 10);
  const words = [];
  for (let i = 0; i < n; i++) words.push(r() < 0.45 ? pick()[0] : FILLER_EN[Math.floor(r() * FILLER_EN.length)]);
  return cap(words.join(' ')) + '.';
}

function sentenceZh(r, pick) {
  const n = 8 + Math.floor(r() * 10);
  let s = '';
  for (let i = 0; i < n; i++) {
    s += r() < 0.5 ? pick()[1] : FILLER_ZH[Math.floor(r() * FILLER_ZH.length)];
    if (r() < 0.08) s += ' `' + pick()[0].replace(/ /g, '_') + '` ';
  }
  return s + (r() < 0.8 ? '。' : '，');
}

function body(r, pick, sentence, headings, codeComment) {
  const parts = [];
  for (const h of headings) {
    parts.push(h, '');
    const k = 1 + Math.floor(r() * 3);
    const para = [];
    for (let i = 0; i < k; i++) para.push(sentence(r, pick));
    parts.push(para.join(' '), '');
    if (h === headings[2]) {
      parts.push('```python', `${pick()[0].replace(/ /g, '_')} = ${pick()[0].replace(/ /g, '_')}(${pick()[0].replace(/ /g, '_')})  # ${codeComment}`, '```', '');
    }
  }
  return parts.join('\n');
}

/**
 * `count` notes with ids "syn-<n>". Each title uses 2 or 3 vocabulary words so titles overlap
 * the way real concept names do ("Adaptive Cache", "Adaptive Cache Scheduler").
 */
export function syntheticNotes(count, seed = 42) {
  const r = rng(seed);
  const pick = () => VOCAB[Math.floor(r() * VOCAB.length)];
  const notes = [];
  const seenTitles = new Set();
  let n = 0;
  while (notes.length < count) {
    const k = r() < 0.55 ? 2 : 3;
    const words = [];
    for (let i = 0; i < k; i++) words.push(pick());
    const en = words.map((w) => w[0]).join(' ');
    if (seenTitles.has(en) || new Set(words.map((w) => w[0])).size < k) continue;
    seenTitles.add(en);
    const zh = words.map((w) => w[1]).join('');
    const id = `syn-${n++}`;
    const aliases = [{ term: en }, { term: zh }];
    if (r() < 0.5) aliases.push({ term: en.replace(/ /g, '-') });
    if (r() < 0.3) aliases.push({ term: words.map((w) => w[0][0]).join('').toUpperCase() + (r() < 0.5 ? String(n % 10) : '') });
    if (r() < 0.4) aliases.push({ term: words.slice(1).map((w) => w[1]).join('') + words[0][1].slice(0, 1) + '法' });
    const topic = TOPICS[Math.floor(r() * TOPICS.length)].split('/');
    const summaryEn = sentenceEn(r, pick).slice(0, 150);
    const summaryZh = sentenceZh(r, pick).slice(0, 80);
    notes.push({
      id,
      title: { en: words.map((w) => cap(w[0])).join(' '), zh },
      aliases,
      topic,
      tags: words.map((w) => w[0]),
      summary: { en: summaryEn, zh: summaryZh },
      related: [],
      origin: 'user',
      file: `synthetic/${id}.md`,
      body: {
        zh: body(r, pick, sentenceZh, HEADINGS_ZH, '示例'),
        en: body(r, pick, sentenceEn, HEADINGS_EN, 'example'),
      },
      bodyLine: { zh: 1, en: 1 },
    });
  }
  return notes;
}
