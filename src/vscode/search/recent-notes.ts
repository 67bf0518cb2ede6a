import type * as vscode from 'vscode';

/**
 * The most recently opened notes (most recent first), kept in globalState so they survive restarts
 * and are shared by every window. The search picker lists them first when its input is empty.
 */
export class RecentNotes {
  static readonly storageKey = 'conceptReference.recentNotes';

  constructor(
    private readonly state: vscode.Memento,
    readonly capacity = 8,
  ) {}

  /** Note ids, most recent first. */
  ids(): string[] {
    const value = this.state.get<unknown>(RecentNotes.storageKey, []);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, this.capacity) : [];
  }

  /** Moves (or adds) a note to the front. The viewer calls this too when it opens a note. */
  async record(id: string): Promise<void> {
    const ids = [id, ...this.ids().filter((x) => x !== id)].slice(0, this.capacity);
    await this.state.update(RecentNotes.storageKey, ids);
  }

  async clear(): Promise<void> {
    await this.state.update(RecentNotes.storageKey, undefined);
  }
}
