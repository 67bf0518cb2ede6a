import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit cs', () => {
  it("a probe's initial delay (初始延迟) is no latency; network latency (延迟) is (blind audit cs, cs-zh-1)", () => {
    const probes = [
      '+ **Pod生命周期中的重要行为**:',
      '    初始化容器',
      '    容器探测:',
      '      liveness主容器是否处于运行状态',
      '      readiness容器中的主进程是否已经准备就绪，并可以对外提供服务',
      '**livenessProbe**：指示容器是否正在运行。如果存活探测失败，则 kubelet 会杀死容器。如果容器不提供存活探针，则默认状态为 Success。',
      '**readinessProbe**：指示容器是否准备好服务请求。如果就绪探测失败，端点控制器将从与 Pod 匹配的所有 Service 的端点中删除该 Pod 的 IP 地址。初始延迟之前的就绪状态默认为 Failure。如果容器不提供就绪探针，则默认状态为 Success。',
      '**TCPSocketAction**：对指定端口上的容器的 IP 地址进行 TCP 检查。如果端口打开，则诊断被认为是成功的。',
      '**HTTPGetAction**：对指定的端口和路径上的容器的 IP 地址执行 HTTP Get 请求。如果响应的状态码大于等于200 且小于 400，则诊断被认为是成功的。',
      '如果容器中的进程能够在遇到问题或不健康的情况下自行崩溃，则不一定需要存活探针; kubelet 将根据 Pod 的restartPolicy 自动执行正确的操作。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(probes, 'markdown', /延迟/), []);
    const latency = [
      '# Linux 网络性能调优',
      '',
      '用 ping 和 ss 观察 TCP 连接的延迟，用 iperf3 测吞吐量；进程被调度出 CPU 时，请求的延迟会升高。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(latency, 'markdown', /^延迟$/), ['latency-throughput', 'latency-throughput']);
  });

  it("Room's @Insert in a DAO is explained by android-room; MyBatis's @Insert is not (blind audit cs, cs-code-2)", () => {
    const dao = [
      'package com.snow.diary.core.database.dao',
      '',
      'import androidx.room.Dao',
      'import androidx.room.Insert',
      'import androidx.room.Query',
      'import kotlinx.coroutines.flow.Flow',
      '',
      '@Dao',
      'interface DreamDao {',
      '',
      '    @Insert',
      '    fun insert(vararg entity: DreamEntity): List<Long>',
      '',
      '    @Query("SELECT * FROM dream")',
      '    fun getAll(): Flow<List<DreamEntity>>',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(dao, 'kotlin', /^@Insert$/), ['android-room']);
    const mybatis = [
      'package com.example.mapper;',
      '',
      'import org.apache.ibatis.annotations.Insert;',
      'import org.apache.ibatis.annotations.Mapper;',
      '',
      '@Mapper',
      'public interface UserMapper {',
      '    @Insert("INSERT INTO users(name, email) VALUES(#{name}, #{email})")',
      '    int insert(User user);',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(mybatis, 'java', /^@Insert$/), []);
  });
});
