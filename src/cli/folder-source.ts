import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { NoteSource } from '../core/load';

/** A notes folder on disk. `label` prefixes the paths shown in reports (e.g. "content"). */
export function folderSource(dir: string, label: string = dir): NoteSource {
  return {
    async list() {
      const out: string[] = [];
      const walk = (d: string) => {
        for (const entry of readdirSync(d, { withFileTypes: true })) {
          if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
          const full = join(d, entry.name);
          if (entry.isDirectory()) walk(full);
          else if (entry.isFile()) out.push(relative(dir, full).split(sep).join('/'));
        }
      };
      walk(dir);
      return out;
    },
    async read(rel) {
      return readFileSync(join(dir, rel), 'utf8');
    },
    displayPath(rel) {
      return rel ? join(label, rel) : label;
    },
  };
}
