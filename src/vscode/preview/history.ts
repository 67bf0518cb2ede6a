// Back/Forward history of one viewer panel. Pure (no `vscode`), so unit tests can drive it.
import type { HistoryEntry, HistorySnapshot } from '../../shared/viewer-protocol';

export const HISTORY_LIMIT = 100;

export class NavigationHistory {
  private entries: HistoryEntry[];
  private index: number;

  constructor(snapshot?: HistorySnapshot, private readonly limit = HISTORY_LIMIT) {
    this.entries = snapshot ? snapshot.entries.map((e) => ({ ...e })) : [];
    this.index = snapshot ? snapshot.index : -1;
    this.trim();
  }

  get current(): HistoryEntry | undefined {
    return this.entries[this.index];
  }

  get canGoBack(): boolean {
    return this.index > 0;
  }

  get canGoForward(): boolean {
    return this.index >= 0 && this.index < this.entries.length - 1;
  }

  /** Visits a note: drops the forward entries and appends it (a visit of the current note is a no-op). */
  push(id: string): HistoryEntry {
    const current = this.current;
    if (current?.id === id) return current;
    this.entries.splice(this.index + 1);
    const entry = { id, scrollY: 0 };
    this.entries.push(entry);
    this.index = this.entries.length - 1;
    this.trim();
    return entry;
  }

  back(): HistoryEntry | undefined {
    if (!this.canGoBack) return undefined;
    this.index--;
    return this.current;
  }

  forward(): HistoryEntry | undefined {
    if (!this.canGoForward) return undefined;
    this.index++;
    return this.current;
  }

  /** Remembers where the reader is in the current entry, so Back/Forward return there. */
  setScroll(scrollY: number): void {
    if (this.current) this.current.scrollY = scrollY;
  }

  snapshot(): HistorySnapshot {
    return { entries: this.entries.map((e) => ({ ...e })), index: this.index };
  }

  private trim(): void {
    const excess = this.entries.length - this.limit;
    if (excess > 0) {
      this.entries.splice(0, excess);
      this.index = Math.max(0, this.index - excess);
    }
  }
}
