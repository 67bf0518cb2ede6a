import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit ee', () => {
  it("a workflow's matrix.python-version is no pyenv version file; .python-version is (blind audit ee, ee-code-4)", () => {
    const workflow = [
      'jobs:',
      '  sqlite:',
      '    runs-on: ubuntu-latest',
      '    strategy:',
      '      fail-fast: false',
      '      matrix:',
      "        python-version: ['3.9', '3.10', '3.11', '3.12', '3.13']",
      '',
      '    steps:',
      '    - uses: actions/checkout@v4',
      '',
      '    - name: Set up Python ${{ matrix.python-version }}',
      '      uses: actions/setup-python@v5',
      '      with:',
      '        python-version: ${{ matrix.python-version }}',
      '',
      '    - name: Cache',
      '      uses: actions/cache@v4',
      '      with:',
      '        path: ${{ steps.pip-cache.outputs.dir }}',
      '        key:',
      "          ${{ matrix.python-version }}-v1-${{ hashFiles('**/pyproject.toml') }}-${{ hashFiles('**/tox.ini') }}",
      '        restore-keys: |',
      '          ${{ matrix.python-version }}-v1-',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(workflow, 'github-actions-workflow', /python-version/), []);
    const pyenv = [
      '# Pinning the interpreter',
      '',
      'Run `pyenv local 3.12.4` in the project: pyenv writes a `.python-version` file there and uses that version',
      'whenever you are inside the directory.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(pyenv, 'markdown', /^\.python-version$/), ['pyenv']);
  });

  it("a BPE tokenizer's merge_rank is neither LoRA's rank nor a process rank; a process rank is (blind audit ee, ee-code-1)", () => {
    const bpe = [
      '#include "Bpe.hpp"',
      '#include <unordered_map>',
      '',
      'vector<std::string> mllm::BPETokenizer::bpe(const std::string &token, std::string end_symbol) {',
      '    auto bigram_string = std::string(bigram.first) + " " + std::string(bigram.second);',
      '    if (merge_rank.find(bigram_string) == merge_rank.end()) {',
      '        return word_splits;',
      '    }',
      '}',
      '',
      'void mllm::BPETokenizer::tokenize(const std::string &text, std::vector<token_id_t> &tokens, bool bos, std::vector<std::string> &special_tokens, bool byte_fallback) {',
      '    if (std::find(special_tokens.begin(), special_tokens.end(), text) != special_tokens.end()) {',
      '        tokens.emplace_back(mllm::BPETokenizer::TokenBos);',
      '    }',
      '    if (!merge_rank.empty()) {',
      '        tokens.push_back(TokenEos);',
      '    }',
      '}',
      '',
      'void mllm::BPETokenizer::setMergeRank(const std::unordered_map<string, unsigned> &merge_rank) {',
      '    this->merge_rank = merge_rank;',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(bpe, 'cpp', /^rank$/), []);
    const ddp = [
      'import torch.distributed as dist',
      'from torch.nn.parallel import DistributedDataParallel as DDP',
      '',
      'dist.init_process_group("nccl")',
      'rank = dist.get_rank()',
      'model = DDP(model.to(rank), device_ids=[rank])',
      '',
    ].join('\n');
    assert.ok(notesAt(ddp, 'python', /^rank$/).every((ids) => ids.split('|').includes('distributed-process-group')));
    assert.ok(notesAt(ddp, 'python', /^rank$/).length > 0);
  });

  it("Android's @JavascriptInterface is no React Native JSI; the JavaScript Interface is (blind audit ee, ee-zh-2)", () => {
    const webview = [
      '#### 2.Native 直接注入',
      '',
      '- WebView中的javascript是运行于WebView所提供的环境中的，所以Native可以通过WebView直接介入javascript的执行环境（context）',
      '',
      '```js',
      '// Android',
      '// 其中@javascriptInterface注解是安全机制，可以搜索后详细了解',
      'public class BridgeLogic {',
      '    // @JavascriptInterface',
      '    public void sendData(String message) {',
      '        // native 逻辑',
      '    }',
      '}',
      'private void initView() {',
      '    webView=(WebView) findViewById(R.id.webview);',
      '    webview.getSettings().setJavascriptEnabled(true)',
      '    webview.addJavascriptInterface(new  BridgeLogic(),"JSBridge")',
      '}',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(webview, 'markdown', /JavascriptInterface/i), []);
    const rn = [
      '# React Native New Architecture',
      '',
      'The JavaScript Interface (JSI) lets JavaScript hold references to C++ objects and call their methods synchronously.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(rn, 'markdown', /^JavaScript Interface$/), ['react-native']);
  });

  it("an HTML form's _method value is no Go method value; a Go method value is (blind audit ee, ee-en-2)", () => {
    const override = [
      '## CSRF with GET Requests',
      '',
      'This was originally used in the scenario I just mentioned, where you want to update data but can only use POST. You',
      'can add a `_method` parameter to let the server know that it is actually a PATCH request:',
      '',
      '``` html',
      '<form action="/api/update/1" method="POST">',
      '  <input type=hidden name=_method value=PATCH>',
      '  <input name=title value=new_title>',
      '</form>',
      '```',
      '',
      'The `SameSite=Lax` cookie is still sent with this top-level navigation, so the CSRF attack works.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(override, 'markdown', /method value/i), []);
    const go = [
      '# Method values',
      '',
      '```go',
      'type T struct{ a int }',
      '',
      'func (tv T) Mv(x int) int { return tv.a + x }',
      '```',
      '',
      'The expression `t.Mv` is a method value: a function that calls `Mv` with the receiver `t` bound, as in',
      '`f := t.Mv; f(7)`.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(go, 'markdown', /^method value$/), ['go-method']);
  });

  it('PTE is a page table entry (alias added after blind audit ee, ee-zh-1)', () => {
    const pageFault = [
      '### Page Fault 详细处理流程',
      '',
      '当 vmf->pte 为空，代表是第一次触发 Page Fault, 并且是匿名 VMA，',
      '调用 do_anonymous_page() 进入匿名页处理流程。',
      '',
      '通过 vma->vm_page_prot 将 zero page 转换成 PTE entry，',
      '以 vmf->address 为 index 在 vmf->pmd 查找 PTE entry 在页表中的存储位置 vmf->pte，',
      '最后将 PTE entry 设置到 vmf->pte 对应的页表位置中',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(pageFault, 'markdown', /^PTE$/), ['virtual-memory', 'virtual-memory', 'virtual-memory']);
  });
});
