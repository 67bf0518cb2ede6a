import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit ay', () => {
  it("a C++ scheduler's SetInterval is no JavaScript timer; setInterval in JavaScript is (blind audit ay, ay-code-1)", () => {
    // As in the audited Memgraph thread pool: its monitoring scheduler, started every 100 ms.
    const cpp = [
      '#include <chrono>',
      '#include <thread>',
      '',
      'void PriorityThreadPool::StartMonitor() {',
      '  monitoring_.SetInterval(std::chrono::milliseconds(100));',
      '  monitoring_.Run("sched_mon", [this]() { CheckStuckWorkers(); });',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(cpp, 'cpp', /^setInterval$/i), []);
    const js = ['const timer = setInterval(() => poll(), 1000);', 'clearInterval(timer);', ''].join('\n');
    assert.deepEqual(notesAt(js, 'javascript', /^setInterval$/), ['js-timers']);
  });

  it("a thread pool's worker_id is no Snowflake worker ID; a Snowflake generator's is (blind audit ay, ay-code-1)", () => {
    const cpp = [
      '#include <mutex>',
      '#include <thread>',
      '',
      'for (auto &worker : workers_) {',
      '  const auto worker_id = i++;',
      '  auto &worker_last_task = last_task[worker_id];',
      '  std::unique_lock l{worker->mtx_, std::defer_lock};',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(cpp, 'cpp', /^worker.?id$/i), []);
    const md = [
      '# Distributed IDs with the Snowflake algorithm',
      '',
      'A Snowflake ID packs a 41-bit timestamp, a 10-bit worker ID and a 12-bit sequence into one 64-bit number,',
      'so every node of the database cluster generates unique, time-ordered primary keys without coordination.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^worker ID$/), ['snowflake-id']);
  });

  it("a Helm chart's networkPolicy.extraIngress and a ServiceMonitor's jobLabel are no Ingress or Job (blind audit ay, ay-code-2)", () => {
    // As in the audited paperless-ngx values.yaml.
    const values = [
      'livenessProbe:',
      '  enabled: true',
      '## @param nodeSelector Node labels for pod assignment',
      'nodeSelector: {}',
      'networkPolicy:',
      '  ## @param networkPolicy.extraIngress Additional ingress rules',
      '  ##',
      '  extraIngress: []',
      'metrics:',
      '  serviceMonitor:',
      '    ## @param metrics.serviceMonitor.jobLabel The name of the label on the target service',
      '    ##',
      '    jobLabel: ""',
      '',
    ].join('\n');
    // `extraIngress` and `jobLabel` (the comment's "Additional ingress rules" is left: see the report).
    assert.deepEqual(notesAt(values, 'yaml', /^Ingress$/), []);
    assert.ok(!notesAt(values, 'yaml', /^job$/).some((ids) => ids.split('|').includes('job')));
    const manifests = [
      'apiVersion: networking.k8s.io/v1',
      'kind: Ingress',
      'metadata:',
      '  name: web',
      '---',
      'apiVersion: batch/v1',
      'kind: Job',
      'metadata:',
      '  name: migrate',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(manifests, 'yaml', /^Ingress$/), ['ingress']);
    assert.deepEqual(notesAt(manifests, 'yaml', /^Job$/), ['job']);
  });

  it("a blockchain's transaction_hash and transaction_index are no database transaction; BEGIN … a transaction is (blind audit ay, ay-code-3)", () => {
    // As in the audited Ethereum indexer migration.
    const sql = [
      '-- migrate:up',
      'CREATE TABLE public.events (',
      '    chain_id types.eth_chain_id NOT NULL,',
      '    transaction_index NUMERIC NOT NULL,',
      '    transaction_hash types.eth_transaction_hash NOT NULL,',
      '    PRIMARY KEY (chain_id, transaction_index)',
      ');',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(sql, 'sql', /^transaction$/i), []);
    const tx = [
      '-- Move the money in one transaction, so either both updates happen or neither does.',
      'BEGIN;',
      'UPDATE accounts SET balance = balance - 100 WHERE id = 1;',
      'UPDATE accounts SET balance = balance + 100 WHERE id = 2;',
      'COMMIT;',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(tx, 'sql', /^transaction$/), ['database-transaction']);
  });

  it("a Java configuration class AnyValue is no SQL ANY_VALUE(); the aggregate in SQL is (blind audit ay, ay-code-4)", () => {
    // As in the audited Redkale local cache source.
    const java = [
      'import java.util.concurrent.ConcurrentHashMap;',
      'import org.redkale.util.AnyValue;',
      '',
      'public class CachedLocalSource implements Service {',
      '    @Override',
      '    public void init(AnyValue conf) { }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(java, 'java', /^AnyValue$/i), []);
    const sql = ['SELECT customer_id, ANY_VALUE(name) FROM orders GROUP BY customer_id;', ''].join('\n');
    assert.deepEqual(notesAt(sql, 'sql', /^ANY_VALUE$/), ['sql-group-by']);
  });
});
