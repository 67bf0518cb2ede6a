import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// Concepts the round-44 audits (av, aw) found unexplained although a note explains them.
describe('aliases added for what the round-44 audits found unexplained', () => {
  it('the render tree and will-change are reflow and repaint; "will change" in prose is not (audit av)', () => {
    const md = '# Rendering\n\nThe browser combines the DOM and CSSOM into the render tree. Use `will-change` sparingly; sizes that will change are fine.\n\n```css\n.box { will-change: transform; }\n```\n';
    assert.deepEqual(notesAt(md, 'markdown', /render tree|will.change/i), ['reflow-repaint', 'reflow-repaint', 'reflow-repaint']);
  });
  it('reconciliation is the Kubernetes controller loop in an operator guide and React reconciliation in a React text (audit aw)', () => {
    const k8s = '# Operators\n\nA Kubernetes controller watches Pods and Deployments; each reconciliation compares desired and actual state.\n';
    assert.deepEqual(notesAt(k8s, 'markdown', /^reconciliation$/), ['controller']);
    const react = '# React\n\nDuring reconciliation React compares trees; a component re-renders when useState changes.\n';
    assert.deepEqual(notesAt(react, 'markdown', /^reconciliation$/), ['react-rendering']);
  });
  it('an interrupt vector and polling on a microcontroller; polling elsewhere is no I/O mode (audit aw)', () => {
    const mcu = '# STM32 UART\n\nOn the STM32 microcontroller the UART works by polling or by interrupts; the interrupt vector points at the ISR.\n';
    assert.deepEqual(notesAt(mcu, 'markdown', /^(polling|interrupt vector)$/), ['polling-vs-interrupt-io', 'interrupt-service-routine']);
    assert.deepEqual(notesAt('# Survey\n\nThe polling stations opened at seven.\n', 'markdown', /polling/), []);
  });
  it('nested interrupts are the Cortex-M priority note in embedded texts (audit aw)', () => {
    const mcu = '# RTOS interrupts\n\nOn a Cortex-M microcontroller, nested interrupts let a higher-priority ISR preempt a running one.\n\n单片机的中断嵌套由抢占优先级决定。\n';
    assert.deepEqual(notesAt(mcu, 'markdown', /nested interrupts|中断嵌套/), ['cortex-m-interrupt-priority', 'cortex-m-interrupt-priority']);
    assert.deepEqual(notesAt('# Parsing\n\nThe parser handles nested interrupts of the speaker in a transcript.\n', 'markdown', /nested/), []);
  });
  it("a C function pointer's own name (a struct field, after spaces or tabs) is not the system call of that name; a call still is (audit av)", () => {
    const c = ['struct napi_struct;', 'struct ops {', '  int (*poll)(struct napi_struct *, int);', '  ssize_t (* read) (void *, char *, size_t);', '\tint\t(*\tpoll)(int);', '};', 'int wait_input(struct pollfd *fds, int n) {', '  return poll(fds, n, 1000);', '}', ''].join('\n');
    assert.deepEqual(notesAt(c, 'c', /^(poll|read)$/), ['select-poll']);
  });
  it('a Ruby file is about Ruby and a PHP file about PHP, so Rails and Artisan explain themselves there', () => {
    assert.deepEqual(notesAt('Rails.application.routes.draw do\n  resources :books\nend\n', 'ruby', /^Rails$/), ['ruby-on-rails']);
    assert.deepEqual(notesAt("<?php\nArtisan::command('inspire', function () {});\n", 'php', /^Artisan$/), ['laravel']);
    assert.deepEqual(notesAt('The rails of the old railway were removed.\n', 'plaintext', /rails/i), []);
  });
  it("dependency injection in a Laravel text is Laravel's service container, in a Spring text Spring's", () => {
    const laravel = '# Laravel 服务容器\n\nLaravel 的服务容器负责依赖注入：控制器的构造函数参数由容器自动解析。Artisan 命令也由容器创建。\n';
    assert.deepEqual(notesAt(laravel, 'markdown', /依赖注入/), ['laravel']);
    const spring = '# Spring\n\nSpring 的 IoC 容器通过依赖注入装配 Bean，@Autowired 注入依赖。\n';
    assert.deepEqual(notesAt(spring, 'markdown', /依赖注入/), ['spring-dependency-injection']);
  });
  it("Flutter's element tree needs a mobile text: React's element tree is not Flutter's", () => {
    const react = '# React\n\nReact keeps an element tree and re-renders a component when useState changes.\n';
    assert.deepEqual(notesAt(react, 'markdown', /element tree/), []);
    const flutter = '# Flutter\n\nIn Flutter a StatelessWidget builds widgets; the framework keeps an element tree that holds State.\n';
    assert.deepEqual(notesAt(flutter, 'markdown', /element tree/), ['flutter-widget']);
  });
});
