import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit cx', () => {
  it("a 'React prototype chain' (hook storage) is no JavaScript prototype chain; an object's is (blind audit cx, cx-zh-2)", () => {
    const hooks = [
      '# 11 useMemo基础用法',
      '',
      '## useMemo概念解释',
      '我们第六个要学习的Hook(钩子函数)是useMemo，他的作用是“勾住”组件中某些处理函数的返回值，创建这些返回值对应在react原型链上的索引。',
      '当组件重新渲染时，需要再次用到这些函数返回值，此时不再重新执行一遍运算，而是直接使用之前运算过的返回值。',
      '',
      'useCallback是将某个函数“放入到react底层原型链上，并返回该函数的索引”，而useMemo是将某个函数返回值“放入到react底层原型链上，并返回该返回值的索引”。',
      '',
      '    import React,{useState,useMemo} from \'react\'',
      '',
      '    function UseMemo() {',
      '      const [num,setNum] = useState(2020);',
      '      //totalPrimes为react底层原型链上该函数计算结果的引用',
      '      const totalPrimes = useMemo(() => computePrimes(num), [num]);',
      '    }',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(hooks, 'markdown', /^原型链$/), []);
    const js = [
      '# JavaScript 的原型',
      '',
      '每个对象都有一个内部的 [[Prototype]]，可以用 Object.getPrototypeOf 读到。访问属性时，引擎先找对象自身，',
      '找不到就沿着原型链向上查找，直到 Object.prototype，再往上是 null。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(js, 'markdown', /^原型链$/), ['js-prototype']);
  });

  it("'处理函数依赖的变量' is no functional dependency; a normal form's is (blind audit cx, cx-zh-2)", () => {
    const hooks = [
      '## useMemo概念解释',
      '',
      '当组件重新渲染时，需要再次用到这些函数返回值，此时不再重新执行一遍运算，而是直接使用之前运算过的返回值。',
      'useMemo第2个参数是处理函数的变量依赖，只有当处理函数依赖的变量发生改变时才会重新计算并保存一次函数返回结果。',
      '',
      '    const totalPrimes = useMemo(() => computePrimes(num), [num]);',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(hooks, 'markdown', /^函数依赖$/), []);
    const normalForms = [
      '# 数据库范式',
      '',
      '第二范式要求非主属性完全函数依赖于码；第三范式进一步消除非主属性对码的传递函数依赖。',
      '设计表结构时，先找出列之间的函数依赖，再按范式拆表，主键和外键把拆开的表连起来。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(normalForms, 'markdown', /^函数依赖$/), [
      'database-normalization',
      'database-normalization',
      'database-normalization',
    ]);
  });

  it("a Spring config's 接口文档 (API docs) is no Java interface; a Java interface is (blind audit cx, cx-code-2)", () => {
    const yaml = [
      '# MyBatis-Plus配置',
      'mybatis-plus:',
      '  configuration:',
      '    log-impl: org.apache.ibatis.logging.stdout.StdOutImpl',
      '',
      '# 接口文档配置',
      'knife4j:',
      '  enable: true',
      '  openapi:',
      '    title: "接口文档"',
      '    version: 1.0',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(yaml, 'yaml', /^接口$/), []);
    const java = [
      '// 定义一个接口，由不同的类分别实现',
      'public interface Shape {',
      '    double area();',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(java, 'java', /^接口$/), ['java-interface-vs-abstract-class']);
  });

  it('"errors are values" is Go error handling (blind audit cx, cx-en-2: an expected term the note explains)', () => {
    const go = [
      '### Errors in Go',
      'Errors in Go are unexpected situation that may arise when running an application.',
      '"Errors are Values" - in Go, errors should be treated as legitimate values returned from a function and should therefore not be ignored.',
      '',
      '```go',
      'err := errors.New("My error")',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(go, 'markdown', /^errors are values$/i), ['go-error-handling']);
  });
});
