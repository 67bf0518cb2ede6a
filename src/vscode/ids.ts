/** Identifiers shared by package.json and the code. */
export const Commands = {
  searchConcepts: 'conceptReference.searchConcepts',
  lookUpAtCursor: 'conceptReference.lookUpAtCursor',
  openNote: 'conceptReference.openNote',
  openNoteToSide: 'conceptReference.openNoteToSide',
  searchRelated: 'conceptReference.searchRelated',
  copyLink: 'conceptReference.copyLink',
  revealSource: 'conceptReference.revealSource',
  revealInTopics: 'conceptReference.revealInTopics',
  filterTopics: 'conceptReference.filterTopics',
  clearTopicsFilter: 'conceptReference.clearTopicsFilter',
  reloadNotes: 'conceptReference.reloadNotes',
  revealNextOccurrence: 'conceptReference.revealNextOccurrence',
  viewerBack: 'conceptReference.viewerBack',
  viewerForward: 'conceptReference.viewerForward',
  createNote: 'conceptReference.createNote',
  openSample: 'conceptReference.openSample',
  getStarted: 'conceptReference.getStarted',
} as const;

export const Views = {
  container: 'conceptReference',
  topics: 'conceptReference.topics',
  conceptsInFile: 'conceptReference.conceptsInFile',
} as const;

export const ViewerPanelType = 'conceptReference.note';

export const ContextKeys = {
  noteCount: 'conceptReference.noteCount',
  topicsFiltered: 'conceptReference.topicsFiltered',
  viewerCanGoBack: 'conceptReference.viewerCanGoBack',
  viewerCanGoForward: 'conceptReference.viewerCanGoForward',
} as const;

export const ConfigSection = 'conceptReference';

/** Scheme of the read-only documents that show bundled notes (Reveal Source). */
export const NoteSourceScheme = 'concept-reference-note';
