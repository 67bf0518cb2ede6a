import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit bg', () => {
  it("a Gin route group (路由组) is server-side routing, no single-page app's client router; a Vue Router page keeps it (blind audit bg, bg-zh-1)", () => {
    // As in the audited Chinese Gin / GORM notes: route groups, middleware, then GORM against MySQL.
    const gin = [
      '# 一：Gin基本使用',
      '',
      '返回JSON格式的数据，多端都可以一起用；减少返回的内容；',
      '',
      '## 路由',
      '',
      '路由组：将拥有共同URL前缀的路由划分为一个路由组，习惯上用一堆{}包裹同组路由，路由组同样支持嵌套',
      '',
      '```go',
      'r := gin.Default()',
      'shopGroup := r.Group("/shop")',
      '\t{',
      '\t\tshopGroup.GET("/index", func(c *gin.Context) {...})',
      '\t\t// 嵌套路由组',
      '\t\txx := shopGroup.Group("xx")',
      '\t}',
      '```',
      '',
      'Gin的中间件必须是一个 gin.HandlerFunc 类型。',
      '',
      '```go',
      'db, err := gorm.Open("mysql", "root:root1234@(127.0.0.1:13306)/db1?charset=utf8mb4")',
      'defer db.Close()',
      'db.AutoMigrate(&UserInfo{})',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(gin, 'markdown', /路由/), []);
    const vue = [
      '# Vue Router 入门',
      '',
      '单页应用（SPA）通过前端路由切换页面，不刷新整页。在 Vue 3 中用 createRouter 创建路由，',
      '用 `<router-view>` 渲染当前路由匹配的组件，`children` 配置嵌套路由。',
      '',
      '```js',
      "import { createRouter, createWebHistory } from 'vue-router'",
      "const router = createRouter({ history: createWebHistory(), routes: [{ path: '/user/:id', component: User }] })",
      '```',
      '',
    ].join('\n');
    assert.ok(notesAt(vue, 'markdown', /^路由$/).every((n) => n === 'single-page-application'));
    assert.ok(notesAt(vue, 'markdown', /^路由$/).length >= 2);
    assert.deepEqual(notesAt(vue, 'markdown', /^嵌套路由$/), ['single-page-application']);
  });

  it('a sample\'s input feature vector (输入特征向量) in a linear-regression article is no eigenvector; a matrix\'s 特征向量 is (blind audit bg, bg-zh-2)', () => {
    const ml = [
      '## 线性回归',
      '',
      '线性回归模型的预测过程是这样的：给定一个输入特征向量，通过线性组合得到一个预测值。',
      '',
      '其中，$y^i$ 是预测值，$W^T$ 是权重向量，$x^i$ 是输入特征向量，$\\epsilon^i$ 是误差。',
      '',
      '随机梯度下降每次迭代只使用一个样本来更新参数，其中 $x^i$ 是第$i$个样本的特征向量。损失函数用均方误差。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(ml, 'markdown', /特征向量/), []);
    const pca = [
      '## 主成分分析',
      '',
      'PCA 对协方差矩阵做特征分解，取最大的几个特征值对应的特征向量作为投影方向；',
      '实对称矩阵不同特征值对应的特征向量相互正交。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(pca, 'markdown', /^特征向量$/), ['eigenvalue-eigenvector', 'eigenvalue-eigenvector']);
  });
});
