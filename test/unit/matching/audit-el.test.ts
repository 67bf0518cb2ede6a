import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// nodemon's lib/monitor/run.js of blind audit el (el-code-2), lines 20-47 of the excerpt.
const nodemonRun = [
  "const osRelease = parseInt(require('os').release().split('.')[0], 10);",
  '',
  'function run(options) {',
  '  var cmd = config.command.raw;',
  '  restart = run.bind(this, options);',
  '  run.restart = restart;',
  '',
  '  var runCmd = !options.runOnChangeOnly || config.lastStarted !== 0;',
  '  if (runCmd) {',
  "    utils.log.status('starting `' + config.command.string + '`');",
  '  } else {',
  '    // should just watch file if command is not to be run',
  "    debug('start watch on: %s', config.options.watch);",
  '    if (config.options.watch !== false) {',
  '      watch();',
  '      return;',
  '    }',
  '  }',
  '',
  '  config.lastStarted = Date.now();',
  "  var stdio = ['pipe', 'pipe', 'pipe'];",
  '}',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit el', () => {
  it("nodemon's runCmd variable is no cloud-init runcmd; a cloud-config's runcmd is (blind audit el, el-code-2)", () => {
    assert.deepEqual(notesAt(nodemonRun, 'javascript', /^runCmd$/i), []);
    const cloudConfig = ['#cloud-config', 'packages:', '  - nginx', 'runcmd:', '  - systemctl enable --now nginx', ''].join('\n');
    assert.deepEqual(notesAt(cloudConfig, 'yaml', /^runcmd$/), ['cloud-init']);
  });

  it("os.release() in an osRelease variable is no /etc/os-release; the file is (blind audit el, el-code-2)", () => {
    assert.deepEqual(notesAt(nodemonRun, 'javascript', /^osRelease$/i), []);
    const shell = ['#!/bin/sh', '. /etc/os-release', 'echo "$ID $VERSION_ID"', ''].join('\n');
    assert.deepEqual(notesAt(shell, 'shellscript', /os-release$/), ['os-release']);
  });

  it("nodemon's watch() is no Vue watcher; Vue's watch() is (blind audit el, el-code-2)", () => {
    assert.deepEqual(notesAt(nodemonRun, 'javascript', /^watch\(\)$/), []);
    const vue = [
      '# Watchers in Vue',
      '',
      'In a Vue component written with the Composition API, watch() runs a callback when a ref or reactive',
      'object changes; watchEffect tracks its dependencies by itself.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(vue, 'markdown', /^watch\(\)$/), ['vue-watch']);
  });

  it('"order of appearance" in a CSS cascade text is no appearance property; `appearance` in CSS is (blind audit el, el-en-2)', () => {
    const cascade = [
      '# The cascade',
      'The cascade is the algorithm for solving conflicts where multiple CSS rules apply to an HTML element.',
      '',
      '1.Position and order of appearance: the order of which your CSS rules appear',
      '',
      '2.Specificity: an algorithm which determines which CSS selector has the strongest match',
      '',
      '#### Position and order of appearance',
      'An inline style attribute with ```CSS``` declared in it will override all other ```CSS```, unless a declaration has !important defined.',
      '',
      '```css',
      '.my-element {',
      '  font-size: 1.5rem;',
      '  font-size: clamp(1.5rem, 1rem + 3vw, 2rem);',
      '}',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(cascade, 'markdown', /^appearance$/), []);
    const css = ['select {', '  appearance: auto;', '  border: 0;', '}', ''].join('\n');
    assert.deepEqual(notesAt(css, 'css', /^appearance$/), ['css-appearance']);
    const md = ['# Form controls', '', 'Set `appearance` to `auto` on a select so the CSS keeps the native control:', '', '```css', 'select { appearance: auto; }', '```', ''].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^appearance$/), ['css-appearance', 'css-appearance']);
  });
});
