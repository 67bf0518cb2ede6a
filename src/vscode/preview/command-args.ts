// Command arguments come from anywhere (palette, keybindings, hovers, tree menus, other extensions):
// accept the few shapes we expect and nothing else.
import type { Lang } from '../../core/note';
import { isNoteId } from '../../shared/viewer-protocol';

export interface OpenNoteOptions {
  toSide?: boolean;
  lang?: Lang;
  /** Keep the focus where it is (the Topics view, when browsing it with the keyboard). */
  preserveFocus?: boolean;
}

/**
 * The note id in a command argument: an id string, a Topics tree item (`{ kind: 'note', id }`) or a
 * "Concepts in This File" item (`{ noteId }`). Undefined for anything else.
 */
export function noteIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return isNoteId(arg.trim()) ? arg.trim() : undefined;
  if (typeof arg !== 'object' || arg === null) return undefined;
  const rec = arg as Record<string, unknown>;
  if (rec.kind === 'note' && isNoteId(rec.id)) return rec.id;
  if (isNoteId(rec.noteId)) return rec.noteId;
  return undefined;
}

/** The options argument of openNote, or undefined when it is malformed. Missing means {}. */
export function openNoteOptionsOf(arg: unknown): OpenNoteOptions | undefined {
  if (arg === undefined || arg === null) return {};
  if (typeof arg !== 'object' || Array.isArray(arg)) return undefined;
  const rec = arg as Record<string, unknown>;
  const out: OpenNoteOptions = {};
  for (const [key, value] of Object.entries(rec)) {
    if (key === 'toSide' || key === 'preserveFocus') {
      if (typeof value !== 'boolean') return undefined;
      out[key] = value;
    } else if (key === 'lang') {
      if (value !== 'zh' && value !== 'en') return undefined;
      out.lang = value;
    } else {
      return undefined;
    }
  }
  return out;
}
