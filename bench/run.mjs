// Runs every bench/*.bench.mjs (each exports `async function run()` returning rows) and prints one table,
// or with --json a JSON array of { bench, metric, unit, ours, baseline, ratio }.
// ratio = baseline / ours for "lower is better" metrics (time, memory, size), ours / baseline where
// higher is better (throughput, accuracy; the metric name says so): above 1 means ours is better.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const json = process.argv.includes('--json');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));

const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

const rows = [];
for (const file of files) {
  if (!json) process.stderr.write(`running ${file}...\n`);
  const mod = await import(pathToFileURL(join(here, file)).href);
  for (const row of await mod.run()) {
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
