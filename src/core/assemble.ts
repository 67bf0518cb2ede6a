/**
 * The one place the notes in effect are put together, for the extension, the CLI and the build: the
 * bundled notes (with the matcher saved for them at build time), then each notes folder's notes in order,
 * a later note replacing an earlier one with the same id, minus the ignored terms.
 */
import { Corpus, type PrebuiltMatcher, type TermRef, type TopicNames } from './corpus';
import type { TermMatcher } from './matcher';
import type { Note } from './note';

export interface BundledNotes {
  notes: readonly Note[];
  topics: TopicNames;
  /** dist/matcher.bin, built for exactly these notes and topics. */
  matcher?: TermMatcher<TermRef>;
}

export interface FolderNotes {
  notes: readonly Note[];
  topics: TopicNames;
}

export interface AssembleOptions {
  ignoredTerms?: readonly string[];
  /**
   * The corpus before a change to some team notes: its large matcher layers are reused, so only the
   * changed notes' terms are built (small layers from earlier changes are rebuilt with this one).
   */
  previous?: Corpus;
}

/** A team-notes matcher layer at least this large is kept across changes. */
export const BULK_LAYER_NOTES = 500;

const bundledLayers = new WeakMap<readonly Note[], PrebuiltMatcher>();

export function assembleCorpus(bundled: BundledNotes | undefined, folders: readonly FolderNotes[], options: AssembleOptions = {}): Corpus {
  const notes: Note[] = [...(bundled?.notes ?? [])];
  let topics: TopicNames = { ...(bundled?.topics ?? {}) };
  for (const folder of folders) {
    notes.push(...folder.notes);
    topics = { ...topics, ...folder.topics };
  }
  const bundledLayer = bundled?.matcher ? layerOf(bundled, bundled.matcher) : undefined;
  const previous = options.previous?.reusableLayers();
  const layers = previous ? previous.filter((l) => l === bundledLayer || l.notes.size >= BULK_LAYER_NOTES) : bundledLayer ? [bundledLayer] : [];
  return new Corpus(notes, topics, options.ignoredTerms ?? [], layers);
}

/** One layer object per bundled notes array, so that corpora can tell it is the same. */
function layerOf(bundled: BundledNotes, matcher: TermMatcher<TermRef>): PrebuiltMatcher {
  let layer = bundledLayers.get(bundled.notes);
  if (!layer || layer.matcher !== matcher) {
    layer = { matcher, notes: new Set(bundled.notes), topics: bundled.topics };
    bundledLayers.set(bundled.notes, layer);
  }
  return layer;
}
