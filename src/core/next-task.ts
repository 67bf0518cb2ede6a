/**
 * Resolves in a later task, after whatever else is queued: the event loop handles pending I/O and
 * messages (a hover) first. setImmediate where the host has it (Node), without a timer's 1 ms minimum,
 * which long loads that yield a hundred times would pay each time; a timer elsewhere (web workers).
 */
export function nextTask(): Promise<void> {
  const later: (run: () => void) => unknown = typeof setImmediate === 'function' ? setImmediate : (run) => setTimeout(run, 0);
  return new Promise((resolve) => later(resolve));
}
