import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// Wrong matches the audits of round 51 left for the lead, fixed in the matcher.
describe('round 51: what the audits left for the lead', () => {
  it("SQL's IN is the membership test only before its list or subquery: not POSITION's in, not a FOR loop's (audit ep)", () => {
    // supabase/supabase examples/slack-clone/nextjs-slack-clone/supabase/migrations/20240214102356_init.sql (audit ep-code-4), cut.
    const sql = [
      'create function public.handle_new_user()',
      'returns trigger as $$',
      'declare is_admin boolean;',
      'begin',
      '  if position(\'+supaadmin@\' in new.email) > 0 then',
      "    insert into public.user_roles (user_id, role) values (new.id, 'admin');",
      "  elsif position('+supamod@' in new.email) > 0 then",
      "    insert into public.user_roles (user_id, role) values (new.id, 'moderator');",
      '  end if;',
      '  for r in select id from public.channels loop',
      '    perform 1;',
      '  end loop;',
      '  return new;',
      'end;',
      '$$ language plpgsql security definer;',
      "select * from public.channels where created_by in (select id from public.users where username = 'supabot');",
      "select * from orders where status IN ('paid', 'shipped') and region in",
      "  ('eu', 'us');",
      '',
    ].join('\n');
    assert.deepEqual(notesAt(sql, 'sql', /^in$/i), ['sql-in-between', 'sql-in-between', 'sql-in-between']);
  });

  it("an optional member's `() => Type` and a type literal member's `key: () => Type` at a line's end are function types (audit ep)", () => {
    // elk-zone/elk app/components/publish/PublishWidget.vue (audit ep-code-2, MIT), the props type of its <script setup lang="ts">.
    const props = [
      'const {',
      '  draftKey,',
      '  initial = getDefaultDraftItem,',
      '} = defineProps<{',
      '  draftKey: DraftKey',
      '  initial?: () => DraftItem',
      '  onSubmit: (text: string) => Promise',
      '  expanded?: boolean',
      '}>()',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(props, 'typescript', /^=>$/), []);
    const iface = ['export interface PublishProps extends BaseProps {', '  onSubmit: () => Promise', '  onCancel: () => void', '}', ''].join('\n');
    assert.deepEqual(notesAt(iface, 'typescript', /^=>$/), []);
    // An object literal's arrow functions stay, its last entry's too: one returns a component, one calls.
    const handlers = ['const handlers = {', '  onOpen: () => Dialog,', '  onClose: () => setOpen(false),', '  render: () => App', '}', ''].join('\n');
    assert.deepEqual(notesAt(handlers, 'typescript', /^=>$/), ['js-arrow-function', 'js-arrow-function', 'js-arrow-function']);
  });
  it('a type keyword is never part of a name: not the struct ending vm_area_struct or vm_operations_struct (audit eo)', () => {
    // AdaMartin18010/wasmedge_k3s docs/TECHNICAL/00-linux-kernel-principles/03-memory-management.md (audit eo-zh-2), cut.
    const doc = [
      '## 虚拟内存区域',
      '',
      '```c',
      'struct vm_area_struct {',
      '    // 文件映射',
      '    struct file *vm_file;',
      '    // 操作函数',
      '    const struct vm_operations_struct *vm_ops;',
      '};',
      '```',
      '',
    ].join('\n');
    // The three keywords match; the `struct` ending vm_area_struct and vm_operations_struct does not.
    assert.deepEqual(notesAt(doc, 'markdown', /^struct$/), ['c-struct', 'c-struct', 'c-struct']);
  });

  it("a program's name in shell code ends its word: read is not in read_github_token() or readLine (audit eo)", () => {
    // thoughtoinnovate/tark install.sh (audit eo-code-3), cut.
    const script = [
      '#!/usr/bin/env bash',
      'read_github_token() {',
      '    if [ -n "$GITHUB_TOKEN" ]; then',
      '        return 0',
      '    fi',
      '    read -r -s -p "GitHub token: " GITHUB_TOKEN',
      '}',
      'readLine',
      'while read line; do echo "$line"; done < tokens.txt',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(script, 'shellscript', /^read$|^read |^read_|^while read/), ['bash-read-builtin', 'bash-read-builtin']);
  });

  it('several ordinary words of one note back up its field: a JVM GC text of Minor GC, Full GC, 年轻代 and Eden is about the JVM (audit eq)', () => {
    // qq245425070/Document Java/jvm/garbage_collection.md (audit eq-zh-1), cut: one "JVM", then only the GC note's own words.
    const doc = [
      '### GC.分类',
      '',
      '年轻代 GC(Minor GC): 指发生在年轻代的垃圾收集动作, 因为 Java 对象大多都具备朝生夕灭的特性, 所以 Minor GC 非常频繁, 一般回收速度也比较快;',
      '年老代 GC(Major GC/Full GC): 指发生在年老代的 GC, 出现了 Major GC, 经常会伴随至少一次的 Minor GC,  Major GC 的速度一般会比 Minor GC 慢 10 倍以上;',
      '❀ Minor GC',
      '从年轻代空间(包括 Eden 和 Survivor 区域)的内存回收, 被称为 Minor GC;',
      '1.. 当 JVM 无法为一个新的对象分配空间时会触发 Minor GC, 比如当 Eden 区满了, 所以分配率越高, 越频繁执行 Minor GC;',
      '2.. 会触发 stop-the-world, 对系统几乎无影响;',
      '',
      'Major GC 是清理年老代;',
      'Full GC 是清理整个堆空间—包括年轻代和年老代;',
      '1.. 会触发 stop-the-world, 对系统几乎无影响;',
      '',
    ].join('\n');
    const notes = notesAt(doc, 'markdown', /^(?:Minor GC|Full GC|年轻代|Eden|堆)$/);
    assert.ok(notes.length >= 10, String(notes.length));
    assert.deepEqual([...new Set(notes)], ['jvm-garbage-collection']);
    // The heap of "清理整个堆空间" is the JVM's, not a binary heap.
    assert.deepEqual(notesAt(doc, 'markdown', /^堆$/), ['jvm-garbage-collection']);
  });

  it("in Markdown a section's heading picks the note of a match two notes claim: the affinity fields under nodeAffinity and podAffinity (audit er)", () => {
    // ByteNinja00/KnowledgeDoc kubernetes/explain/Scheduler/affinity.md at 75e909ac (audit er-zh-2), cut.
    const doc = [
      '# 调度亲和性',
      '',
      '## 一、Node Affinity（节点亲和性）',
      '',
      '根据匹配节点条件来选择调度亲和性，分为软亲和性和硬亲和性。',
      '',
      '### 软亲和性（nodeAffinity）',
      '',
      '`preferredDuringSchedulingIgnoredDuringExecution` 是 Kubernetes nodeAffinity 里的一个软性调度偏好（Soft Affinity），意思是「调度器尽量把 Pod 调度到符合这些偏好的节点上，但如果没有满足条件的节点，也不会阻止调度」，是调度时的倾向性选项，不是硬性约束。',
      '',
      '**字段结构：**',
      '',
      '- preferredDuringSchedulingIgnoredDuringExecution `<[]PreferredSchedulingTerm>`',
      '  - preference    `<NodeSelectorTerm> -required-`',
      '',
      '## 二、Pod Affinity（Pod 亲和性）',
      '',
      'Pod 亲和性调度策略，用于控制某个 Pod 倾向或强制调度到与其它特定 Pod 在同一拓扑域（例如同一节点、同一区域等）上的节点。',
      '',
      '### 软亲和性（podAffinity）',
      '',
      '软性调度偏好。',
      '',
      '**字段结构：**',
      '',
      '- preferredDuringSchedulingIgnoredDuringExecution `<[]WeightedPodAffinityTerm>`',
      '  - podAffinityTerm `<PodAffinityTerm> -required-`',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(doc, 'markdown', /DuringExecution$/), ['node-affinity', 'node-affinity', 'pod-affinity']);
    // A heading that names both notes decides nothing: both stay.
    const both = ['# nodeAffinity 与 podAffinity', '', '- preferredDuringSchedulingIgnoredDuringExecution 是软性偏好。', ''].join('\n');
    assert.deepEqual(notesAt(both, 'markdown', /DuringExecution$/), ['node-affinity|pod-affinity']);
  });

  it("a tokio::select! branch's => is no match arm; the arms of a match inside the branch are (audit et)", () => {
    // clifton/tokio-chat src/main.rs (audit et-code-2), lines 27-52.
    const rust = [
      '            loop {',
      '                tokio::select! {',
      '                    result = reader.read_line(&mut line) => {',
      '                        match result {',
      '                            Ok(0..=2) => {',
      '                                let msg = format!("{:?} has left the chat\\r\\n", addr);',
      '                                print!("{}", msg);',
      '                                tx.send((addr, msg)).unwrap();',
      '                                break;',
      '                            }',
      '                            Ok(_) => {',
      '                                let msg = format!("{:?}: {}\\r\\n", addr, line.trim());',
      '                                print!("{}", msg);',
      '                                tx.send((addr, msg)).unwrap();',
      '                            }',
      '                            Err(error) => {',
      '                                print!("error: {:?}", error);',
      '                                break;',
      '                            }',
      '                        }',
      '                        line.clear();',
      '                    }',
      '                    result = rx.recv() => {',
      '                        let (other_addr, msg) = result.unwrap();',
      '                        if addr != other_addr {',
      '                            writer.write_all(msg.as_bytes()).await.unwrap();',
      '',
    ].join('\n');
    // Three arms of `match result`; not the two branches `result = reader.read_line(&mut line) =>` and `result = rx.recv() =>`.
    assert.deepEqual(notesAt(rust, 'rust', /^=>$/), ['rust-enums-match', 'rust-enums-match', 'rust-enums-match']);
  });

  it('etcd says nothing of what a document is about: a PostgreSQL HA text with Patroni and etcd is no Kubernetes text (audits ew, es)', () => {
    // percona/postgresql-docs docs/solutions/high-availability.md (audit ew-en-1), lines 1-5 (line 3 cut) and 83-86.
    const doc = [
      '# High Availability in PostgreSQL with Patroni',
      '',
      'PostgreSQL has been widely adopted as a modern, high-performance transactional database. A highly available PostgreSQL cluster can withstand failures caused by network outages, resource saturation, hardware failures, operating system crashes or unexpected rebo',
      '',
      'There are several methods to achieve high availability in PostgreSQL. This solution document provides [Patroni](#patroni) - the open-source extension to facilitate and manage the deployment of high availability in PostgreSQL.',
      '',
      '### How components work together',
      '',
      'Each PostgreSQL instance in the cluster maintains consistency with other members through streaming replication. Each instance hosts Patroni - a cluster manager that monitors the cluster health. Patroni relies on the operational etcd cluster to store the cluster configuration and sensitive data about the cluster health there.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(doc, 'markdown', /^(?:cluster|node|deployment)$/i), []);
    assert.deepEqual(notesAt(doc, 'markdown', /^etcd$/), ['etcd']);
    // In a Kubernetes text it is still the control plane's store, and the cluster words are Kubernetes'.
    const k8s = 'A Kubernetes cluster keeps its state in etcd; kube-apiserver is the only component that talks to etcd. Back up etcd before you upgrade the cluster.\n';
    assert.deepEqual(notesAt(k8s, 'markdown', /^etcd$/), ['etcd', 'etcd', 'etcd']);
    assert.deepEqual(notesAt(k8s, 'markdown', /^cluster$/), ['kubernetes-cluster']);
  });

  it('a wildcard family keeps its hyphen: Markdown\'s **data ** is no data-* (audit ew)', () => {
    // RaviChaudhari1/React 06_ContextInReact/_StateManagement.md at 1dd29b39 (audit ew-en-2), lines 11-13.
    const doc = ['## 2. Prop Drilling', '- Passing **data **manually from parent → child → grandchild (through props).  ', ''].join('\n');
    assert.deepEqual(notesAt(doc, 'markdown', /^data/), []);
    const html = ['# Custom data in HTML', '', 'Store small values in `data-*` attributes; read them as `el.dataset`. data-* attributes stay in the DOM.', ''].join('\n');
    assert.deepEqual(notesAt(html, 'markdown', /^data-\*/), ['html-data-attributes', 'html-data-attributes']);
  });
});
