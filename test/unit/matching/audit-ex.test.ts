import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// BrightStarry/Pattern README.md of blind audit ex (ex-zh-1), lines 5 and 42-45 of the excerpt (short quotes).
const patternNotes = [
  '#### 1.单例模式-Singleton',
  '5. 枚举模式-同上的优点，但是不能延迟加载；从效率上来说，该模式最快',
  '~~~',
  'public class A {',
  '    //私有化构造方法',
  '    private A(){}',
  '    //内部静态枚举',
  '    private static enum Singleton{',
  '        INSTANCE;',
  '    }',
  '}',
  '~~~',
  '#### 2.代理模式-proxy：在原有类的行为上增加一些行为',
  '2. 动态代理：dynamic',
  '    JDK实现的动态代理实际上就是那个接口的一个空壳，所有调用的类实际上还是通过method.invoke(hero, args)方法中的第一个参数实现的，这个参数传的就是该接口的实现类实例。（具体可参考策略模式中的代码理解）',
  '    与静态代理的区别在于，编译时代理类并没有生成。',
  '    从重构的角度来说，其实更简单点，那就是在你发现你使用静态代理的时候，需要写一大堆重复代码的时候，就请改用动态代理试试吧',
  '#### 3.工厂模式-factory:',
  '#### 4.观察者模式/发布订阅模式-Observer',
  '    public synchronized void addObserver(Observer o) {',
  '        obs.addElement(o);',
  '    }',
  '    //临时缓存数组，用来保存当前观察者的副本',
  '#### 5.策略模式-strategy：在一个需要多种算法不同实现的地方，可以方便的替换',
  '            4. 判断该类是否符合该注解中的范围，如果符合，则将这个类对象添加到一个有序集合中',
  '            5. 然后将这些有序集合都传给策略接口的一个动态代理类，以获取动态代理实例。',
  '数据库 MySQL 的 SQL 查询和事务也可以用工厂模式封装。',
  '',
].join('\n');

// grafana/grafana Dockerfile of blind audit ex (ex-code-4), lines 100 and 134-137.
const grafanaDockerfile = [
  '# syntax=docker/dockerfile:1',
  'FROM ${GO_IMAGE} AS go-builder',
  'COPY embed.go Makefile build.go package.json ./',
  'RUN make build-go',
  '',
  '# Final stage',
  'FROM ${BASE_IMAGE}',
  '',
  'LABEL maintainer="Grafana Labs <hello@grafana.com>"',
  'LABEL org.opencontainers.image.source="https://github.com/grafana/grafana"',
  'ENV GF_PATHS_PROVISIONING="/etc/grafana/provisioning"',
  'COPY --from=go-src /tmp/grafana/conf ./conf',
  'EXPOSE 3000',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit ex', () => {
  it('"可参考策略模式" is no reference policy; 参考策略 in an RLHF text is (blind audit ex, ex-zh-1)', () => {
    assert.deepEqual(notesAt(patternNotes, 'markdown', /^参考策略$/), []);
    assert.ok(notesAt(patternNotes, 'markdown', /^策略模式$/).every((id) => id === 'strategy-pattern'));
    const rlhf = [
      '# PPO 与 DPO',
      '',
      'RLHF 里 PPO 需要策略模型、参考策略、奖励模型和价值模型；KL 惩罚让策略不偏离参考策略太远。',
      'DPO 省掉了奖励模型，但仍要一个冻结的参考模型（reference model）。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(rlhf, 'markdown', /^参考策略$/), ['reference-model', 'reference-model']);
  });

  it('"一大堆重复代码" is no heap; 堆 in a JVM text is (blind audit ex, ex-zh-1)', () => {
    assert.deepEqual(notesAt(patternNotes, 'markdown', /^堆$/), []);
    const jvm = [
      '# JVM 内存',
      '',
      'Java 对象分配在堆上，JVM 的垃圾回收器（G1、ZGC）回收堆中不再可达的对象；-Xmx 设置堆的最大值。',
      '',
    ].join('\n');
    assert.ok(notesAt(jvm, 'markdown', /^堆$/).includes('jvm-garbage-collection'));
  });

  it("a singleton's 延迟加载 is no ORM lazy loading; Hibernate's is (blind audit ex, ex-zh-1)", () => {
    assert.deepEqual(notesAt(patternNotes, 'markdown', /^延迟加载$/), []);
    const orm = [
      '# Hibernate 的 N+1 查询',
      '',
      '关联对象默认延迟加载：查询 100 个订单后逐个访问 order.getItems()，会再发 100 条 SELECT 语句，这就是 N+1 查询。',
      '用 JOIN FETCH 或 @EntityGraph 一次取回，或在 SQL 里批量查询。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(orm, 'markdown', /^延迟加载$/), ['n-plus-one-query']);
  });

  it("a Java strategy list's 有序集合 is no Redis sorted set; a Redis ZSET's is (blind audit ex, ex-zh-1)", () => {
    assert.deepEqual(notesAt(patternNotes, 'markdown', /^有序集合$/), []);
    const redis = [
      '# Redis 排行榜',
      '',
      'Redis 的有序集合（ZSET）给每个成员一个分数：ZADD rank 100 alice 写入，ZREVRANGE rank 0 9 WITHSCORES 取前十名。',
      '有序集合底层用跳表和哈希表实现，Redis 的 ZINCRBY 可以原子地加分。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(redis, 'markdown', /^有序集合$/), ['redis-sorted-set', 'redis-sorted-set']);
  });

  it("a Dockerfile's LABEL instruction is no Prometheus label; a label in a Prometheus text is (blind audit ex, ex-code-4)", () => {
    assert.deepEqual(notesAt(grafanaDockerfile, 'dockerfile', /^LABEL$/), []);
    const prom = [
      '# Prometheus metrics',
      '',
      'A Prometheus time series is a metric name plus a set of labels; each label adds a dimension, so keep',
      'high-cardinality values out of a label. PromQL selects series with label matchers, and Grafana graphs them.',
      '',
    ].join('\n');
    assert.ok(notesAt(prom, 'markdown', /^label$/).includes('prometheus'));
  });

  it('"build.go package.json" is no Go package; "a Go package" is (blind audit ex, ex-code-4)', () => {
    assert.deepEqual(notesAt(grafanaDockerfile, 'dockerfile', /^go package$/i), []);
    assert.deepEqual(notesAt(grafanaDockerfile, 'dockerfile', /^package\.json$/), ['package-json']);
    const go = ['# Go modules', '', 'Every directory of a module is a Go package; its files start with the same package clause.', ''].join('\n');
    assert.deepEqual(notesAt(go, 'markdown', /^Go package$/), ['go-package']);
  });
});
