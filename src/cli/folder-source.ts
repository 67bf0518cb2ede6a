import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { walkNotesFolder, type FolderEntry, type SkippedPath } from '../core/folder-walk';
import { decodeNoteBytes, isNotesFolderFile, MAX_FILE_BYTES, NoteFileError, tooLargeMessage, type NoteSource } from '../core/load';

/**
 * A notes folder on disk. `label` prefixes the paths shown in reports (e.g. "content"). Symbolic links are
 * not followed (reported instead), so nothing outside the folder is read.
 */
export function folderSource(dir: string, label: string = dir): NoteSource {
  let skipped: SkippedPath[] = [];
  return {
    async list() {
      const listing = await walkNotesFolder(async (rel) => readdirSync(rel ? join(dir, ...rel.split('/')) : dir, { withFileTypes: true }).map(toEntry), isNotesFolderFile);
      skipped = listing.skipped;
      return listing.files;
    },
    skipped() {
      return skipped;
    },
    async read(rel) {
      const path = join(dir, ...rel.split('/'));
      // lstat: a file replaced by a link since the listing is still not followed.
      const stat = lstatSync(path);
      if (!stat.isFile()) throw new NoteFileError('not a regular file (a symbolic link or a device): not read');
      if (stat.size > MAX_FILE_BYTES) throw new NoteFileError(tooLargeMessage(stat.size));
      return decodeNoteBytes(readFileSync(path));
    },
    displayPath(rel) {
      return rel ? join(label, rel) : label;
    },
    folderKey(relDir) {
      return resolve(dir, relDir) + sep;
    },
  };
}

function toEntry(entry: { name: string; isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }): FolderEntry {
  const kind = entry.isSymbolicLink() ? 'symlink' : entry.isDirectory() ? 'directory' : entry.isFile() ? 'file' : 'other';
  return { name: entry.name, kind };
}
