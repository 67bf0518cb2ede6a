import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from '../../../src/cli/args';
import { showNote } from '../../../src/cli/commands/show';
import { defaultLang, loadCorpus } from '../../../src/cli/context';
import { main } from '../../../src/cli/main';
import { terminalText } from '../../../src/core/display-text';
import { readBrotliText, readIndexText } from '../../../src/cli/bodies-file';
import { applyBodies, BODIES_FILE, INDEX_FILE, parsePrebuiltIndex } from '../../../src/core/index-format';
import { tempDir as makeTempDir } from '../temp-dirs';

const root = join(__dirname, '..', '..', '..');
const dist = join(root, 'dist');

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, dist);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function tempDir(): string {
  return makeTempDir('concept-ref-');
}

const TEAM_NOTE = `---
id: kubectl-run
title:
  zh: 团队版 kubectl run
  en: Team kubectl run
aliases: [kubectl run]
topic: kubernetes/kubectl
summary:
  zh: 团队自己的说明。
  en: Our team's own explanation.
---
<!-- lang: zh -->
## 定义

团队说明。

<!-- lang: en -->
## Definition

Team text.
`;

describe('concept-ref CLI', () => {
  it('prints usage for --help and exits 0', async () => {
    const r = await cli('--help');
    assert.equal(r.code, 0);
    assert.match(r.out, /^Usage: concept-ref <command>/);
    for (const command of ['scan', 'search', 'show', 'topics', 'check']) assert.match(r.out, new RegExp(`\\n  ${command} `));
  });

  it('exits 2 with a one-line reason on bad usage', async () => {
    for (const argv of [['frobnicate'], ['show'], ['scan'], ['--lang', 'fr', 'topics'], ['search', '--limit', '0', 'x'], ['topics', '--bogus']]) {
      const r = await cli(...argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.equal(r.err.split('\n').length, 1, argv.join(' '));
      assert.match(r.err, /^concept-ref: /);
    }
  });

  describe('scan', () => {
    it('reports mentions with 0-based line, UTF-16 columns and the note, as JSON', async () => {
      const dir = tempDir();
      const file = join(dir, 'deploy.sh');
      writeFileSync(file, '#!/bin/sh\n# 先做知识蒸馏\nkubectl run nginx --image=nginx\n');
      const r = await cli('scan', '--json', '--lang', 'en', file);
      assert.equal(r.code, 0);
      const mentions = JSON.parse(r.out) as { file: string; line: number; start: number; end: number; text: string; note: { id: string; title: string; aliases: string[] } }[];
      const run = mentions.find((m) => m.note.id === 'kubectl-run');
      assert.ok(run);
      assert.deepEqual({ file: run.file, line: run.line, start: run.start, end: run.end, text: run.text }, { file, line: 2, start: 0, end: 11, text: 'kubectl run' });
      assert.equal(run.note.title, 'kubectl run');
      assert.ok(run.note.aliases.includes('kubectl run'));
      const kd = mentions.find((m) => m.note.id === 'knowledge-distillation');
      assert.ok(kd);
      assert.deepEqual([kd.line, kd.start, kd.end, kd.text], [1, 4, 8, '知识蒸馏']);
    });

    it('takes the language from the file extension or --language', async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'main.go'), 'close the channel\n');
      writeFileSync(join(dir, 'notes.txt'), 'close the channel\n');
      const ids = async (...argv: string[]) => (JSON.parse((await cli('scan', '--json', ...argv)).out) as { note: { id: string } }[]).map((m) => m.note.id);
      assert.ok((await ids(join(dir, 'main.go'))).includes('go-channel'));
      assert.ok(!(await ids(join(dir, 'notes.txt'))).includes('go-channel'));
      assert.ok((await ids('--language', 'go', join(dir, 'notes.txt'))).includes('go-channel'));
    });

    it('scans a YAML file under .github/workflows as a GitHub Actions workflow', async () => {
      const dir = tempDir();
      const workflow = 'jobs:\n  test:\n    needs: build\n    steps:\n      - uses: actions/checkout@v4\n';
      mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
      writeFileSync(join(dir, '.github', 'workflows', 'ci.yml'), workflow);
      writeFileSync(join(dir, 'ci.yml'), workflow);
      const words = async (file: string) => (JSON.parse((await cli('scan', '--json', file)).out) as { text: string }[]).map((m) => m.text);
      assert.deepEqual(await words(join(dir, '.github', 'workflows', 'ci.yml')), ['jobs', 'needs', 'steps', 'uses', 'actions/checkout']);
      // Elsewhere the same YAML is just YAML: its keys are ordinary words.
      assert.deepEqual(await words(join(dir, 'ci.yml')), ['actions/checkout']);
    });

    it('scans tsconfig.json and tsconfig.*.json as TypeScript configuration, any other JSON as JSON', async () => {
      const dir = tempDir();
      const config = '{\n  "compilerOptions": { "target": "ES2022", "module": "ESNext", "strict": true },\n  "include": ["src"]\n}\n';
      for (const name of ['tsconfig.json', 'tsconfig.app.json', 'settings.json']) writeFileSync(join(dir, name), config);
      const words = async (file: string) => (JSON.parse((await cli('scan', '--json', file)).out) as { text: string }[]).map((m) => m.text);
      // The compiler options' keys, and the value ESNext (the ecmascript note).
      const keys = ['compilerOptions', 'target', 'module', 'ESNext', 'strict', 'include'];
      assert.deepEqual(await words(join(dir, 'tsconfig.json')), keys);
      assert.deepEqual(await words(join(dir, 'tsconfig.app.json')), keys);
      assert.deepEqual(await words(join(dir, 'settings.json')), ['compilerOptions', 'ESNext']);
    });

    it('scans package.json as an npm manifest: scripts and dependencies are its keys there and ordinary words in other JSON', async () => {
      const dir = tempDir();
      const manifest = '{\n  "name": "web",\n  "private": true,\n  "scripts": { "build": "tsc" },\n  "dependencies": { "react": "^19.0.0" }\n}\n';
      mkdirSync(join(dir, 'app'));
      for (const name of ['app/package.json', 'composer.json']) writeFileSync(join(dir, name), manifest);
      const words = async (file: string) => (JSON.parse((await cli('scan', '--json', file)).out) as { text: string; note: { id: string } }[]).map((m) => `${m.text}:${m.note.id}`);
      assert.deepEqual(await words(join(dir, 'app', 'package.json')), ['private:package-json', 'scripts:npm-scripts', 'dependencies:package-json']);
      assert.deepEqual(await words(join(dir, 'composer.json')), []);
    });

    it('scans a Jenkinsfile as a Jenkinsfile: pipeline, stage and steps are its words there, not in a Gradle build script', async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'Jenkinsfile'), "pipeline {\n  agent { label 'linux' }\n  stages {\n    stage('Build') { steps { sh 'make' } }\n  }\n}\n");
      writeFileSync(join(dir, 'build.gradle'), "task stage(dependsOn: ['build'])\nconfigurations { agent }\ndef steps = ['compile']\n");
      const words = async (file: string) => (JSON.parse((await cli('scan', '--json', file)).out) as { text: string; note: { id: string } }[]).map((m) => `${m.text}:${m.note.id}`);
      assert.deepEqual((await words(join(dir, 'Jenkinsfile'))).filter((w) => w.endsWith(':jenkins')), ['pipeline:jenkins', 'agent:jenkins', 'stages:jenkins', 'stage:jenkins', 'steps:jenkins']);
      assert.deepEqual(await words(join(dir, 'build.gradle')), []);
    });

    it('reads standard input for - (built CLI)', () => {
      const r = spawnSync(process.execPath, [join(dist, 'cli.js'), 'scan', '--json', '--language', 'shellscript', '-'], { input: 'kubectl apply -f web.yaml\n', encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      const [first] = JSON.parse(r.stdout) as { file: string; text: string; note: { id: string } }[];
      assert.deepEqual([first.file, first.text, first.note.id], ['-', 'kubectl apply', 'kubectl-apply']);
    });

    it('treats an unknown --language as plain text, with one notice on stderr', async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'a.txt'), 'close the channel; knowledge distillation\n');
      const r = await cli('scan', '--json', '--language', 'klingon', join(dir, 'a.txt'), join(dir, 'a.txt'));
      assert.equal(r.code, 0);
      assert.equal(r.err, 'concept-ref: unknown language id "klingon"; scanning as plain text');
      const ids = (JSON.parse(r.out) as { note: { id: string } }[]).map((m) => m.note.id);
      assert.deepEqual(ids, ['knowledge-distillation', 'knowledge-distillation']);
    });

    it('reports each span and note once, even when several aliases of the note match there', async () => {
      const dir = tempDir();
      const file = join(dir, 'train.md');
      writeFileSync(file, 'Backpropagation computes gradients; the model overfits.\n');
      const mentions = JSON.parse((await cli('scan', '--json', file)).out) as { line: number; start: number; note: { id: string } }[];
      const keys = mentions.map((m) => `${m.line}:${m.start}:${m.note.id}`);
      assert.deepEqual(keys, [...new Set(keys)]);
      assert.ok(keys.includes('0:0:backpropagation'));
      assert.ok(mentions.some((m) => m.note.id === 'overfitting'));
    });

    it('ends quietly when the reader closes the pipe (built CLI, | head -1)', () => {
      const big = 'kubectl run nginx --image=nginx\n'.repeat(20000);
      const r = spawnSync('sh', ['-c', `node ${JSON.stringify(join(dist, 'cli.js'))} scan - | head -1`], { input: big, encoding: 'utf8' });
      assert.equal(r.status, 0);
      assert.match(r.stdout, /^-:1:1: kubectl run/);
      assert.equal(r.stderr, '');
    });

    it('exits 2 on an unreadable file', async () => {
      const r = await cli('scan', join(tempDir(), 'missing.py'));
      assert.equal(r.code, 2);
      assert.match(r.err, /cannot read/);
    });
  });

  describe('show', () => {
    const index = parsePrebuiltIndex(readIndexText(join(dist, INDEX_FILE)));
    applyBodies(index.notes, readBrotliText(join(dist, BODIES_FILE)));

    it('prints every bundled note in Chinese with --lang zh and in English with --lang en', async function () {
      this.timeout(120_000); // every note, rendered twice: grows with the reference
      // What `show` prints for every note, from one loaded corpus (a process per note reloaded the index 4,500
      // times), through the same terminal filter as main; the whole command for every 50th note.
      const { options } = parseArgs(['show', 'x'], {});
      const { corpus } = await loadCorpus(options, dist);
      const printed = (id: string, lang: 'zh' | 'en') => {
        const out: string[] = [];
        const code = showNote(corpus, id, { ...options, lang }, { out: (t) => out.push(terminalText(t)), err: (t) => out.push(terminalText(t)) });
        return { code, out: out.join('\n') };
      };
      for (const [k, note] of index.notes.entries()) {
        const zh = k % 50 === 0 ? await cli('show', '--lang', 'zh', note.id) : printed(note.id, 'zh');
        assert.equal(zh.code, 0, note.id);
        assert.ok(zh.out.startsWith(`# ${note.title.zh}\n`), note.id);
        assert.ok(zh.out.includes(note.body.zh), note.id);
        const en = k % 50 === 0 ? await cli('show', '--lang', 'en', note.id) : printed(note.id, 'en');
        assert.equal(en.code, 0, note.id);
        assert.ok(en.out.startsWith(`# ${note.title.en}\n`), note.id);
        assert.ok(en.out.includes(note.body.en), note.id);
      }
    });

    it('exits 1 for an unknown id', async () => {
      const r = await cli('show', 'no-such-note');
      assert.equal(r.code, 1);
      assert.match(r.err, /no note with id "no-such-note"/);
    });

    it('lets a --notes folder replace a bundled note with the same id', async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'kubectl-run.md'), TEAM_NOTE);
      const r = await cli('show', '--lang', 'en', '--notes', dir, 'kubectl-run');
      assert.equal(r.code, 0);
      assert.match(r.out, /^# Team kubectl run/);
    });
  });

  it('topics --json returns the tree with names in the chosen language', async () => {
    const r = await cli('topics', '--json', '--lang', 'en');
    assert.equal(r.code, 0);
    const tree = JSON.parse(r.out) as { name: string; children: { name: string; notes: { id: string; title: string }[] }[] }[];
    const k8s = tree.find((t) => t.name === 'Kubernetes');
    assert.ok(k8s);
    const kubectl = k8s.children.find((c) => c.name === 'kubectl Commands');
    assert.ok(kubectl?.notes.some((n) => n.id === 'kubectl-run' && n.title === 'kubectl run'));
    const zh = JSON.parse((await cli('topics', '--json', '--lang', 'zh')).out) as { name: string }[];
    assert.ok(zh.some((t) => t.name === '机器学习'));
  });

  describe('check', () => {
    it('exits 0 on the bundled notes', async () => {
      const r = await cli('check', '--json');
      assert.equal(r.code, 0);
      assert.deepEqual(JSON.parse(r.out), []);
    });

    it('with --strict, reports a notes folder\'s departures from the full schema with file and line, and exits 1', async () => {
      const dir = tempDir();
      mkdirSync(join(dir, 'team'));
      writeFileSync(join(dir, 'team', 'bad.md'), TEAM_NOTE.replace('id: kubectl-run', 'id: Bad Id').replace('  en: Our team', '  en: ""\n  x: Our team'));
      writeFileSync(join(dir, 'team', 'links.md'), TEAM_NOTE.replace('id: kubectl-run', 'id: team-links').replace('aliases: [kubectl run]', 'aliases: [team links]').replace('Team text.', 'See [[nowhere]].'));
      const r = await cli('check', '--strict', '--json', '--notes', dir);
      assert.equal(r.code, 1);
      const problems = JSON.parse(r.out) as { file: string; line: number; severity: string; message: string }[];
      const badFile = join(dir, 'team', 'bad.md');
      // Without --strict the same folder is read leniently: the bad id falls back to the file path with a
      // warning, the empty summary to the other language; the broken link is still an error.
      const lenient = JSON.parse((await cli('check', '--json', '--notes', dir)).out) as { file: string; severity: string; message: string }[];
      assert.deepEqual(
        lenient.filter((p) => p.file.startsWith(dir)).map((p) => `${p.severity}: ${p.message}`),
        [
          'warning: id must be letters, digits and single "-", "_", "." or "/" between them; using the file path instead',
          // bad.md is no longer the strict kubectl-run replacement but its own note "team/bad", with the same alias.
          'error: alias "kubectl run" is also an alias of "kubectl-run" (content/kubernetes/kubectl-run.md); scope both to different languages or mark both shared',
          'error: link [[nowhere]] does not resolve to a note',
        ],
      );
      assert.ok(problems.some((p) => p.file === badFile && p.line === 2 && p.severity === 'error' && p.message.startsWith('id must be kebab-case')));
      assert.ok(problems.some((p) => p.file === badFile && p.line === 8 && p.message === 'summary.en is missing or empty'));
      const link = problems.find((p) => p.message === 'link [[nowhere]] does not resolve to a note');
      assert.ok(link);
      assert.equal(link.file, join(dir, 'team', 'links.md'));
      assert.equal(readFileSync(link.file, 'utf8').split('\n')[link.line - 1], 'See [[nowhere]].');
    });
  });
});

describe('defaultLang', () => {
  it('follows LC_ALL, then LANG: zh* is Chinese, anything else English', () => {
    assert.equal(defaultLang({ LANG: 'zh_CN.UTF-8' }), 'zh');
    assert.equal(defaultLang({ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }), 'en');
    assert.equal(defaultLang({ LANG: 'C.UTF-8' }), 'en');
    assert.equal(defaultLang({}), 'en');
  });
});
