import * as vscode from 'vscode';
import type { Corpus } from '../../core/corpus';
import { localize, type Lang, type Note } from '../../core/note';
import { searchIndexFor } from '../../core/search';
import type { NotesService } from '../notes/notes-service';
import { labelsToProtect, protectLabel } from './label-order';
import type { RecentNotes } from './recent-notes';
import { noteRowFields, separatorText } from './row-text';

/** A row of the search picker: a note, or a separator (no noteId). */
export interface SearchQuickPickItem extends vscode.QuickPickItem {
  noteId?: string;
  /** The title as written; `label` may carry invisible joiners (see label-order.ts). */
  title?: string;
  /** The search score (tier + fraction, see src/core/search/rank.ts) when the row is a search hit. */
  score?: number;
}

/** Rows shown while typing (VS Code renders only what is visible, but fewer rows keep updates cheap). */
export const MAX_RESULTS = 50;

let buttons: { openToSide: vscode.QuickInputButton; copyLink: vscode.QuickInputButton } | undefined;

/** The two buttons of every note row (the same objects each time, so a click can be told apart by identity). */
export function itemButtons(): { openToSide: vscode.QuickInputButton; copyLink: vscode.QuickInputButton } {
  buttons ??= {
    openToSide: { iconPath: new vscode.ThemeIcon('split-horizontal'), tooltip: vscode.l10n.t('Open to the Side') },
    copyLink: { iconPath: new vscode.ThemeIcon('link'), tooltip: vscode.l10n.t('Copy Link ([[id]])') },
  };
  return buttons;
}

/** Builds the picker's rows from the current corpus: search results, the empty-input list, related notes. */
export class SearchItems {
  constructor(
    private readonly notes: NotesService,
    private readonly recent: RecentNotes,
  ) {}

  /** The rows for an input: ranked hits, or the recent notes and the topics when it is empty. */
  forInput(input: string): SearchQuickPickItem[] {
    if (!input.trim()) return this.browse();
    const corpus = this.notes.corpus;
    const lang = this.notes.language;
    // Full text needs the bundled bodies and the full-text index, which the picker builds in slices once
    // they are loaded: until both are there, titles, aliases and tags only (a query never waits for them).
    if (!this.notes.bodiesReady) void this.notes.ensureBodies();
    if (!this.notes.pinyinReady) void this.notes.ensurePinyin();
    const index = searchIndexFor(corpus);
    if (this.notes.bodiesReady && !index.fullTextReady) void index.warmInSlices();
    const hits = index.search(input, { limit: MAX_RESULTS, lang, fullText: this.notes.bodiesReady && index.fullTextReady });
    const rows = hits.map((h) => this.noteItem(corpus, h.note, lang, h.score));
    const protect = labelsToProtect(
      rows.map((r) => r.label),
      input,
    );
    rows.forEach((row, i) => {
      if (protect[i]) row.label = protectLabel(row.label);
    });
    return rows;
  }

  /** Empty input: recently opened notes, then every topic (a separator) with its notes. */
  browse(): SearchQuickPickItem[] {
    const corpus = this.notes.corpus;
    const lang = this.notes.language;
    const rows: SearchQuickPickItem[] = [];
    const recent = this.recent
      .ids()
      .map((id) => corpus.get(id))
      .filter((n): n is Note => n !== undefined);
    if (recent.length > 0) {
      rows.push(separator(vscode.l10n.t('Recently opened')));
      for (const note of recent) rows.push(this.noteItem(corpus, note, lang));
    }
    const visit = (nodes: ReturnType<Corpus['topicTree']>) => {
      for (const node of nodes) {
        if (node.notes.length > 0) {
          const crumb = node.path.split('/').map((_, i, parts) => corpus.topicName(parts.slice(0, i + 1).join('/'), lang));
          rows.push(separator(crumb.join(' › ')));
          const sorted = [...node.notes].sort((a, b) => localize(a.title, lang).localeCompare(localize(b.title, lang), lang === 'zh' ? 'zh' : 'en'));
          for (const note of sorted) rows.push(this.noteItem(corpus, note, lang));
        }
        visit(node.children);
      }
    };
    visit(corpus.topicTree());
    return rows;
  }

  /** A note's related notes, then the search results for its title (without repeats). */
  related(id: string): SearchQuickPickItem[] | undefined {
    const corpus = this.notes.corpus;
    const note = corpus.get(id);
    if (!note) return undefined;
    const lang = this.notes.language;
    const title = localize(note.title, lang);
    const rows: SearchQuickPickItem[] = [];
    const shown = new Set<string>([note.id]);
    const related = note.related.map((r) => corpus.get(r)).filter((n): n is Note => n !== undefined);
    if (related.length > 0) {
      rows.push(separator(vscode.l10n.t('Related to {0}', title)));
      for (const r of related) {
        shown.add(r.id);
        rows.push(this.noteItem(corpus, r, lang));
      }
    }
    const hits = searchIndexFor(corpus)
      .search(title, { limit: MAX_RESULTS, lang })
      .filter((h) => !shown.has(h.note.id));
    if (hits.length > 0) {
      rows.push(separator(vscode.l10n.t('Matching "{0}"', title)));
      for (const h of hits) rows.push(this.noteItem(corpus, h.note, lang, h.score));
    }
    return rows;
  }

  private noteItem(corpus: Corpus, note: Note, lang: Lang, score?: number): SearchQuickPickItem {
    const title = localize(note.title, lang);
    return {
      ...noteRowFields(title, corpus.breadcrumb(note, lang), localize(note.summary, lang)),
      alwaysShow: true,
      buttons: [itemButtons().openToSide, itemButtons().copyLink],
      noteId: note.id,
      title,
      score,
    };
  }
}

function separator(label: string): SearchQuickPickItem {
  return { label: separatorText(label), kind: vscode.QuickPickItemKind.Separator };
}
