import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The STM32F030 reference manual's DMA chapter in Chinese of blind audit dv (dv-zh-1), cut to a few of its lines.
const dmaChapter = [
  '#Direct memory access controller(DMA控制器)  ',
  'DMA用于在外设和内存、内存和内存之间，提供高速数据传输。Data可以通过DMA快速传输，而不需要CPU干预；为其他操作节省了CPU资源。  ',
  'DMA控制器有5个通道，每个通道专门用来管理来自一个或多个外设的内存访问请求。还有一个仲裁器处理DMA请求的优先级。  ',
  '- 每个通道有3个事件标志（DMA半传输，DMA传输完成和DMA传输错误），它们按逻辑或成一个中断请求。  ',
  '- 在DMA\\_CCRx寄存器设置传输方向，循环模式，外设和内存增量模式，外设和内存数据宽度，传输一半和/或传输完成产生中断。  ',
  '',
  '\tRCC->AHBENR |= RCC_AHBENR_DMA1EN; /* (1) */',
  '\tDMA1_Channel1->CNDTR = 3; /* (5) */',
  '\t\t\t\t\t\t| DMA_CCR_TEIE | DMA_CCR_TCIE ; /* (6) */',
  '\tNVIC_EnableIRQ(DMA1_Channel1_IRQn); /* (1) */',
  '一旦通道打开，它就能响应任何来自连接到该通道上的外设的DMA请求。  ',
  '####循环模式  ',
  '循环模式可以用来处理循环缓冲区和连续数据流（例如，ADC扫描模式）。DMA\\_CCRx寄存器的CIRC位用于开启或关闭该功能。  ',
  '###DMA interrupt status register(DMA_ISR) DMA中断状态寄存器  ',
  '参考 Table 28: Summary of the DMA requests for each channel on STM32F030xC devices.了解具体的DMA请求映射。  ',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit dv', () => {
  it("a DMA register's CCR is no timer capture/compare register; a timer's is (blind audit dv, dv-zh-1)", () => {
    assert.deepEqual(notesAt(dmaChapter, 'markdown', /^CCR$/), []);
    const timer = [
      '## STM32 定时器 PWM',
      '',
      '定时器的计数器 CNT 以 f/(PSC+1) 的频率计数，到 ARR 时产生更新事件；比较/捕获寄存器 CCR 决定 PWM 的占空比。',
      '',
      '```c',
      'HAL_TIM_PWM_Start(&htim3, TIM_CHANNEL_1);',
      '__HAL_TIM_SET_COMPARE(&htim3, TIM_CHANNEL_1, 500);',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(timer, 'markdown', /^CCR$/), ['stm32-timer']);
  });

  it('the DMA interrupt status register DMA_ISR is no ISR; an ISR is (blind audit dv, dv-zh-1)', () => {
    assert.deepEqual(notesAt(dmaChapter, 'markdown', /^ISR$/), []);
    const isr = [
      '## 中断',
      '',
      'DMA 传输完成时进入 ISR：在 `DMA1_Channel1_IRQHandler` 里清除 TCIF 标志，再用 NVIC 设置中断优先级。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(isr, 'markdown', /^ISR$/), ['interrupt-service-routine']);
  });

  it("the DMA's request mapping is no Spring MVC request mapping; Spring's is (blind audit dv, dv-zh-1)", () => {
    assert.deepEqual(notesAt(dmaChapter, 'markdown', /^请求映射$/), []);
    const spring = [
      '## Spring MVC 请求映射',
      '',
      '`DispatcherServlet` 根据请求映射找到控制器方法：`@GetMapping("/users/{id}")` 把 GET 请求交给 `@RestController` 里的方法。',
      '',
      '```java',
      '@RestController',
      'public class UserController {',
      '    @GetMapping("/users/{id}")',
      '    public User get(@PathVariable long id) { return service.find(id); }',
      '}',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(spring, 'markdown', /^请求映射$/), ['spring-mvc-request-mapping', 'spring-mvc-request-mapping']);
  });

  it('来自 + 连接 is no self join; a self join is (blind audit dv, dv-zh-1)', () => {
    assert.deepEqual(notesAt(dmaChapter, 'markdown', /自连接/), []);
    const sql = [
      '## SQL 连接',
      '',
      '自连接：同一张表以不同别名连接自己，例如员工与其经理：',
      '',
      '```sql',
      'SELECT e.name, m.name FROM employee e JOIN employee m ON e.manager_id = m.id;',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(sql, 'markdown', /^自连接$/), ['sql-join']);
  });

  it('循环模式 is the DMA circular mode (alias added after blind audit dv, dv-zh-1)', () => {
    assert.deepEqual(notesAt(dmaChapter, 'markdown', /^循环模式$/), ['dma', 'dma', 'dma']);
  });

  it("Kotlin's onBufferOverflow is no buffer overflow; a C buffer overflow is (blind audit dv, dv-code-2)", () => {
    const kotlin = [
      'import kotlinx.coroutines.flow.MutableSharedFlow',
      'import kotlinx.coroutines.flow.SharedFlow',
      '',
      'class ScheduleViewModel : ViewModel() {',
      '    private val currentEventIndex = MutableSharedFlow<Int>(',
      '        extraBufferCapacity = 1,',
      '        onBufferOverflow = DROP_OLDEST',
      '    )',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(kotlin, 'kotlin', /buffer ?overflow/i), []);
    const c = [
      '/* strcpy into a fixed array: a classic buffer overflow when src is longer than 15 bytes. */',
      'void copy(const char *src) {',
      '    char buf[16];',
      '    strcpy(buf, src);',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(c, 'c', /^buffer overflow$/), ['buffer-overflow']);
  });

  it("a CSS value syntax's <…> is no child combinator; a selector's > is (blind audit dv, dv-en-1)", () => {
    const grid = [
      '- **`grid-template`:** A shorthand for setting `grid-template-rows`, `grid-template-columns`, and `grid-template-areas` in a single declaration.',
      '',
      '  ```css',
      '  .grid-container {',
      '    display: grid;',
      '    grid-template-columns: 200px 1fr 2fr; /* 3 columns with different sizes */',
      '  }',
      '',
      '  .container {',
      '    grid-template: none | <grid-template-rows> / <grid-template-columns>;',
      '  }',
      '  ```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(grid, 'markdown', /^>$/), []);
    const selectors = ['```css', '.grid-container > .item {', '  grid-area: main;', '}', '```', ''].join('\n');
    assert.deepEqual(notesAt(selectors, 'markdown', /^>$/), ['css-selectors-combinators']);
  });
});
