import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// qq245425070/Document's Java/jvm/garbage_collection.md of blind audit eq (eq-zh-1), lines 69-106 of the excerpt.
const jvmGc = [
  "按照 Oracle JMC 的中文翻译, 是 年轻代, 年老代, 永生代;  ",
  "一般是把 Java 堆分为年轻代和年老代, 这样就可以根据各个年代的特点采用最适当的收集算法;   ",
  "在年轻代中, 每次垃圾收集时都发现有大批对象死去, 只有少量存活, 那就选用复制算法;   ",
  "在年老代中, 因为对象存活率高, 没有额外空间对它进行分配担保, 就必须采用\"标记-清除\"或\"标记-整理\"算法来进行回收;   ",
  "",
  "Java虚拟机的堆内存共划分为: 年轻代(Young Generation), 年老代(Tenured Generation), 永生代(Permanent Generation);    ",
  "新生对象被分配到 Young Generation 的 Eden 区, 大对象直接被分配到 Tenured Generation;  ",
  "当 Eden 区没有足够空间进行分配时, 虚拟机将发起一次 Minor GC;   ",
  "所谓的大对象是指, 需要大量连续内存空间的 Java 对象, 最典型的大对象就是那种很长的字符串以及数组, 直接分配到年老代, 是为了让年轻代有更大的内存空间, 减少 GC;  ",
  "大对象对虚拟机的内存分配来说就是一个坏消息, 经常出现大对象容易导致内存还有不少空间时就提前触发垃圾收集以获取足够的连续空间来存储它们;  ",
  "长期存活的对象将进入年老代, 如果对象在 Eden 出生并经过第一次 Minor GC 后仍然存活, 并且能被 Survivor 容纳的话, 将被移动到 Survivor 空间中, 并且对象年龄设为1;  ",
  "对象在 Survivor 区中每 \"熬过\" 一次 Minor GC, 年龄就增加1岁, 当它的年龄增加到一定程度(默认为15岁), 就将会被晋升到年老代中;  ",
  "动态对象年龄判定, 为了能更好地适应不同程序的内存状况, 如果在 Survivor 空间中相同年龄所有对象大小的总和大于 Survivor 空间的一半, 年龄大于或等于该年龄的对象就可以直接进入年老代;   ",
  "空间分配担保, 在发生 Minor GC 之前, 虚拟机会先检查年老代最大可用的连续空间是否大于年轻代所有对象总空间, 如果这个条件成立, 那么 Minor GC 可以确保是安全的;   ",
  "因此当出现大量对象在 Minor GC 后仍然存活的情况(最极端的情况就是内存回收后年轻代中所有对象都存活), 就需要年老代进行分配担保, 把 Survivor 无法容纳的对象直接进入年老代;   ",
  " ",
  "❀ 年轻代  ",
  "年轻代分为:  1个 Eden 区和2个 Survivor 区(分别叫 from 和 to), 默认比例为 8:1:1;  ",
  "一般情况下, 新创建的对象都会被分配到 Eden 区, 这些对象经过第一次 Minor GC 后, 如果仍然存活, 将会被移到 Survivor 区;   ",
  "因为年轻代中的对象大多数都很快被回收, 所以在年轻代的垃圾回收算法使用的是复制算法, 复制算法的基本思想就是将内存分为两块, ",
  "每次只用其中一块, 当这一块内存用完, 就将还活着的对象复制到另外一块上面; 复制算法不会产生内存碎片; ",
  "",
  "❀ 永生代    ",
  "用于存放静态文件, 如今Java类, 方法等; 持久代对垃圾回收没有显著影响, 但是有些应用可能动态生成或者调用一些class, 例如Hibernate等,   ",
  "在这种时候需要设置一个比较大的持久代空间来存放这些运行过程中新增的类; 持久代大小通过-XX:MaxPermSize=<N>进行设置;   ",
  "",
  "### GC.分类    ",
  "",
  "年轻代 GC(Minor GC): 指发生在年轻代的垃圾收集动作, 因为 Java 对象大多都具备朝生夕灭的特性, 所以 Minor GC 非常频繁, 一般回收速度也比较快;  ",
  "年老代 GC(Major GC/Full GC): 指发生在年老代的 GC, 出现了 Major GC, 经常会伴随至少一次的 Minor GC,  Major GC 的速度一般会比 Minor GC 慢 10 倍以上;  ",
  "❀ Minor GC  ",
  "从年轻代空间(包括 Eden 和 Survivor 区域)的内存回收, 被称为 Minor GC;  ",
  "1.. 当 JVM 无法为一个新的对象分配空间时会触发 Minor GC, 比如当 Eden 区满了, 所以分配率越高, 越频繁执行 Minor GC;  ",
  "2.. 会触发 stop-the-world, 对系统几乎无影响;  ",
  "",
  "Major GC 是清理年老代;  ",
  "Full GC 是清理整个堆空间—包括年轻代和年老代;  ",
  "1.. 会触发 stop-the-world, 对系统几乎无影响;  ",
  '',
].join('\n');

describe('bundled aliases corrected after blind audit eq', () => {
  it('堆 in a JVM garbage-collection text is the JVM heap, no binary heap; 堆 in a Top-K text is (blind audit eq, eq-zh-1)', () => {
    assert.deepEqual(notesAt(jvmGc, 'markdown', /^堆$/), ['jvm-garbage-collection']);
    const topK = [
      '# Top K 问题',
      '',
      '用一个大小为 k 的小顶堆维护当前最大的 k 个数：遍历数组，元素大于堆顶就弹出堆顶，再把新元素放进堆里。堆的插入和删除都是 O(log k)。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(topK, 'markdown', /^堆$/), ['binary-heap', 'binary-heap', 'binary-heap', 'binary-heap']);
  });
});
