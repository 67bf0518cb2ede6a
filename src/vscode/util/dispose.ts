import * as vscode from 'vscode';

/** Base for long-lived objects: everything passed to `_register` is disposed with the owner. */
export abstract class Disposable implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private disposed = false;

  protected get isDisposed(): boolean {
    return this.disposed;
  }

  protected _register<T extends vscode.Disposable>(value: T): T {
    if (this.disposed) {
      value.dispose();
    } else {
      this.disposables.push(value);
    }
    return value;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    while (this.disposables.length > 0) {
      try {
        this.disposables.pop()!.dispose();
      } catch {
        // One failing disposable must not keep the others alive.
      }
    }
  }
}

/** Runs `fn` once calls have stopped for `delay` ms. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, delay: number): ((...args: A) => void) & vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      fn(...args);
    }, delay);
  };
  return Object.assign(run, {
    dispose() {
      if (timer) clearTimeout(timer);
    },
  });
}
