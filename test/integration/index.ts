// Entry point the extension host loads as `extensionTestsPath` (code-server via scripts/run-host-tests.mjs,
// or desktop VS Code via @vscode/test-electron). Runs every *.test.js next to this file with mocha
// inside the real extension host. When CONCEPT_REF_TEST_RESULTS is set, the results are also written
// there as JSON, because code-server's host cannot report them back to the runner any other way.
import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as mochaModule from 'mocha';
import * as vscode from 'vscode';

type MochaCtor = typeof import('mocha');
// mocha 12 is an ES module with a CommonJS core; depending on how it was loaded the class is the
// module itself, its `default` or its `Mocha` export.
const Mocha: MochaCtor = ((mochaModule as unknown as { Mocha?: MochaCtor }).Mocha ??
  (mochaModule as unknown as { default?: MochaCtor }).default ??
  mochaModule) as MochaCtor;

export interface TestResult {
  title: string;
  fullTitle: string;
  file?: string;
  durationMs?: number;
  /** Position in the run, to print results in the order mocha ran them. */
  seq: number;
  /** The failure message, or for a pending test the reason it was skipped. */
  error?: string;
  stack?: string;
}

export interface HostTestResults {
  ok: boolean;
  stats: { tests: number; passes: number; failures: number; pending: number; durationMs: number };
  passes: TestResult[];
  failures: TestResult[];
  pending: TestResult[];
  /** Set when the suite could not run at all (load error, crash). */
  fatal?: string;
  vscodeVersion?: string;
}

function writeResults(results: HostTestResults): void {
  const target = process.env.CONCEPT_REF_TEST_RESULTS;
  if (!target) return;
  mkdirSync(dirname(target), { recursive: true });
  // Write then rename would be atomic, but the runner only reads after the file parses as JSON.
  writeFileSync(target, JSON.stringify(results, null, 2));
}

function describeError(err: unknown): { error: string; stack?: string } {
  if (err instanceof Error) {
    const e = err as Error & { actual?: unknown; expected?: unknown; generatedMessage?: boolean };
    let message = `${e.name}: ${e.message}`;
    // node:assert explains most failures in the message; add the values when it did not.
    if ('actual' in e && 'expected' in e && e.generatedMessage === false && !e.message.includes('\n')) {
      message += `\n  actual:   ${safeJson(e.actual)}\n  expected: ${safeJson(e.expected)}`;
    }
    return { error: message, stack: e.stack };
  }
  return { error: String(err) };
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}

export async function run(): Promise<void> {
  const started = Date.now();
  const results: HostTestResults = {
    ok: false,
    stats: { tests: 0, passes: 0, failures: 0, pending: 0, durationMs: 0 },
    passes: [],
    failures: [],
    pending: [],
    vscodeVersion: vscode.version,
  };

  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20_000, reporter: 'spec' });
  const filter = process.env.CONCEPT_REF_TEST_GREP;
  if (filter) mocha.grep(filter);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const f of files) mocha.addFile(join(__dirname, f));

  try {
    const failures = await new Promise<number>((resolve, reject) => {
      try {
        const runner = mocha.run((n) => resolve(n));
        let seq = 0;
        const entry = (test: Mocha.Runnable): TestResult => ({
          seq: seq++,
          title: test.title,
          fullTitle: test.fullTitle(),
          file: test.file ? test.file.slice(__dirname.length + 1) : undefined,
          durationMs: test.duration,
        });
        runner.on('pass', (test) => results.passes.push(entry(test)));
        runner.on('fail', (test, err) => results.failures.push({ ...entry(test), ...describeError(err) }));
        runner.on('pending', (test) => {
          const reason = (test as Mocha.Runnable & { skipReason?: string }).skipReason;
          results.pending.push({ ...entry(test), ...(reason ? { error: reason } : {}) });
        });
      } catch (err) {
        reject(err);
      }
    });
    results.ok = failures === 0 && results.failures.length === 0;
    if (files.length === 0) {
      results.ok = false;
      results.fatal = `no *.test.js files next to ${__filename}`;
    }
  } catch (err) {
    results.fatal = describeError(err).stack ?? describeError(err).error;
  }
  results.stats = {
    tests: results.passes.length + results.failures.length + results.pending.length,
    passes: results.passes.length,
    failures: results.failures.length,
    pending: results.pending.length,
    durationMs: Date.now() - started,
  };
  writeResults(results);
  if (!results.ok) {
    throw new Error(results.fatal ?? `${results.failures.length} integration test(s) failed`);
  }
}
