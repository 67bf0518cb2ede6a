import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// Excerpts of the files of blind audit dg, cut to the lines that give each document its fields.

// dg-zh-1 (zqdeveloper/OpenglEs, Apache-2.0): the rasterisation step of the OpenGL ES 1.x pipeline.
const raster = [
  '    * 虽然虚拟3D世界中的几何信息是三维的，但是由于目前用于显示的设备都是二维的。因此在真正执行光栅化工作之前，首先需要将虚拟3D世界中的物体投影到视平面上，需要注意的是，由于观察位置的不同，同一个3D场景中的物体投影到视平面可能会产生不同的效果。',
  '    * 另外，由于虚拟3D世界当中物体的几何信息一般采用连续的数学量来表示，因此投影的平面结果也是用连续数学量来表示的。但目前的显示设备都是离散化的（由一个一个像素组成），因此还需要将投影的结果离散化。将其分解为一个一个离散化的小单元，这些小单元一般称之为片元。',
  '    * 其实，每个片元都对应于帧缓冲对象中的一个像素，之所以不直接称之为像素是因为3D空间中的物体是可以相互遮挡的。二一个3D场景最终显示到屏幕上虽然是一个整体，但每个3D物体的每个图元是独立处理的。这就可能出现这样的情况，系统先处理的是位于离观察点较远的图元，其光删化成为了一组片元，暂时送入帧缓冲的对应位置。',
  '    * 但后面继续处理离观察点较近的图元时也光栅化出了一组片元，两组片元中有对应到帧缓冲中同一个位置的，这时距离近的片元将覆盖距离远的片元（如何覆盖的检测是在深度检测阶段完成）。因此某片元就不一定能成为最终屏幕上显示的像素，称之为像素不准确了，可以将其理解为候选像素。',
  '',
].join('\n');

// dg-zh-2 (NoClay/ReviewBook): configuration changes, the standard launch mode, an Intent flag and an intent filter's URI; an
// Android document that is also a Java one (the ```java block) and a front-end one (URI, mimeType, 端口号).
const activity = [
  '### 如何让Activity在系统配置改变的时候不销毁重建？',
  '',
  '答：给Activity的configChanges的属性加上值即可，通常我们常用的值有locale（本地位置发生了改变，一般为切换了系统语言），orientation（屏幕方向发生了改变，比如旋转了屏幕），keyboardHidden（键盘的可访问性发生了改变，比如调出了键盘），值得注意的是screenSize和smallestScreenSize，它们的行为和编译选项有关，但是和运行环境无关。  ',
  '',
  '在这种模式下，谁启动了这个Activity，那么这个Activity就会运行在启动它的那个Activity所在的栈中，而且每次启动都会创建一个新的实例，这就是当我们使用ApplicationContext启动Activity的时候会报错，但是我们可以为待启动的Activity指定FLAG\\_ACTIVITY\\_NEW\\_TASK，这时候就可以用singleTask模式启动Activity',
  '',
  '2. 在intent中设置标志位',
  '',
  '   ```java',
  '   Intent intent = new Intent(context, Activity.class);',
  '   intent.addFlags(Intent.FLAG_ACTIVITY_NEW_TASK);',
  '   ```',
  '',
  'data由两部分组成，mimeType和URI，mimeType指的是媒体类型，而URI的结构为：  ',
  '`<scheme>://<host>:<port>/[<path>|<pathPrefix>|<pathPattern>]`',
  '',
  '* scheme：URI的模式，比如http，file，content，URI必须指定scheme。',
  '* host：主机名，URI必须指定主机名',
  '* port：端口号，仅当scheme和host指定后有意义',
  '',
].join('\n');

// dg-code-2 (robertdavidgraham/sockdoc, MIT): the select() echo server's header and the start of its main().
const selectServer = [
  '/* tcp-srv-select',
  ' Example of using \'select()\' for building a TCP server.',
  ' This is an \'echo\' server that echoes back whatever it receives.',
  ' Example usage:',
  '    tcp-srv-select 7777',
  ' This will listen on port 7777, accept one connection at a time,',
  ' and echo back whatever it receives on the connection.',
  ' */',
  'int main(int argc, char *argv[])',
  '{',
  '    /* Get an address structure for the port */',
  '    hints.ai_flags = AI_PASSIVE;',
  '    err = getaddrinfo((argc==3)?argv[2]:0,  /* local address*/',
  '                      argv[1],              /* local port number */',
  '                      &hints,               /* hints */',
  '                      &ai);                 /* result */',
  '    if (err) {',
  '        fprintf(stderr, "[-] getaddrinfo(): %s\\n", gai_strerror(err));',
  '        return -1;',
  '    }',
  '',
  '    /* And retrieve back again which addresses were assigned */',
  '    err = getnameinfo(ai->ai_addr, ai->ai_addrlen,',
  '                        hostaddr, sizeof(hostaddr),',
  '                        hostport, sizeof(hostport),',
  '                        NI_NUMERICHOST | NI_NUMERICSERV);',
  '    if (err) {',
  '        fprintf(stderr, "[-] getnameinfo(): %s\\n", gai_strerror(err));',
  '        goto cleanup;',
  '    }',
  '    ',
  '    /* Create a file handle for the kernel resources */',
  '    fd = socket(ai->ai_family, SOCK_STREAM, 0);',
  '    if (fd == -1) {',
  '        fprintf(stderr, "[-] socket(): %s\\n", strerror(errno));',
  '        goto cleanup;',
  '    }',
  '',
  '    for (;;) {',
  '        /* must be reset on every call, because select() can change it */',
  '    }',
  '}',
  '',
].join('\n');

// dg-code-3 (sangHa0411/fashion-how): a PyTorch project's own trainer class.
const ownTrainer = [
  'import os',
  'from pickletools import optimize',
  '# import wandb',
  'import torch',
  'import torch.nn as nn',
  'import torch.nn.functional as F',
  'from tqdm import tqdm',
  'from torch import optim',
  'from models.scheduler import LinearWarmupScheduler',
  'from dotenv import load_dotenv',
  '',
  'class Trainer :',
  '    """',
  '    모델의 학습, 평가 그리고 저장을 처리하는 trainer 클래스입니다.',
  '    argument에 do_eval이 있어야 평가를 진행하고 do_eval이 없어야 모든 데이터로 학습을 진행하며 학습된 모델을 지정된 경로에 저장합니다.',
  '    그리고 학습 과정을 wandb에 로그를 해서 각각의 실험에 대한 성능을 비교할 수 있게 합니다.',
  '    """',
  '    def __init__(self, args, device, model, train_dataloader, eval_dataloader) :',
  '        self._args = args',
  '        self._model = model',
  '        self._device = device',
  '        self._train_dataloader = train_dataloader',
  '        self._eval_dataloader = eval_dataloader',
  '',
  '        self._total_steps = len(train_dataloader) * args.epochs if args.max_steps == -1 else args.max_steps',
  '        self._warmup_steps = int(args.warmup_ratio * self._total_steps)',
  '        self._optimizer = optim.AdamW(model.parameters(), lr=args.learning_rate, weight_decay=args.weight_decay)',
  '        self._scheduler = LinearWarmupScheduler(self._optimizer, self._total_steps, self._warmup_steps)',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit dg', () => {
  it('离散化 of pixels is no coordinate compression; of ranks before a Fenwick tree it is (blind audit dg, dg-zh-1)', () => {
    assert.deepEqual(notesAt(raster, 'markdown', /^离散化$/), []);
    const ranks = [
      '# 离散化与树状数组',
      '',
      '离散化把值域很大的数按大小映射成排名，再用树状数组在 O(n log n) 内统计逆序对；线段树上的区间问题也常先做离散化。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(ranks, 'markdown', /^离散化$/), ['coordinate-compression', 'coordinate-compression', 'coordinate-compression']);
  });

  it('观察点, the viewpoint of a 3D scene, is no gdb watchpoint; in a gdb session it is (blind audit dg, dg-zh-1)', () => {
    assert.deepEqual(notesAt(raster, 'markdown', /^观察点$/), []);
    const gdb = [
      '# gdb 调试',
      '',
      '在 gdb 里用 `watch count` 设置观察点，变量被修改时程序停下；`bt` 打印调用栈，`frame 2` 切换栈帧。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(gdb, 'markdown', /^观察点$/), ['gdb']);
  });

  it("getaddrinfo's gai_strerror is no errno strerror; strerror(errno) is (blind audit dg, dg-code-2)", () => {
    assert.deepEqual(notesAt(selectServer, 'c', /^strerror$/), ['errno']);
  });

  it("Android's ApplicationContext is no Spring container; Spring's is (blind audit dg, dg-zh-2)", () => {
    assert.deepEqual(notesAt(activity, 'markdown', /^ApplicationContext$/), []);
    const spring = [
      '# Spring 依赖注入',
      '',
      'Spring 的 IoC 容器是 ApplicationContext：它读取 @Configuration 类里的 @Bean 定义，创建 bean 并注入依赖。',
      '',
      '```java',
      'ApplicationContext ctx = new AnnotationConfigApplicationContext(AppConfig.class);',
      'OrderService service = ctx.getBean(OrderService.class);',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(spring, 'markdown', /^ApplicationContext$/), ['spring-dependency-injection', 'spring-dependency-injection', 'spring-dependency-injection']);
  });

  it("a keyboard's 可访问性 in an Android text is no web accessibility; a web page's is (blind audit dg, dg-zh-2)", () => {
    assert.deepEqual(notesAt(activity, 'markdown', /^可访问性$/), []);
    const web = [
      '# 网页的可访问性',
      '',
      '可访问性（无障碍）要求按钮有 `aria-label`，图片有 `alt`，并用语义化的 HTML 标签，让屏幕阅读器能读出页面内容。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(web, 'markdown', /^可访问性$/), ['aria-accessibility', 'aria-accessibility']);
  });

  it("a PyTorch project's own class Trainer is no Hugging Face Trainer; transformers' is (blind audit dg, dg-code-3)", () => {
    assert.deepEqual(notesAt(ownTrainer, 'python', /^trainer$/i), []);
    const hf = [
      'from transformers import AutoTokenizer, AutoModelForSequenceClassification, Trainer, TrainingArguments',
      '',
      'tokenizer = AutoTokenizer.from_pretrained("bert-base-uncased")',
      'model = AutoModelForSequenceClassification.from_pretrained("bert-base-uncased", num_labels=2)',
      'args = TrainingArguments(output_dir="out", learning_rate=2e-5, num_train_epochs=3)',
      'trainer = Trainer(model=model, args=args, train_dataset=train_ds, eval_dataset=eval_ds)',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(hf, 'python', /^Trainer$/), ['hf-trainer', 'hf-trainer']);
  });

  it("Android's configChanges is the Activity's configuration change (alias added after blind audit dg, dg-zh-2)", () => {
    assert.deepEqual(notesAt(activity, 'markdown', /^configChanges$/), ['android-activity']);
  });

  it("select() named in a C program's comments is select(2) (alias added after blind audit dg, dg-code-2)", () => {
    assert.deepEqual(notesAt(selectServer, 'c', /^select\(\)$/), ['select-poll', 'select-poll']);
  });
});
