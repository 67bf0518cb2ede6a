import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// mtrebi/thread-pool's include/ThreadPool.h of blind audit ev (ev-code-2), lines 13-21.
const threadPoolHeader = [
  'class ThreadPool {',
  'private:',
  '  class ThreadWorker {',
  '  private:',
  '    int m_id;',
  '    ThreadPool * m_pool;',
  '  public:',
  '    ThreadWorker(ThreadPool * pool, const int id)',
  '      : m_pool(pool), m_id(id) {',
  '    }',
  '  };',
  '};',
  '',
].join('\n');

// microsoft/TypeScript-Node-Starter's src/app.ts of blind audit ev (ev-code-1), lines 26-35.
const expressApp = [
  '// Connect to MongoDB',
  'const mongoUrl = MONGODB_URI;',
  'mongoose.Promise = bluebird;',
  '',
  'mongoose.connect(mongoUrl, { useNewUrlParser: true, useCreateIndex: true, useUnifiedTopology: true } ).then(',
  '    () => { /** ready to use. The `mongoose.connect()` promise resolves to undefined. */ },',
  ').catch(err => {',
  '    console.log(`MongoDB connection error. Please make sure MongoDB is running. ${err}`);',
  '});',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit ev', () => {
  it("a C++ class named ThreadWorker is no ArkTS worker; HarmonyOS's worker.ThreadWorker is (blind audit ev, ev-code-2)", () => {
    assert.deepEqual(notesAt(threadPoolHeader, 'cpp', /^ThreadWorker$/), []);
    const ets = [
      "import { worker } from '@kit.ArkTS';",
      "const w = new worker.ThreadWorker('entry/ets/workers/W.ets');",
      '',
    ].join('\n');
    assert.deepEqual(notesAt(ets, 'typescript', /^ThreadWorker$/), ['arkts-taskpool-worker']);
  });

  it("mongoose's useNewUrlParser option is no new URL(); new URL() is (blind audit ev, ev-code-1)", () => {
    assert.deepEqual(notesAt(expressApp, 'typescript', /^NewUrl$/i), []);
    const ts = ['const u = new URL("https://example.com/a?b=1");', 'console.log(u.hostname);', ''].join('\n');
    assert.deepEqual(notesAt(ts, 'typescript', /^new URL$/), ['url-api']);
  });
});
