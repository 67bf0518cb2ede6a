import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';
import { languageIdForPath } from '../../../src/core/languages';

describe('bundled aliases corrected after blind audit as', () => {
  it("a TypeScript page's type-checking is no typing.TYPE_CHECKING; the Python constant keeps its capitals (blind audit as, as-en-1)", () => {
    // As in the audited TypeScript handbook notes: lower-case type-checking words, tsc, tsconfig.json.
    const ts = [
      '### Emitting with Errors',
      '',
      'So far we’ve only written standard JavaScript, and yet type-checking was still able to find problems with our code.',
      'Type-checking code does limit the sorts of programs you can run, so there’s a tradeoff on what a type-checker finds acceptable.',
      'Strictness settings turn static type-checking from a switch into a dial; `"strict": true` in a `tsconfig.json` turns them all on.',
      '',
      '```bash',
      'tsc --noEmitOnError hello.ts',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(ts, 'markdown', /^type-?checking$/i), []);
    const py = [
      '# Avoiding import cycles',
      '',
      'Imports needed only in annotations go under `if TYPE_CHECKING:`; mypy treats `typing.TYPE_CHECKING` as True, while at runtime TYPE_CHECKING is False.',
      '',
      '```python',
      'from typing import TYPE_CHECKING',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(py, 'markdown', /^TYPE_CHECKING$/), ['python-type-checking-guard', 'python-type-checking-guard']);
  });
  it("严格模式 in a React text is React's StrictMode; a JavaScript text's stays \"use strict\" (blind audit as, as-zh-1)", () => {
    // As in the audited useState note: arrow functions, spread and callbacks around React's double-invoked initializer.
    const react = [
      '### 函数式更新',
      '',
      '如果新的 state 需要通过先前的 state 计算得出，那么可以将函数传递给 State Hook 的更新函数，该回调函数将接收先前的 state，并返回一个更新后的值。你可以用函数式的 `setState` 结合展开运算符来合并更新对象。',
      '',
      '```jsx',
      'setCount(count => count + 1);',
      'setPeople(prevState => ({ ...prevState, age: prevState.age + 1 }));',
      '```',
      '',
      '### 惰性初始 state',
      '',
      '`initialState` 参数只会在组件的初始渲染中起作用，后续渲染时会被忽略。此函数只在初始渲染时被调用（在严格模式中，React 将两次调用初始化函数）。',
      '',
      '```jsx',
      'const [state, setState] = useState(() => someExpensiveComputation(props));',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(react, 'markdown', /^严格模式$/), ['react-strict-mode']);
    const js = [
      '## JavaScript 严格模式',
      '',
      '在脚本开头写 "use strict" 开启严格模式：给未声明的变量赋值会抛出 ReferenceError，普通函数调用中 this 为 undefined，ES 模块和 class 内部自动处于严格模式。',
      '',
      '```js',
      '"use strict";',
      'function f() { return this; }',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(js, 'markdown', /^严格模式$/), ['js-strict-mode', 'js-strict-mode']);
  });
  it("a Svelte component's <script> is JavaScript (TypeScript with lang=\"ts\"), its <style> CSS: a .svelte file matched nothing (blind audit as, as-code-3)", () => {
    const svelte = [
      '<script lang="ts">',
      "  import { onMount } from 'svelte';",
      '  let count = $state(0);',
      "  const isText = (v: unknown) => typeof v === 'string';",
      "  onMount(async () => { await fetch('/api'); });",
      '</script>',
      '',
      '<button onclick={() => count++}>{count}</button>',
      '',
      '<style>',
      '  .card { container-type: inline-size; }',
      '</style>',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(svelte, 'svelte', /^(\$state|typeof|async|await|fetch|unknown|container-type)$/), ['svelte-runes', 'ts-any-unknown', 'js-typeof', 'js-async-await', 'js-async-await', 'fetch-api', 'css-container-queries']);
    assert.equal(languageIdForPath('src/lib/Counter.svelte'), 'svelte');
  });
});
