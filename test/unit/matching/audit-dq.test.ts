import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The Kubernetes CPU guide of blind audit dq (dq-en-1), cut to the lines about requests, limits and QoS classes.
const kube = [
  '# Complete Guide to Kubernetes CPU Management: Requests, Limits, QoS Classes, and HPA Optimization',
  '',
  'Understanding how CPU requests, limits, Quality of Service (QoS) classes, and Horizontal Pod Autoscaler (HPA) work together',
  'is essential for running production-grade workloads effectively.',
  '',
  '1. **Scheduling Basis**: The Kubernetes scheduler uses requests to determine pod placement',
  '3. **QoS Classification**: Requests are used to determine the pod\'s Quality of Service class',
  '',
  '1. **Throttling Mechanism**: When a container exceeds its limit, the kernel throttles its CPU usage',
  '4. **CFS Scheduler**: Linux Completely Fair Scheduler (CFS) enforces CPU limits',
  '',
  '## Quality of Service (QoS) Classes',
  '',
  'Kubernetes assigns QoS classes to pods based on their resource configuration, determining eviction priority.',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit dq', () => {
  it('"Quality of Service" is no Kubernetes Service; a Service exposing Pods is (blind audit dq, dq-en-1)', () => {
    assert.deepEqual(notesAt(kube, 'markdown', /^Service$/i), []);
    const svc = [
      '# Exposing a Deployment',
      '',
      'A Kubernetes Service gives a set of Pods a stable ClusterIP; `kubectl expose deployment web --port 80` creates a',
      'Service of type ClusterIP that load-balances over the Pods its label selector picks.',
      '',
    ].join('\n');
    assert.ok(notesAt(svc, 'markdown', /^Service$/).includes('kubernetes-service'));
  });

  it("the CFS scheduler is not kube-scheduler; the Kubernetes scheduler is (blind audit dq, dq-en-1)", () => {
    assert.deepEqual(notesAt(kube, 'markdown', /^scheduler$/i), ['kube-scheduler']);
  });

  it('Howard Bloom is a person, not a Bloom filter (blind audit dq, dq-zh-2)', () => {
    const redis = [
      '### 穿透',
      '',
      '请求在数据库中不存在的数据，Redis缓存无法查询到数据，因此无法缓存，每次请求都会到数据库。',
      '',
      '##### BloomFilter',
      '',
      'Bloom filter 是由 Howard Bloom 在 1970 年提出的二进制向量数据结构，它具有很好的空间和时间效率，被用来检测一个元素是不是集合中的一个成员。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(redis, 'markdown', /^Bloom$/), []);
    assert.deepEqual(notesAt(redis, 'markdown', /^Bloom ?filter$/i), ['bloom-filter', 'bloom-filter']);
  });

  it('a setUserId setter is no set-user-ID bit; "the set-user-ID bit" is (blind audit dq, dq-code-3)', () => {
    const java = [
      '    @Override',
      '    @Transactional(rollbackFor = Exception.class)',
      '    public Order create(String userId, String commodityCode, int orderCount) {',
      '        Order order = new Order().setCommodityCode(commodityCode).setUserId(userId).setCount(orderCount).setMoney(orderMoney);',
      '        save(order);',
      '        return order;',
      '    }',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(java, 'java', /^set/i), []);
    const md = 'When a program with the set-user-ID bit is executed, the kernel sets the effective UID to the file owner.\n';
    assert.deepEqual(notesAt(md, 'markdown', /^set-user-ID$/), ['setuid']);
  });

  it('ghcr.io is the GitHub container registry (alias added after blind audit dq, dq-code-4)', () => {
    const wf = [
      'env:',
      '  REGISTRY: ghcr.io',
      '  IMAGE_NAME: ${{ github.repository }}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(wf, 'yaml', /^ghcr\.io$/), ['container-registry']);
  });
});
