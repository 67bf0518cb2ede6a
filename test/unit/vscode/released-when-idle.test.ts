import * as assert from 'node:assert/strict';
import { ReleasedWhenIdle, type IdleTimers } from '../../../src/vscode/util/released-when-idle';

/** A clock the test moves by hand. */
class FakeTimers implements IdleTimers {
  now = 0;
  private next = 1;
  private readonly pending = new Map<number, { at: number; callback: () => void }>();
  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.next++;
    this.pending.set(id, { at: this.now + ms, callback });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  advance(ms: number): void {
    this.now += ms;
    for (const [id, t] of [...this.pending]) {
      if (t.at <= this.now) {
        this.pending.delete(id);
        t.callback();
      }
    }
  }
}

describe('ReleasedWhenIdle (the everyday-word list of the Problems check)', () => {
  it('loads once for uses within the idle time, lets go after it, and loads again on the next use', async () => {
    const timers = new FakeTimers();
    let loads = 0;
    const words = new ReleasedWhenIdle(async () => ({ load: ++loads }), 60_000, timers);
    assert.equal(words.held, false, 'nothing is read before the first use');
    assert.deepEqual(await words.get(), { load: 1 });
    timers.advance(59_000);
    assert.deepEqual(await words.get(), { load: 1 }, 'a use within the minute reuses the list');
    timers.advance(59_000);
    assert.equal(words.held, true, 'each use restarts the minute');
    timers.advance(1_000);
    assert.equal(words.held, false, 'a minute without use lets it go');
    assert.deepEqual(await words.get(), { load: 2 });
    assert.equal(loads, 2);
  });

  it('lets go at dispose, and its release timer goes with it', async () => {
    const timers = new FakeTimers();
    const words = new ReleasedWhenIdle(async () => 'list', 1_000, timers);
    await words.get();
    words.dispose();
    assert.equal(words.held, false);
    timers.advance(5_000); // the cleared timer does not fire
    assert.equal(words.held, false);
  });
});
