import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The markdownlint-cli README of blind audit dr (dr-en-1), cut to the lines that make it a JavaScript-tools document.
const markdownlint = [
  '# markdownlint-cli',
  '',
  '> Command Line Interface for [MarkdownLint][markdownlint]',
  '',
  '## Installation',
  '',
  '```bash',
  'npm install -g markdownlint-cli',
  '```',
  '',
  'To lint all Markdown files in a Node.js project (excluding dependencies), the following commands might be used:',
  '',
  'If your workspace _(project)_ is [ESM-only] _(`"type": "module"` set in the root `package.json` file)_, then the configuration',
  'file **should end with `.cjs` file extension**.',
  'JS configuration files contain JavaScript code, must have the `.js` or `.cjs` file extension, and must export (via',
  '`module.exports = ...`) a configuration object of the form shown above.',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit dr', () => {
  it('the Lint of MarkdownLint is no ESLint; lint in an ESLint guide is (blind audit dr, dr-en-1)', () => {
    assert.deepEqual(notesAt(markdownlint, 'markdown', /^Lint$/), []);
    const eslint = [
      '# Linting',
      '',
      'ESLint checks the JavaScript of this Node.js project; the rules are in `eslint.config.js`.',
      '',
      '```bash',
      'npm install --save-dev eslint',
      'npx eslint --fix .',
      '```',
      '',
      'Run it before every commit to lint the changed files.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(eslint, 'markdown', /^lint$/), ['eslint']);
  });

  it("a Vuex action's payload is no Nuxt payload; Nuxt's is (blind audit dr, dr-zh-2)", () => {
    const vuex = [
      '## Vue 组件通信方式梳理（面试速记）',
      '',
      '- Vue 3 推荐组合式 API（`defineProps`、`defineEmits`、`defineExpose`、`useAttrs`）与 Pinia。',
      '',
      '**集中式状态管理**',
      '',
      '```js',
      '// Vuex',
      'actions: { async login({ commit }, payload) { ... } }',
      'computed(() => store.state.user)',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(vuex, 'markdown', /^payload$/), []);
    const nuxt = [
      '# Data fetching in Nuxt',
      '',
      'In a Vue component, `useFetch` and `useAsyncData` fetch once during server rendering; Nuxt serializes the result',
      'into the payload, so the client hydrates without fetching again.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(nuxt, 'markdown', /^payload$/), ['nuxt-data-fetching']);
  });

  it("vue-i18n's runtimeOnly option is no Gradle configuration; a build.gradle's is (blind audit dr, dr-code-2)", () => {
    const vite = [
      "import { defineConfig } from 'vite'",
      "import VueI18n from '@intlify/unplugin-vue-i18n/vite'",
      '',
      'export default defineConfig({',
      '  plugins: [',
      '    VueI18n({',
      '      runtimeOnly: true,',
      '      compositionOnly: true,',
      '      fullInstall: true,',
      "      include: [path.resolve(__dirname, 'locales/**')],",
      '    }),',
      '  ],',
      '})',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(vite, 'typescript', /^runtimeOnly$/), []);
    const gradle = [
      'dependencies {',
      "    implementation 'org.springframework.boot:spring-boot-starter-web'",
      "    runtimeOnly 'org.postgresql:postgresql'",
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(gradle, 'groovy', /^runtimeOnly$/), ['gradle-dependency-configurations']);
  });

  it('SYN 攻击 is the SYN flood (alias added after blind audit dr, dr-zh-1)', () => {
    const tcp = [
      '### 3-1-7、安全问题—三次握手',
      '',
      '### 3-1-7-1、SYN 攻击',
      '',
      '描述：典型的 DoS/DDoS 攻击，攻击者在短时间内，伪造大量不存在的 IP 地址的 SYN 报文；',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(tcp, 'markdown', /^SYN 攻击$/), ['syn-flood']);
    assert.deepEqual(notesAt(tcp, 'markdown', /^SYN$/), ['tcp-three-way-handshake']);
  });
});
