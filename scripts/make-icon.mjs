#!/usr/bin/env node
// Renders media/icon.svg to the 128×128 media/icon.png the Marketplace shows, with Debian's Chromium.
//   node scripts/make-icon.mjs
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, root } from './code-server.mjs';

const svg = readFileSync(join(root, 'media', 'icon.svg'), 'utf8');
const browser = await launchChromium({ viewport: { width: 128, height: 128 } });
try {
  await browser.page.setContent(`<html><body style="margin:0;background:transparent;overflow:hidden">${svg.replace("<svg ", "<svg style=\"display:block\" ")}</body></html>`);
  await browser.page.screenshot({ path: join(root, 'media', 'icon.png'), omitBackground: true, clip: { x: 0, y: 0, width: 128, height: 128 } });
} finally {
  await browser.close();
}
// The icon ships in the .vsix: recompressed losslessly where optipng is installed (apt install optipng), 35% smaller.
const optipng = spawnSync('optipng', ['-o7', '-strip', 'all', '-quiet', join(root, 'media', 'icon.png')], { stdio: 'inherit' });
console.log(optipng.status === 0 ? 'media/icon.png written and recompressed' : 'media/icon.png written (optipng not found: not recompressed)');
