import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tempDir } from './temp-dirs';

interface Example {
  file: string;
  line: number;
  language: string;
  code: string;
  expected: string;
}
type Extract = (text: string, file: string) => { examples: Example[]; problems: string[] };
interface Prepared {
  dir: string;
  file: string;
}
type RunResult = { ok: true } | { ok: false; why: string };
interface RunExamples {
  runnableExamples: Extract;
  compileJavaBatch: (dirs: string[]) => Promise<boolean>;
  runExample: (ex: Example, prepared?: Prepared) => Promise<RunResult>;
}

describe('runnable examples (scripts/run-examples.mjs)', () => {
  let runnableExamples: Extract;
  let lib: RunExamples;
  before(async () => {
    lib = (await import(pathToFileURL(join(__dirname, '..', '..', 'scripts', 'run-examples.mjs')).href)) as RunExamples;
    ({ runnableExamples } = lib);
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

  it('compiles Java examples in one JVM, each on its own, and reports a compile error or a wrong output per example', async function () {
    try {
      execFileSync('javac', ['-version'], { stdio: 'ignore' });
    } catch {
      this.skip(); // no JDK: the runner skips Java examples too
    }
    this.timeout(120_000);
    const java = (code: string, expected: string): Example => ({ file: 'n.md', line: 1, language: 'java', code, expected });
    const good = java('public class Main { public static void main(String[] a) { System.out.println(Helper.twice(21)); } }\nclass Helper { static int twice(int x) { return 2 * x; } }\n', '42');
    // Uses the other example's class: each example is compiled alone, so it must not see it.
    const borrows = java('public class Main { public static void main(String[] a) { System.out.println(Helper.twice(1)); } }\n', '2');
    const wrong = java('public class Main { public static void main(String[] a) { System.out.println("a"); } }\n', 'b');
    const prepared: Prepared[] = [good, borrows, wrong].map((ex) => {
      const dir = tempDir('concept-example-test-');
      writeFileSync(join(dir, 'Main.java'), ex.code);
      return { dir, file: 'Main.java' };
    });
    assert.equal(await lib.compileJavaBatch(prepared.map((p) => p.dir)), true);
    assert.ok(existsSync(join(prepared[0].dir, 'Main.class')), 'compiled into the example\'s own folder');
    assert.deepEqual(await lib.runExample(good, prepared[0]), { ok: true });
    const compileError = await lib.runExample(borrows, prepared[1]);
    assert.equal(compileError.ok, false);
    assert.match((compileError as { why: string }).why, /^javac failed:[\s\S]*cannot find symbol/);
    const differs = await lib.runExample(wrong, prepared[2]);
    assert.equal(differs.ok, false);
    assert.match((differs as { why: string }).why, /output differs/);
    for (const p of prepared) assert.equal(existsSync(p.dir), false, 'the example folder is removed after the run');
  });
});
