import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The Redux Toolkit slice of blind audit dk (dk-code-2), cut to its imports, one thunk and the reducers that use the
// action's payload.
const slice = [
  "import { createAction, createAsyncThunk, createReducer, createSlice, PayloadAction } from '@reduxjs/toolkit'",
  "import { Credentials, UserProfile } from '../../types/user.types'",
  "import { AuthApi } from '../../api/auth-api'",
  "import { createAppAsyncThunk, GetThunkState, ThunkType } from '../withTypes'",
  '',
  'export const auth = createAppAsyncThunk<UserProfile, Credentials>(',
  '    "auth/auth-thunk",',
  '    async (data: Credentials) => {',
  '        const result = await AuthApi.auth(data)',
  '',
  '        return result',
  '    }',
  ')',
  '',
  'export const authSlice = createSlice({',
  "    name: 'auth',",
  '    initialState: authState,',
  '    reducers: {',
  '        setLogin(state, action: PayloadAction<string>) {',
  '            state.login = action.payload',
  '            state.authThunk.error = null',
  '        },',
  '    },',
  '    extraReducers: builder => {',
  '        builder',
  '          .addCase(auth.fulfilled, (state, action) => {',
  "            state.authThunk.status = 'succeeded'",
  '            state.isAuthorized = true',
  '            state.user = action.payload',
  '          })',
  '      }',
  '})',
  '',
].join('\n');

// The uni-app introduction of blind audit dk (dk-zh-2), cut to its opening, the HBuilder directory tree and the
// notes on native mini-program components.
const uniApp = [
  '## uni-app介绍',
  '是一个使用`Vue`开发所有前端应用的框架，开发者编写一套代码，可发布多个平台。',
  '### 优秀的小程序开发框架',
  '即使不跨端， `uni-app` 也是很好的小程序开发框架',
  '### 比原生的优势',
  '- 更强大的组件化能力，官方封装了非常多组件',
  '- 应用状态管理（类Vuex/Redux/Mobx等）',
  '',
  '#### 目录结构',
  '',
  '```',
  '┌─components            符合vue组件规范的uni-app组件目录',
  '├─pages                 业务页面文件存放的目录',
  '├─wxcomponents          存放原生小程序组件的目录',
  '├─main.js               Vue初始化入口文件',
  '├─App.vue               应用配置，用来配置App全局样式以及监听 应用生命周期',
  '├─manifest.json         配置应用名称、appid、logo、版本等打包信息，详见',
  '└─pages.json            配置页面路由、导航条、选项卡等页面类信息，详见  ',
  '```',
  '',
  '## uni与原生小程序 ',
  '支持在 App 和 小程序 中使用**小程序自定义组件**，从HBuilderX2.4.7起，H5端也可以运行微信小程序组件。',
  '  -  当需要在  `vue`  组件中使用小程序组件时，注意在  `pages.json`  的  `globalStyle`  中配置  `usingComponents` ，而不是页面级配置。',
  '',
  '### 原生小程序转uniapp',
  '转换小程序做的工作有：',
  '- setData全部转换为data（经测试，部分有遗漏，需要手动检漏）',
  '- template 改为vue',
  '',
  '#### 原生小程序转uni-app细则',
  '- app.json为pages.json，每个小程序page目录下的index.json添加到pages.json里',
  '- globalData等全局变量或方法更改',
  '- setData的处理',
  '- 自定义组件，需要放到wxcomponents下',
  '- selectComponent 更改为ref，虽然也支持，但是仅能在微信小程序端使用，不通用',
  '',
].join('\n');

// The policy-gradient post of blind audit dk (dk-en-2), cut to its opening paragraphs and one line with the verb "recall".
const rl = [
  '## **Stitching the narrative arc**',
  'When I started studying reinforcement learning, I found blogs to be a very good medium for gaining intuition.',
  '',
  'Policy gradients and value-based are two families of methods. Suppose we want to arrive at a place, I tend to think of ' +
    'value-based as drawing a map, whereas policy gradients is like building intuition. Value-based RL learns action values ' +
    '$Q(s,a)$ and induces a policy by acting near-greedily (i.e. $\\epsilon$-greedy). Some algorithms for value-based methods: ' +
    'SARSA, Q-Learning, DQN, etc. ',
  '',
  'Contrarily, the **policy-based** methods parameterizes a policy function $\\pi(s,a)$ (which represents the probability of ' +
    'taking a given action) and directly pushes parameter by estimating $J_\\theta$. For discrete actions, logits from a network ' +
    'go through softmax; for continuous actions, policies can be Gaussian:',
  '',
  'Here we focus on the policy gradients family, specifically how the vanilla REINFORCE logically develops into PPO.',
  '',
  'Recall that we have $Q^{\\pi}(S_t, A_t)$ defined as discounted sum of rewards after taking $s_t, a_t$ following $\\pi$.',
  '',
  'Introducing state-value baseline has multiple implications: this allows algorithm to reduce variance while keeping ' +
    'unbiased, leads to actor-critic style implementation, and introduces advantage function.',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit dk', () => {
  it("Redux Toolkit's createAppAsyncThunk is no Vue createApp, nor its PayloadAction Nuxt's payload (blind audit dk, dk-code-2)", () => {
    assert.deepEqual(notesAt(slice, 'typescript', /^createApp$/), []);
    assert.deepEqual(notesAt(slice, 'typescript', /^payload$/i), []);
    const vue = ["import { createApp } from 'vue'", "import App from './App.vue'", '', "createApp(App).mount('#app')", ''].join('\n');
    assert.deepEqual(notesAt(vue, 'typescript', /^createApp$/), ['vue', 'vue']);
  });

  it("pages.json's 页面路由 in a uni-app document is no ArkUI navigation; an ArkUI page's is (blind audit dk, dk-zh-2)", () => {
    assert.deepEqual(notesAt(uniApp, 'markdown', /^页面路由$/), []);
    const arkui = [
      '# ArkUI 页面跳转',
      '',
      '页面路由 `@ohos.router` 是较早的方案：`router.pushUrl({ url: "pages/Detail" })` 跳到 `main_pages.json` 里登记的页面，',
      '`router.back()` 返回。API 10 起推荐用 Navigation 组件和 NavPathStack：`this.pathStack.pushPathByName("Detail", null)`。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(arkui, 'markdown', /^页面路由$/), ['arkui-navigation']);
  });

  it("a mini-program document's 状态管理 is a state store, not ArkTS state; an ArkTS page's is ArkTS's (blind audit dk, dk-zh-2)", () => {
    assert.deepEqual(notesAt(uniApp, 'markdown', /^状态管理$/), ['state-management-store']);
    const arkts = [
      '# HarmonyOS 组件的状态管理',
      '',
      'ArkUI 是声明式 UI：`@Entry @Component struct Index { @State count: number = 0 }`，`@State` 变化会刷新 `build()`。',
      '子组件用 `@Prop` 单向同步、`@Link` 双向同步；跨页面用 `@StorageLink` 与 AppStorage，页面跳转用 `router.pushUrl`。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(arkts, 'markdown', /^状态管理$/), ['arkts-state-management']);
  });

  it("Jenkins' timeout step is no network timeout; an HTTP client's is (blind audit dk, dk-code-4)", () => {
    const jenkinsfile = [
      'pipeline {',
      '  agent any',
      '  tools{',
      "    maven 'mymaven'",
      '  }',
      '',
      '  options {',
      "    timeout(time: 30, unit: 'MINUTES')",
      '  }',
      '',
      '  stages {',
      "    stage('Build & Test') {",
      '      steps {',
      "        sh 'mvn clean package'",
      '      }',
      '    }',
      '',
      "    stage('Quality Gate') {",
      '      steps {',
      "        timeout(time: 2, unit: 'MINUTES') {",
      '          waitForQualityGate abortPipeline: true',
      '        }',
      '      }',
      '    }',
      '  }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(jenkinsfile, 'jenkinsfile', /^timeout$/i), []);
    const go = [
      'package main',
      '',
      'import (',
      '\t"net/http"',
      '\t"time"',
      ')',
      '',
      '// A client without a timeout waits forever on a server that never answers.',
      'var client = &http.Client{Timeout: 5 * time.Second}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(go, 'go', /^timeout$/i), ['timeout', 'timeout']);
  });

  it("ε-greedy exploration is no greedy decoding; an LLM's greedy choice of the next token is (blind audit dk, dk-en-2)", () => {
    assert.deepEqual(notesAt(rl, 'markdown', /^greedy$/), []);
    const llm = [
      '# Sampling from an LLM',
      '',
      'At each step the model produces logits over the vocabulary; softmax turns them into probabilities. With temperature 0',
      'decoding is greedy: the most likely token is always taken. Top-p (nucleus sampling) keeps the smallest set of tokens',
      'whose probabilities add up to p, which makes the large language model less repetitive than greedy search.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(llm, 'markdown', /^greedy$/), ['temperature-sampling', 'temperature-sampling']);
  });

  it('"Recall that …" in an RL derivation is no metric; a classifier\'s recall is (blind audit dk, dk-en-2)', () => {
    assert.deepEqual(notesAt(rl, 'markdown', /^recall$/i), []);
    const metrics = [
      '# Evaluating the spam classifier',
      '',
      'On the validation set the model reaches 0.92 precision and 0.81 recall: of all spam messages it finds 81 %. Lowering the',
      'decision threshold raises recall at the cost of precision; the F1 score and the confusion matrix show the trade-off, and',
      'scikit-learn prints both with `classification_report(y_true, y_pred)`.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(metrics, 'markdown', /^recall$/i), ['precision-and-recall', 'precision-and-recall']);
  });

  it("Redux Toolkit's createSlice is the state management store (alias added after blind audit dk, dk-code-2)", () => {
    assert.deepEqual(notesAt(slice, 'typescript', /^createSlice$/), ['state-management-store', 'state-management-store']);
  });

  it("uni-app's pages.json is uni-app (alias added after blind audit dk, dk-zh-2)", () => {
    assert.deepEqual(notesAt(uniApp, 'markdown', /^pages\.json$/), ['uni-app', 'uni-app', 'uni-app', 'uni-app']);
  });
});
