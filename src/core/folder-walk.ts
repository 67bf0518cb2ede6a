// The walk over a notes folder, shared by the CLI (node:fs) and the extension (workspace.fs): which
// entries are visited, which are left out, and which of those the user is told about. A notes folder
// comes with a cloned repository, so it may hold links out of it, loops, unreadable folders, absurd
// depths and huge numbers of files; none of them may stop the rest of the notes from loading.
import type { Severity } from './note';

export type EntryKind = 'file' | 'directory' | 'symlink' | 'other';

export interface FolderEntry {
  name: string;
  kind: EntryKind;
  /** For a symbolic link, what it points to when known. */
  target?: 'file' | 'directory';
}

/** A path the walk left out, and why (shown in `check` and the Problems view). */
export interface SkippedPath {
  /** Relative to the notes folder, "/" separators; "" for the folder itself. */
  path: string;
  severity: Severity;
  message: string;
}

export interface FolderListing {
  /** Relative paths of the files `keep` accepted. */
  files: string[];
  skipped: SkippedPath[];
}

/** The problem a symbolic link in a notes folder is reported with (the folder walk and an incremental update alike). */
export const SYMLINK_NOT_FOLLOWED = 'symbolic link not followed (it could lead out of the notes folder or into a loop)';

/** Folders deeper than this below a notes folder are not read (a generated or looping tree). */
export const MAX_FOLDER_DEPTH = 32;
/** Entries visited at most in one notes folder: a guard against a setting pointing at a huge tree. */
export const MAX_FOLDER_ENTRIES = 500_000;
/** Folders read at once (workspace.fs may be remote: overlap the latency, bound the requests). */
const PARALLEL_READS = 16;

/** Hidden entries are skipped, except Contextive's definitions folder, and so is node_modules. */
export function isSkippedName(name: string): boolean {
  return (name.startsWith('.') && name !== '.contextive') || name === 'node_modules';
}

/**
 * Lists a notes folder without following symbolic links (a link may lead out of the folder or into a
 * loop: it is reported instead, when it looks like a note or a folder). A folder that cannot be read is
 * reported and the walk goes on. Never throws.
 */
export async function walkNotesFolder(readDir: (relDir: string) => Promise<FolderEntry[]>, keep: (relPath: string) => boolean): Promise<FolderListing> {
  const files: string[] = [];
  const skipped: SkippedPath[] = [];
  let visited = 0;
  let full = false;
  const queue: { dir: string; depth: number }[] = [{ dir: '', depth: 0 }];
  let head = 0;
  while (head < queue.length && !full) {
    const batch = queue.slice(head, head + PARALLEL_READS);
    head += batch.length;
    const listed = await Promise.all(
      batch.map(({ dir }) =>
        readDir(dir).then(
          (entries) => ({ entries }),
          (err: unknown) => ({ err }),
        ),
      ),
    );
    batch.forEach(({ dir, depth }, k) => {
      const result = listed[k];
      if (full) return;
      if ('err' in result) {
        const code = (result.err as { code?: unknown })?.code;
        // A folder that is not there (any more): a notes folder the workspace does not have, or one
        // deleted during the walk. Nothing was left out.
        if (code === 'ENOENT' || code === 'FileNotFound') return;
        skipped.push({ path: dir, severity: 'error', message: `cannot read this folder (${typeof code === 'string' ? code : String(result.err)}): its notes are left out` });
        return;
      }
      for (const entry of result.entries) {
        if (++visited > MAX_FOLDER_ENTRIES) {
          full = true;
          skipped.push({ path: '', severity: 'warning', message: `stopped listing after ${MAX_FOLDER_ENTRIES} files and folders: the rest is left out` });
          return;
        }
        if (isSkippedName(entry.name)) continue;
        const rel = dir ? `${dir}/${entry.name}` : entry.name;
        if (entry.kind === 'symlink') {
          // Reported when it could matter: a link to a folder, to a note or glossary, or of unknown kind
          // without an extension (likely a folder). A link to an image is nobody's concern.
          if (entry.target === 'directory' || keep(rel) || (entry.target === undefined && !/\.[^./]+$/.test(entry.name))) {
            skipped.push({ path: rel, severity: 'warning', message: SYMLINK_NOT_FOLLOWED });
          }
        } else if (entry.kind === 'directory') {
          if (depth + 1 > MAX_FOLDER_DEPTH) skipped.push({ path: rel, severity: 'warning', message: `folder nested more than ${MAX_FOLDER_DEPTH} levels deep: not read` });
          else queue.push({ dir: rel, depth: depth + 1 });
        } else if (entry.kind === 'file' && keep(rel)) {
          files.push(rel);
        }
      }
    });
  }
  return { files, skipped };
}
