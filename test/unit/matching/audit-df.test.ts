import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The Spring Cloud interview page of blind audit df (df-zh-2), cut to the lines that name Kubernetes once (in a list of
// frameworks), Ribbon's "客户端组件" and Spring Cloud Gateway's routes.
const springCloud = [
  '## 什么是 Spring Cloud？',
  '',
  '答案：<br />Spring Cloud 是一个服务治理平台，是若干个框架的集合，提供了全套的分布式系统解决方案。<br />包含：服务注册与发现、配置中心、服务网关、智能路由、负载均衡、断路器、监控跟踪、分布式消息队列等等。',
  '',
  '## Spring Cloud 的优缺点？',
  '',
  '答案<br />微服务的框架那么多⽐如：dubbo、Kubernetes，为什么还要使⽤Spring Cloud呢？<br />**优点：**<br />1、出自 Spring家族，应用广泛，可以保证后续的更新、完善<br />2、组件丰富，功能⻬全。Spring Cloud 为微服务架构提供了⾮常完整的⽀持。如：配置管理、服务发现、断路器、微服务⽹关等；<br />3、Spring Cloud 社区活跃度很⾼，遇到问题很容易找到解决⽅案<br />4、服务拆分粒度更细，耦合度⽐较低，有利于资源重复利⽤，提⾼开发效率<br />5、可以更精准的制定优化服务⽅案，提⾼系统的可维护性<br />6、减轻团队的成本，前期预先定义好接口规范，并⾏开发<br />7、跨平台性，可以⽤任何⼀种语⾔开发<br />8、适于互联⽹时代的快节奏，产品迭代周期更短<br />**缺点：**<br />1、微服务过多，系统治理成本⾼，不利于维护系统<br />2、分布式系统开发的成本⾼（容错，分布式事务等）对团队挑战⼤',
  '## **什么是 Ribbon？**',
  '',
  '答案：<br />1、Spring Cloud Ribbon 是基于Netﬂix Ribbon 实现的客户端 负载均衡的工具。<br />2、Ribbon 客户端组件提供一系列完善的配置项，如：连接超时，重试等。简单的说，就是在配置文件中列出Load Balancer（简称LB）后面所有的机器，Ribbon会自动的帮助你基于某种规则（如：轮询，随机等）去连接这些机器。我们也很容易使用Ribbon实现自定义的负载均衡算法。',
  '答案：<br />基于Ribbon和Hystrix的声明式服务调用组件，可以动态创建基于Spring MVC注解的接口实现用于服务调用，在Spring Cloud 2.0 中已经取代 Feign 成为了一等公民。',
  '',
  '## 什么是 **Spring Cloud Gateway?**<br /><br />',
  '答案：<br />Spring Cloud Gateway是Spring Cloud官⽅推出的第⼆代⽹关框架，取代Zuul⽹关。⽹关作为流量入口，在微服务系统中有着⾮常作⽤，⽹关常⻅的功能有路由转发、权限校验、限流控制等作⽤。使⽤了⼀个RouteLocatorBuilder的bean去创建路由，除了创建路由RouteLocatorBuilder可以让你添加各种predicates和filters，predicates断⾔的意思，顾名思义就是根据具体的请求的规则，由具体的route去处理，filters是各种过滤器，⽤来对请求做各种判断和修改。',
  '',
].join('\n');

// The same page, its Hystrix answer and its closing link.
const hystrix = [
  '## 什么是 **Hystrix？**',
  '',
  '答案：<br />Hystrix 是⼀个延迟和容错开源框架，用于隔离远程系统，服务和第三⽅库的访问点，出现不可避免的故障时，停⽌级联故障并在复杂的分布式系统中实现弹性。',
  '- Seata：阿里巴巴开源产品，一个易于使用的高性能微服务分布式事务解决方案。',
  '',
  ' 更多内容：[【万字长文】创业公司就应该技术选型 Spring Cloud Alibaba ， 开箱即用](https://mp.weixin.qq.com/s/MATrMbBWFVbyWzSmNsOmMQ)',
  '',
].join('\n');

// The TLB section of the context-switch post of blind audit df (df-zh-1).
const tlb = [
  '### 2.2. TLB缓存',
  '',
  '`TLB（Translation Lookaside Buffer）`，也称**快表缓存**、**旁路转换缓冲**，用于改进`虚拟地址`到`物理地址`转换速度的`缓存`。',
  '有了TLB之后，CPU访问某个虚拟内存地址的过程如下：',
  '',
  '* 1、CPU产生一个 **虚拟地址**',
  '* 2、1）MMU从TLB中获取页表，翻译成 **物理地址**',
  '    * `MMU（Memory Management Unit）`即内存管理单元，负责 虚拟内存地址 到 物理内存地址 的转换。',
  '        * 对于多数现代通用CPU，MMU 通常是集成在 CPU 内部的',
  '    * 2）若在TLB中没有找到相应的页表项（即`TLB未命中`），MMU就需要去`内存中的页表`查找',
  '    * 3）若在内存页表中发现所需的页面不在物理内存中，就会触发**缺页异常**/**缺页中断**',
  '* 3、MMU把物理地址发送给L1/L2/L3/内存',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit df', () => {
  it('Ribbon\'s 客户端组件 is no React client component, and a gateway\'s 路由 no client-side routing (blind audit df, df-zh-2)', () => {
    assert.deepEqual(notesAt(springCloud, 'markdown', /^客户端组件$/), []);
    assert.deepEqual(notesAt(springCloud, 'markdown', /^路由$/), []);
    const rsc = [
      '# React Server Components',
      '',
      '在 Next.js 的 App Router 中，组件默认是服务端组件；文件顶部写 `\'use client\'` 才是客户端组件，客户端组件里才能用 `useState` 和 `useEffect`。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(rsc, 'markdown', /^客户端组件$/), ['react-server-components', 'react-server-components']);
  });

  it('a product\'s 迭代周期 is no training epoch (blind audit df, df-zh-2)', () => {
    assert.deepEqual(notesAt(springCloud, 'markdown', /^迭代周期$/), []);
    const training = [
      '# 训练循环',
      '',
      '模型用 SGD 优化器训练 10 个迭代周期（epoch），学习率 0.1，每个迭代周期遍历一次训练集，并在验证集上计算损失函数和准确率。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(training, 'markdown', /^迭代周期$/), ['epoch', 'epoch']);
  });

  it('Spring Cloud Gateway is no Kubernetes Gateway API (blind audit df, df-zh-2)', () => {
    assert.deepEqual(notesAt(springCloud, 'markdown', /^Gateway$/), []);
    const gatewayApi = [
      '# Gateway API',
      '',
      'In Kubernetes, a Gateway names its GatewayClass, and an HTTPRoute attaches to the Gateway through `parentRefs`;',
      'kubectl get gateway shows its addresses.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(gatewayApi, 'markdown', /^Gateway$/), ['gateway-api', 'gateway-api']);
  });

  it('Hystrix is a circuit breaker (alias added after blind audit df, df-zh-2)', () => {
    assert.deepEqual(notesAt(hystrix, 'markdown', /^Hystrix$/), ['circuit-breaker', 'circuit-breaker']);
  });

  it('万字长文 has no word size in it; a 64-bit CPU\'s 字长 is (blind audit df, df-zh-2)', () => {
    assert.deepEqual(notesAt(hystrix, 'markdown', /^字长$/), []);
    assert.deepEqual(notesAt('64 位 CPU 的字长是 8 字节，指针也是 8 字节。\n', 'markdown', /^字长$/), ['word-size']);
  });

  it('内存页表 is the page table in memory, not a memory page (blind audit df, df-zh-1)', () => {
    assert.deepEqual(notesAt(tlb, 'markdown', /^内存页$/), []);
    assert.deepEqual(notesAt(tlb, 'markdown', /^页表$/), ['virtual-memory', 'virtual-memory', 'virtual-memory', 'virtual-memory']);
    assert.deepEqual(notesAt('操作系统以内存页为单位管理物理内存，x86-64 的内存页一般是 4KB。\n', 'markdown', /^内存页$/), ['memory-page', 'memory-page']);
  });

  it("a service's findByName is no Spring Data derived query; the repository's is (blind audit df, df-code-3)", () => {
    const test = [
      '@ExtendWith(MockitoExtension.class)',
      'class CityServiceImplTestMockitoJUnitExtensionStyle {',
      '',
      '    // System under Test (SuT)',
      '    private CityService cityService;',
      '',
      '    // Mocks',
      '    @Mock',
      '    private CityRepository cityRepository;',
      '',
      '    @BeforeEach',
      '    void setUp() {',
      '        cityService = new CityServiceImpl(cityRepository);',
      '    }',
      '    @Test',
      '    void findByName() throws ElementNotFoundException {',
      '        City expected = createCity();',
      '        Mockito.when(cityRepository.findByName(expected.getName()))',
      '                .thenReturn(Optional.of(expected));',
      '        City actual = cityService.findByName(expected.getName());',
      '        ReflectionAssert.assertReflectionEquals(expected, actual);',
      '    }',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(test, 'java', /^findBy$/), ['spring-data-repository']);
  });
});
