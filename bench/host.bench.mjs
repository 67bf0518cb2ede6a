// Activation and memory in a real extension host: code-server 4.100.3 (VS Code 1.100.3) started with
// `--log trace`, the packaged .vsix installed, the fixture workspace opened in headless Chromium.
// - code loading: from the host's trace log, `loadModule … dist/extension.js` to `_callActivateOptional`,
//   against the same interval of bench/gc-probe (one 1 KB file) in the same runs. The host loads the code
//   while it creates the extension's context (storage, secrets, log), so most of the interval is the host's;
// - activate(): our own log line "Activated in N ms";
// - memory: the extension host's resident set once activated, minus a run without the extension; read
//   3 s after activation, and again after a full garbage collection run by a small probe extension
//   (bench/gc-probe) that every run installs, with or without ours.
// Needs code-server (installed by the test scripts into .vscode-test/) and Chromium; skipped without them.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath, codeServerEntry, ensureInstalled, fixtureWorkspace, installExtension, launchChromium, removeDir, startCodeServer, tempDir, writeUserSettings } from '../scripts/code-server.mjs';
import { root } from './fixtures.mjs';
import { generateTeamNotes } from './team-fixture.mjs';

const vsix = process.env.CONCEPT_REF_VSIX ?? join(root, 'concept-reference.vsix');
const RUNS = Number(process.env.RUNS ?? 3);
const TEAM_NOTES = 10_000;

const walk = (d) => (existsSync(d) ? readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)])) : []);
const stamp = (line) => Date.parse(line.slice(0, 23).replace(' ', 'T'));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** bench/gc-probe packaged once per bench run. */
function packageGcProbe(dir) {
  const src = join(dir, 'gc-probe');
  cpSync(join(root, 'bench', 'gc-probe'), src, { recursive: true });
  const out = join(dir, 'gc-probe.vsix');
  const r = spawnSync(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--out', out], { cwd: src, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`packaging bench/gc-probe failed:\n${r.stdout}${r.stderr}`);
  return out;
}
let gcProbeVsix;

/** Pids of every descendant of `pid`. */
function descendants(pid) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  const out = [];
  const stack = [pid];
  while (stack.length) {
    for (const c of children.get(stack.pop()) ?? []) {
      out.push(c);
      stack.push(c);
    }
  }
  return out;
}

function extensionHostRssKb(serverPid) {
  for (const pid of descendants(serverPid)) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('extensionHost')) continue;
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) return Number(rss[1]);
    } catch {
      // gone
    }
  }
  return undefined;
}

/**
 * One start of code-server + Chromium; returns the log timings (with the extension) and the host's RSS.
 * With `teamNotes`, the workspace is a folder whose .concepts/ holds that many generated team notes, and
 * the run also waits for our log line saying they are hover-ready.
 */
async function oneRun(withExtension, teamNotes = 0) {
  const tmp = tempDir('host-bench');
  let workspace = fixtureWorkspace;
  if (teamNotes > 0) {
    workspace = join(tmp, 'workspace');
    generateTeamNotes(join(workspace, '.concepts'), teamNotes);
    writeFileSync(join(workspace, 'deploy.sh'), 'kubectl run nginx --image=nginx # the ledger invoice\n');
  }
  const extensionsDir = join(tmp, 'extensions');
  const userDataDir = join(tmp, 'user-data');
  const gcFile = join(tmp, 'rss-after-gc');
  let server;
  let browser;
  try {
    if (withExtension) installExtension(vsix, extensionsDir, tmp);
    installExtension(gcProbeVsix, extensionsDir, tmp);
    writeUserSettings(userDataDir);
    const env = teamNotes > 0 ? {} : { GC_PROBE_FILE: gcFile, GC_PROBE_DELAY_MS: '5000' };
    server = await startCodeServer({ workspace, extensionsDir, userDataDir, env, extraArgs: ['--log', 'trace'] });
    browser = await launchChromium();
    await browser.page.goto(server.workspaceUrl);
    const deadline = Date.now() + (teamNotes > 0 ? 180_000 : 60_000);
    let result;
    while (Date.now() < deadline && !result) {
      await sleep(500);
      const logs = walk(join(userDataDir, 'logs'));
      const hostLog = logs.find((f) => f.endsWith('remoteexthost.log'));
      if (!hostLog) continue;
      if (!withExtension) {
        // No activation of ours to wait for: the built-in Git extension activating marks the same point.
        if (readFileSync(hostLog, 'utf8').includes('_doActivateExtension vscode.git')) result = {};
        continue;
      }
      const ours = logs.find((f) => f.endsWith('Concept Reference.log'));
      const activated = ours && /Activated in ([\d.]+) ms/.exec(readFileSync(ours, 'utf8'));
      if (!activated) continue;
      const lines = readFileSync(hostLog, 'utf8').split('\n');
      const { load, call } = loadLines(lines, 'concept-reference.concept-reference');
      // A workspace with notes activates the extension (workspaceContains) before the host applies the
      // trace level, so its code-loading lines may be missing; only the team-notes timing is used there.
      if ((!load || !call) && teamNotes === 0) continue;
      let teamMs;
      if (teamNotes > 0) {
        const ready = /Workspace notes: (\d+) hover-ready in (\d+) ms/.exec(readFileSync(ours, 'utf8'));
        if (!ready) continue;
        if (Number(ready[1]) !== teamNotes) throw new Error(`${ready[1]} of ${teamNotes} team notes were loaded`);
        teamMs = Number(ready[2]);
      }
      const probe = loadLines(lines, GC_PROBE_ID);
      if ((!probe.load || !probe.call) && teamNotes === 0) continue;
      result = { codeMs: load && call ? stamp(call) - stamp(load) : undefined, probeCodeMs: probe.load && probe.call ? stamp(probe.call) - stamp(probe.load) : undefined, activateMs: Number(activated[1]), teamMs };
    }
    if (!result) {
      const ours = walk(join(userDataDir, 'logs')).find((f) => f.endsWith('Concept Reference.log'));
      const tail = ours ? readFileSync(ours, 'utf8').split('\n').slice(-8).join('\n') : '(no log of ours)';
      const hostLogs = walk(join(userDataDir, 'logs')).filter((f) => f.endsWith('remoteexthost.log'));
      const traced = hostLogs.map((f) => `${f.slice(userDataDir.length)}: loadModule ${readFileSync(f, 'utf8').includes('ExtensionService#loadModule')}`);
      throw new Error(`the extension host did not ${withExtension ? (teamNotes > 0 ? 'finish loading the team notes' : 'activate the extension') : 'start'} in time; host logs ${JSON.stringify(traced)}; our log ends:\n${tail}`);
    }
    await sleep(3000); // let allocation settle before reading the resident set
    result.rssKb = extensionHostRssKb(server.pid);
    if (teamNotes === 0) {
      const until = Date.now() + 30_000;
      while (!existsSync(gcFile) && Date.now() < until) await sleep(250);
      if (!existsSync(gcFile)) throw new Error('the GC probe extension did not report (bench/gc-probe)');
      result.afterGc = JSON.parse(readFileSync(gcFile, 'utf8'));
      result.rssAfterGcKb = result.afterGc.rss / 1024;
    }
    return result;
  } finally {
    await browser?.close();
    await server?.stop();
    removeDir(tmp);
  }
}

const GC_PROBE_ID = 'concept-reference-bench.gc-probe';

/** The host's trace lines that start and end loading an extension's code. */
function loadLines(lines, id) {
  const load = lines.find((l) => l.includes('ExtensionService#loadModule') && l.includes(id));
  const call = lines.find((l) => l.includes(`ExtensionService#_callActivateOptional ${id}`));
  return { load, call };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run() {
  if (!existsSync(vsix) || !existsSync(chromiumPath)) {
    return [{ bench: 'host', metric: 'skipped: needs concept-reference.vsix and Chromium', unit: '', ours: null, baseline: null, ratio: null }];
  }
  ensureInstalled();
  if (!existsSync(codeServerEntry)) return [{ bench: 'host', metric: 'skipped: code-server not installed', unit: '', ours: null, baseline: null, ratio: null }];
  const probeDir = tempDir('gc-probe');
  gcProbeVsix = packageGcProbe(probeDir);
  const withExt = [];
  const without = [];
  for (let k = 0; k < RUNS; k++) {
    without.push(await oneRun(false));
    withExt.push(await oneRun(true));
  }
  const code = median(withExt.map((r) => r.codeMs));
  const probeCode = median(withExt.map((r) => r.probeCodeMs));
  const activate = median(withExt.map((r) => r.activateMs));
  const total = median(withExt.map((r) => r.codeMs + r.activateMs));
  const added = (median(withExt.map((r) => r.rssKb)) - median(without.map((r) => r.rssKb))) / 1024;
  const addedAfterGc = (median(withExt.map((r) => r.rssAfterGcKb)) - median(without.map((r) => r.rssAfterGcKb))) / 1024;
  // Where the kept memory is, after the GC: V8's heap (objects) and array buffers (the saved matcher).
  const addedAfterGcOf = (key) => (median(withExt.map((r) => r.afterGc[key])) - median(without.map((r) => r.afterGc[key]))) / 1048576;
  // HOST_TEAM=0 leaves the team-notes run out (for a quick memory comparison of two packages).
  const team = process.env.HOST_TEAM === '0' ? undefined : await oneRun(true, TEAM_NOTES);
  removeDir(probeDir);
  const teamAdded = team ? (team.rssKb - median(without.map((r) => r.rssKb))) / 1024 : undefined;
  const bench = 'host';
  return [
    // The same interval for a one-file extension in the same runs: what the host spends there whatever it loads
    // (creating the extension's context, its storage and log, in the middle of the host's own startup).
    { bench, metric: 'code loading of dist/extension.js (host trace log, median of 3)', unit: 'ms', ours: code, baseline: probeCode, ratio: probeCode / code, baselineName: 'a one-file extension of 1 KB (bench/gc-probe), same runs' },
    { bench, metric: 'activate() to hover-ready (our log, median of 3)', unit: 'ms', ours: activate, baseline: null, ratio: null },
    { bench, metric: 'code loading + activate()', unit: 'ms', ours: total, baseline: 100, ratio: 100 / total, baselineName: '100 ms budget' },
    { bench, metric: 'extension host resident memory added by the extension, 3 s after activation (garbage included)', unit: 'MB', ours: added, baseline: 30, ratio: 30 / added, baselineName: '30 MB budget' },
    { bench, metric: 'extension host resident memory added by the extension, after a full GC (bench/gc-probe)', unit: 'MB', ours: addedAfterGc, baseline: 30, ratio: 30 / addedAfterGc, baselineName: '30 MB budget' },
    { bench, metric: '  of which V8 heap in use, after a full GC', unit: 'MB', ours: addedAfterGcOf('heapUsed'), baseline: null, ratio: null },
    { bench, metric: '  of which array buffers (saved matcher, word table), after a full GC', unit: 'MB', ours: addedAfterGcOf('arrayBuffers'), baseline: null, ratio: null },
    { bench, metric: '  V8 heap committed (in use or free), after a full GC', unit: 'MB', ours: addedAfterGcOf('heapTotal'), baseline: null, ratio: null },
    ...(team
      ? [
          { bench, metric: `${TEAM_NOTES} team notes of ~2 KB in .concepts/: read, parsed and hover-ready after activation (our log)`, unit: 'ms', ours: team.teamMs, baseline: 2000, ratio: 2000 / team.teamMs, baselineName: '2 s budget' },
          { bench, metric: `extension host resident memory added with ${TEAM_NOTES} team notes`, unit: 'MB', ours: teamAdded, baseline: 150, ratio: 150 / teamAdded, baselineName: '150 MB budget' },
        ]
      : []),
  ];
}
