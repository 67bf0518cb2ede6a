import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit ca', () => {
  it('a Java method addUserToList is no Linux adduser; the adduser command is (blind audit ca, ca-code-2)', () => {
    // As in the audited UserService: a list of users kept by a plain Java service.
    const java = [
      'public class UserService {',
      '    private List<User> userList = new ArrayList<>();',
      '',
      '    public void addUserToList(User user){',
      '        userList.add(user);',
      '        log.info("User: {} is added to list", user.getName());',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(java, 'java', /^adduser$/i), []);
    const sh = ['#!/bin/sh', 'adduser --disabled-password --gecos "" deploy', 'usermod -aG docker deploy', ''].join('\n');
    assert.deepEqual(notesAt(sh, 'shellscript', /^(adduser|usermod)$/), ['linux-users-and-groups', 'linux-users-and-groups']);
  });

  it("a Rust map's entry() is no Java Map.Entry; Map.Entry in Java is (blind audit ca, ca-code-3)", () => {
    // As in the audited fixed-map storage module: doc-comment examples of the map's entry API.
    const rust = [
      '    /// #[derive(Clone, Copy, Key, Debug, PartialEq)]',
      '    /// enum MyKey {',
      '    ///     First,',
      '    ///     Second,',
      '    /// }',
      '    ///',
      '    /// let mut map: Map<MyKey, i32> = Map::new();',
      '    /// map.insert(MyKey::First, 1);',
      '    /// let occupied = match map.entry(MyKey::First) {',
      '    ///     Entry::Occupied(entry) => entry,',
      '    ///     _ => unreachable!(),',
      '    /// };',
      '    fn key(&self) -> K;',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(rust, 'rust', /^map\.entry$/i), []);
    const java = [
      'for (Map.Entry<String, Integer> e : counts.entrySet()) {',
      '    System.out.println(e.getKey() + "=" + e.getValue());',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(java, 'java', /^Map\.Entry$/), ['java-map-entry']);
  });

  it('节点反亲和性 (node affinity with NotIn) is no Pod anti-affinity; Pod 的反亲和性 is (blind audit ca, ca-zh-1)', () => {
    // As in the audited scheduling notes: the operators of nodeAffinity's matchExpressions.
    const md = [
      '# 节点亲缘性',
      '',
      'nodeAffinity 的 requiredDuringSchedulingIgnoredDuringExecution：调度时必须满足某个规则。',
      '',
      'operator：',
      '- In',
      '- Exists',
      '- NotIn 节点反亲和性',
      '- DoesExist 节点反亲和性',
      '',
      'nodeSelectorTerms 字段可以有多个 matchExpressions 字段，只要满足一个就可以被调度到该节点上。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^反亲和性$/), []);
    const pods = [
      '# Pod 调度',
      '',
      'kube-scheduler 把 Pod 调度到节点上。使用反亲和性可以让同一个 Deployment 的副本分散到不同节点，topologyKey 指定拓扑域。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(pods, 'markdown', /^反亲和性$/), ['pod-affinity']);
  });

  it("HTTP/2's RST_STREAM frame is no TCP RST; a TCP RST is (blind audit ca, ca-zh-2)", () => {
    // As in the audited HTTP notes: server push refused with an HTTP/2 frame.
    const md = [
      '### HTTP/2',
      '',
      'HTTP/2中同域名下所有通信都在同一个TCP连接上完成，整个页面资源下载只需一次慢启动，避免多个TCP连接竞争带宽。',
      '',
      '+ 客户端有权利选择是否接收：比如资源已经被缓存，浏览器可发送RST_STREAM帧来拒收。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^RST$/), []);
    const tcp = [
      '### TCP 连接',
      '',
      'TCP 三次握手建立连接；向没有监听的端口发 SYN，对端内核回一个 RST，客户端得到 connection refused。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(tcp, 'markdown', /^RST$/), ['tcp-rst']);
  });
});
