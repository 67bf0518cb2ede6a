import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { isNotesFolderFile, type NoteSource } from '../core/load';

/** A notes folder on disk. `label` prefixes the paths shown in reports (e.g. "content"). */
export function folderSource(dir: string, label: string = dir): NoteSource {
  return {
    async list() {
      const out: string[] = [];
      const walk = (d: string) => {
        for (const entry of readdirSync(d, { withFileTypes: true })) {
          // Hidden folders are skipped, except Contextive's definitions folder.
          if ((entry.name.startsWith('.') && entry.name !== '.contextive') || entry.name === 'node_modules') continue;
          const full = join(d, entry.name);
          if (entry.isDirectory()) walk(full);
          else if (entry.isFile()) {
            const rel = relative(dir, full).split(sep).join('/');
            if (isNotesFolderFile(rel)) out.push(rel);
          }
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
    folderKey(relDir) {
      return resolve(dir, relDir) + sep;
    },
  };
}
