import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit ck', () => {
  it("a project's own api.fetch() is no Fetch API; the global fetch() is (blind audit ck, ck-en-1)", () => {
    const nextjs = [
      '### Dynamic Routes',
      '',
      'Now, let\'s create the folder and file `src/app/[id]/page.tsx` and add the following content:',
      '',
      '```jsx',
      'import api from "@/api";',
      '',
      'export default async function RestaurantPage({params}: {params: Promise<{id: string}>}) {',
      '  const {id} = await params;',
      '  const restaurant = await api.fetch(id);',
      '',
      '  return <article key={restaurant.id}>{restaurant.name}</article>;',
      '}',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(nextjs, 'markdown', /^fetch$/), []);
    const global = [
      '```jsx',
      'export default async function Page() {',
      "  const res = await fetch('https://api.example.com/data', { next: { revalidate: 60 } });",
      '  const data = await res.json();',
      '  return <p>{data.message}</p>;',
      '}',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(global, 'markdown', /^fetch$/), ['fetch-api']);
  });

  it('"memory allocated" in a Linux memory text is no CUDA allocator statistic; torch.cuda.memory_allocated() is (blind audit ck, ck-en-2)', () => {
    const linux = [
      '# Virtual Memory Internals',
      '',
      'Linux uses virtual memory to provide each process with its own address space, and swaps pages out under',
      'memory pressure.',
      '',
      '```bash',
      '# Per-process swap - see which processes are swapped',
      'cat /proc/<pid>/status | grep VmSwap',
      '```',
      '',
      'Processes using swap are candidates for investigation. They might:',
      '- Have memory leaks',
      '- Need more memory allocated',
      '- Be victims of memory pressure (swapped out by kernel)',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(linux, 'markdown', /^memory allocated$/i), []);
    const pytorch = [
      '# PyTorch GPU memory',
      '',
      '```python',
      'import torch',
      'x = torch.randn(1024, 1024, device="cuda")',
      'print(torch.cuda.memory_allocated() >> 20, torch.cuda.memory_reserved() >> 20)',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(pytorch, 'markdown', /^memory_allocated$/), ['cuda-caching-allocator']);
  });

  it('a type import from a project\'s "@types" path alias is no DefinitelyTyped package; npm i -D @types/react is (blind audit ck, ck-code-1)', () => {
    const hook = [
      'import { useMemo, useState } from "react";',
      'import type { TripFilterState } from "@features/trips/types";',
      'import type { Trip, TripCategory } from "@types";',
      "import type { Settings } from '@types/settings';",
      '',
      'export function useTripFilters(trips?: Trip[], initialFilters?: Partial<TripFilterState>) {',
      '  const [filters, setFilters] = useState<TripFilterState>({ ...initialFilters } as TripFilterState);',
      '  const filteredTrips = useMemo(() => trips ?? [], [trips, filters]);',
      '  return { filters, setFilters, filteredTrips };',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(hook, 'typescript', /^@types$/), []);
    const definitelyTyped = [
      '# Type definitions',
      '',
      'TypeScript reads the types of a JavaScript package from its declaration files; for packages without',
      'them, install the community ones from DefinitelyTyped: `npm i -D @types/react`.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(definitelyTyped, 'markdown', /^@types$/), ['ts-declaration-files']);
  });

  it("ColumnTransformer's transformers= argument is no Hugging Face library or Transformer model; the transformers module is (blind audit ck, ck-code-2)", () => {
    const sklearn = [
      'from sklearn.preprocessing import StandardScaler, OneHotEncoder',
      'from sklearn.compose import ColumnTransformer',
      'from sklearn.pipeline import Pipeline',
      'from sklearn.ensemble import RandomForestClassifier',
      '',
      'preprocessor = ColumnTransformer(',
      '    transformers=[',
      "        ('num', StandardScaler(), numerical_features),",
      "        ('cat', OneHotEncoder(handle_unknown='ignore'), categorical_features)",
      '    ])',
      '',
      "model_pipeline = Pipeline(steps=[('preprocessor', preprocessor), ('classifier', RandomForestClassifier())])",
      '',
    ].join('\n');
    assert.deepEqual(notesAt(sklearn, 'python', /^transformers$/i), []);
    const hf = [
      'import transformers',
      '',
      'tokenizer = transformers.AutoTokenizer.from_pretrained("bert-base-uncased")',
      'model = transformers.AutoModelForSequenceClassification.from_pretrained("bert-base-uncased", num_labels=2)',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(hf, 'python', /^transformers$/), ['hf-transformers', 'hf-transformers']);
  });

  it("the runqueue of a Go scheduler trace is no Linux CPU run queue; a Linux text's run queue is (blind audit ck, ck-zh-1)", () => {
    const gmp = [
      '# 2. GMP',
      '',
      '- 全局队列：存放等待运行的 G',
      '- P 的本地队列：同全局队列类似，存放的也是等待运行的 G，存的数量有限，不超过 256 个。',
      '- M：线程想运行任务就得获取 P，从 P 的本地队列获取 G，P 队列为空时，M 也会尝试从全局队列拿一批 G 放到 P 的本地队列。',
      '- hand off 机制：当本线程因为 G 进行系统调用阻塞时，线程释放绑定的 P，把 P 转移给其他空闲的线程执行。',
      '- 利用并行：GOMAXPROCS 设置 P 的数量，最多有 GOMAXPROCS 个线程分布在多个 CPU 上同时运行。',
      '',
      '```bash',
      '$ GODEBUG=schedtrace=1000 ./trace.exe',
      'SCHED 0ms: gomaxprocs=4 idleprocs=2 threads=5 spinningthreads=1 idlethreads=0 runqueue=0 [1 0 0 0]',
      'SCHED 1007ms: gomaxprocs=4 idleprocs=4 threads=6 spinningthreads=0 idlethreads=3 runqueue=0 [0 0 0 0]',
      '```',
      '',
      '`runqueue=0`： Scheduler 全局队列中 G 的数量',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(gmp, 'markdown', /^runqueue$/i), []);
    const linux = [
      '# CPU saturation on Linux',
      '',
      'Each CPU has its own runqueue of runnable tasks. vmstat\'s `r` column and the load average show how long',
      'that run queue is; a process waiting in it is runnable but not running, and the CFS scheduler picks the next',
      'task by virtual runtime.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(linux, 'markdown', /^run ?queue$/i), ['run-queue', 'run-queue']);
  });
});
