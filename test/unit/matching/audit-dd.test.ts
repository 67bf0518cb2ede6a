import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The iptables talk notes of blind audit dd (dd-en-2, neoseele/techtalk, Apache-2.0), cut to the netfilter hooks and the
// built-in chains named after them.
const hooks = [
  '# Netfilter Hooks',
  '',
  'There are 5 Netfilter hooks that modules can register with. As packets progress through the stack, they will trigger the kernel modules that have registered with these hooks.',
  '',
  '* **NF_IP_PRE_ROUTING**',
  '  > This hook will be triggered by any incoming traffic very soon after entering the network stack.',
  '',
  '* **NF_IP_FORWARD**',
  '  > This hook is triggered after an incoming packet has been routed if the packet is to be forwarded to another host.',
  '',
  '## built-in Chains',
  '',
  '* **PREROUTING**: Triggered by the `NF_IP_PRE_ROUTING` hook.',
  '* **FORWARD**: Triggered by the `NF_IP_FORWARD` hook.',
  '',
].join('\n');

// The knapsack tutorial of blind audit dd (dd-zh-2, sun-hainan/Python-Algorithms-Tutorial), cut to its goals and glossary.
const knapsack = [
  '# 背包问题',
  '',
  '_组合优化的经典问题_',
  '',
  '## 📖 学习目标',
  '',
  '1. 理解动态规划的基本思想',
  '2. 掌握背包问题的 DP 解法',
  '3. 能解决实际的资源分配问题',
  '',
  '## 第六部分：名词解释',
  '',
  '### 动态规划 (DP)',
  '',
  '**定义：** 把大问题分解成重叠的子问题，通过保存子问题的解避免重复计算。',
  '',
  '### 状态转移方程',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit dd', () => {
  it("the netfilter hook NF_IP_FORWARD is no ip_forward sysctl; net.ipv4.ip_forward is (blind audit dd, dd-en-2)", () => {
    assert.deepEqual(notesAt(hooks, 'markdown', /FORWARD/i), []);
    const sysctl = [
      '# Turning a Linux host into a router',
      '',
      'A host forwards packets between its interfaces only once `sysctl -w net.ipv4.ip_forward=1` is set; check the routing',
      'table with `ip route` and the default gateway before adding iptables rules.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(sysctl, 'markdown', /^ip_forward$/), ['routing-table']);
  });

  it('资源分配问题 is no assignment problem; the Hungarian algorithm\'s 分配问题 is (blind audit dd, dd-zh-2)', () => {
    assert.deepEqual(notesAt(knapsack, 'markdown', /^分配问题$/), []);
    const hungarian = [
      '# 匈牙利算法',
      '',
      '匈牙利算法（Kuhn-Munkres 算法）求解分配问题：n 个工人做 n 项任务，求总代价最小的匹配，是二分图最大权匹配的经典算法。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(hungarian, 'markdown', /^分配问题$/), ['hungarian-algorithm']);
  });

  it('列存在 ("the column contains") is no 列存; a column store is (blind audit dd, dd-zh-1)', () => {
    const notNull = [
      '### 索引最好设置为 NOT NULL',
      '',
      '- 索引列存在 NULL 就会导致优化器在做索引选择的时候更加复杂，更加难以优化，因为可为 NULL 的列会使索引、索引统计和值比较都更复杂，比如进行索引统计时，count 会省略值为NULL 的行。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(notNull, 'markdown', /^列存$/), []);
    const olap = ['# 列式数据库', '', 'ClickHouse 是列存数据库，分析查询只读需要的列，适合 OLAP。', ''].join('\n');
    assert.deepEqual(notesAt(olap, 'markdown', /^列存$/), ['columnar-storage']);
  });

  it("an Ansible task's notify: is Ansible (alias added after blind audit dd, dd-code-4)", () => {
    // ansible/pve/playbook.yml of 0x4272616E646F6E/homelab (MIT), cut.
    const playbook = [
      '---',
      '- name: Configure Proxmox Host Baseline',
      '  hosts: proxmox',
      '  become: true',
      '  gather_facts: true',
      '  handlers:',
      '    - name: Import handlers',
      '      ansible.builtin.import_tasks: handlers/main.yml',
      '',
      '  tasks:',
      '    - name: Install chrony for NTP',
      '      ansible.builtin.apt:',
      '        name: chrony',
      '        state: present',
      '        update_cache: true',
      '',
      '    - name: Configure chrony NTP servers',
      '      ansible.builtin.template:',
      '        src: templates/timesync/chrony.conf.j2',
      '        dest: /etc/chrony/chrony.conf',
      "        mode: '0644'",
      '      notify: Restart chrony',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(playbook, 'yaml', /^notify$/), ['ansible']);
    assert.deepEqual(notesAt('# On-call\n\nThe bot will notify the on-call engineer by e-mail.\n', 'markdown', /^notify$/), []);
  });

  it('重叠的子问题 is dynamic programming (alias added after blind audit dd, dd-zh-2)', () => {
    assert.deepEqual(notesAt(knapsack, 'markdown', /^重叠的子问题$/), ['dynamic-programming']);
  });
});
