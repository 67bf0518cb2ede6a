import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit cb', () => {
  it("React's render pass is no Vulkan render pass; a Vulkan render pass is (blind audit cb, cb-en-2)", () => {
    // As in the audited Next.js data-fetching notes: request memoization within one React render pass.
    const md = [
      'Request memoization:',
      '',
      'This means you can fetch data wherever you need it in your component tree without worrying about duplicate network requests',
      '',
      'React will only make the actual fetch once and reuse the result for subsequent calls during same render pass',
      '',
      "It's a React feature and thereby included in Next.js",
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^render pass$/), []);
    const vulkan = [
      '# Vulkan rendering',
      '',
      'In Vulkan a render pass describes the attachments of a frame: each colour and depth attachment, its load op and store op.',
      'Record the draw calls between `vkCmdBeginRenderPass` and `vkCmdEndRenderPass`, with a `VkFramebuffer` and a graphics pipeline',
      'created against a compatible render pass.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(vulkan, 'markdown', /^render pass$/), ['vulkan-render-pass', 'vulkan-render-pass']);
  });

  it('管道 in an IPC article is the pipe system call, not the shell | ; in a shell article it stays the shell pipe (blind audit cb, cb-zh-1)', () => {
    // As in the audited Linux process notes: the IPC section on anonymous and named pipes.
    const md = [
      ' ## 进程通信',
      '   def: 进程间通信（Inter-Process Communication，IPC）是指在独立进程之间传递信息、数据的机制<br/>',
      '   ### 管道',
      '   1. 匿名管道: 匿名管道是一种半双工通信方式，即数据只能在一个方向上流动。它们通常用于父子进程间通信，子进程继承了父进程的文件描述符。<br/>',
      '     `int pipe(int pipefd[2]);`<br/>',
      '     当读端计数为0时再去write则该进程会受到信号SIGPIPE, 若大于0, 而持有读端的进程也没有从管道中读数据, 在管道写满时会阻塞写进程<br/>',
      '   FIFO有名字，不相关的进程可以通过打开有名管道进行通信<br/>',
      '   ### 共享内存',
      '   共享内存是一种进程间通信（IPC）的机制，允许不同的进程共享同一块内存区域。<br/>',
      '',
    ].join('\n');
    const notes = notesAt(md, 'markdown', /^管道$/);
    assert.equal(notes.length, 4);
    assert.deepEqual([...new Set(notes)], ['pipe-syscall']);
    const shell = [
      '# Shell 技巧',
      '',
      '用管道把 `grep` 的输出交给 `sort`，再用 `uniq -c` 计数：',
      '',
      '```bash',
      'grep ERROR app.log | sort | uniq -c | sort -rn | head',
      '```',
      '',
      'Bash 中管道的每一段都在子 shell 中运行，`set -o pipefail` 让管道在任一命令失败时返回非零退出码。',
      '',
    ].join('\n');
    const shellNotes = notesAt(shell, 'markdown', /^管道$/);
    assert.ok(shellNotes.length >= 1);
    assert.deepEqual([...new Set(shellNotes)], ['shell-pipe']);
  });

  it('符号表示 (written in symbols) is no symbol table; 符号表 of an object file is (blind audit cb, cb-zh-2)', () => {
    // As in the audited regularization notes: weight decay written in symbols.
    const md = [
      '神经网络的学习目的是减小损失函数的值. 例如为损失函数加上权重的平方范数(L2). 这样就可以抑制权重变大. 用符号表示的话, 如果将权重记为$W$, L2范数的权重衰减就是$\\frac{1}{2}\\lambda W^2$, 然后将其加到损失函数上.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^符号表$/), []);
    const elf = '链接器读取每个目标文件的符号表，把未定义的符号解析到其他目标文件或库中的定义。\n';
    assert.deepEqual(notesAt(elf, 'markdown', /^符号表$/), ['linker']);
  });
});
