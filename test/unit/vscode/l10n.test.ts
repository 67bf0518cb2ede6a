import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every literal passed to vscode.l10n.t in src/. */
function l10nKeys(): Set<string> {
  const keys = new Set<string>();
  const call = /l10n\.t\(\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g;
  for (const file of sourceFiles(join(root, 'src'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(call)) keys.add(JSON.parse(m[1].startsWith("'") ? `"${m[1].slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"')}"` : m[1]));
  }
  return keys;
}

describe('localisation', () => {
  it('translates every runtime string into Chinese (l10n/bundle.l10n.zh-cn.json)', () => {
    const bundle = JSON.parse(readFileSync(join(root, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
    const keys = l10nKeys();
    assert.ok(keys.size > 20, `found ${keys.size} l10n.t strings`);
    const missing = [...keys].filter((k) => !bundle[k]);
    assert.deepEqual(missing, []);
    for (const [key, value] of Object.entries(bundle)) {
      const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
      assert.deepEqual(placeholders(value), placeholders(key), key);
    }
  });

  it('translates every package.json string into Chinese (package.nls.zh-cn.json)', () => {
    const en = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const zh = JSON.parse(readFileSync(join(root, 'package.nls.zh-cn.json'), 'utf8')) as Record<string, string>;
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
    const manifest = readFileSync(join(root, 'package.json'), 'utf8');
    for (const m of manifest.matchAll(/"%([^%"]+)%"/g)) assert.ok(en[m[1]], `package.nls.json lacks ${m[1]}`);
  });
});
