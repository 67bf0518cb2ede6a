import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marketplaceReadme, USER_SECTIONS } from '../../scripts/marketplace-readme.mjs';

describe("the packaged README (scripts/marketplace-readme.mjs)", () => {
  const sample = [
    '# Tool\n\nIntro text.\n\n![shot](media/screenshots/a.png)\n\nThe screenshots come from the UI test run.\n',
    ...USER_SECTIONS.map((name) => `## ${name}\n\nAbout ${name}.\n`),
    '## Benchmarks\n\n| a | b |\n',
    '## Layout\n\nsrc/ and test/.\n',
  ].join('\n');

  it('keeps the introduction and the user sections, and drops the developer sections, images and the note about them', () => {
    const out = marketplaceReadme(sample);
    assert.ok(out.startsWith('# Tool\n\nIntro text.\n\n## Install'));
    for (const name of USER_SECTIONS) assert.ok(out.includes(`## ${name}\n\nAbout ${name}.`), name);
    for (const gone of ['## Benchmarks', '## Layout', '![shot]', 'The screenshots come from']) assert.ok(!out.includes(gone), gone);
  });

  it('fails the package when README.md lost a user section, instead of shipping without it', () => {
    assert.throws(() => marketplaceReadme(sample.replace('## Settings', '## Options')), /no section "## Settings"/);
  });

  it("cuts the repository's README to its user sections, with no image that the package does not hold", () => {
    const out = marketplaceReadme(readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8'));
    assert.deepEqual(out.match(/^## .*/gm), USER_SECTIONS.map((name) => `## ${name}`));
    assert.doesNotMatch(out, /!\[/);
  });
});
