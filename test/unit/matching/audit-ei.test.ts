import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The CI/CD deployment-strategies page of blind audit ei (ei-en-2), cut to its Kubernetes commands and its JavaScript flag code.
const deploymentStrategies = [
  '## Feature Flags and Progressive Delivery',
  '',
  '**Flagsmith (open source):**',
  '',
  '```javascript',
  "const Flagsmith = require('flagsmith-nodejs');",
  'const flagsmith = new Flagsmith({ environmentKey: process.env.FLAGSMITH_KEY });',
  'const flags = await flagsmith.getEnvironmentFlags();',
  "const showNewCheckout = flags.isFeatureEnabled('new_checkout');",
  '```',
  '',
  '### Kill Switches',
  '',
  '```javascript',
  '// Application code with kill switch',
  'async function handleRequest(req, res) {',
  "  if (await featureFlags.isEnabled('service_kill_switch')) {",
  "    return res.status(503).json({ message: 'Service temporarily unavailable' });",
  '  }',
  '  // Normal processing',
  '}',
  '```',
  '',
  '### Instant Rollback with Blue-Green',
  '',
  '```bash',
  '# Rollback is just switching back to blue',
  'kubectl patch service myapp -p \'{"spec":{"selector":{"version":"blue"}}}\'',
  '```',
  '',
  '### Rolling Rollback',
  '',
  '```bash',
  'kubectl rollout undo deployment/myapp',
  'kubectl scale deployment myapp-canary --replicas=0',
  '```',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit ei', () => {
  it('a SQL running total is no prefix-sum technique; an algorithm text keeps it (blind audit ei, ei-en-1)', () => {
    const sql = [
      '# SQL Practice Cheat Sheet',
      '',
      '## 4️⃣ Window Functions',
      '',
      '| Function         | Description                        |',
      '| ---------------- | ---------------------------------- |',
      '| RANK()           | Ranking with gaps for ties         |',
      '| SUM()/AVG() OVER | Running totals / moving averages   |',
      '',
      '```sql',
      'SELECT emp_name, salary,',
      '       RANK() OVER (PARTITION BY dept_id ORDER BY salary DESC) AS rnk',
      'FROM employees;',
      '```',
      '',
      '* Use window functions instead of self-joins for ranking or running totals.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(sql, 'markdown', /^running totals?$/i), []);
    const algorithms = [
      '# Range sum queries',
      '',
      'Keep a running total of the array while you scan it: prefix[i] is the sum of the first i elements, so the',
      'sum of any subarray is one subtraction, O(1) per query after O(n) preprocessing. A Fenwick tree does the same',
      'when the array changes.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(algorithms, 'markdown', /^running total$/i), ['prefix-sum']);
  });

  it("Flagsmith's environmentKey is no SwiftUI EnvironmentKey; a Swift EnvironmentKey is (blind audit ei, ei-en-2)", () => {
    assert.deepEqual(notesAt(deploymentStrategies, 'markdown', /^environmentKey$/i), []);
    const swift = [
      'import SwiftUI',
      '',
      'private struct ThemeKey: EnvironmentKey {',
      '    static let defaultValue: Theme = .light',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(swift, 'swift', /^EnvironmentKey$/), ['swiftui-environment']);
  });

  it("HTTP 503's Service Unavailable is no Kubernetes Service; kubectl patch service is (blind audit ei, ei-en-2)", () => {
    const services = notesAt(deploymentStrategies, 'markdown', /^service$/i);
    // Left: the `service` of the flag key 'service_kill_switch'; kept: `kubectl patch service myapp`.
    assert.deepEqual(services, ['kubernetes-service', 'kubernetes-service']);
    assert.deepEqual(notesAt(deploymentStrategies, 'markdown', /^Service$/), []);
  });

  it("a device tree's stdout-path is no redirection; stdout in a shell text is (blind audit ei, ei-zh-2)", () => {
    const dts = [
      '### 5.1 设备树下写`platform_device`设备',
      '',
      '我们在设备树中新增了一个topeet节点。',
      '',
      '```dts',
      '/ {',
      '\tchosen {',
      '\t\tstdout-path = &uart1;',
      '\t};',
      '',
      '\ttopeet {',
      '\t\tcompatible = "simple-bus";',
      '\t};',
      '};',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(dts, 'markdown', /^stdout$/), []);
    const shell = ['# Logging', '', 'Send stdout to a file and stderr to the same place with `cmd > out.log 2>&1`.', ''].join('\n');
    assert.deepEqual(notesAt(shell, 'markdown', /^stdout$/), ['io-redirection']);
  });

  it("Python's daemon threads are no Java ThreadFactory; a Java text's are (blind audit ei, ei-code-3)", () => {
    const python = [
      '"""Implements ThreadPoolExecutor."""',
      '',
      'import threading',
      'import weakref',
      '',
      '# Workers are created as daemon threads. This is done to allow the interpreter',
      "# to exit when there are still idle threads in a ThreadPoolExecutor's thread",
      '# pool (i.e. shutdown() was not called).',
      '',
      'def _start(target):',
      '    t = threading.Thread(target=target)',
      '    t.daemon = True',
      '    t.start()',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(python, 'python', /^daemon threads?$/), []);
    const java = [
      '# Naming pool threads',
      '',
      'A `ThreadFactory` gives each worker of an `ExecutorService` its name; call `setDaemon(true)` to make it a',
      'daemon thread, so the JVM can exit while the pool is idle.',
      '',
      '```java',
      'ThreadFactory factory = r -> {',
      '    Thread t = new Thread(r, "worker");',
      '    t.setDaemon(true);',
      '    return t;',
      '};',
      'ExecutorService pool = Executors.newFixedThreadPool(4, factory);',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(java, 'markdown', /^daemon thread$/), ['java-thread-factory']);
  });

  it('platform_device is the Linux driver model (alias added after blind audit ei, ei-zh-2)', () => {
    const driver = [
      '## 第5章 设备树下`platform_device`和`platform_driver`匹配实验',
      '',
      '```c',
      '#include <linux/platform_device.h>',
      '',
      'static int my_probe(struct platform_device *pdev)',
      '{',
      '    printk(KERN_INFO "%s probe\\n", pdev->name);',
      '    return 0;',
      '}',
      '```',
      '',
    ].join('\n');
    assert.ok(notesAt(driver, 'markdown', /^platform_device$/).length >= 2);
    assert.deepEqual([...new Set(notesAt(driver, 'markdown', /^platform_device$/))], ['linux-device-driver']);
  });
});
