import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit eg', () => {
  it('"不需要中断请求" (without interrupting requests) is no IRQ; an interrupt request is (blind audit eg, eg-zh-2)', () => {
    const nginx = [
      '##### Nginx如何做到热部署？',
      '所谓热部署，就是配置文件nginx.conf修改后，不需要stop Nginx，不需要中断请求，就能让配置文件生效！（nginx -s reload 重新加载/nginx -t检查配置/nginx -s stop）',
      '通过上文我们已经知道worker进程负责处理具体的请求，那么如果想达到热部署的效果，可以想象：',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(nginx, 'markdown', /^中断请求$/), []);
    const irq = [
      '## 硬件中断',
      '',
      '外设通过中断控制器向 CPU 发出中断请求，CPU 保存现场后跳转到中断处理程序；Linux 用 request_irq 注册处理函数。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(irq, 'markdown', /^中断请求$/), ['hardware-interrupt']);
  });

  it("Kafka's BOOTSTRAP_SERVERS_CONFIG is the bootstrap.servers setting (alias added after blind audit eg, eg-code-3)", () => {
    const config = [
      'package com.baeldung.spring.kafka;',
      '',
      'import org.apache.kafka.clients.producer.ProducerConfig;',
      '',
      '@Configuration',
      'public class KafkaProducerConfig {',
      '    @Bean',
      '    public ProducerFactory<String, String> producerFactory() {',
      '        Map<String, Object> configProps = new HashMap<String, Object>();',
      '        configProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapAddress);',
      '        return new DefaultKafkaProducerFactory<String, String>(configProps);',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(config, 'java', /^BOOTSTRAP_SERVERS_CONFIG$/), ['apache-kafka']);
  });
});
