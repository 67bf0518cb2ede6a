import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases added or scoped in alias-mining pass mining43', () => {
  // As in the mined browser-rendering note: GPU, texture and GPU memory make it read as a machine-learning text too.
  const rendering = [
    '#### 触发分层',
    '',
    '1. 获取DOM并将其分割为多个层 z-index',
    '2. 将层作为纹理上传到 GPU，Compositor将所有的拥有 compositing layer 进行合成，已经触发合成层',
    'chrome 采用纹理把页面中的内容分块发送给GPU，GPU内存中的位图再显示到屏幕上。',
    '',
    '#### 重绘重排',
    '',
    '重新渲染，就需要重新生成布局（重排 reflow）和重新绘制（重绘 repaint）, 重排一定会重绘，重绘不一定重排。',
    '',
    '#### 硬件加速',
    '',
    '当改变 Layer 的 transform，opacity 属性时，渲染跳过 Layout，paint，直接通知 GPU 对 layer 做变换。',
    '',
  ].join('\n');

  it('重排 in a browser-rendering text is reflow, not reranking; in a RAG text it stays reranking', () => {
    assert.deepEqual([...new Set(notesAt(rendering, 'markdown', /^重排$/))], ['reflow-repaint']);
    const rag = '## 检索阶段\n\n先用向量数据库做相似度检索召回 Top-K 文档，再用交叉编码器重排，把最相关的几段拼进 Prompt 交给 LLM 生成答案。RAG 的召回质量取决于 Embedding 和文本分块。\n';
    assert.deepEqual(notesAt(rag, 'markdown', /^重排$/), ['reranking']);
  });

  it('分块 in a browser-rendering text (tiles) is no RAG text chunking; 合成层 and 硬件加速 are reflow-repaint there', () => {
    assert.deepEqual(notesAt(rendering, 'markdown', /^分块$/), []);
    assert.deepEqual(notesAt(rendering, 'markdown', /^合成层$/), ['reflow-repaint']);
    assert.deepEqual(notesAt(rendering, 'markdown', /^硬件加速$/), ['reflow-repaint']);
    const rag = '## 文档预处理\n\n1. 文档收集\n2. 文档分块（Chunking），chunk_size 和 chunk_overlap 要平衡\n3. Embedding 向量化后存入向量数据库，供 RAG 检索。\n';
    assert.deepEqual(notesAt(rag, 'markdown', /^分块$/), ['text-chunking']);
  });

  it("Blink's RenderObject in a browser text is no Flutter widget; a Flutter text keeps it", () => {
    assert.deepEqual(notesAt(rendering + '\nDOM 子树渲染层（RenderLayer）-> RenderObject -> GraphicsContext\n', 'markdown', /^RenderObject$/), []);
    const flutter = '# Flutter 渲染\n\nFlutter 有三棵树：Widget 树、Element 树和 RenderObject 树。StatelessWidget 和 StatefulWidget 的 build 方法返回新的 Widget，setState 触发重建。\n';
    assert.deepEqual(notesAt(flutter, 'markdown', /^RenderObject$/), ['flutter-widget']);
  });

  it("a UIKit controller's SectionHeaderView and collectionView.register(…) are no ELF section header or CPU register", () => {
    const swift = [
      'import UIKit',
      '',
      'class ViewController: UIViewController {',
      '    @IBOutlet weak var collectionView: UICollectionView!',
      '',
      '    override func viewDidLoad() {',
      '        super.viewDidLoad()',
      '        collectionView.register(SectionHeaderView.nib, forSupplementaryViewOfKind: SectionHeaderView.kind, withReuseIdentifier: SectionHeaderView.reuseIdentifier)',
      '    }',
      '',
      '    private func setupSectionHeader() {',
      '        let sectionHeader = collectionView.dequeueReusableSupplementaryView(ofKind: "header", withReuseIdentifier: SectionHeaderView.reuseIdentifier, for: IndexPath(item: 0, section: 0)) as! SectionHeaderView',
      '        sectionHeader.configure("10 Day Forecast")',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(swift, 'swift', /^section ?header$/i), []);
    assert.deepEqual(notesAt(swift, 'swift', /^register$/), []);
    const elf = '# ELF\n\nreadelf -S prints the section header table of an ELF file; each section header describes one section such as .text or .bss.\n';
    assert.deepEqual([...new Set(notesAt(elf, 'markdown', /^section header$/))], ['elf']);
  });

  it('8位数组 in an STM32 UART note is no bit array; FAISS matches as the library writes itself (Faiss, faiss)', () => {
    const uart = '# STM32_串口编程\n\n~~~c\n/* 发送8位数组 */\nvoid Usart_SendArray(USART_TypeDef *pUSART, uint8_t *arr, uint8_t num);\n~~~\n\n串口的波特率、停止位和 NVIC 中断优先级在 USART_Config 里配置。\n';
    assert.deepEqual(notesAt(uart, 'markdown', /^位数组$/), []);
    const rag = '## DeepSeek + Faiss 本地知识库\n\nPDF 文本分块后用 Embedding 向量化，存入 Faiss 向量库做 RAG 检索。\n\n```python\nimport faiss\nindex = faiss.IndexFlatL2(768)\n```\n';
    assert.deepEqual([...new Set(notesAt(rag, 'markdown', /^faiss$/i))], ['faiss']);
  });

  it('Query 改写, 长上下文 and 微调 in a RAG note; PROT_READ and AF_INET in C', () => {
    const rag = '## Query 改写（提升检索质量）\n\n检索增强生成（RAG）先把文档分块、用 Embedding 向量化后存入向量数据库。检索前先做 Query 改写。与微调相比，RAG 的知识库可以随时更新；即使模型支持长上下文，检索仍然更省 Token。\n';
    assert.deepEqual(notesAt(rag, 'markdown', /^Query 改写$/), ['query-rewriting', 'query-rewriting']);
    assert.deepEqual(notesAt(rag, 'markdown', /^长上下文$/), ['context-window']);
    assert.deepEqual(notesAt(rag, 'markdown', /^微调$/), ['fine-tuning']);
    const c = '#include <sys/mman.h>\n#include <sys/socket.h>\n\nint main(void) {\n    int fd = socket(AF_INET, SOCK_STREAM, 0);\n    void *p = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);\n    return p == MAP_FAILED;\n}\n';
    assert.deepEqual(notesAt(c, 'c', /^PROT_(READ|WRITE)$/), ['mmap', 'mmap']);
    assert.deepEqual(notesAt(c, 'c', /^AF_INET$/), ['socket']);
    // A lower-case word "prot read" in prose is no constant.
    assert.deepEqual(notesAt('The prot read flag and the af inet family.\n', 'markdown', /prot|inet/i), []);
  });

  it('#if is the preprocessor in C code, not in a C# file', () => {
    const c = '#if (NGX_LINUX)\n#include <sys/epoll.h>\n#endif\n\nint x;\n';
    assert.deepEqual(notesAt(c, 'c', /^#if$/), ['preprocessor-macro']);
    const cs = '#if DEBUG\nConsole.WriteLine("debug");\n#endif\n';
    assert.deepEqual(notesAt(cs, 'csharp', /^#if$/), []);
  });
});
