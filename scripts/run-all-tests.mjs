// npm test: runs every step in order, stops at the first that fails, and ends with how long each took,
// so a slow CI run shows which step to look at.
import { spawnSync } from 'node:child_process';

const STEPS = ['typecheck', 'lint', 'test:unit', 'test:examples', 'package', 'test:integration', 'test:e2e', 'test:web'];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const timings = [];
let failed;

for (const step of STEPS) {
  const started = Date.now();
  const result = spawnSync(npm, ['run', step], { stdio: 'inherit' });
  timings.push([step, (Date.now() - started) / 1000]);
  if (result.status !== 0) {
    failed = `${step} ${result.signal ? `was killed by ${result.signal}` : `exited with ${result.status}`}`;
    break;
  }
}

const total = timings.reduce((sum, [, seconds]) => sum + seconds, 0);
console.log(`\nsteps: ${timings.map(([step, seconds]) => `${step} ${seconds.toFixed(0)} s`).join(', ')}; total ${total.toFixed(0)} s`);
if (failed) {
  console.error(`npm test: ${failed}`);
  process.exitCode = 1;
}
