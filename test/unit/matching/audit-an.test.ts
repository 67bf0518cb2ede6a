import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit an', () => {
  it("an Android note's 视图控制器 (Activity / Fragment) is no UIKit UIViewController; an iOS text's is (blind audit an, an-zh-3)", () => {
    // As in the audited Jetpack ViewModel note: Activity / Fragment called view controllers.
    const android = [
      '1、ViewModel 一个 Android 上使用 MVVM 的规范',
      '',
      'ViewModel 是个抽象类，作用是为 Activity/Fragment 这样的视图控制器来存储和管理相关数据。',
      '一个 ViewModel 对象的创建会和 Activity/Fragment 的创建关联起来，并且随着 Activity/Fragment 的消亡，也随之消亡。',
      '在数据操作上，ViewModel 的数据变更会通过 LiveData 的方式通知到 Activity/Fragment 上来展现。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(android, 'markdown', /^视图控制器$/), []);
    const ios = '在 iOS 开发中，UIViewController 是视图控制器，负责管理一屏视图。系统加载视图后调用 viewDidLoad，每次显示前调用 viewWillAppear；UINavigationController 用 push 把新的视图控制器压入栈中。\n';
    assert.deepEqual(notesAt(ios, 'markdown', /^视图控制器$/), ['uiviewcontroller-lifecycle', 'uiviewcontroller-lifecycle']);
  });
  it("an Android note's DataBinding (the Jetpack library) is no Spring MVC data binding; a Spring text's is (blind audit an, an-zh-3)", () => {
    // As in the audited note: ViewModel / LiveData / DataBinding next to Java code, reflection and a HashMap (a Java text too).
    const android = [
      '在数据操作上，ViewModel 的数据变更会通过 LiveData 或者 DataBinding 的方式通知到 Activity/Fragment 上来展现。',
      '',
      '```java',
      'UserModel userModel = ViewModelProviders.of(getActivity()).get(UserModel.class);',
      '```',
      '',
      'ViewModelProvider 通过反射创建 ViewModel，内部用 HashMap 缓存，Fragment 的生命周期结束时清除。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(android, 'markdown', /^DataBinding$/), []);
    const spring = 'Spring MVC data binding copies request parameters into a form object by property name. Annotate the handler parameter with @ModelAttribute, customize data binding in an @InitBinder method on the WebDataBinder, and read conversion errors from BindingResult.\n';
    assert.deepEqual(notesAt(spring, 'markdown', /^data binding$/), ['spring-model-attribute', 'spring-model-attribute']);
  });
  it("an Android text's 数据绑定 (Jetpack Data Binding) is no Spring MVC data binding; a Spring text's is (left by blind audit an)", () => {
    const android = 'Android Jetpack 的数据绑定库（DataBinding）把布局里的视图和 ViewModel 的 LiveData 绑定：在 Activity 的 onCreate 里用 DataBindingUtil.setContentView，Fragment 里用 inflate。\n\n```java\npublic class MainActivity extends AppCompatActivity {\n    @Override\n    protected void onCreate(Bundle savedInstanceState) {\n        super.onCreate(savedInstanceState);\n        ActivityMainBinding binding = DataBindingUtil.setContentView(this, R.layout.activity_main);\n        List<String> items = new ArrayList<>();\n        synchronized (this) { items.add("x"); }\n    }\n}\n```\n';
    assert.deepEqual(notesAt(android, 'markdown', /^数据绑定$/), []);
    const spring = 'Spring MVC 的数据绑定把请求参数按属性名写入命令对象：@ModelAttribute 标注的参数由 WebDataBinder 完成数据绑定，类型转换错误记录在 BindingResult 中，@InitBinder 可以定制 Java 控制器的绑定规则。\n';
    assert.deepEqual(notesAt(spring, 'markdown', /^数据绑定$/), ['spring-model-attribute', 'spring-model-attribute']);
  });
});
