import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit bz', () => {
  // As in the audited HarmonyOS lifecycle article: ArkUI's component lifecycle table, then the code of a custom component.
  const arkui = [
    '# HarmonyOS Page and Component Lifecycle Functions',
    '',
    'In HarmonyOS Next 5.1 and later versions, the lifecycle system presents a multi-level structure.',
    '',
    '### 1. Component Lifecycle (@Component)',
    '',
    '| Lifecycle Function | Trigger Timing |',
    '|---------------------|----------------|',
    '| build() | When the component is first rendered or its state (@State) is updated |',
    '| onReady() | When the component is mounted to the render tree (DOM information can be obtained) |',
    '| onWillDestroy() | Before the component is about to be removed from the render tree (new in 5.1+) |',
    '',
    '### 2. Page Lifecycle (@Entry)',
    '',
    '| onPageShow() | When the page switches to the foreground (e.g., switching back from the background) |',
    '| onPageHide() | When the page switches to the background (e.g., navigating to another page) |',
    '',
    '```typescript',
    '@Component',
    'struct MarketCard {',
    '  @State price: number = 0',
    '  private timerId: number = -1',
    '',
    '  onReady() {',
    '    this.timerId = setInterval(() => {',
    '      this.price += Math.random() * 2 - 1',
    '    }, 3000)',
    '  }',
    '',
    '  onDestroy() {',
    '    clearInterval(this.timerId) // Timers must be cleaned up to avoid memory leaks',
    '  }',
    '}',
    '',
    '@Entry',
    '@Component',
    'struct HomePage {',
    '  onPageShow() {',
    "    console.log('Homepage displayed: Refresh user assets')",
    '  }',
    '',
    '  onPageHide() {',
    "    console.log('Homepage hidden: Save browsing history')",
    '  }',
    '}',
    '```',
    '',
  ].join('\n');

  it("ArkUI's onPageHide() is no browser pagehide event; the pagehide event is (blind audit bz, bz-en-1)", () => {
    assert.deepEqual(notesAt(arkui, 'markdown', /pagehide/i), []);
    const web = [
      '## Page lifecycle',
      '',
      "Listen for the pagehide event rather than unload: `window.addEventListener('pagehide', save)` also fires",
      'when the page enters the back/forward cache, and visibilitychange tells when the tab is hidden.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(web, 'markdown', /^pagehide$/), ['page-visibility-api', 'page-visibility-api']);
  });

  it("ArkUI's render tree is no browser render tree; the browser's is (blind audit bz, bz-en-1)", () => {
    assert.deepEqual(notesAt(arkui, 'markdown', /^render tree$/), []);
    const browser = [
      '## How the browser renders',
      '',
      'The browser parses HTML into the DOM and CSS into the CSSOM, combines them into the render tree, then runs',
      'layout and paint. Reading offsetWidth in JavaScript right after a style change forces a reflow.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(browser, 'markdown', /^render tree$/), ['reflow-repaint']);
    // The same rule for the Chinese word: an ArkUI component's 渲染树 is no browser one.
    const arkuiZh = [
      '# 鸿蒙 ArkUI 自定义组件生命周期',
      '',
      'HarmonyOS 的 ArkUI 组件在 build() 之后挂载到渲染树上，onReady() 时可以拿到节点信息；@Entry 页面还有 onPageShow()。',
      '',
      '```typescript',
      '@Component',
      'struct Clock {',
      '  @State now: number = Date.now()',
      '  private timerId: number = -1',
      '  aboutToAppear() {',
      '    this.timerId = setInterval(() => { this.now = Date.now() }, 1000)',
      '  }',
      '}',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(arkuiZh, 'markdown', /^渲染树$/), []);
    const browserZh = '# 浏览器渲染\n\n浏览器把 HTML 解析成 DOM、把 CSS 解析成 CSSOM，两者合成渲染树，再做布局和绘制；JavaScript 读取 offsetWidth 会强制回流。\n';
    assert.deepEqual(notesAt(browserZh, 'markdown', /^渲染树$/), ['reflow-repaint']);
  });

  // As in the audited Chinese design-pattern notes (Java code blocks): factories, singletons, the observer, the template method.
  const patterns = [
    '# 常见的设计模式',
    '## 1、工厂模式',
    '* 使用工厂模式的好处：<br>',
    '（1）将创建对象的方法集中的一个对象或者一个方法中，避免代码重复，方便以后维护。<br>',
    '（2）工厂方法可以返回接口而非对象，利于针对接口编程。<br>',
    '',
    '## 2、单例模式',
    '```java',
    'public class Singleton4 {',
    '    private static volatile Singleton4 uniqueInstance;',
    '    public static synchronized Singleton4 getInstance() {',
    '        if (uniqueInstance == null) {',
    '            synchronized (Singleton4.class) {',
    '                if (uniqueInstance == null) {',
    '                    uniqueInstance = new Singleton4();',
    '                }',
    '            }',
    '        }',
    '        return uniqueInstance;',
    '    }',
    '}',
    '```',
    '',
    '## 3、观察者模式',
    '（1）被观察者WeatherData实现Subject接口，提供注册、删除观察者以及通知观察者的功能。<br>',
    '（2）观察者CurrentConditionDisplay等实现Observer接口，直接关联被观察者（被观察者作为观察者的成员变量），通过被观察者对象将自身注册进被观察者的观察者列表中。<br>',
    '（3）当被观察者的数据发生变化时，直接通过notifyObservers方法遍历通知每个注册的观察者。<br>',
    '',
    '## 8、模板方法模式',
    '（1）CaffeineBeverage为超类，规定了算法的骨架（其他方法的调用顺序），Coffee和Tea为子类，其不能参与算法骨架的定制。<br>',
    '（2）模板方法模式提供了一种代码复用的重要技巧，在模板方法的抽象类中可以定义具体方法、抽象方法和钩子。抽象方法由子类实现，钩子是一种方法，它在抽象类中不做事。<br>',
    '',
  ].join('\n');

  it('方法集中 (methods gathered in one place) is no Go method set; a type\'s 方法集 is (blind audit bz, bz-zh-1)', () => {
    assert.deepEqual(notesAt(patterns, 'markdown', /^方法集$/), []);
    const go = '# Go 方法\n\n类型 T 的方法集只含值接收者方法，*T 的方法集含两种方法；接口满足关系按方法集判断。\n\n```go\nfunc (c *Counter) Inc() { c.n++ }\n```\n';
    assert.deepEqual(notesAt(go, 'markdown', /^方法集$/), ['go-method', 'go-method', 'go-method']);
  });

  it("Head First's CaffeineBeverage is no Caffeine cache; Caffeine.newBuilder() is (blind audit bz, bz-zh-1)", () => {
    assert.deepEqual(notesAt(patterns, 'markdown', /^Caffeine$/), []);
    const cache = [
      '# 本地缓存',
      '',
      'Java 服务常用 Caffeine 作本地缓存，它是 Guava Cache 的后继者：',
      '',
      '```java',
      'LoadingCache<Long, User> users = Caffeine.newBuilder()',
      '    .maximumSize(10_000)',
      '    .expireAfterWrite(Duration.ofMinutes(5))',
      '    .build(id -> userRepository.findById(id));',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(cache, 'markdown', /^Caffeine$/), ['caffeine-cache']);
  });

  it("a Java text's 抽象类 is no C++ abstract class; a C++ one is (blind audit bz, bz-zh-1)", () => {
    assert.deepEqual(notesAt(patterns, 'markdown', /^抽象类$/), []);
    const cpp = [
      '# C++ 虚函数',
      '',
      '声明为 `= 0` 的是纯虚函数，含纯虚函数的类是抽象类，不能直接实例化；通过基类指针调用虚函数时执行派生类的版本。',
      '',
      '```cpp',
      'class Shape {',
      'public:',
      '    virtual double area() const = 0;',
      '    virtual ~Shape() = default;',
      '};',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(cpp, 'markdown', /^抽象类$/), ['virtual-function']);
  });

  it('获取模块 is no modulo; 取模 is (blind audit bz, bz-zh-2)', () => {
    // As in the audited Vite article.
    const vite = [
      '### vite原理简述',
      '声明 script 标签类型为 module',
      '````',
      '<script type="module" src="/src/main.js"></script>',
      '````',
      '+ 请求到main.js文件，检测内部含有import引入的包，会对内部的 import 引用发起 HTTP 请求获取模块的内容文件',
      '+ 劫持浏览器的http请求，在后端进行相应的处理将项目中使用的文件通过简单的分解与整合，然后再返回给浏览器(整个过程没有对文件进行打包编译)',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(vite, 'markdown', /^取模$/), []);
    const other = notesAt('# 读取模型\n\n先读取模型配置，再提取模板参数，最后切换到存取模式。\n', 'markdown', /^取模$/);
    assert.deepEqual(other, []);
    const modulo = '# 取模运算\n\n答案可能很大，每一步加法和乘法之后都对 1e9+7 取模，结果与最后再取模相同。\n';
    assert.deepEqual(notesAt(modulo, 'markdown', /^取模$/), ['modular-arithmetic', 'modular-arithmetic']);
  });

  // As in the audited BME280 driver: the sensor's sampling settings and its measurement control register.
  const bme280 = [
    '/*!',
    ' * Initialization of a BME280 sensor instance.',
    ' */',
    'BME280_RET_t bme280_init(BME280_t* bme, uint8_t address) {',
    '    /* Check if the device is available */',
    '    if(i2c_is_available(address) != I2C_RET_OK) {',
    '        return BME280_RET_ERROR_NODEV;',
    '    }',
    '    /* Disable SPI interface */',
    '    if(bme280_spi_disable(bme) != BME280_RET_OK) {',
    '        return BME280_RET_ERROR;',
    '    }',
    '    /* Set the temperature sampling mode */',
    '    if(bme280_set_t_sample(bme, BME280_SAMPLE_1) != BME280_RET_OK) {',
    '        return BME280_RET_ERROR;',
    '    }',
    '    return BME280_RET_OK;',
    '}',
    '',
    '/*!',
    ' * Read the measurement control register.',
    ' *',
    ' * @param[in]   bme         Pointer to the device structure to be filled',
    ' * @param[out]  value       Measurement control register value',
    ' */',
    'BME280_RET_t bme280_get_ctrl_meas(BME280_t* bme, uint8_t* value) {',
    '    if(i2c_read_U8(bme->address, BME280_REG_CTRL_MEAS, value) != I2C_RET_OK) {',
    '        return BME280_RET_ERROR;',
    '    }',
    '    return BME280_RET_OK;',
    '}',
    '',
  ].join('\n');

  it("a sensor's temperature sampling is no LLM sampling temperature; a language model's is (blind audit bz, bz-code-2)", () => {
    assert.deepEqual(notesAt(bme280, 'c', /^temperature sampling$/), []);
    const llm = [
      '## Decoding',
      '',
      'A large language model picks each next token from the softmax over its logits. With temperature sampling',
      'the logits are divided by T first; greedy decoding always takes the top token, and top-p keeps the nucleus.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(llm, 'markdown', /^temperature sampling$/), ['temperature-sampling']);
    // The Chinese words follow the same rule: a sensor driver's 温度采样 reads the temperature.
    const sensor = '# 传感器驱动\n\n通过 I2C 读取 BME280 的寄存器，温度采样的过采样倍数写在 ctrl_meas 寄存器里，然后等待测量完成。\n';
    assert.deepEqual(notesAt(sensor, 'markdown', /^温度采样$/), []);
    const llmZh = '# 大模型解码\n\n大语言模型生成时把 logits 除以温度 T 再做 softmax，这就是温度采样；贪心解码总取概率最大的 token。\n';
    assert.deepEqual(notesAt(llmZh, 'markdown', /^温度采样$/), ['temperature-sampling']);
  });

  it("a sensor's measurement control register is no Cortex-M CONTROL register; CONTROL is (blind audit bz, bz-code-2)", () => {
    assert.deepEqual(notesAt(bme280, 'c', /^control register$/i), []);
    const cortex = [
      '## Privilege on Cortex-M',
      '',
      'In Thread mode the CONTROL register decides the privilege: setting nPRIV with __set_CONTROL drops it, and',
      'only an exception such as SVC can bring Handler mode back to privileged code on the MCU.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(cortex, 'markdown', /^CONTROL register$/), ['cortex-m-privilege-modes']);
  });

  // As in the audited JUnit 5 test class.
  const junit = [
    'import org.junit.jupiter.api.BeforeEach;',
    'import org.junit.jupiter.api.Test;',
    'import org.junit.jupiter.api.extension.ExtendWith;',
    'import org.mockito.InjectMocks;',
    'import org.mockito.Mock;',
    'import org.mockito.junit.jupiter.MockitoExtension;',
    '',
    'import static org.junit.jupiter.api.Assertions.*;',
    'import static org.mockito.ArgumentMatchers.any;',
    'import static org.mockito.ArgumentMatchers.anyString;',
    'import static org.mockito.Mockito.*;',
    '',
    '@ExtendWith(MockitoExtension.class)',
    'public class UserServiceTest {',
    '',
    '    @Mock',
    '    private UserRepository userRepository;',
    '',
    '    @InjectMocks',
    '    private UserServiceImpl userService;',
    '',
    '    @Test',
    '    void testRegisterUserDuplicateUsername() {',
    '        when(userRepository.findByUsername(anyString())).thenReturn(Optional.of(user));',
    '        assertThrows(BadRequestException.class, () -> userService.register(registerDTO));',
    '    }',
    '}',
    '',
  ].join('\n');

  it("Mockito's ArgumentMatchers are no assertion matchers; a Hamcrest matcher is (blind audit bz, bz-code-3)", () => {
    assert.deepEqual(notesAt(junit, 'java', /^matchers?$/i), []);
    const hamcrest = [
      '## Assertions in JUnit 5',
      '',
      'An assertion library such as AssertJ or Hamcrest fails the test when the actual value is wrong. With Hamcrest,',
      'assertThat(total, is(5)) reads as a sentence: is(5) is a matcher, and a failing unit test reports the expected and the actual value.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(hamcrest, 'markdown', /^matcher$/), ['assertion']);
  });

  it("Mockito's @InjectMocks is no Hilt @Inject; @Inject constructor is (blind audit bz, bz-code-3)", () => {
    assert.deepEqual(notesAt(junit, 'java', /^@Inject$/), []);
    const kotlin = [
      '@HiltViewModel',
      'class TasksViewModel @Inject constructor(',
      '    private val repository: TaskRepository,',
      ') : ViewModel()',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(kotlin, 'kotlin', /^@Inject$/), ['hilt']);
  });
});
