import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// Aliases added in round 50 for expected terms the blind audits found unexplained although a note covers them.
// Each passage is cut from the audited file named in the test; the negatives are the wrong readings to keep out.
describe('bundled aliases added after the round-50 blind audits', () => {
  it('-EFAULT is an errno value (blind audit dt, dt-code-2)', () => {
    const c = [
      '    if (copy_from_user( input, buff, len )) {',
      '        return -EFAULT;',
      '    }',
      "    input[len] = '\\0';",
      '',
    ].join('\n');
    assert.deepEqual(notesAt(c, 'c', /^EFAULT$/), ['errno']);
  });

  it('close-on-exec is the file descriptor flag (blind audit dt, dt-en-2)', () => {
    const md = [
      '    > Hence the advantage of using `epoll_create1()` is that it allows you to specify the flags, which I think are',
      '    currently limited to close-on-exec (so that the file descriptor is automatically closed when `exec`-ing another',
      '    program).',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^close-on-exec$/), ['file-descriptor']);
  });

  it("低秩分解 is LoRA's in an LLM text, not in a recommender's matrix factorization (blind audit ds, ds-zh-2)", () => {
    const lora = [
      '# LoRA (Low-Rank Adaptation) 低秩适应',
      '',
      'LoRA的核心洞察是：**预训练模型的权重更新具有低"内在秩"（low intrinsic rank）**。',
      '',
      '传统微调需要更新完整的权重矩阵 $W \\in \\mathbb{R}^{d \\times k}$，参数量巨大。LoRA提出用低秩分解来近似权重更新：',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(lora, 'markdown', /^低秩分解$/), ['lora']);
    const recommender = [
      '# 推荐系统中的矩阵分解',
      '',
      '协同过滤把用户-物品评分矩阵做低秩分解：用 SVD 或交替最小二乘把矩阵分成用户矩阵和物品矩阵的乘积，缺失的评分由两个低维向量的内积预测。',
      '机器学习里 PCA 也是一种低秩近似，用于降维。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(recommender, 'markdown', /^低秩分解$/), []);
  });

  it("Spring's ResponseEntity is the controller's return type (blind audit ds, ds-code-3)", () => {
    const java = [
      'import org.springframework.http.HttpHeaders;',
      'import org.springframework.http.HttpStatus;',
      'import org.springframework.http.ResponseEntity;',
      'import org.springframework.web.bind.annotation.*;',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(java, 'java', /^ResponseEntity$/), ['spring-mvc-request-mapping']);
  });

  it("节点分裂 is the B-tree's node split, not a decision tree's (blind audit dw, dw-zh-1)", () => {
    const btree = [
      '# B树',
      '',
      '针对m阶高度h的B树，插入一个元素时，首先在B树中是否存在，如果不存在，即在叶子结点处结束，然后在叶子结点中插入该新的元素。',
      '',
      '- 若该节点元素个数小于m-1，直接插入；',
      '- 若该节点元素个数等于m-1，引起节点分裂；以该节点中间元素为分界，取中间元素（偶数个数，中间两个随机选取）插入到父节点中；',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(btree, 'markdown', /^节点分裂$/), ['b-tree']);
    const decisionTree = [
      '# 决策树',
      '',
      '决策树从根节点开始，每次选择信息增益最大的特征进行节点分裂，直到叶子节点足够纯；剪枝可以防止过拟合。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(decisionTree, 'markdown', /^节点分裂$/), []);
  });

  it('hash冲突 is a hash collision (blind audit dz, dz-zh-1)', () => {
    const md = [
      '## 如何处理hash冲突',
      '链地址法解决',
      '当一个值中要存储到HashMap中的时候会根据Key的值来计算出他的hash，通过hash值来确认存放到数组中的位置，如果发生hash冲突就以链表的形式存储',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^hash冲突$/), ['hash-table', 'hash-table']);
  });

  it("HAL_GPIO_EXTI_Callback is EXTI's callback, while the UART callbacks stay the HAL's (blind audit dz, dz-code-1)", () => {
    const c = [
      '/* USER CODE BEGIN Application */',
      '',
      'void HAL_GPIO_EXTI_Callback(uint16_t GPIO_Pin)',
      '{',
      '  if (isSleep == true)',
      '  {',
      '      HAL_RCC_DeInit();',
      '  }',
      '}',
      '',
      'void HAL_UART_RxCpltCallback(UART_HandleTypeDef *huart)',
      '{',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(c, 'c', /^HAL_GPIO_EXTI_Callback$/), ['exti']);
    assert.deepEqual(notesAt(c, 'c', /^HAL_UART_RxCpltCallback$/), ['stm32-hal']);
  });

  it('codes.PermissionDenied is a gRPC status code (blind audit dz, dz-code-3)', () => {
    const go = [
      '\t\tif errors.Is(err, entity.ErrTaskForbidden) {',
      '\t\t\treturn nil, status.Error(codes.PermissionDenied, "forbidden")',
      '\t\t}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(go, 'go', /^codes\.PermissionDenied$/), ['grpc']);
  });

  it("d2l's Xavier随机初始化 is weight initialization (blind audit eb, eb-zh-1)", () => {
    const md = [
      '#### Xavier随机初始化',
      '',
      '还有一种比较常用的随机初始化方法叫作Xavier随机初始化。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^Xavier随机初始化$/), ['weight-initialization', 'weight-initialization']);
  });

  it('漏斗限流 is the leaky bucket; a bare 漏斗 is not (blind audit eb, eb-zh-2)', () => {
    const md = [
      '**优点**：',
      ' - 平滑处理请求速度：漏斗限流能够有效地平滑限制请求的处理速度，防止瞬间请求过多导致系统崩溃或出现雪崩效应。',
      '',
      '**缺点**：',
      ' - 无法动态调整流量：漏斗的漏出速率是固定的，不够灵活，无法根据实际流量情况进行动态调整。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^漏斗限流$/), ['leaky-bucket']);
    assert.deepEqual(notesAt(md, 'markdown', /^漏斗$/), []);
  });

  it("fetch's res.json() reads the body; Express's res.json(data) is no fetch (blind audit eb, eb-code-3)", () => {
    const js = [
      '  if (term.trim()) {',
      '    fetch(`https://www.themealdb.com/api/json/v1/1/search.php?s=${term}`)',
      '      .then(res => res.json())',
      '      .then(data => {',
      '        console.log(data);',
      '      });',
      '  }',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(js, 'javascript', /^res\.json/), ['fetch-api']);
    const express = [
      "app.get('/api/orders/:id', async (req, res) => {",
      '  const order = await db.findOrder(req.params.id);',
      '  res.json(order);',
      '});',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(express, 'javascript', /^res\.json/), []);
  });

  it("nginx's upstream block in a .conf; a git config's upstream remote stays Git's (blind audit eb, eb-code-4)", () => {
    const conf = [
      'upstream backend {',
      '    server 127.0.0.1:3000 fail_timeout=0;',
      '}',
      '',
      'upstream streaming {',
      '    server 127.0.0.1:4000 fail_timeout=0;',
      '}',
      '',
      'server {',
      '  listen 443 ssl http2;',
      '  location / {',
      '    proxy_pass http://backend;',
      '  }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(conf, 'properties', /^upstream$/), ['nginx-upstream', 'nginx-upstream']);
    const gitconfig = [
      '[remote "upstream"]',
      '\turl = https://github.com/x/y.git',
      '\tfetch = +refs/heads/*:refs/remotes/upstream/*',
      '[branch "main"]',
      '\tremote = upstream',
      '\tmerge = refs/heads/main',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(gitconfig, 'properties', /^upstream$/), ['git-remote', 'git-remote', 'git-remote']);
  });

  it("nginx's ssl_protocols is TLS's version setting (blind audit eb, eb-code-4)", () => {
    const conf = [
      'server {',
      '  listen 443 ssl http2;',
      '  ssl_protocols TLSv1.2 TLSv1.3;',
      '  ssl_ciphers HIGH:!MEDIUM:!LOW:!aNULL:!NULL:!SHA;',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(conf, 'properties', /^ssl_protocols$/), ['tls']);
  });

  it("Prometheus summaries are the metric type; summaries of news articles are not (blind audit dx, dx-en-1)", () => {
    const prometheus = [
      'Histograms and summaries are more complex metric types. For historical reasons,',
      'histograms exist in two variants: classic histograms and native histograms, the',
      'latter even come in a number of sub-variants. This document helps to understand',
      'the difference between all those metric types, how to use them correctly, and',
      'how to pick the right metric type for your use case.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(prometheus, 'markdown', /^summaries$/), ['prometheus-metric-types']);
    const news = [
      '# Abstractive summarization',
      '',
      'The model reads news articles and writes short summaries of them; ROUGE compares its summaries with the reference ones.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(news, 'markdown', /^summaries$/), []);
  });

  it("SQL's check (…) is a CHECK constraint; MySQL's CHECK TABLE and a check_in column are not (blind audit dx, dx-code-4)", () => {
    const sql = [
      '    constraint oauth_authorizations_pkey primary key (id),',
      '    constraint oauth_authorizations_redirect_uri_length check (char_length(redirect_uri) <= 2048),',
      '    constraint oauth_authorizations_expires_at_future check (expires_at > created_at)',
      ');',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(sql, 'sql', /^check$/i), ['check-constraint', 'check-constraint']);
    const mysql = ['ALTER TABLE bookings ADD COLUMN check_in date;', 'CHECK TABLE bookings;', ''].join('\n');
    assert.deepEqual(notesAt(mysql, 'sql', /^check/i), []);
  });

  it("SQL's unique (…) is a unique constraint; an is_unique column is not (blind audit dx, dx-code-4)", () => {
    const sql = [
      '    constraint oauth_authorizations_pkey primary key (id),',
      '    constraint oauth_authorizations_authorization_id_key unique (authorization_id),',
      '    constraint oauth_authorizations_authorization_code_key unique (authorization_code),',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(sql, 'sql', /^unique$/i), ['unique-index', 'unique-index']);
    assert.deepEqual(notesAt('ALTER TABLE tags ADD COLUMN is_unique boolean;\n', 'sql', /unique/i), []);
  });

  it("a MyBatis mapper's resultType is MyBatis's (blind audit ea, ea-code-3)", () => {
    const xml = [
      '<mapper namespace="org.mybatis.jpetstore.mapper.AccountMapper">',
      '',
      '  <select id="getAccountByUsername" resultType="Account">',
      '    SELECT',
      '          SIGNON.USERNAME,',
      '          ACCOUNT.EMAIL',
      '  </select>',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(xml, 'xml', /^resultType$/), ['mybatis']);
  });

  it('PTE is the page table entry in an OS text, not a Kinetis port pin (blind audit du, du-zh-2)', () => {
    const os = [
      '既然页表保存着虚拟地址到物理地址的映射，那么页表就需要保存每一个虚拟地址到每一个物理地址的映射，我们称每一条记录为页表入口`Page Table Entry (PTE)`。',
      '',
      '全部页表有1M个PTE，但是TLB里只有64个，这个差别很多大，这样访问页的时候如果在TLB里那就会变得很快。',
      '',
      '- 页在RAM中',
      '  - PTE在TLB',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(os, 'markdown', /^PTE$/), ['virtual-memory', 'virtual-memory', 'virtual-memory']);
    const kinetis = [
      '/* Kinetis K64: the red LED is on PTB22, the switch SW2 on PTC6, PTE26 drives the green LED. */',
      'void led_init(void) {',
      '    GPIO_PinInit(GPIOE, 26U, &led_config); /* PTE26 */',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(kinetis, 'c', /^PTE/), []);
  });

  it('地址转换 is virtual-to-physical translation in a memory text, not NAT (blind audit du, du-zh-2)', () => {
    const os = [
      '#### 页表和转换',
      '前面一直提到的映射就是页表的部分，页表所做的功能就是转换，`从VA（Virtual Address）虚拟地址转换为PA（Physical Address）物理地址`。',
      '',
      '##### 地址转换',
      '',
      '我们需要将虚拟地址转换为物理地址。',
      '',
      '我们将一个虚拟地址转换为物理地址，虚拟地址的pagenumber部分通过页表转换为实际物理地址的pagenumber部分，虚拟地址的offset部分直接作为物理地址的offset部分。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(os, 'markdown', /^地址转换$/), ['virtual-memory', 'virtual-memory', 'virtual-memory', 'virtual-memory']);
    const nat = [
      '# iptables 与 NAT',
      '',
      '家用路由器用 NAT 把内网的私有 IP 改写成公网地址；iptables 的 nat 表在 PREROUTING 和 POSTROUTING 链上完成这些地址转换，conntrack 记下每条连接的映射。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(nat, 'markdown', /^地址转换$/), []);
  });

  it("cv.wait with a predicate is the condition variable's wait; Python's Condition is not (blind audit du, du-code-2)", () => {
    const cpp = [
      '                    std::unique_lock<std::mutex> lock(this->mutex);',
      '                    ++this->nWaiting;',
      '                    this->cv.wait(lock, [this, &_f, &isPop, &_flag](){ isPop = this->q.pop(_f); return isPop || this->isDone || _flag; });',
      '                    --this->nWaiting;',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(cpp, 'cpp', /^cv\.wait$/), ['std-condition-variable']);
    const python = ['with cv:', '    while not queue:', '        cv.wait()', '    item = queue.pop()', ''].join('\n');
    assert.deepEqual(notesAt(python, 'python', /^cv\.wait$/), []);
  });

  it("Pydantic's model_dump is the model's (blind audit du, du-code-3)", () => {
    const py = [
      '    user_internal_dict = user.model_dump()',
      '    user_internal_dict["hashed_password"] = get_password_hash(password=user_internal_dict["password"])',
      '    del user_internal_dict["password"]',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(py, 'python', /^model_dump$/), ['pydantic-model']);
  });
});

describe('Dockerfile instructions (blind audits ec, em)', () => {
  it('ENV, COPY, ADD and USER explain the Dockerfile note in a Dockerfile; a comment\'s "Add" does not', () => {
    // nginx-proxy/nginx-proxy Dockerfile.alpine (audit em-code-4, MIT), cut; USER from audit ec's lobe-chat Dockerfile.
    const dockerfile = [
      'FROM docker.io/library/nginx:1.31.3-alpine',
      '# Add DOCKER_GEN_VERSION environment variable because',
      'ARG DOCKER_GEN_VERSION="unknown"',
      'ENV DOCKER_GEN_VERSION=${DOCKER_GEN_VERSION} \\',
      '   DOCKER_HOST=unix:///tmp/docker.sock',
      'COPY --from=forego /usr/local/bin/forego /usr/local/bin/forego',
      'COPY network_internal.conf /etc/nginx/',
      'ADD https://example.com/app.tar.gz /tmp/',
      'USER nextjs',
      'CMD ["forego", "start", "-r"]',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(dockerfile, 'dockerfile', /^(ENV|COPY|ADD|USER|Add)$/), ['dockerfile', 'dockerfile', 'dockerfile', 'dockerfile']);
    assert.deepEqual(notesAt(dockerfile, 'dockerfile', /^COPY --from$/), ['multi-stage-build']);
  });
});
