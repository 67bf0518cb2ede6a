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
});
