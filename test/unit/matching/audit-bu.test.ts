import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit bu', () => {
  it("Flutter's build() is no ArkUI build(); an ArkUI component's build() is (blind audit bu, bu-en-1)", () => {
    // As in the audited React Native and Flutter comparison.
    const flutter = [
      '### Styling',
      '&nbsp; React Native uses JSX syntax just like HTML but with React components. And for the style of each component,',
      'it uses StyleSheet which is similar to CSS.',
      '',
      "&nbsp;Flutter, by the way, doesn't have a separate style sheet. The build() function is responsible for returning the widget",
      'to render the view. You wrap a widget with another widget and so on, creating a widget tree. Flutter uses Dart and',
      'runs on DartVM; in debug mode hot reload recompiles only the changed code.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(flutter, 'markdown', /^build\(\)$/), []);
    const arkui = [
      '# ArkUI 自定义组件',
      '',
      'HarmonyOS 应用用 ArkTS 编写，ArkUI 声明式 UI 中，用 @Component 装饰的 struct 就是一个自定义组件，@Entry 标记页面入口。',
      '组件在 build() 中描述界面，状态变量变化时框架重新渲染；aboutToAppear 在 build() 之前执行。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(arkui, 'markdown', /^build\(\)$/), ['arkui-declarative-ui', 'arkui-declarative-ui']);
  });

  it("an informer's AddEventHandler is no Kubernetes Event; an event recorded on an object is (blind audit bu, bu-code-2)", () => {
    // As in the audited client-go controller (a Deployment informer, a rate-limited work queue).
    const go = [
      'func newController(clientset kubernetes.Interface, depInformer appsinformers.DeploymentInformer) *controller {',
      '\tc := &controller{',
      '\t\tclientSet: clientset,',
      '\t\tdepLister: depInformer.Lister(),',
      '\t\tqueue:     workqueue.NewNamedRateLimitingQueue(workqueue.DefaultControllerRateLimiter(), "ekspose"),',
      '\t}',
      '\tdepInformer.Informer().AddEventHandler(',
      '\t\tcache.ResourceEventHandlerFuncs{',
      '\t\t\tAddFunc:    c.handleAdd,',
      '\t\t\tDeleteFunc: c.handleDel,',
      '\t\t},',
      '\t)',
      '\treturn c',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(go, 'go', /^Event$/), []);
    const md = [
      '## Events',
      '',
      'When a Pod cannot be scheduled, the scheduler records an Event on it (reason FailedScheduling), and',
      '`kubectl describe pod` lists each Event of the Pod with its count and age; Kubernetes keeps them for an hour.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^Event$/), ['kubernetes-events', 'kubernetes-events']);
  });

  it('the 目标文件名 of a symbolic link is no object file; the linker\'s 目标文件 is (blind audit bu, bu-zh-1)', () => {
    // As in the audited article on ext file systems.
    const fs = [
      '## 4.3.3 符号链接存储方式',
      '',
      '符号链接即为软链接，类似于Windows操作系统中的快捷方式，它的作用是指向原文件或目录。',
      '注意，软链接的block指针存储的是目标文件名。也就是说，链接文件的一切都依赖于其目标文件名。这就解释了为什么/mnt的软链接',
      '/tmp/mnt在/mnt挂载文件系统后，通过软链接就能进入/mnt所挂载的文件系统。究其原因，还是因为其目标文件名"/mnt"并没有改变。',
      '每个文件都有一个inode，inode 中记录了文件的权限和数据块位置。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(fs, 'markdown', /^目标文件$/), []);
    const linking = [
      '# 链接器',
      '',
      '编译器把每个 .c 文件单独编译成目标文件（.o），链接器再把这些目标文件和库合并成可执行文件，并完成符号解析和重定位。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(linking, 'markdown', /^目标文件$/), ['linker', 'linker']);
  });

  it('a FIFO among the special file types is a named pipe, no queue; a queue\'s FIFO order is (blind audit bu, bu-zh-1)', () => {
    const fs = [
      '# 4.3 Data Block',
      '',
      '- 对于符号链接，如果目标路径名较短则直接保存在inode中以便更快地查找。',
      '- 设备文件、FIFO和socket等特殊文件没有数据块，设备文件的主设备号和次设备号保存在inode中。',
      '',
      '## 4.3.4 设备文件、FIFO、套接字文件',
      '',
      '关于这3种文件类型的文件只需要通过inode就能完全保存它们的信息，它们不占用任何数据块。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(fs, 'markdown', /^FIFO$/), []);
    const queue = '# 队列\n\n队列是只允许在队尾入队、在队头出队的线性表，元素先进先出（FIFO）；常用循环数组实现。\n';
    assert.deepEqual(notesAt(queue, 'markdown', /^FIFO$/), ['queue-data-structure']);
  });
});
