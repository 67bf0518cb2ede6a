import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// Wrong matches the audits of round 49 left for the lead, fixed in the matcher.
describe('round 49: what the audits left for the lead', () => {
  it("TypeScript's bitwise OR combines flags, a union type's | stands between types (audit cz)", () => {
    // As in audit cz's notes on React's hooks source (cz-zh-2), in a ```ts fence: effect flags are combined with |.
    const notes = [
      '# useEffect 的挂载',
      '',
      '```ts',
      'function mountEffect(create: () => (() => void) | void, deps: Array<mixed> | void | null): void {',
      '  mountEffectImpl(PassiveEffect | PassiveStaticEffect, HookPassive, create, deps);',
      '}',
      'const flags = Update | Snapshot;',
      'let lanes: Lanes = NoLanes | SyncLane | DefaultLane;',
      'if ((fiber.flags | Callback) !== NoFlags) return fiber.lanes | lane;',
      'type Status = "idle" | "loading" | "done";',
      'type Handler<T = Event | null> =',
      '  | ((e: T) => void)',
      '  | null;',
      'function pick(x: string | number, ys: (A | B)[]): keyof (C | D) {}',
      '```',
      '',
    ].join('\n');
    const unions = notesAt(notes, 'markdown', /^\|$/);
    // Line by line: 3 unions in mountEffect's signature; none of the 6 ORs in the code; 2 + 1 + 2 in the types, 1 + 1 + 1 in pick.
    assert.equal(unions.length, 3 + 2 + 1 + 2 + 3, `got ${unions.length}`);
    assert.ok(unions.every((id) => id === 'ts-union-narrowing'));
  });
});
