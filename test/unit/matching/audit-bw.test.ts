import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit bw', () => {
  it("a Kafka topic's partitioning strategy is no table partitioning; PostgreSQL's declarative partitioning is (blind audit bw, bw-en-1)", () => {
    // As in the audited Kafka article: the topic's partitions, then "Partitioning by key".
    const md = [
      '## Topics and Partitions',
      '',
      '### Partitioning Strategy',
      '',
      'Topic "orders" has three partitions; a Kafka producer chooses the partition, and each consumer of a consumer group',
      'reads its own partitions and commits its offset to the broker.',
      '',
      'Partitioning by key (user_id):',
      '- All orders from user_123 → same partition (ordered!)',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^partitioning$/i), []);
    const sql = [
      '## Partitioned tables in PostgreSQL',
      '',
      'Declarative partitioning splits one table by a partition key: PARTITION BY RANGE on a date column, with an index',
      'per partition. Range partitioning lets a query skip whole partitions of the table (partition pruning).',
      '',
    ].join('\n');
    assert.ok(notesAt(sql, 'markdown', /^partitioning$/i).includes('table-partitioning'));
  });

  it('"returns the same value" and "with any type" are ordinary words in a TypeScript article (blind audit bw, bw-en-2)', () => {
    // As in the audited generics post.
    const md = [
      '# Understanding TypeScript Generics',
      '',
      "Let's start with a simple example of a function that returns the same value that it receives as an argument:",
      '',
      '```typescript',
      'function identity<T>(arg: T): T {',
      '  return arg;',
      '}',
      '```',
      '',
      'You can call the `identity` function with any type, and TypeScript will infer the type of `T`.',
      "Here's an example of a generic class that acts as a container for any type of data:",
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^same value$/i), []);
    assert.deepEqual(notesAt(md, 'markdown', /^any type$/i), []);
    const equality = [
      '## Equality in JavaScript',
      '',
      '`Object.is` uses the SameValue algorithm: unlike `===` with its strict equality, it treats NaN as equal to NaN.',
      'Loose equality with `==` applies type coercion first, as any JavaScript developer learns.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(equality, 'markdown', /^SameValue$/), ['js-equality']);
    const any = [
      '## any and unknown in TypeScript',
      '',
      'The any type turns type checking off for a value; prefer unknown and narrow it with a type guard.',
      '',
      '```typescript',
      'function parse(input: unknown): string {',
      '  if (typeof input === "string") return input;',
      '  const data: any = JSON.parse("{}");',
      '  return String(data);',
      '}',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(any, 'markdown', /^any type$/i), ['ts-any-unknown']);
  });

  it("a DRAM's coincident address decoding is no instruction decode; the pipeline's decode stage is (blind audit bw, bw-zh-1)", () => {
    // As in the audited chapter on the memory hierarchy.
    const md = [
      '### DRAM 存储技术',
      '',
      '在 SRAM 中，只要提供电源，数值会被一直保存。而在 DRAM 中，使用电容保存电荷的方式来存储数据。cache 失效会引发流水线的停顿，',
      '处理器要保存寄存器的状态；SRAM 的访问时间可以和处理器的时钟周期接近。',
      '',
      '由图可见，其采用重合译码的方式，即先给出行地址，再给出列地址进行访问。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^译码$/), []);
    const pipeline = [
      '## 指令流水线',
      '',
      'CPU 流水线把一条指令拆成取指、译码、执行、访存、写回五个阶段，每个时钟周期推进一步；',
      '遇到数据冒险时流水线停顿，Linux 的 perf 可以统计每周期指令数。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(pipeline, 'markdown', /^译码$/), ['instruction-pipeline']);
  });

  it("DDR's transfers on the clock's rising and falling edges are no interrupt triggers; a GPIO edge interrupt is (blind audit bw, bw-zh-1)", () => {
    const md = [
      '### DRAM 存储技术',
      '',
      'DRAM 以 bank 组织，闪存 (EEPROM) 的写操作会磨损器件，需要耗损均衡；SRAM 作为片上缓存。',
      '为进一步提升带宽，出现了**双倍数据传输率** (Double Data Rate, DDR) SDRAM，这种结构在时钟的上升沿和下降沿都可以进行数据传输。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^(上升沿|下降沿)$/), []);
    const gpio = [
      '## GPIO 外部中断',
      '',
      '在 STM32 上把按键引脚配置为 EXTI 中断：按下时电平从高到低，检测下降沿；松开时检测上升沿。',
      '中断服务程序 (ISR) 里清除挂起位，否则会反复进入中断。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(gpio, 'markdown', /^(上升沿|下降沿)$/), ['edge-vs-level-triggered-interrupt', 'edge-vs-level-triggered-interrupt']);
  });

  it("a Java collection's null values are no SQL NULL; NULL in a SQL comparison is (blind audit bw, bw-zh-2)", () => {
    // As in the audited notes on the JDK's collection classes.
    const md = [
      '## PriorityQueue',
      '',
      '+ 不允许null值',
      '+ 不是线程安全的，如有需求请使用`PriorityBlockingQueue`',
      '',
      '## HashSet',
      '',
      '+ 允许null值',
      '+ 内部数据结构是一个HashMap或者LinkedHashMap',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /null ?值/i), []);
    const sql = [
      '## SQL 中的 NULL',
      '',
      '在 MySQL 里与 NULL 值比较的结果既不是真也不是假，WHERE 会过滤掉这些行；判断要用 IS NULL，聚合函数会跳过它们。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(sql, 'markdown', /^NULL 值$/), ['sql-null']);
  });

  it("maintaining a PriorityQueue's heap is no JVM heap; objects allocated on the JVM heap are (blind audit bw, bw-zh-2)", () => {
    const md = [
      '## PriorityQueue',
      '',
      '+ 不是线程安全的，如有需求请使用`PriorityBlockingQueue`',
      '+ iterator维护了一个`ArrayDeque<E>`类型的`forgetMeNot`变量，如果某些元素因为维护堆的操作而改变自己的位置，',
      '  设计者在PriorityQueue#remove的实现上做了这种设计：如果某个元素在维护堆的过程中被移到前面，就返回它。',
      '',
      '## HashMap',
      '',
      '+ `final V putVal(int hash, K key, V value, boolean onlyIfAbsent, boolean evict)`：链表长度超过`TREEIFY_THRESHOLD`时树型化为红黑树',
      '+ iterator是fail-fast的，`modCount`不一致时抛出`ConcurrentModificationException`；`static final`修饰的类变量值为8',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^堆$/).filter((ids) => ids.includes('jvm-garbage-collection')), []);
    const jvm = [
      '## JVM 内存',
      '',
      'JVM 的堆分为新生代和老年代，垃圾回收器回收堆中不再被引用的对象；Full GC 会暂停所有 Java 线程。',
      '',
    ].join('\n');
    assert.ok(notesAt(jvm, 'markdown', /^堆$/).every((ids) => ids.includes('jvm-garbage-collection')));
    assert.equal(notesAt(jvm, 'markdown', /^堆$/).length, 2);
  });

  it("NavigableSet's subSet method is no subset in combinatorics; enumerating every subset is (blind audit bw, bw-zh-2)", () => {
    const md = [
      '## NavigableSet',
      '',
      'NavigableSet接口继承自SortedSet接口，提供lower、floor、ceiling、higher方法。TreeSet的add、remove、contains时间复杂度为$O(logn)$，',
      '内部是红黑树。subSet方法也可以返回指定范围的视图。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^subset$/i), []);
    const algo = [
      '## Subsets by backtracking',
      '',
      'Backtracking enumerates every subset of the array: each element is either taken or skipped, so there are 2^n',
      'subsets, and the recursion tree has depth n. Its time complexity is O(n · 2^n).',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(algo, 'markdown', /^subset$/i), ['permutations-and-combinations']);
  });

  it("EnumSet's elementType field is no annotation ElementType; @Target(ElementType.METHOD) is (blind audit bw, bw-zh-2)", () => {
    const md = [
      '## EnumSet',
      '',
      '+ 专门用于enum类型的set，遍历的顺序是enum被定义的顺序',
      '+ 两个成员变量`Class<E> elementType`和`Enum<?>[] universe`，分别存储枚举类型和所有的枚举常量。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^elementtype$/i), []);
    const java = ['@Target(ElementType.METHOD)', '@Retention(RetentionPolicy.RUNTIME)', 'public @interface Audited {}', ''].join('\n');
    assert.deepEqual(notesAt(java, 'java', /^ElementType$/), ['java-annotations']);
  });

  it('"被内部方法引用到" is no Java method reference; String::length as a method reference is (blind audit bw, bw-zh-2)', () => {
    const md = [
      '## LinkedHashMap',
      '',
      '+ 继承自HashMap，实现Map接口，遍历顺序可以是插入顺序或访问顺序，适合建立LRU缓存',
      '+ `void afterNodeRemoval(Node<K,V>)`，`void afterNodeAccess(Node<K,V> e)`这几个中只有`afterNodeAccess`方法被内部方法引用到。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^方法引用$/), []);
    const lambda = '## Lambda\n\n方法引用是 lambda 只调用一个现有方法时的简写，例如 `String::length`，Java 8 引入。\n';
    assert.deepEqual(notesAt(lambda, 'markdown', /^方法引用$/), ['java-lambda']);
  });

  it("a comment's \"Trigger webhooks\" is no database trigger; a PostgreSQL trigger is (blind audit bw, bw-code-1)", () => {
    // As in the audited Celery tasks module: PostgreSQL upserts, then webhooks fired on completion.
    const py = [
      'from sqlalchemy.dialects.postgresql import insert',
      '',
      'def finish(db, job):',
      '    # Use PostgreSQL\'s INSERT ... ON CONFLICT for efficient upserts',
      '    db.commit()',
      '    # Trigger webhooks for import completion',
      "    trigger_webhooks.delay('import.completed', {'job_id': job.id})",
      '    db.rollback()',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(py, 'python', /^trigger$/i), []);
    const md = [
      '## Triggers in PostgreSQL',
      '',
      'A trigger runs a function before or after INSERT, UPDATE or DELETE on a table; CREATE TRIGGER ... FOR EACH ROW',
      'binds it to a PostgreSQL table, and the SQL schema lists it with the table.',
      '',
    ].join('\n');
    assert.ok(notesAt(md, 'markdown', /^trigger$/i).includes('database-trigger'));
  });

  it("redis-cli ping and mysqladmin ping in a Compose health check are no ICMP ping (blind audit bw, bw-code-4)", () => {
    // As in the audited docker-compose.yml (its 127.0.0.1, 0.0.0.0 and bridge network give it a network share).
    const yml = [
      'services:',
      '  mysql:',
      '    image: mysql:8.4',
      '    healthcheck:',
      '      test: ["CMD-SHELL", "mysqladmin ping -h 127.0.0.1 -uroot -p$$MYSQL_ROOT_PASSWORD --silent"]',
      '  redis:',
      '    image: redis:7.4-alpine',
      '    healthcheck:',
      '      test: ["CMD", "redis-cli", "ping"]',
      '  ui:',
      '    command: ["python", "-m", "streamlit", "run", "app.py", "--server.address", "0.0.0.0", "--server.port", "8501"]',
      'networks:',
      '  egress:',
      '    driver: bridge',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(yml, 'dockercompose', /^ping$/i), []);
    const md = [
      '## ICMP',
      '',
      '`ping -c 4 8.8.8.8` sends ICMP echo requests and prints the round-trip time of each reply; a firewall that drops',
      'ICMP makes a reachable host look down. traceroute uses the TTL of the IP header the same way.',
      '',
    ].join('\n');
    assert.ok(notesAt(md, 'markdown', /^ping$/).includes('icmp-ping'));
  });

  it("an agent's checkpoint backend is no database checkpoint; a PostgreSQL checkpoint is (blind audit bw, bw-code-4)", () => {
    const yml = [
      'services:',
      '  mysql:',
      '    image: mysql:8.4',
      '    environment:',
      '      MYSQL_DATABASE: app',
      '  agent-api:',
      '    environment:',
      '      AGENT_CHECKPOINT_BACKEND: redis',
      '      REDIS_URL: redis://redis:6379/1',
      '      MYSQL_URL: jdbc:mysql://mysql:3306/app?useSSL=false',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(yml, 'dockercompose', /^checkpoint$/i), []);
    const md = [
      '## Checkpoints in PostgreSQL',
      '',
      'At a checkpoint PostgreSQL flushes the dirty pages of the buffer pool to disk, so crash recovery replays the WAL',
      'only from there; checkpoint_timeout sets how often the database does it.',
      '',
    ].join('\n');
    assert.ok(notesAt(md, 'markdown', /^checkpoint$/i).includes('database-checkpoint'));
  });
});
