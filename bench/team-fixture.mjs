// A generated team notes folder, shared by the team-notes and host benchmarks.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from './fixtures.mjs';

const WORDS = ('ledger invoice order saga payout refund settlement merchant account balance transfer escrow dispute chargeback ' +
  'shipment parcel carrier manifest warehouse pallet picking packing route depot courier customs tariff ' +
  'tenant quota plan seat license renewal trial upgrade downgrade proration coupon voucher wallet').split(' ');

/** Writes `count` plain Markdown team notes of about 2 KB into `dir` (40 topic folders; a third with frontmatter). */
export function generateTeamNotes(dir, count, seed = 7) {
  const r = rng(seed);
  const pick = () => WORDS[Math.floor(r() * WORDS.length)];
  rmSync(dir, { recursive: true, force: true });
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `area-${i % 40}`);
    if (i < 40) mkdirSync(folder, { recursive: true });
    const title = `${pick()} ${pick()} ${i}`;
    const paragraph = () => Array.from({ length: 45 }, pick).join(' ') + '.';
    const front = i % 3 === 0 ? `---\naliases: [${pick()}-${pick()}-${i}]\ntags: [${pick()}]\n---\n` : '';
    const text = `${front}# ${title}\n\n${paragraph()} ${paragraph()}\n\n## Example\n\n${paragraph()}\n\n## Related\n\n[[${pick()} ${pick()} ${(i + 1) % count}]]\n\n${paragraph()} ${paragraph()}\n`;
    writeFileSync(join(folder, `note-${i}.md`), text);
  }
}

