import * as assert from 'node:assert/strict';
import { hoverExampleOf, hoverExamples } from '../../../src/core/hover-example';

describe('the hover example', () => {
  it('takes a short code block from the Example section, in either language', () => {
    assert.deepEqual(hoverExampleOf('## Definition\n\nx\n\n## Example\n\n```python\nimport torch\ntorch.softmax(x, dim=-1)\n```\n'), { language: 'python', code: 'import torch\ntorch.softmax(x, dim=-1)' });
    assert.deepEqual(hoverExampleOf('## 示例\n\n```go\nch := make(chan int)\n```'), { language: 'go', code: 'ch := make(chan int)' });
  });

  it('takes a formula, on one line or over several', () => {
    assert.deepEqual(hoverExampleOf('## Example\n\n$$ \\sigma(z) = 1/(1+e^{-z}) $$\n'), { language: 'math', code: '\\sigma(z) = 1/(1+e^{-z})' });
    assert.deepEqual(hoverExampleOf('## Example\n\n$$\nL = -\\sum y \\log p\n$$\n'), { language: 'math', code: 'L = -\\sum y \\log p' });
  });

  it('takes the first command of a longer shell session, without its prompt', () => {
    assert.deepEqual(hoverExampleOf('## Example\n\n```sh\n# watch memory\n$ vmstat -w 1 2\nprocs -----\n 1  0\n 0  0\n```'), { language: 'sh', code: 'vmstat -w 1 2' });
  });

  it('leaves out long code, output blocks, other sections and code that holds a fence', () => {
    assert.equal(hoverExampleOf('## Example\n\n```python\na = 1\nb = 2\nc = 3\nd = 4\n```\n'), undefined);
    assert.deepEqual(hoverExampleOf('## Example\n\n```output\n42\n```\n\n```js\nf()\n```'), { language: 'js', code: 'f()' });
    assert.equal(hoverExampleOf('## How it works\n\n```sh\nls\n```\n\n## Example\n\ntext only\n\n## Pitfalls\n\n```sh\nrm -rf x\n```'), undefined);
    assert.equal(hoverExampleOf('## Example\n\n````md\n```\n[x](command:evil)\n```\n````'), undefined);
  });

  it('keeps each language\'s example for the index', () => {
    assert.deepEqual(hoverExamples({ zh: '## 示例\n\n```sh\nls\n```', en: 'no example' }), { zh: { language: 'sh', code: 'ls' } });
    assert.equal(hoverExamples({ zh: '', en: '' }), undefined);
  });
});
