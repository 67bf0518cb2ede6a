import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// jhajek/Linux-text-book-part-1 Chapter-10/chapter-10.md of blind audit fh (fh-en-2), lines 9-16 and 121-125 of the excerpt
// (short quotes).
const initChapter = [
  '### System Init Services',
  '',
  'The `/sbin/init/` looks at the value stored in `/etc/inittab` to find the system __run level__. The default run level for a GUI based distro is `5`.',
  '',
  '   Level                Operation',
  '-----------  ------------------------------------',
  '   0             System Halt/Shut Down',
  '   1              Single User Mode',
  '   2         Multiuser Mode Without Networking',
  '',
  '           systemd                         SysVinit                         OpenRC',
  '`systemctl list-units`               `service --list-all`           `rc-status`',
  '`systemctl --all`                      -                            `rc-update -v show`',
  '`systemctl start/stop`             `service start/stop daemon`      `rc-service daemon start/stop`',
  '',
  'Unlike SysVinit, systemd runs as PID 1; `kill -9` sends SIGKILL to a process and `nice` changes its priority.',
  '',
].join('\n');

// helowd/study-notes kubernetes.md of blind audit fh (fh-zh-1), lines 73, 92-98 and 189 of the excerpt.
const k8sNetworkNotes = [
  '### k8s中的informer',
  '通常情况下，使用 Informer 时，开发者需要指定要监视的资源类型（如 Pod、Service、Deployment 等）、筛选条件（可选）、以及注册相应的事件处理函数。Informer 会负责与 Kubernetes API Server 进行通信，并在资源对象发生变化时将相应的事件通知传递给注册的处理函数。',
  '',
  '### ipvs模式工作原理',
  '而接下来，kube-proxy 就会通过 Linux 的 IPVS 模块，为这个 IP 地址设置三个 IPVS 虚拟主机，并设置这三个虚拟主机之间使用轮询模式 (rr) 来作为负载均衡策略。我们可以通过 ipvsadm 查看到这个设置，如下所示：',
  '```',
  '# ipvsadm -ln',
  ' IP Virtual Server version 1.2.1 (size=4096)',
  '  Prot LocalAddress:Port Scheduler Flags',
  '    ->  RemoteAddress:Port           Forward  Weight ActiveConn InActConn',
  '  TCP  10.102.128.4:80 rr',
  '```',
  '4. node2上的flanneld收到这个ip包后会发给它所管理的TUN设备，即flannel0设备处理，这时是一个从用户态向内核态流动的方向，将udp包解封装后发现他的目的ip地址是100.96.2.3，就会匹配node2上第三条路由，从而进入docker0网桥。',
  '',
].join('\n');

// yangzongzhuan/RuoYi ruoyi-admin/src/main/resources/application.yml of blind audit fh (fh-code-4), lines 10-13, 47-50,
// 79-83 and 138-146.
const ruoyiYaml = [
  '  # 实例演示开关',
  '  demoEnabled: true',
  '  # 文件路径 示例（ Windows配置D:/ruoyi/uploadPath，Linux配置 /home/ruoyi/uploadPath）',
  '  profile: D:/ruoyi/uploadPath',
  '# Spring配置',
  'spring:',
  '  jackson:',
  '    date-format: yyyy-MM-dd HH:mm:ss',
  '    time-zone: GMT+8',
  '# PageHelper分页插件',
  'pagehelper:',
  '  helperDialect: mysql',
  '  supportMethodsArguments: true',
  '  params: count=countSql',
  '# 防止XSS攻击',
  'xss:',
  '  # 过滤开关',
  '  enabled: true',
  '  # 排除链接（多个用逗号分隔）',
  '  excludes: /system/notice/*',
  '  # 匹配链接',
  '  urlPatterns: /system/*,/monitor/*,/tool/*',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit fh', () => {
  it('"Single User Mode" (a run level) is no CPU user mode; "user mode" of a system call is (blind audit fh, fh-en-2)', () => {
    assert.deepEqual(notesAt(initChapter, 'markdown', /^user mode$/i), []);
    const cpu = [
      '# System calls',
      '',
      'A program runs in user mode; a system call traps into kernel mode, where the kernel may touch the hardware.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(cpu, 'markdown', /^user mode$/), ['user-mode-kernel-mode']);
  });

  it('"rc-update -v show" is no Vue v-show; v-show in a Vue template is (blind audit fh, fh-en-2)', () => {
    assert.deepEqual(notesAt(initChapter, 'markdown', /^v.show$/i), []);
    const vue = ['<template>', '  <span v-show="saving">Saving…</span>', '</template>', ''].join('\n');
    assert.deepEqual(notesAt(vue, 'vue', /^v-show$/), ['vue-directives']);
  });

  it("ipvsadm's Scheduler column is no kube-scheduler; the scheduler of a Pod is (blind audit fh, fh-zh-1)", () => {
    assert.deepEqual(notesAt(k8sNetworkNotes, 'markdown', /^scheduler$/i), []);
    const k8s = [
      '# Pod 调度',
      '',
      'Pod 创建后 spec.nodeName 为空，scheduler 为它挑选节点；kubelet 随后在该节点上启动容器，kubectl describe pod 能看到调度结果。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(k8s, 'markdown', /^scheduler$/), ['kube-scheduler']);
  });

  it("IPVS's 轮询模式 (rr) is no polled I/O; a UART's 轮询模式 is (blind audit fh, fh-zh-1)", () => {
    assert.deepEqual(notesAt(k8sNetworkNotes, 'markdown', /^轮询模式$/), []);
    const mcu = [
      '# STM32 串口收发',
      '',
      'STM32 的 UART 可以用轮询模式、中断或 DMA 收发：HAL_UART_Transmit 是轮询模式，HAL_UART_Transmit_IT 用中断，HAL_UART_Transmit_DMA 用 DMA。',
      '',
    ].join('\n');
    assert.ok(notesAt(mcu, 'markdown', /^轮询模式$/).every((id) => id === 'polling-vs-interrupt-io'));
    assert.ok(notesAt(mcu, 'markdown', /^轮询模式$/).length >= 1);
  });

  it('"解封装" (decapsulation) is no Vault unseal; 解封 of a sealed Vault is (blind audit fh, fh-zh-1)', () => {
    assert.deepEqual(notesAt(k8sNetworkNotes, 'markdown', /^解封$/), []);
    const vault = [
      '# 在 Kubernetes 上部署 HashiCorp Vault',
      '',
      'Vault 启动后处于 sealed 状态，要用 vault operator unseal 输入解封密钥才能解封；也可以配置 KMS 自动解封。Kubernetes 里 Vault Agent Injector 把 Secret 注入 Pod。',
      '',
    ].join('\n');
    assert.ok(notesAt(vault, 'markdown', /^解封$/).includes('hashicorp-vault'));
  });

  it("an informer's 事件处理函数 / 事件通知 are no Event objects; kubectl get events' 事件 are (blind audit fh, fh-zh-1)", () => {
    assert.deepEqual(notesAt(k8sNetworkNotes, 'markdown', /^事件$/), []);
    const events = [
      '# Pod 排错',
      '',
      'kubectl get events 列出集群里的事件：FailedScheduling 事件说明调度失败，kubectl describe pod 的末尾也会显示这个 Pod 的事件。',
      '',
    ].join('\n');
    assert.ok(notesAt(events, 'markdown', /^事件$/).includes('kubernetes-events'));
  });

  it("PageHelper's 分页插件 is no memory paging; the kernel's 分页 is (blind audit fh, fh-code-4)", () => {
    assert.deepEqual(notesAt(ruoyiYaml, 'yaml', /^分页$/), []);
    const mm = [
      '# Linux 内存管理',
      '',
      'Linux 内核用分页管理虚拟内存：MMU 按页表把虚拟地址翻译成物理地址，TLB 缓存最近的翻译，缺页时内核分配物理页。',
      '',
    ].join('\n');
    assert.ok(notesAt(mm, 'markdown', /^分页$/).includes('virtual-memory'));
  });

  it("a YAML key urlPatterns is no Django URLconf; urlpatterns in a Django urls.py is (blind audit fh, fh-code-4)", () => {
    assert.deepEqual(notesAt(ruoyiYaml, 'yaml', /^urlpatterns$/i), []);
    const urls = [
      'from django.urls import path',
      'from . import views',
      '',
      'urlpatterns = [',
      '    path("", views.index, name="index"),',
      ']',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(urls, 'python', /^urlpatterns$/), ['django']);
  });

  it('the seconds of "HH:mm:ss" are no ss command; ss listing sockets is (blind audit fh, fh-code-4)', () => {
    assert.deepEqual(notesAt(ruoyiYaml, 'yaml', /^ss$/), []);
    const sockets = [
      '# Linux 网络排查',
      '',
      'ss 直接通过 netlink 向内核查询套接字，比 netstat 快；Recv-Q 和 Send-Q 两列显示队列中积压的字节数。',
      '',
    ].join('\n');
    assert.ok(notesAt(sockets, 'markdown', /^ss$/).includes('ss-netstat'));
  });
});
