// The libraries that read untrusted notes must be at versions without known advisories. `npm audit`
// cannot reach its endpoint here, so the fixed versions of the published advisories are written down and
// the installed versions (node_modules/<pkg>/package.json, as the code loads them) are checked against them.
// Add a row when a new advisory is published.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

interface Advisory {
  ids: string;
  what: string;
  /** The first version without it; a newer major line counts as fixed. */
  fixed: string;
}

const ADVISORIES: Record<string, Advisory[]> = {
  'markdown-it': [
    { ids: 'GHSA-38c4-r59v-3vqw, CVE-2026-2327', what: 'ReDoS in linkify: a long run of * before a non-match', fixed: '14.1.1' },
    { ids: 'GHSA-6v5v-wf23-fmfq, CVE-2026-48988', what: 'quadratic smartquotes (typographer) on runs of quotes', fixed: '14.2.0' },
  ],
  // markdown-it's linkify (we render with linkify: true).
  'linkify-it': [
    { ids: 'GHSA-v245-v573-v5vm', what: 'quadratic processing of many malformed mailto: links', fixed: '5.0.2' },
    { ids: 'GHSA-22p9-wv53-3rq4', what: 'quadratic LinkifyIt#match scan loop', fixed: '5.0.2' },
  ],
  katex: [
    { ids: 'GHSA-64fm-8hw2-v72w, CVE-2024-28243', what: 'maxExpand bypassed by \\edef', fixed: '0.16.10' },
    { ids: 'GHSA-cvr6-37gx-v8wc, CVE-2024-28244', what: 'maxExpand bypassed by Unicode sub/superscripts', fixed: '0.16.10' },
    { ids: 'CVE-2024-28245', what: '\\includegraphics filename not quoted (script with trust)', fixed: '0.16.10' },
    { ids: 'CVE-2024-28246', what: 'protocol check of trust bypassed', fixed: '0.16.10' },
    { ids: 'GHSA-cg87-wmx4-v546, CVE-2025-23207', what: '\\htmlData attribute names not validated (script)', fixed: '0.16.21' },
  ],
  'highlight.js': [
    { ids: 'CVE-2020-26237', what: 'prototype pollution through a code block language name', fixed: '10.1.2' },
    { ids: 'GHSA-7wwv-vh3v-89cq', what: 'ReDoS in several grammars', fixed: '10.4.1' },
  ],
  yaml: [{ ids: 'GHSA-48c2-rrv3-qjmp, CVE-2026-33532', what: 'stack overflow (RangeError) on deeply nested collections', fixed: '2.8.3' }],
};

/** -1, 0 or 1 for dotted numeric versions; a pre-release (-rc.1) sorts before its release. */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core, pre] = v.trim().replace(/^v/, '').split('-', 2);
    return { parts: core.split('.').map((n) => Number.parseInt(n, 10) || 0), pre };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < Math.max(x.parts.length, y.parts.length); i++) {
    const d = (x.parts[i] ?? 0) - (y.parts[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  if (x.pre === y.pre) return 0;
  if (x.pre === undefined) return 1;
  if (y.pre === undefined) return -1;
  return x.pre < y.pre ? -1 : 1;
}

/** The version of `pkg` that the renderer actually loads (resolved from markdown-it for its own dependency). */
function installedVersion(pkg: string): string {
  const from = pkg === 'linkify-it' ? [dirname(require.resolve('markdown-it'))] : [__dirname];
  let dir = dirname(require.resolve(pkg, { paths: from }));
  for (;;) {
    try {
      const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version: string };
      if (json.name === pkg) return json.version;
    } catch {
      // no package.json at this level
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json for ${pkg}`);
    dir = up;
  }
}

describe('security: known advisories of the libraries that read notes', () => {
  it('compares versions numerically, pre-releases first', () => {
    assert.equal(compareVersions('14.2.0', '14.1.1'), 1);
    assert.equal(compareVersions('0.16.9', '0.16.10'), -1);
    assert.equal(compareVersions('15.0.0', '14.2.0'), 1);
    assert.equal(compareVersions('2.8.3', '2.8.3'), 0);
    assert.equal(compareVersions('2.8.3-rc.1', '2.8.3'), -1);
  });

  for (const [pkg, advisories] of Object.entries(ADVISORIES)) {
    it(`${pkg} is installed at a version with every advisory fixed`, () => {
      const version = installedVersion(pkg);
      for (const a of advisories) {
        assert.ok(compareVersions(version, a.fixed) >= 0, `${pkg} ${version} is older than ${a.fixed}, which fixes ${a.ids} (${a.what})`);
      }
    });
  }

  it('package.json asks for no version older than the fixes (a fresh install cannot go back)', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const [name, advisories] of Object.entries(ADVISORIES)) {
      const range = pkg.dependencies[name];
      if (range === undefined) continue; // a dependency of a dependency (linkify-it): checked installed above
      const floor = /\d+(?:\.\d+){0,2}/.exec(range)?.[0] ?? '0';
      for (const a of advisories) assert.ok(compareVersions(floor, a.fixed) >= 0, `package.json allows ${name} ${range}, below ${a.fixed} (${a.ids})`);
    }
  });
});
