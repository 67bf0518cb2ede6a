// What `concept-ref` prints for hostile notes: no terminal control sequence or direction override reaches
// the terminal, JSON stays JSON, and `show --html` holds only allow-listed HTML.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { LABEL_INJECTIONS, writeHostileFolder } from './corpus';
import { htmlViolations } from './html-allowlist';

const dist = join(__dirname, '..', '..', 'dist');
// eslint-disable-next-line no-control-regex
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, dist);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('security: CLI output of hostile notes', () => {
  let dir: string;
  before(() => {
    dir = writeHostileFolder();
    writeFileSync(join(dir, 'mentions.txt'), LABEL_INJECTIONS.map((_, i) => `we use hostile-strict-${i} term here`).join('\n'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const notes = () => ['--no-bundled', '--notes', dir];

  it('prints no control sequence in any command, text or JSON', async () => {
    const runs = [
      ['topics'],
      ['topics', '--json'],
      ['search', 'hostile'],
      ['search', '--json', 'hostile'],
      ['scan', join(dir, 'mentions.txt')],
      ['scan', '--json', join(dir, 'mentions.txt')],
      ['check'],
      ['check', '--json'],
      ...LABEL_INJECTIONS.flatMap((_, i) => [['show', `hostile-strict-${i}`], ['show', '--json', `hostile-strict-${i}`]]),
    ];
    for (const argv of runs) {
      const r = await cli(...notes(), ...argv);
      assert.ok(r.code === 0 || (argv[0] === 'check' && r.code === 1), `${argv.join(' ')}: exit ${r.code} ${r.err}`);
      assert.ok(r.out.length > 0, argv.join(' '));
      assert.doesNotMatch(r.out, TERMINAL_UNSAFE, argv.join(' '));
      assert.doesNotMatch(r.err, TERMINAL_UNSAFE, argv.join(' '));
      if (argv.includes('--json')) assert.doesNotThrow(() => JSON.parse(r.out), argv.join(' '));
    }
  });

  it('escapes what it cannot print, visibly, and JSON keeps the exact text', async () => {
    const i = LABEL_INJECTIONS.findIndex((t) => t.includes('\u001b[31m'));
    const text = await cli(...notes(), 'show', `hostile-strict-${i}`);
    assert.match(text.out, /\\u001b\[31mred\\u001b\[0m\\u0007/);
    const json = JSON.parse((await cli(...notes(), 'show', '--json', `hostile-strict-${i}`)).out) as { title: string };
    assert.equal(json.title, LABEL_INJECTIONS[i]);
    const rtl = LABEL_INJECTIONS.findIndex((t) => t.includes('\u202E'));
    assert.match((await cli(...notes(), 'show', `hostile-strict-${rtl}`)).out, /abc\\u202etxt\.exe/);
  });

  it('show --html prints allow-listed HTML (built CLI, as a terminal would receive it)', () => {
    // Every hostile note has the whole corpus as its body: one strict note and one team note suffice.
    for (const id of ['hostile-strict-0', 'team/plain-0']) {
      // The built CLI: show --html loads the renderer lazily, which the test runner's loader cannot.
      const r = spawnSync(process.execPath, [join(dist, 'cli.js'), ...notes(), 'show', '--html', id], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      assert.ok(r.stdout.length > 10_000, id);
      assert.deepEqual(htmlViolations(r.stdout), [], id);
      assert.doesNotMatch(r.stdout, TERMINAL_UNSAFE);
    }
  });
});
