/** The timer functions ReleasedWhenIdle uses (a test passes its own clock). */
export interface IdleTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: IdleTimers = {
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    // The release alone must not keep a process (the CLI, a test run) alive.
    (handle as { unref?: () => void }).unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * A value loaded on first use and let go `idleMs` after its last use, for a large value that is needed in bursts: the
 * everyday-word list (3 MB of strings) is read when workspace notes are checked, then not again until they change.
 */
export class ReleasedWhenIdle<T> {
  private value: Promise<T> | undefined;
  private release: unknown;

  constructor(
    private readonly load: () => Promise<T>,
    private readonly idleMs: number,
    private readonly timers: IdleTimers = realTimers,
  ) {}

  get(): Promise<T> {
    this.timers.clearTimeout(this.release);
    this.release = this.timers.setTimeout(() => {
      this.value = undefined;
      this.release = undefined;
    }, this.idleMs);
    this.value ??= this.load();
    return this.value;
  }

  /** Whether the value is held now (loaded or loading). */
  get held(): boolean {
    return this.value !== undefined;
  }

  dispose(): void {
    this.timers.clearTimeout(this.release);
    this.release = undefined;
    this.value = undefined;
  }
}
