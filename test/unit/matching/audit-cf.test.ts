import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit cf', () => {
  it("JavaScript's values passed not by reference are no C++ reference; a C++ reference parameter is (blind audit cf, cf-zh-2)", () => {
    const vue = [
      '# 组合式 API',
      '',
      '## 带 `ref` 的响应式变量',
      '',
      '在 Vue3 中，我们可以通过一个新的`ref`函数使任何响应式变量在任何地方起作用',
      '',
      '```js',
      'import { ref } from "vue";',
      '',
      'const counter = ref(0);',
      '```',
      '',
      '`ref`接收参数并将其包裹在一个带有`value`property 的对象中返回，然后可以使用该 property 访问',
      '或更改响应式变量的值',
      '',
      '将值封装在一个对象中，看似没有必要，但为了保持 JavaScript 中不同数据类型的行为统一，因为在 JavaScript 中，',
      '`Number`或`String`等基本类型是通过值而非引用传递的',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(vue, 'markdown', /^引用传递$/), []);
    const cpp = [
      '# C++ 函数参数',
      '',
      'C++ 的参数可以按值传递，也可以引用传递：`void swap(int &a, int &b)` 通过左值引用直接修改实参，',
      '`const std::string &s` 避免拷贝；返回局部变量的引用会留下悬垂引用。',
      '',
      '```cpp',
      'void swap(int &a, int &b) { int t = a; a = b; b = t; }',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(cpp, 'markdown', /^引用传递$/), ['cpp-reference']);
  });

  it("a workflow's github.event_name == 'pull_request', commented out, is the event, not code review; a pull request in prose is (blind audit cf, cf-code-3)", () => {
    const workflow = [
      'name: Docker',
      '',
      'on:',
      '  push:',
      '    branches:',
      '      - main',
      '    tags:',
      '      - v*',
      '  pull_request:',
      '',
      'jobs:',
      '#   gitleaks:',
      "#     if: github.event_name == 'pull_request'",
      '#     runs-on: ubuntu-latest',
      '#     steps:',
      '#     - uses: actions/checkout@v3',
      '',
      '  push:',
      '    runs-on: ubuntu-latest',
      "    # Don't push docker image on PRs",
      "    if: github.event_name == 'push'",
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - name: Build image',
      '        run: docker build . --file Dockerfile --tag jassa-bot',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(workflow, 'github-actions-workflow', /^pull_request$/), ['github-actions-workflow']);
    const prose = [
      '# Contributing',
      '',
      'Open a pull request against `main`; a reviewer from CODEOWNERS approves it before it is merged.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(prose, 'markdown', /^pull request$/), ['code-review']);
  });

  it('a merge join is a join algorithm (blind audit cf, cf-en-1, recall)', () => {
    const plan = [
      '# How to read a query plan from Postgres EXPLAIN',
      '',
      'The three types of joins you are likely to come across in a query plan are: (a) Nested loop join,',
      '(b) Hash join, and (c) Merge join. Merge join is preferred when both sides of the join are large',
      'but can be sorted on the joining condition using an index.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(plan, 'markdown', /^merge join$/i), ['sql-join', 'sql-join']);
  });

  it("CMSIS-RTOS's osDelay is the CMSIS note's (blind audit cf, cf-code-4, recall)", () => {
    const c = [
      '#include "FreeRTOS.h"',
      '#include "task.h"',
      '#include "cmsis_os.h"',
      '',
      'void StartDefaultTask(void const * argument)',
      '{',
      '  for(;;)',
      '  {',
      '    osDelay(1);',
      '  }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(c, 'c', /^osDelay$/), ['cmsis']);
  });
});
