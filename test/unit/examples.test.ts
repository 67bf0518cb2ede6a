import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface Example {
  file: string;
  line: number;
  language: string;
  code: string;
  expected: string;
}
type Extract = (text: string, file: string) => { examples: Example[]; problems: string[] };

describe('runnable examples (scripts/run-examples.mjs)', () => {
  let runnableExamples: Extract;
  before(async () => {
    ({ runnableExamples } = (await import(pathToFileURL(join(__dirname, '..', '..', 'scripts', 'run-examples.mjs')).href)) as { runnableExamples: Extract });
  });

  it('takes a block marked run and the output block after it; other blocks are not examples', () => {
    const md = ['## Example', '', '```python run', 'print(1 + 1)', '```', '', '```output', '2', '```', '', '```python', 'teacher.fit(loader)', '```', ''].join('\n');
    const { examples, problems } = runnableExamples(md, 'n.md');
    assert.deepEqual(problems, []);
    assert.deepEqual(examples, [{ file: 'n.md', line: 3, language: 'python', code: 'print(1 + 1)\n', expected: '2' }]);
  });

  it('reports a runnable block without an output block', () => {
    const { examples, problems } = runnableExamples('```c run\nint main(void) { return 0; }\n```\n\nText.\n', 'n.md');
    assert.deepEqual(examples, []);
    assert.deepEqual(problems, ['n.md:1: a runnable example needs an ```output block right after it']);
  });

  it('does not take a "run" inside another fenced block', () => {
    const md = '````markdown\n```python run\nprint(1)\n```\n\n```output\n1\n```\n````\n';
    assert.deepEqual(runnableExamples(md, 'n.md').examples, []);
  });
});
