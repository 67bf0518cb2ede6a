import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit cn', () => {
  it("ratatui's StatefulWidget in Rust is no Flutter widget; Flutter's is, in Dart and in prose (blind audit cn, cn-code-4)", () => {
    const rust = [
      'use clap::{Parser, Subcommand};',
      'use ratatui::{',
      '    layout::{Constraint, Layout, Rect},',
      '    widgets::{',
      '        Block, Borders, HighlightSpacing, List, ListItem, ListState, Padding, Paragraph,',
      '        StatefulWidget, Widget, Wrap,',
      '    },',
      '    DefaultTerminal,',
      '};',
      '',
      '#[derive(Debug, Parser)]',
      'struct Cli {',
      '    #[command(subcommand)]',
      '    command: Option<Commands>,',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(rust, 'rust', /^StatefulWidget$/), []);
    const dart = [
      "import 'package:flutter/material.dart';",
      '',
      'class Counter extends StatefulWidget {',
      '  const Counter({super.key});',
      '  @override',
      '  State<Counter> createState() => _CounterState();',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(dart, 'dart', /^StatefulWidget$/), ['flutter-widget']);
    const prose = [
      '# Flutter 状态管理',
      '',
      'Flutter 的界面由 Widget 组成。需要可变状态时继承 StatefulWidget，在 State 里调用 setState 触发重建。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(prose, 'markdown', /^StatefulWidget$/), ['flutter-widget']);
  });

  it("a CNI's overlay network is no Docker network driver; Docker Swarm's overlay network is (blind audit cn, cn-en-1)", () => {
    const k8s = [
      '## Pod-to-Pod Communication',
      '',
      'Pods on different nodes communicate through the CNI network implementation. kube-proxy programs the',
      'Service rules; the CNI plugin gives every Pod an IP and routes between nodes.',
      '',
      '### CNI Implementation Methods',
      '',
      '| Method | Example CNI | How It Works | Use Case |',
      '|--------|-------------|--------------|----------|',
      '| **Overlay Network** | Flannel (VXLAN), Weave | Encapsulates packets in UDP/VXLAN tunnel | Simple setup |',
      '| **BGP Routing** | Calico | Uses BGP to advertise Pod routes | Best performance |',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(k8s, 'markdown', /^overlay network$/i), []);
    const docker = [
      '# Docker networking',
      '',
      'A container joins the default bridge network unless `docker run --network` names another one. For services',
      'that span several Docker hosts in a Swarm, create an overlay network: `docker network create -d overlay my-net`.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(docker, 'markdown', /^overlay network$/i), ['docker-network-drivers']);
  });

  it('a stack address (栈地址) is the call stack, not the stack data structure; a 栈 of push and pop is (blind audit cn, cn-zh-1)', () => {
    const rvalue = [
      '## 二、左值引用、右值引用',
      '',
      '```c++',
      'A && a = getTemp();   //getTemp()的返回值是右值（临时变量）',
      '```',
      '',
      'getTemp()返回的右值本来在表达式语句结束后，其生命也就该终结了（因为是临时变量），而通过右值引用，该右值又重获新生。',
      '右值引用的原理是在返回值后，在栈空间中重新开辟了一份空间来存储临时变量，并且将栈地址传递给右值引用，并重新起了个名字。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(rvalue, 'markdown', /^栈$/), []);
    const ds = [
      '# C++ 实现一个栈',
      '',
      '栈是后进先出的数据结构：push 把元素压入栈顶，pop 弹出栈顶元素，用 std::vector 就能实现。',
      '',
      '```cpp',
      'std::stack<int> s;',
      's.push(1);',
      '```',
      '',
    ].join('\n');
    assert.ok(notesAt(ds, 'markdown', /^栈$/).includes('stack-data-structure'));
  });

  it("Spring's @Bean is explained by the dependency-injection note (blind audit cn, cn-zh-2: an expected term with no alias)", () => {
    const boot = [
      '可以看到主要设置了排除项和成员扫描路径。其使用的SpringBootConfiguration标识是一个SpringBoot的配置类，也是使用的@Configuration注解。',
      '',
      '```java',
      '@Configuration',
      'public class DataSourceConfig {',
      '    @Bean',
      '    public DataSource dataSource() {',
      '        return new HikariDataSource();',
      '    }',
      '}',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(boot, 'markdown', /^@Bean$/), ['spring-dependency-injection']);
  });
});
