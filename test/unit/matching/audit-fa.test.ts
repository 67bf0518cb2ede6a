import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// Hyuain/hais-notebook source/_posts/Computer Science/Networking.md of blind audit fa (fa-zh-1), short quotes of
// lines 469-668 of that file (excerpt lines 3-5, 32-35, 52-61, 63-69, 85-91, 119-126).
const networkNotes = [
  '#### HTTP 协议的瓶颈',
  '',
  '- 一条连接上只可发送 **一个** 请求，并且严格先入先出（非关键资源阻塞问题）',
  '',
  '传统的轮询方式：',
  '',
  '- AJAX 轮询：浏览器每隔几秒发一次请求，询问服务器有没有新消息',
  '- 长轮询（Long Poll）：采取阻塞的方式，客户端发起连接，如果没有消息，服务器就一直不返回',
  '',
  '#### SPDY',
  '',
  '> 是谷歌开发的基于 TCP 的应用层协议，为了降低网络延迟，优化用户体验，也是对 HTTP 协议的增强',
  '',
  '- 多路复用、请求优化，允许多个请求共用一个 TCP 连接，并且可以设置优先级（避免非关键资源阻塞）',
  '',
  '#### HTTP/2.0',
  '',
  '> HTTP/2.0 性能增强的核心，解决 HOL 阻塞。',
  '',
  '所有通信都在一个 TCP 连接上完成，减少需要服务器需要打开与维护的套接字数量。',
  '- 慢启动时间减少，**拥塞** 和 **丢包** 恢复速度更快',
  '',
  '#### QUIC 和 HTTP/3.0',
  '',
  '- 由于 TCP 提供可靠的、按序的数据传输，他只会交付给应用层按序的数据，所以会有队首阻塞问题',
  '',
].join('\n');

// zhangxiaoqiong/datamining-knowledge 深度学习之CNN.md of blind audit fa (fa-zh-2), lines 116-127.
const cnnNotes = [
  '### 4. 反向传播（卷积梯度）',
  '',
  '对于卷积层，梯度计算：',
  '',
  '- 对权重的梯度：输入特征图与梯度的"卷积"',
  '- 对输入的梯度：梯度与卷积核的"转置卷积"（反卷积）',
  '- 权重共享使不同位置的梯度累积求和',
  '',
  '卷积神经网络（CNN）用 PyTorch 的 nn.Conv2d 实现，池化层用 nn.MaxPool2d。',
  '',
].join('\n');

// thanos-io/thanos examples/alerts/alerts.yaml of blind audit fa (fa-code-4), lines 37-47 and 138-142 (alert names shortened).
const thanosAlerts = [
  'groups:',
  '- name: thanos-compact',
  '  rules:',
  '  - alert: ThanosCompactHighOperationFailures', // the real name has "CompactBucket", left for the lead
  '    annotations:',
  '      summary: Thanos Compact Bucket is having a high number of operation failures.',
  '    expr: |',
  '      (',
  '        sum by (job) (rate(thanos_objstore_bucket_operation_failures_total{job=~".*thanos-compact.*"}[5m]))',
  '      /',
  '        sum by (job) (rate(thanos_objstore_bucket_operations_total{job=~".*thanos-compact.*"}[5m]))',
  '      * 100 > 5',
  '      )',
  '    for: 15m',
  '    labels:',
  '      severity: warning',
  '- name: thanos-query',
  '  rules:',
  '  - alert: ThanosQueryHttpRequestQueryErrorRateHigh',
  '    expr: |',
  '      histogram_quantile(0.99, sum by (job, le) (rate(http_request_duration_seconds_bucket{job=~".*thanos-query.*", handler="query"}[5m]))) > 40',
  '    for: 10m',
  '    labels:',
  '      severity: critical',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit fa', () => {
  it('head-of-line "队首阻塞" / "HOL 阻塞" / "资源阻塞" is no blocking call; a blocked read() is (blind audit fa, fa-zh-1)', () => {
    assert.deepEqual(notesAt(networkNotes, 'markdown', /^阻塞$/), ['blocking-call']); // the long poll's "采取阻塞的方式" only
    const linux = [
      '# Linux 阻塞 I/O',
      '',
      '对没有数据的套接字调用 read() 系统调用时，线程会阻塞，直到内核把数据拷贝到用户态；epoll 配合非阻塞 I/O 可以避免这种等待。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(linux, 'markdown', /^阻塞$/), ['blocking-call']);
  });

  it('AJAX "轮询方式" is no device I/O polling; a UART read\'s is (blind audit fa, fa-zh-1)', () => {
    assert.deepEqual(notesAt(networkNotes, 'markdown', /^轮询方式$/), []);
    const mcu = [
      '# STM32 串口接收',
      '',
      'STM32 的 UART 接收可以用轮询方式读取 USART_SR 的 RXNE 标志，也可以开 RXNE 中断，在中断服务函数里读 USART_DR，或者配 DMA 搬运到缓冲区。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(mcu, 'markdown', /^轮询方式$/), ['polling-vs-interrupt-io']);
  });

  it("an object-storage bucket is no histogram bucket; a histogram's _bucket series is (blind audit fa, fa-code-4)", () => {
    assert.deepEqual(notesAt(thanosAlerts, 'yaml', /^bucket$/i), ['prometheus-metric-types']);
  });

  it('"梯度累积求和" of a shared convolution kernel is no gradient accumulation; micro-batch 梯度累积 is (blind audit fa, fa-zh-2)', () => {
    assert.ok(!notesAt(cnnNotes, 'markdown', /^梯度累积$/).includes('gradient-accumulation'));
    const accumulation = [
      '# 梯度累积',
      '',
      '显存放不下大批量时用梯度累积：每个 micro-batch 做一次前向和 loss.backward()，累积 4 步后才调用 optimizer.step() 和 optimizer.zero_grad()，等效批大小变为 4 倍。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(accumulation, 'markdown', /^梯度累积$/), ['gradient-accumulation', 'gradient-accumulation']);
  });
});
