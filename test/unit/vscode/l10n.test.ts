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

  it('keeps no translation that the code no longer uses', () => {
    const bundle = JSON.parse(readFileSync(join(root, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
    const keys = l10nKeys();
    assert.deepEqual(Object.keys(bundle).filter((k) => !keys.has(k)), []);
  });

  it('gives every counted noun its singular message: "1 note", never "1 notes"', () => {
    const keys = l10nKeys();
    const singularOf: Record<string, string> = { concepts: '1 concept', notes: '1 note', occurrences: '1 occurrence', matches: '1 match', times: 'once' };
    const counted = /\{\d\} (concepts|notes|occurrences|matches|times)\b/;
    const missing: string[] = [];
    for (const key of keys) {
      const m = counted.exec(key);
      if (!m) continue;
      // The same message with that count as one must exist, with one placeholder fewer: "1 concept mentioned {0} times".
      const placeholders = (key.match(/\{\d\}/g) ?? []).length - 1;
      const singular = [...keys].some((k) => k.includes(singularOf[m[1]]) && (k.match(/\{\d\}/g) ?? []).length === placeholders);
      if (!singular) missing.push(key);
    }
    assert.deepEqual(missing, []);
  });

  it('never builds a sentence from translated pieces', () => {
    const joined: string[] = [];
    for (const file of sourceFiles(join(root, 'src'))) {
      const text = readFileSync(file, 'utf8');
      // A translated string joined with words (not just a newline or punctuation) on either side.
      for (const m of text.matchAll(/l10n\.t\([^;]*?\)\s*\+\s*(['"`])(?:[^'"`]*[A-Za-z\u4e00-\u9fff][^'"`]*)\1|(['"`])[^'"`]*[A-Za-z\u4e00-\u9fff][^'"`]*\2\s*\+\s*vscode\.l10n\.t\(|l10n\.t\([^;]*?\)\s*\+\s*vscode\.l10n\.t\(/g)) {
        joined.push(`${file.slice(root.length + 1)}: ${m[0].slice(0, 80)}`);
      }
    }
    assert.deepEqual(joined, []);
  });

  it('translates every package.json string into Chinese (package.nls.zh-cn.json)', () => {
    const en = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const zh = JSON.parse(readFileSync(join(root, 'package.nls.zh-cn.json'), 'utf8')) as Record<string, string>;
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
    const manifest = readFileSync(join(root, 'package.json'), 'utf8');
    for (const m of manifest.matchAll(/"%([^%"]+)%"/g)) assert.ok(en[m[1]], `package.nls.json lacks ${m[1]}`);
  });
});
