import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// xinlc/xinlc.github.io111 source/_posts/back-end/java/spring-cloud-eureka.md (dev branch) of blind audit fb (fb-zh-2),
// lines 2, 10, 44-46, 48-54, 60, 70-76, 85-87 and 136-145 of the excerpt (the post's lines 2-201).
const eurekaPost = [
  'title: 微服务架构之服务注册与发现：Spring Cloud Eureka',
  '在微服务架构中往往会有一个注册中心，每个微服务都会向注册中心去注册自己的地址及端口信息，注册中心维护着服务名称与服务实例的对应关系。每个微服务都会定时从注册中心获取服务列表，同时汇报自己的运行情况，这样当有的服务需要调用其他服务时，就可以从自己获取到的服务列表中获取实例地址进行调用，Eureka 实现了这套服务注册与发现机制。',
  '| 集中式理 | 运维简单、集中治理、语言栈无关 | 配置麻烦周期长、单点问题、多一跳有性能开销 | 中大小规模公司都适用，需一定运维能力 | 亿贝，携程，拍拍贷 |',
  '| 客户端嵌入式代理 | 无单点，性能好 | 客户端复杂、多语言麻烦、治理松散 | 中大规模公司，语言栈较统一 | Twitter Finagle、阿里 Dubbo、Netflix Karyon,、新浪微博 Motan |',
  '| 主机独立进程代理 | 折中方案 | 运维部署复杂 | 中大规模公司，运维能力强 | Airbnb SmartStack、唯品会、新浪微博 Motan、Istio ServiceMesh |',
  '## Eureka 简介',
  '',
  'Eureka 是一个基于 REST 的服务，主要用于 AWS 云中的定位服务，以实现中间层服务器的负载平衡和故障转移。在 Spring Cloud 微服务架构中通常用作注册中心，我们称这个服务为 Eureka Server，还有一个与之交互的客户端称之为 Eureka Client。',
  '',
  '- 阿基米德发现浮力定律时发出的惊叹声，寓意微服务发现；',
  '- 云服务发现组件，支持跨区域高可用（AP 原则：高可用，分区容错性）；',
  '- 提供Java based client，提供 RESTful API 支持多语言对接；',
  '在 Netflix 中主要场景是中间层负载均衡：',
  '- Application Server：表示服务提供方；',
  '- Application Client：表示服务消费方；',
  '- Make Remote Call：表示远程调用；',
  '',
  '服务在 Eureka 上注册，然后每隔30秒发送心跳来更新它们的租约。如果客户端不能多次续订租约，那么它将在大约90秒内从服务器注册表中剔除。注册信息和更新被复制到集群中的所有 Eureka 节点。来自任何区域的客户端都可以查找注册表信息（每30秒发生一次）来定位它们的服务（可能在任何区域）并进行远程调用。',
  '',
  '> PS：Eureka Client 需要每30秒给 Eureka Server 发一次心跳，同时更新 Server 上最新的注册信息到本地，如果Server 多次没有收到来自客户端的心跳，那么在90秒内会被 Server 上剔除。',
  '- Eureka Server：提供服务注册和发现；',
  '- Service Provider：服务提供方，将自身服务注册到 Eureka，从而使服务消费方能够找到；',
  '- Service Consumer：服务消费方，从 Eureka 获取注册服务列表，从而能够消费服务；',
  '在启动类上添加 @EnableEurekaServer 注解来启用 Euerka 注册中心功能：',
  '',
  '```java',
  '@EnableEurekaServer',
  '@SpringBootApplication',
  'public class EurekaServerApplication {',
  '    public static void main(String[] args) {',
  '        SpringApplication.run(EurekaServerApplication.class, args);',
  '    }',
  '}',
  '',
].join('\n');

// dalers/maestro protected/data/sql/demo.sql of blind audit fb (fb-code-4), lines 259, 263 and 388 of the file
// (shortened values of two INSERT rows).
const maestroSql = [
  'CREATE TABLE `tbl_issue` (',
  '  `id` int(11) NOT NULL AUTO_INCREMENT,',
  '  `description` text,',
  '  PRIMARY KEY (`id`)',
  ') ENGINE=InnoDB DEFAULT CHARSET=utf8;',
  '',
  "INSERT INTO `tbl_issue` (`id`, `name`, `description`) VALUES",
  "(1, 'Mounting', 'Enclosure design requires copper-side-up orientation of PCA. Suggestion is to orient PCA component-side up.'),",
  "(2, 'Drawings', 'Finalize dimensions of the PCB, create Master Drawing for the PCB, create assembly drawing.');",
  '',
  "INSERT INTO `tbl_manufacturer` (`id`, `MFRMfrName`, `MFRCountry`) VALUES",
  "(4, 'AVX Corporation', 'USA');",
  '',
].join('\n');

describe('bundled aliases corrected after blind audit fb', () => {
  it('"语言栈" (a tech stack) is no stack data structure; 栈 in an algorithms text is (blind audit fb, fb-zh-2)', () => {
    assert.deepEqual(notesAt(eurekaPost, 'markdown', /^栈$/), []);
    const algo = [
      '# 栈与队列',
      '',
      '栈是后进先出（LIFO）的线性表，push 把元素压入栈顶，pop 弹出栈顶元素；队列则是先进先出。',
      '括号匹配、表达式求值和深度优先搜索都用到栈，递归也可以改写成显式的栈加循环。时间复杂度都是 O(1)。',
      '',
    ].join('\n');
    assert.ok(notesAt(algo, 'markdown', /^栈$/).includes('stack-data-structure'));
  });

  it("a microservice's 服务提供方 is no SSO service provider; an SSO text's is (blind audit fb, fb-zh-2)", () => {
    assert.deepEqual(notesAt(eurekaPost, 'markdown', /^服务提供方$/), []);
    const sso = [
      '# 单点登录',
      '',
      '单点登录（SSO）里，身份提供方（IdP，如 Keycloak、Okta）负责认证；各应用是服务提供方（SP），只信任 IdP 发来的 SAML 断言',
      '或 OIDC 的 ID Token。服务提供方校验断言的签名，再建立自己的会话。',
      '',
    ].join('\n');
    assert.ok(notesAt(sso, 'markdown', /^服务提供方$/).includes('single-sign-on'));
  });

  it('"Service Consumer" (a Eureka role) is no Kubernetes Service; a Service in a Kubernetes text is (blind audit fb, fb-zh-2)', () => {
    assert.deepEqual(notesAt(eurekaPost, 'markdown', /^service$/i), []);
    const k8s = [
      '# Exposing a Deployment',
      '',
      'kubectl expose deployment web --port 80 creates a Service whose selector matches the Pods of the Deployment;',
      'the Service gets a ClusterIP, and kube-proxy forwards its traffic to the Pods behind it.',
      '',
    ].join('\n');
    assert.ok(notesAt(k8s, 'markdown', /^Service$/).includes('kubernetes-service'));
  });

  it('"AVX Corporation" (a manufacturer) is no SIMD extension; AVX in a SIMD text is (blind audit fb, fb-code-4)', () => {
    assert.deepEqual(notesAt(maestroSql, 'sql', /^AVX$/), []);
    const simd = [
      '# Vectorising a loop',
      '',
      'With AVX the CPU adds eight floats in one instruction; compile with -mavx2 or use intrinsics such as _mm256_add_ps.',
      '',
    ].join('\n');
    assert.ok(notesAt(simd, 'markdown', /^AVX$/).includes('simd'));
  });

  it('"Master Drawing" of a PCB is no replication master; a MySQL master is (blind audit fb, fb-code-4)', () => {
    assert.deepEqual(notesAt(maestroSql, 'sql', /^master$/i), []);
    const repl = [
      '# MySQL replication',
      '',
      'The master writes every change to its binlog; each replica reads it over the network and applies it, so replication',
      'lag grows when the master is busy. CHANGE MASTER TO points a replica at its master.',
      '',
    ].join('\n');
    assert.ok(notesAt(repl, 'markdown', /^master$/).includes('database-replication'));
  });
});
