import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected in review r44d', () => {
  it("futures::select! and crossbeam_channel::select! are other crates' macros; tokio::select! and a bare select! stay tokio-select", () => {
    const rs = [
      'async fn run() {',
      '    tokio::select! { _ = a() => {} }',
      '    select! { _ = b() => {} }',
      '    futures::select! { x = f => {}, complete => break }',
      '    crossbeam_channel::select! { recv(r) -> msg => {} }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(rs, 'rust', /select!$/), ['tokio-select', 'tokio-select']);
  });
  it("biased; in a select! is tokio-select, a variable named biased is not", () => {
    const rs = [
      'async fn run() {',
      '    let biased = coin.flip();',
      '    tokio::select! { biased; _ = a() => {} }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(rs, 'rust', /^biased/), ['tokio-select']);
  });
});
