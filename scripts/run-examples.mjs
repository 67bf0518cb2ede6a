// npm run test:examples: runs every example marked runnable in the bundled notes (a fence whose info
// string is "<language> run", followed by an ```output block with the expected standard output) and
// compares the output. A language whose toolchain is missing is skipped and reported, never failed.
//   node scripts/run-examples.mjs [--jobs N] [--language L] [note-id-or-path-filter ...]
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const args = process.argv.slice(2);
const jobsAt = args.indexOf('--jobs');
const workers = Math.max(1, jobsAt >= 0 ? Number(args.splice(jobsAt, 2)[1]) : 2);
const languageAt = args.indexOf('--language');
/** Only examples in this language (all when not given). */
const onlyLanguage = languageAt >= 0 ? args.splice(languageAt, 2)[1] : undefined;
/** Notes whose path contains any of these (all notes when none is given). */
const filters = args;
const TIMEOUT_MS = 30_000;

/** The oldest Go the notes' Go examples are written for (range over an integer, iterators). */
const GO_OLDEST_MINOR = 23;

/** The oldest rustc the notes' Rust examples are written for (`std::task::Waker::noop`); Debian 12's own rustc is 1.63. */
const RUST_OLDEST_MINOR = 85;

/** Whether `command versionArgs` runs, and its standard output passes `accepts` (a version check). */
function has(command, versionArgs = ['--version'], accepts = () => true) {
  try {
    return accepts(execFileSync(command, versionArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return false;
  }
}

const tsx = join(root, 'node_modules', '.bin', 'tsx');
let pythonPath;
/** The interpreter behind `python3`, resolved once: a version manager's shim (pyenv) costs a shell per run. */
function python() {
  if (pythonPath === undefined) {
    try {
      pythonPath = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim() || 'python3';
    } catch {
      pythonPath = 'python3';
    }
  }
  return pythonPath;
}
/** How each language runs: files to write, then commands (in the example's temp folder). */
const RUNNERS = {
  python: { tool: () => has('python3'), file: 'main.py', steps: () => [[python(), 'main.py']] },
  // -fopenmp: an OpenMP example's pragmas are compiled, not ignored (GCC's libgomp comes with gcc); other code is unchanged.
  c: { tool: () => has('gcc'), file: 'main.c', steps: [['gcc', '-std=gnu17', '-O1', '-Wall', '-fopenmp', '-o', 'main', 'main.c', '-lm', '-lpthread'], ['./main']] },
  cpp: { tool: () => has('g++'), file: 'main.cpp', steps: [['g++', '-std=c++20', '-O1', '-Wall', '-fopenmp', '-o', 'main', 'main.cpp', '-lpthread'], ['./main']] },
  // Short-lived JVMs: the C1-only JIT and the serial collector halve javac's and java's start-up on 2 cores.
  // Compiled beforehand, all in one JVM (see compileJavaBatch); javac per example only where that failed.
  java: {
    tool: () => has('javac', ['-version']),
    file: 'Main.java',
    steps: [
      ['javac', '-J-XX:TieredStopAtLevel=1', '-J-XX:+UseSerialGC', 'Main.java'],
      ['java', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-cp', '.', 'Main'],
    ],
    precompiledSteps: [['java', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-cp', '.', 'Main']],
  },
  javascript: { tool: () => true, file: (code) => (/^\s*(import|export)\s/m.test(code) ? 'main.mjs' : 'main.cjs'), steps: (file) => [[process.execPath, file]] },
  typescript: { tool: () => has(tsx), file: 'main.ts', steps: [[tsx, 'main.ts']] },
  // The first examples compile the standard packages they import into an empty build cache (net/http takes
  // tens of seconds on 2 cores); later ones reuse it.
  go: {
    tool: () => has('go', ['version'], (out) => Number(/go1\.(\d+)/.exec(out)?.[1] ?? 0) >= GO_OLDEST_MINOR),
    oldest: `Go 1.${GO_OLDEST_MINOR}`,
    file: 'main.go',
    steps: [['go', 'run', 'main.go']],
    timeoutMs: 180_000,
  },
  sh: { tool: () => has('bash'), file: 'main.sh', steps: [['bash', 'main.sh']] },
  // Edition 2021 (let chains, 2024-only, stay out of the examples); debug builds compile fastest.
  rust: {
    tool: () => has('rustc', ['--version'], (out) => Number(/rustc 1\.(\d+)/.exec(out)?.[1] ?? 0) >= RUST_OLDEST_MINOR),
    oldest: `rustc 1.${RUST_OLDEST_MINOR}`,
    file: 'main.rs',
    steps: [['rustc', '--edition', '2021', '-o', 'main', 'main.rs'], ['./main']],
  },
};
const ALIASES = { py: 'python', js: 'javascript', ts: 'typescript', 'c++': 'cpp', bash: 'sh', shell: 'sh', golang: 'go', rs: 'rust' };

/** Every runnable example of a Markdown file: { file, line, language, code, expected }. */
export function runnableExamples(text, file) {
  const lines = text.split('\n');
  const out = [];
  const problems = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w+#-]+)\s+run\b/.exec(lines[i]);
    if (!open) {
      const fence = /^\s*(`{3,}|~{3,})/.exec(lines[i]);
      if (fence) {
        // skip any other fenced block whole
        let j = i + 1;
        while (j < lines.length && !lines[j].trim().startsWith(fence[1])) j++;
        i = j;
      }
      continue;
    }
    const marker = open[2];
    let j = i + 1;
    while (j < lines.length && lines[j].trim() !== marker) j++;
    const code = lines.slice(i + 1, j).join('\n') + '\n';
    let k = j + 1;
    while (k < lines.length && lines[k].trim() === '') k++;
    const outOpen = /^\s*(`{3,}|~{3,})\s*output\s*$/.exec(lines[k] ?? '');
    if (!outOpen) {
      problems.push(`${file}:${i + 1}: a runnable example needs an \`\`\`output block right after it`);
      i = j;
      continue;
    }
    let m = k + 1;
    while (m < lines.length && lines[m].trim() !== outOpen[1]) m++;
    const language = ALIASES[open[3].toLowerCase()] ?? open[3].toLowerCase();
    out.push({ file, line: i + 1, language, code, expected: lines.slice(k + 1, m).join('\n') });
    i = m;
  }
  return { examples: out, problems };
}

const normalise = (s) => s.replace(/\r\n/g, '\n').split('\n').map((l) => l.replace(/\s+$/, '')).join('\n').replace(/\n+$/, '');

function run(command, argv, cwd, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(command, argv, { cwd, env: { ...process.env, PYTHONHASHSEED: '0', LC_ALL: 'C.UTF-8' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ code: -1, signal: null, stdout, stderr: String(err) });
    });
  });
}

/**
 * The Java class that compiles many examples in one JVM: javac's start-up (a JVM, then javac's own classes
 * warming up) is most of the cost of compiling one small file, so one javac process per example spent
 * about a second each. Each folder is compiled on its own (`Main.java` into that folder), so one example
 * never sees another's classes, and each gets its own exit status and messages.
 */
const BATCH_COMPILER = `import java.io.*;
import java.nio.file.*;
import javax.tools.*;

public class BatchCompile {
  public static void main(String[] dirs) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) System.exit(3);
    for (String dir : dirs) {
      ByteArrayOutputStream messages = new ByteArrayOutputStream();
      PrintStream to = new PrintStream(messages, true, "UTF-8");
      int status = javac.run(null, to, to, "-d", dir, Paths.get(dir, "Main.java").toString());
      Files.write(Paths.get(dir, "javac.out"), messages.toByteArray());
      Files.write(Paths.get(dir, "javac.status"), String.valueOf(status).getBytes("UTF-8"));
    }
  }
}
`;

/**
 * Compiles `Main.java` in each of `dirs` in one JVM, writing each folder's javac.status (0 when it compiled)
 * and javac.out (javac's messages). Returns false when the batch could not run at all (no javax.tools, as in
 * a JRE): the caller then compiles each example with javac.
 */
export async function compileJavaBatch(dirs) {
  if (dirs.length === 0) return true;
  const home = mkdtempSync(join(tmpdir(), 'concept-javac-'));
  try {
    writeFileSync(join(home, 'BatchCompile.java'), BATCH_COMPILER);
    // Source-file mode: java compiles BatchCompile itself, in memory. The full JIT (not C1 only, as for one
    // example) pays off over a few hundred compilations.
    const result = await run('java', ['-XX:+UseSerialGC', 'BatchCompile.java', ...dirs], home, 600_000);
    return result.code === 0;
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** javac's verdict for a folder compileJavaBatch compiled: { ok, messages }, or undefined if it did not get to it. */
function batchVerdict(dir) {
  try {
    const status = readFileSync(join(dir, 'javac.status'), 'utf8').trim();
    return { ok: status === '0', messages: readFileSync(join(dir, 'javac.out'), 'utf8') };
  } catch {
    return undefined;
  }
}

/** Writes an example's source into a new folder: { dir, file }. */
function writeExample(ex) {
  const runner = RUNNERS[ex.language];
  const dir = mkdtempSync(join(tmpdir(), 'concept-example-'));
  const file = typeof runner.file === 'function' ? runner.file(ex.code) : runner.file;
  writeFileSync(join(dir, file), ex.code);
  return { dir, file };
}

/** Runs one example, in `prepared` (its folder, written and maybe compiled beforehand) when given. */
export async function runExample(ex, prepared) {
  const runner = RUNNERS[ex.language];
  const { dir, file } = prepared ?? writeExample(ex);
  try {
    let steps = typeof runner.steps === 'function' ? runner.steps(file) : runner.steps;
    const compiled = runner.precompiledSteps ? batchVerdict(dir) : undefined;
    if (compiled && !compiled.ok) return { ok: false, why: `javac failed:\n${compiled.messages.slice(0, 2000)}` };
    if (compiled) steps = runner.precompiledSteps;
    let last;
    for (const [command, ...argv] of steps) {
      last = await run(command, argv, dir, runner.timeoutMs ?? TIMEOUT_MS);
      if (last.code !== 0) return { ok: false, why: `${command} exited ${last.signal ?? last.code}:\n${last.stderr.slice(0, 2000)}` };
    }
    const actual = normalise(last.stdout);
    const expected = normalise(ex.expected);
    return actual === expected ? { ok: true } : { ok: false, why: `output differs:\n--- expected\n${expected}\n--- actual\n${actual}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const files = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.md') && e.name !== 'README.md') files.push(join(d, e.name));
    }
  };
  walk(join(root, 'content'));
  const examples = [];
  const problems = [];
  for (const f of files.sort()) {
    const rel = relative(root, f);
    if (filters.length > 0 && !filters.some((f) => rel.includes(f))) continue;
    const found = runnableExamples(readFileSync(f, 'utf8'), rel);
    examples.push(...found.examples.filter((e) => onlyLanguage === undefined || e.language === onlyLanguage));
    problems.push(...found.problems);
  }
  const available = {};
  for (const lang of new Set(examples.map((e) => e.language))) available[lang] = RUNNERS[lang] ? RUNNERS[lang].tool() : false;
  // Java last: its examples are compiled in one JVM while the others run.
  const toRun = examples.filter((e) => available[e.language] && e.language !== 'java');
  const java = examples.filter((e) => available[e.language] && e.language === 'java');
  toRun.push(...java);
  const prepared = new Map(java.map((ex) => [ex, writeExample(ex)]));
  const javaStarted = performance.now();
  const javaCompiled = compileJavaBatch([...prepared.values()].map((p) => p.dir)).then((ok) => {
    if (!ok && java.length > 0) console.log('javac in one JVM failed: compiling each Java example on its own');
    return performance.now() - javaStarted;
  });
  const skipped = {};
  for (const e of examples) if (!available[e.language]) skipped[e.language] = (skipped[e.language] ?? 0) + 1;
  const failures = [...problems];
  let passed = 0;
  let next = 0;
  /** Time spent per language, summed over the jobs, so a slow toolchain shows in the CI log. */
  const seconds = {};
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next < toRun.length) {
        const ex = toRun[next++];
        if (ex.language === 'java') await javaCompiled;
        const started = performance.now();
        const result = await runExample(ex, prepared.get(ex));
        seconds[ex.language] = (seconds[ex.language] ?? 0) + (performance.now() - started) / 1000;
        if (result.ok) passed++;
        else failures.push(`${ex.file}:${ex.line}: ${ex.language} example: ${result.why}`);
      }
    }),
  );
  if (java.length > 0) seconds.java = (seconds.java ?? 0) + (await javaCompiled) / 1000;
  for (const f of failures) console.error(`FAIL ${f}\n`);
  const skippedText = Object.entries(skipped).map(([l, n]) => `${l} ${n} (no toolchain${RUNNERS[l]?.oldest ? `, or older than ${RUNNERS[l].oldest}` : ''})`).join(', ');
  if (skippedText) console.log(`skipped: ${skippedText}`);
  const timeText = Object.entries(seconds).sort((a, b) => b[1] - a[1]).map(([l, s]) => `${l} ${s.toFixed(0)} s`).join(', ');
  if (timeText) console.log(`time by language (summed over ${workers} jobs): ${timeText}`);
  console.log(`examples: ${passed} passed, ${failures.length} failed`);
  process.exitCode = failures.length > 0 ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
