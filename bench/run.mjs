// Runs every bench/*.bench.mjs (each exports `async function run()` returning rows) and prints one table,
// or with --json a JSON array of { bench, metric, unit, ours, baseline, ratio }. Each bench file runs in a
// process of its own (same Node flags), so that no bench measures a heap, JIT state or module cache that the
// benches before it left behind; a bench's ratios still come from one run of that process.
// ratio = baseline / ours for "lower is better" metrics (time, memory, size), ours / baseline where
// higher is better (throughput, accuracy; the metric name says so): above 1 means ours is better.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const self = fileURLToPath(import.meta.url);

// A child: run one bench file, write its rows to the given path.
const childAt = process.argv.indexOf('--child');
if (childAt >= 0) {
  const [file, out] = process.argv.slice(childAt + 1);
  const mod = await import(pathToFileURL(join(here, file)).href);
  writeFileSync(out, JSON.stringify(await mod.run()));
  process.exit(0);
}

const json = process.argv.includes('--json');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));

const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

/** One bench file's rows, from a child process with this process's Node flags (--expose-gc, --import tsx). */
function runInChild(file) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  try {
    const out = join(dir, 'rows.json');
    const child = spawnSync(process.execPath, [...process.execArgv, self, '--child', file, out], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (child.status !== 0) throw new Error(`${file} failed (exit ${child.status ?? child.signal})`);
    return JSON.parse(readFileSync(out, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const rows = [];
for (const file of files) {
  if (!json) process.stderr.write(`running ${file}...\n`);
  for (const row of runInChild(file)) {
    rows.push({
      bench: row.bench,
      metric: row.metric,
      unit: row.unit,
      ours: round(row.ours),
      baseline: row.baseline === null || row.baseline === undefined ? null : round(row.baseline),
      ratio: row.ratio === null || row.ratio === undefined ? null : round(row.ratio),
      ...(row.baselineName ? { baselineName: row.baselineName } : {}),
    });
  }
}

function round(x) {
  if (typeof x !== 'number' || !Number.isFinite(x)) return x;
  const abs = Math.abs(x);
  const digits = abs >= 100 ? 1 : abs >= 1 ? 3 : 5;
  return Number(x.toFixed(digits));
}

if (json) {
  process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
} else {
  const header = ['bench', 'metric', 'unit', 'ours', 'baseline', 'ratio'];
  const table = [header, ...rows.map((r) => [r.bench, r.metric, r.unit, String(r.ours), r.baseline === null ? '-' : `${r.baseline}${r.baselineName ? ` (${r.baselineName})` : ''}`, r.ratio === null ? '-' : `${r.ratio}x`])];
  const widths = header.map((_, i) => Math.max(...table.map((r) => r[i].length)));
  for (const [k, r] of table.entries()) {
    console.log(r.map((c, i) => (i >= 3 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  '));
    if (k === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}
