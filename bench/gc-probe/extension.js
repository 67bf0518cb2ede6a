// Benchmark only (bench/host.bench.mjs installs it in every run, with and without Concept Reference).
// When the host has settled, it runs two full garbage collections and writes the host's resident set
// (and the rest of process.memoryUsage(), as JSON) to GC_PROBE_FILE: memory that extensions keep, not garbage that V8 has not collected yet, which made
// single readings differ by 20 MB between identical runs.
const fs = require('node:fs');
const v8 = require('node:v8');
const vm = require('node:vm');

exports.activate = () => {
  const file = process.env.GC_PROBE_FILE;
  if (!file) return;
  const timer = setTimeout(() => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc');
    gc();
    gc();
    fs.writeFileSync(file, JSON.stringify(process.memoryUsage()));
  }, Number(process.env.GC_PROBE_DELAY_MS ?? 5000));
  return { dispose: () => clearTimeout(timer) };
};

exports.deactivate = () => {};
