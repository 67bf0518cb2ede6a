// Shared helpers for everything that runs the extension inside a real VS Code workbench offline:
// code-server (the VS Code server plus the Node extension host) and Debian's Chromium driven by
// playwright-core. Used by the host-test runner, the UI test runner and `npm start`.
//
// Every process started here runs in its own process group and is killed as a group: call the
// returned stop()/close() in a finally block, and register it with onShutdown() so Ctrl+C and
// SIGTERM clean up too.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CODE_SERVER_VERSION = '4.100.3';
export const codeServerDir = join(root, '.vscode-test', 'code-server');
export const codeServerEntry = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const fixtureWorkspace = join(root, 'test', 'fixtures', 'workspace');
export const artifactsDir = join(root, 'test-artifacts');
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Settings that make the workbench quiet and deterministic for tests. */
export const testSettings = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'workbench.colorTheme': 'Default Light Modern',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'editor.hover.delay': 300,
  'editor.minimap.enabled': false,
  'editor.fontSize': 14,
  'editor.lineHeight': 20,
  'files.autoSave': 'off',
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'github.gitAuthentication': false,
  'window.restoreWindows': 'none',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

const log = (msg) => process.stderr.write(`[code-server] ${msg}\n`);

/** Installs code-server (and the Debian packages it needs) unless it is already there. */
export function ensureInstalled() {
  if (existsSync(join(codeServerDir, `.installed-${CODE_SERVER_VERSION}`)) && existsSync(codeServerEntry)) return;
  log(`installing code-server ${CODE_SERVER_VERSION} into ${codeServerDir} (one-time, 1-2 minutes)...`);
  const r = spawnSync('bash', [join(root, 'scripts', 'install-code-server.sh')], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) throw new Error(`scripts/install-code-server.sh failed with exit code ${r.status}`);
  if (!existsSync(codeServerEntry)) throw new Error(`code-server entry point missing after install: ${codeServerEntry}`);
}

/** A TCP port that is free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** A fresh temporary directory (removed by the caller, or by removeDir in a finally block). */
export function tempDir(prefix) {
  return mkdtempSync(join(tmpdir(), `concept-ref-${prefix}-`));
}

export function removeDir(dir) {
  if (!dir) return;
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    // Best effort: a leftover temp dir must not turn a green run red.
  }
}

/** Writes userDataDir/User/settings.json with the test settings plus `extra`. */
export function writeUserSettings(userDataDir, extra = {}) {
  const dir = join(userDataDir, 'User');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'settings.json'), JSON.stringify({ ...testSettings, ...extra }, null, 2) + '\n');
}

/** Environment that keeps code-server's own config and state out of the real home directory. */
function isolatedEnv(stateDir, env) {
  return {
    ...process.env,
    XDG_CONFIG_HOME: join(stateDir, 'config'),
    XDG_DATA_HOME: join(stateDir, 'data'),
    XDG_CACHE_HOME: join(stateDir, 'cache'),
    // Do not let a developer's VS Code session leak into the test server.
    VSCODE_IPC_HOOK_CLI: '',
    ...env,
  };
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    try {
      process.kill(pid, signal);
      return true;
    } catch {
      return false;
    }
  }
}

/** Kills a process group: SIGTERM, then SIGKILL after `graceMs`. Resolves when the leader is gone. */
export async function stopGroup(child, graceMs = 3000) {
  if (!child || child.pid === undefined) return;
  const pid = child.pid;
  const exited = child.exitCode !== null || child.signalCode !== null;
  if (!exited) {
    const gone = new Promise((resolve) => child.once('exit', resolve));
    killGroup(pid, 'SIGTERM');
    const timer = new Promise((resolve) => setTimeout(resolve, graceMs).unref());
    await Promise.race([gone, timer]);
  }
  // Children (extension host, pty hosts, renderer processes) may outlive the leader: kill the group,
  // then give the kernel a moment so nothing still writes into folders the caller removes next.
  killGroup(pid, 'SIGKILL');
  for (let i = 0; i < 20 && groupAlive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 50));
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForHttp(url, child, timeoutMs, output) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited (${child.exitCode ?? child.signalCode}) before answering:\n${output()}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
      lastError = new Error(`HTTP ${res.status}`);
    } catch (err) {
      lastError = err;
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`code-server did not answer ${url} within ${timeoutMs} ms (${lastError?.message}):\n${output()}`);
}

/**
 * Starts code-server on 127.0.0.1 and a free port, opening `workspace`.
 * Returns { url, port, pid, workspaceUrl, stop() }; stop() kills the whole process group.
 * `logFile`, when given, receives the server's stdout and stderr.
 */
export async function startCodeServer({ workspace, extensionsDir, userDataDir, env = {}, logFile, port, timeoutMs = 60_000, extraArgs = [] } = {}) {
  if (!existsSync(codeServerEntry)) throw new Error(`code-server is not installed; call ensureInstalled() first (${codeServerEntry})`);
  port ??= await freePort();
  mkdirSync(extensionsDir, { recursive: true });
  mkdirSync(userDataDir, { recursive: true });
  const stateDir = join(userDataDir, '..', `${userDataDir.split('/').pop()}-state`);
  mkdirSync(stateDir, { recursive: true });
  const args = [
    codeServerEntry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--config', join(stateDir, 'config.yaml'),
    '--extensions-dir', extensionsDir,
    '--user-data-dir', userDataDir,
    '--disable-workspace-trust',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...extraArgs,
  ];
  if (workspace) args.push(workspace);

  const chunks = [];
  let size = 0;
  const stream = logFile ? createWriteStream(logFile) : undefined;
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: isolatedEnv(stateDir, env),
    detached: true, // own process group, so stop() reaches the extension host and every helper
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (buf) => {
    stream?.write(buf);
    // Keep the last ~64 KB for error messages.
    chunks.push(buf);
    size += buf.length;
    while (size > 65536 && chunks.length > 1) size -= chunks.shift().length;
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const output = () => Buffer.concat(chunks).toString('utf8');

  // Idempotent: every caller (finally block, signal handler) awaits the same stop.
  let stopping;
  const stop = () =>
    (stopping ??= (async () => {
      await stopGroup(child);
      stream?.end();
    })());
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/healthz`, child, timeoutMs, output);
  } catch (err) {
    await stop();
    throw err;
  }
  const workspaceUrl = workspace ? `${url}/?folder=${encodeURIComponent(workspace)}` : url;
  return { url, port, pid: child.pid, workspaceUrl, output, stop };
}

/** Installs a .vsix into `extensionsDir` with code-server's own --install-extension. */
export function installExtension(vsixPath, extensionsDir, userDataDir) {
  if (!existsSync(vsixPath)) throw new Error(`${vsixPath} does not exist (run \`npm run package\` first)`);
  mkdirSync(extensionsDir, { recursive: true });
  const stateDir = userDataDir ?? tempDir('install');
  const args = [codeServerEntry, '--extensions-dir', extensionsDir, '--user-data-dir', join(stateDir, 'user-data'), '--install-extension', vsixPath, '--force'];
  const r = spawnSync(process.execPath, args, {
    cwd: root,
    env: isolatedEnv(join(stateDir, 'install-state'), {}),
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (!userDataDir) removeDir(stateDir);
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0 || !/successfully installed/i.test(out)) {
    throw new Error(`installing ${vsixPath} failed (exit ${r.status ?? r.signal}):\n${out}`);
  }
  return out.trim();
}

/**
 * Launches Debian's Chromium headless in its own process group with a fresh profile and connects
 * playwright-core to it over CDP. Returns { browser, context, page, pid, close() }.
 */
export async function launchChromium({ viewport = { width: 1400, height: 900 }, timeoutMs = 30_000 } = {}) {
  const { chromium } = await import('playwright-core');
  if (!existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath} (run scripts/install-system-deps.sh as root)`);
  const profile = tempDir('chromium');
  const args = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--disable-dev-shm-usage',
    '--password-store=basic',
    '--use-mock-keychain',
    '--mute-audio',
    '--remote-debugging-address=127.0.0.1',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    `--window-size=${viewport.width},${viewport.height}`,
    'about:blank',
  ];
  const child = spawn(chromiumPath, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  const endpoint = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Chromium did not print its DevTools endpoint within ${timeoutMs} ms:\n${stderr}`)), timeoutMs);
    child.stderr.on('data', (buf) => {
      stderr += buf.toString('utf8');
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(stderr);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code ?? signal}) before it was ready:\n${stderr}`));
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  }).catch(async (err) => {
    await stopGroup(child, 500);
    removeDir(profile);
    throw err;
  });
  // Drain stderr so Chromium never blocks on a full pipe.
  child.stderr.removeAllListeners('data');
  child.stderr.resume();

  let browser;
  try {
    browser = await chromium.connectOverCDP(endpoint, { timeout: timeoutMs });
  } catch (err) {
    await stopGroup(child, 500);
    removeDir(profile);
    throw err;
  }
  const context = browser.contexts()[0] ?? (await browser.newContext());
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize(viewport);

  // Idempotent: every caller (finally block, signal handler) awaits the same close.
  let closing;
  const close = () =>
    (closing ??= (async () => {
      await Promise.race([browser.close().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 3000).unref())]);
      await stopGroup(child, 2000);
      removeDir(profile);
    })());
  return { browser, context, page, pid: child.pid, close };
}

const shutdownHooks = new Set();
let signalsInstalled = false;
let shutdownSignal;

/** The signal being handled, once SIGINT/SIGTERM/SIGHUP arrived (runners then stay quiet about errors). */
export function shuttingDown() {
  return shutdownSignal;
}

/**
 * Registers cleanup to run on SIGINT/SIGTERM/SIGHUP (then the process exits with 130/143/129).
 * Hooks run newest first and receive the signal name. Returns a function that unregisters the hook.
 * Use it next to a finally block, not instead of one.
 */
export function onShutdown(fn) {
  shutdownHooks.add(fn);
  if (!signalsInstalled) {
    signalsInstalled = true;
    const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
    for (const [signal, code] of Object.entries(codes)) {
      process.on(signal, async () => {
        if (shutdownSignal) return;
        shutdownSignal = signal;
        process.stderr.write(`\n${signal}: stopping code-server and Chromium...\n`);
        const hard = setTimeout(() => process.exit(code), 10_000);
        hard.unref();
        for (const hook of [...shutdownHooks].reverse()) {
          try {
            await hook(signal);
          } catch {
            // keep cleaning up
          }
        }
        process.exit(code);
      });
    }
  }
  return () => shutdownHooks.delete(fn);
}

/**
 * Cleanup steps run newest first, once, however many times `run()` is awaited (the finally block
 * and a signal handler may both call it). A failing step does not stop the others.
 */
export function cleanupStack() {
  const steps = [];
  let running;
  return {
    add(step) {
      steps.push(step);
    },
    run() {
      running ??= (async () => {
        while (steps.length) {
          try {
            await steps.pop()();
          } catch {
            // keep going
          }
        }
      })();
      return running;
    },
  };
}

/**
 * The frame of a test layer's runner: `body(cleanups, onInterrupt)` does the work and returns the
 * exit code. Cleanup runs once whether the body passes, fails, throws or a signal arrives; a runner
 * error still prints the layer's summary line, so CI logs always end with one.
 */
export async function runTestLayer(label, body) {
  const cleanups = cleanupStack();
  let interruptHook;
  const unregister = onShutdown(async (signal) => {
    interruptHook?.();
    await cleanups.run();
    console.log(`${label}: interrupted by ${signal}`);
  });
  let exitCode = 1;
  try {
    exitCode = await body(cleanups, (hook) => {
      interruptHook = hook;
    });
  } catch (err) {
    if (!shuttingDown()) {
      console.error(`\n${label}: ERROR ${err instanceof Error ? err.stack || err.message : err}`);
      console.log(`${label}: 0 passing, 1 failing (runner error)`);
    }
  } finally {
    await cleanups.run();
    unregister();
  }
  // On a signal the shutdown handler exits with the signal's code.
  if (!shuttingDown()) process.exit(exitCode ?? 1);
}

/** Runs a command synchronously with inherited output; throws with a clear message on failure. */
export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  if (r.status !== 0) {
    throw new Error(`\`${[cmd, ...args].join(' ')}\` failed with ${r.status === null ? `signal ${r.signal}` : `exit code ${r.status}`}`);
  }
}
