import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit bt', () => {
  it('"good comprehension" in the prose of a Python-fenced article is no Python comprehension; ast.comprehension is (blind audit bt, bt-en-1)', () => {
    // As in the audited prompt-engineering guide: Python fences, and a list of when to use zero-shot prompting.
    const md = [
      '## Technique 1: Zero-Shot Prompting',
      '',
      '### When to Use',
      '',
      '- Simple and well-defined tasks',
      '- Large models (13B+) with good comprehension',
      '- When no examples are available',
      '',
      '```python',
      'def zero_shot_classification(text: str, categories: list) -> str:',
      '    prompt = f"Classify the following text into ONE of these categories: {categories}"',
      '    return prompt',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^comprehension$/), []);
    const py = ['import ast', '', 'for node in ast.walk(tree):', '    if isinstance(node, ast.comprehension):', '        print(node.target)', ''].join('\n');
    assert.deepEqual(notesAt(py, 'python', /^comprehension$/), ['python-comprehension']);
  });

  it("a service's uptime in systemctl status is no load average; the uptime command is (blind audit bt, bt-en-2)", () => {
    // As in the audited systemd notes: the Commands section after the unit files.
    const md = [
      '## Systemd',
      '',
      '```systemd',
      '[Service]',
      'Type=forking',
      'PIDFile=/run/nginx.pid',
      'ExecStart=/usr/sbin/nginx',
      'ExecReload=/bin/kill -s HUP $MAINPID',
      '',
      '[Install]',
      'WantedBy=multi-user.target',
      '```',
      '',
      '## Commands',
      '',
      '- `sudo systemctl status <SERVICE_NAME>` = See if running, uptime, view latest logs.',
      '- `systemctl --user status <SERVICE_NAME>` = See status for user service.',
      '- `systemd-analyze time` = Show startup times by process.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^uptime$/), []);
    const load = [
      '## Load average',
      '',
      'The first line of `top` and of the uptime command shows the load average of the last 1, 5 and 15 minutes;',
      'compare it with the number of CPUs from `nproc`, and read /proc/loadavg for the same numbers.',
      '',
      '```bash',
      'uptime',
      'cat /proc/loadavg',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(load, 'markdown', /^uptime$/), ['load-average']);
  });

  it('树 of 基于树的模型 is a tree model, no tree data structure; 树 of a binary tree is (blind audit bt, bt-zh-1)', () => {
    // As in the audited 特征变换 section: when features need scaling, and when they do not.
    const md = [
      '**4.4 归一化 VS 标准化**',
      '',
      '归一化和标准化是两个非常常见的特征变换操作，下面我们来对比一下标准化和归一化：',
      '',
      '*   目的不同，归一化是为了消除纲量压缩到区间；标准化只是调整特征整体的分布。',
      '*   归一化与最大，最小值有关；标准化与均值，标准差有关。',
      '',
      '1.  在分类、聚类算法中，需要使用距离来度量相似性的时候(如 SVM、KNN)或者使用 PCA 技术进行降维的时候，标准化(Z-score standardization)表现更好。',
      '',
      '> 参考ShowMeAI教程 图解机器学习算法：从入门到精通系列教程[7]',
      '',
      '2.  在不涉及距离度量、协方差计算、数据不符合正太分布的时候，可以使用第一种方法或其他归一化方法。',
      '3.  基于树的模型(如随机森林、GBDT、XGBoost、LightGBM等)不需要进行特征的归一化。如果是基于参数的模型或者基于距离的模型(逻辑回归、K-Means聚类、神经网络等)，因为需要对参数或者距离进行计算，都需要进行归一化。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^树$/), []);
    const algo = '# 二叉树\n\n二叉树是一种树：每个节点最多有两个子节点，没有父节点的是根节点，没有子节点的是叶子节点。递归遍历这棵树的前序、中序和后序。\n';
    assert.deepEqual(notesAt(algo, 'markdown', /^树$/), ['tree-data-structure', 'tree-data-structure']);
  });

  it("Sentinel's flow control, sliding window and slow start are no TCP's, nor a service provider Java SPI (blind audit bt, bt-zh-2)", () => {
    // As in the audited Sentinel article: a Spring Cloud document with some networking words (超时, port, localhost).
    const md = [
      '# Sentinel微服务保护',
      '',
      '如图，如果服务提供者I发生了故障，当前应用的部分业务因为依赖于服务I，因此也会被阻塞。',
      '',
      '#### 超时处理',
      '设定超时时间，请求超过一定时间没有响应就返回错误信息，不会无休止等待。',
      '',
      '#### 限流',
      '**流量控制**：限制业务访问的QPS，避免服务因流量的突增而故障。',
      '',
      '| 特性 | **Sentinel** | **Hystrix** |',
      '|------|--------------|-------------|',
      '| 隔离策略 | 信号量隔离 | 线程池隔离/信号量隔离 |',
      '| 实时指标实现 | 滑动窗口 | 滑动窗口（基于 RxJava） |',
      '| 流量整形 | 支持慢启动、匀速排队模式 | 不支持 |',
      '',
      '```xml',
      '<dependency>',
      '    <groupId>com.alibaba.cloud</groupId>',
      '    <artifactId>spring-cloud-starter-alibaba-sentinel</artifactId>',
      '</dependency>',
      '```',
      '',
      '```yaml',
      'server:',
      '  port: 8088',
      'spring:',
      '  cloud:',
      '    sentinel:',
      '      transport:',
      '        dashboard: localhost:8080 # Sentinel控制台地址',
      '```',
      '',
      '- 当请求进入微服务时，首先会访问`DispatcherServlet`，然后进入`Controller`、`Service`、`Mapper`。默认情况下`sentinel`会监控SpringMVC的每一个端点。',
      '',
      '流控、熔断等都是针对簇点链路中的资源来设置的：',
      '- **流控**：流量控制',
      '',
      '```java',
      '@GetMapping("/query")',
      'public String queryOrder() {',
      '    orderService.queryGoods();',
      '    return "查询订单成功";',
      '}',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^(流量控制|流控|滑动窗口)$/), []);
    assert.deepEqual(notesAt(md, 'markdown', /^慢启动$/), []);
    assert.deepEqual(notesAt(md, 'markdown', /^服务提供者$/), []);
    const tcp = [
      '# TCP 流量控制与拥塞控制',
      '',
      'TCP 的流量控制靠接收窗口 rwnd：接收方在 ACK 里通告窗口大小，发送方的滑动窗口不能超过它；零窗口时发送方启动坚持定时器。',
      '流控之外还有拥塞控制：连接建立后先慢启动，cwnd 每个 RTT 翻倍，到 ssthresh 后进入拥塞避免，收到三个重复 ACK 时快速重传。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(tcp, 'markdown', /^(流量控制|流控|滑动窗口)$/), ['tcp-flow-control', 'tcp-flow-control', 'tcp-flow-control']);
    assert.deepEqual(notesAt(tcp, 'markdown', /^慢启动$/), ['tcp-congestion-control']);
    const spi = [
      '# Java SPI',
      '',
      'Java SPI 机制里，服务提供者在 `META-INF/services/` 下放一个以接口全名命名的文件，写上实现类；',
      '`ServiceLoader.load(Driver.class)` 在运行时按这个文件找到并实例化各个服务提供者。',
      '',
      '```java',
      'ServiceLoader<Driver> loader = ServiceLoader.load(Driver.class);',
      'for (Driver driver : loader) {',
      '    System.out.println(driver.getClass());',
      '}',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(spi, 'markdown', /^服务提供者$/), ['java-service-loader', 'java-service-loader']);
  });

  it("'unknown error' inside a template literal's ${} is no TypeScript unknown; a catch variable's unknown is (blind audit bt, bt-code-1)", () => {
    // As in the audited Express server: pino-http's message for a failed request.
    const ts = [
      'app.use(pinoHttp({',
      '  logger,',
      '  customErrorMessage: (req, res, err) => {',
      "    return `Request failed: ${err?.message || 'unknown error'}`;",
      '  },',
      '}));',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(ts, 'typescript', /^unknown$/i), []);
    const typed = ['try {', '  await load();', '} catch (err: unknown) {', '  logger.error(err);', '}', ''].join('\n');
    assert.deepEqual(notesAt(typed, 'typescript', /^unknown$/), ['ts-any-unknown']);
  });

  it('colour variables RED and BLUE of a shell script are no AQM algorithms; RED the qdisc is (blind audit bt, bt-code-4)', () => {
    // As in the audited installer, whose checksum lines make it a networking document.
    const sh = [
      '#!/usr/bin/env bash',
      'if [ -t 1 ] && command -v tput >/dev/null 2>&1; then',
      '  RED=$(tput setaf 1)',
      '  BLUE=$(tput setaf 4)',
      '  RESET=$(tput sgr0)',
      'else',
      '  RED="" GREEN="" YELLOW="" BLUE="" BOLD="" RESET=""',
      'fi',
      'info()    { printf "%s[INFO]%s    %s\\n"    "$BLUE"   "$RESET" "$*"; }',
      'fatal()   { printf "%s[ERROR]%s   %s\\n"    "$RED"    "$RESET" "$*" >&2; exit 1; }',
      'CHECKSUM_URL="${GITHUB_DL}/${VERSION}/checksums.txt"',
      'download "$CHECKSUM_URL" "${TMP_DIR}/checksums.txt" || fatal "Download failed: ${CHECKSUM_URL}"',
      'header "Verifying checksum"',
      '(cd "$TMP_DIR" && grep "$ARCHIVE" checksums.txt | sha256sum --check --status) \\',
      '  || fatal "Checksum verification failed — the download may be corrupted."',
      'success "Checksum verified"',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(sh, 'shellscript', /^(RED|BLUE)$/), []);
    const aqm = [
      '## Active queue management',
      '',
      'RED drops packets early with a probability that grows with the average queue length, before the queue is full;',
      'with ECN marking instead of drops, TCP senders slow down without losing packets. CoDel and fq_codel replaced RED',
      'on most Linux routers: `tc qdisc add dev eth0 root fq_codel` fights bufferbloat with no parameters to tune.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(aqm, 'markdown', /^RED$/), ['active-queue-management', 'active-queue-management']);
  });
});
