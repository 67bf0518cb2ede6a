import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit ef', () => {
  it("cobra's RunE is no rune; a Go rune is (blind audit ef, ef-code-1)", () => {
    const cobra = [
      'package cmd',
      '',
      'import "github.com/spf13/cobra"',
      '',
      'func newHealthcheckCmd() *cobra.Command {',
      '\tcmd := &cobra.Command{',
      '\t\tUse:   "healthcheck",',
      '\t\tArgs:  cobra.NoArgs,',
      '\t\tRunE: func(cmd *cobra.Command, _ []string) error {',
      '\t\t\treturn nil',
      '\t\t},',
      '\t}',
      '\treturn cmd',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(cobra, 'go', /^rune$/i), []);
    const runes = [
      'package text',
      '',
      'func firstUpper(s string) bool {',
      '\tfor _, r := range s {',
      '\t\tvar c rune = r',
      "\t\treturn c >= 'A' && c <= 'Z'",
      '\t}',
      '\treturn false',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(runes, 'go', /^rune$/), ['go-string-rune']);
  });

  it("ninja's *_millis counters are no Arduino millis(); a sketch's millis() is (blind audit ef, ef-code-3)", () => {
    const ninja = [
      '#pragma once',
      '',
      '#include <cstdint>',
      '#include <memory>',
      '#include <string>',
      '',
      '/// Implementation of the Status interface that prints the status as',
      '/// human-readable strings to stdout',
      'struct StatusPrinter : Status {',
      '  void BuildEdgeStarted(const Edge* edge, int64_t start_time_millis) override;',
      '  void BuildEdgeFinished(Edge* edge, int64_t start_time_millis,',
      '                         int64_t end_time_millis, ExitStatus exit_code,',
      '                         const std::string& output) override;',
      '  std::string FormatProgressStatus(const char* progress_status_format,',
      '                                   int64_t time_millis) const;',
      ' private:',
      '  int64_t time_millis_ = 0;',
      '  std::unique_ptr<EvalString> status_eval_;',
      '};',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(ninja, 'cpp', /millis/i), []);
    const sketch = [
      '#include <Arduino.h>',
      '',
      'const int LED_PIN = 13;',
      'unsigned long lastToggle = 0;',
      '',
      'void setup() {',
      '  pinMode(LED_PIN, OUTPUT);',
      '  Serial.begin(9600);',
      '}',
      '',
      'void loop() {',
      '  if (millis() - lastToggle >= 500) {',
      '    lastToggle = millis();',
      '    digitalWrite(LED_PIN, !digitalRead(LED_PIN));',
      '  }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(sketch, 'cpp', /^millis$/), ['arduino-framework', 'arduino-framework']);
  });

  it("a Redis master's service variables are no torchrun MASTER_PORT nor control plane (blind audit ef, ef-en-1)", () => {
    const services = [
      '### Virtual IPs and Service Proxies',
      '',
      'Every node in a Kubernetes cluster runs a `kube-proxy`. `kube-proxy` is responsible for implementing a form of virtual IP',
      'for `Services` of type other than ExternalName. In iptables mode, kube-proxy watches the Kubernetes control plane for the',
      "addition and removal of Service and Endpoint objects and installs iptables rules which capture traffic to the Service's",
      'clusterIP and port, and redirect that traffic to one of the backend Pods. A ClusterIP Service is only reachable from',
      'within the cluster; a NodePort Service exposes the Service on each Node\'s IP at a static port.',
      '',
      '### Discovering services',
      '',
      'When a Pod is run on a Node, the kubelet adds a set of environment variables for each active Service.',
      '',
      'For example, the Service `redis-master` which exposes TCP port 6379 and has been allocated cluster IP address',
      '10.0.0.11, produces the following environment variables:',
      '',
      '```sh',
      'REDIS_MASTER_SERVICE_HOST=10.0.0.11',
      'REDIS_MASTER_SERVICE_PORT=6379',
      'REDIS_MASTER_PORT=tcp://10.0.0.11:6379',
      'REDIS_MASTER_PORT_6379_TCP=tcp://10.0.0.11:6379',
      '```',
      '',
      'kube-proxy and the control plane watch Services and Endpoints.',
      '',
    ].join('\n');
    const masters = notesAt(services, 'markdown', /^MASTER/);
    assert.ok(masters.length > 0);
    assert.ok(!masters.includes('distributed-process-group'), masters.join(', '));
    assert.ok(!masters.includes('control-plane'), masters.join(', '));
    const torchrun = [
      '# Multi-node training',
      '',
      'Set the rendezvous address before launching PyTorch DDP on each node:',
      '',
      '```sh',
      'export MASTER_ADDR=10.0.0.1',
      'export MASTER_PORT=29500',
      'torchrun --nnodes=2 --nproc_per_node=8 train.py',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(torchrun, 'markdown', /^MASTER_PORT$/), ['distributed-process-group']);
  });

  it('Flask-Babel is no JavaScript Babel; Babel in a build guide is (blind audit ef, ef-code-2)', () => {
    const flask = [
      'from flask import render_template, flash, redirect, url_for, request, g, \\',
      '    current_app',
      'from flask_login import current_user, login_required',
      'from flask_babel import _, get_locale',
      '',
      '',
      '@bp.before_app_request',
      'def before_request():',
      '    g.locale = str(get_locale())',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(flask, 'python', /babel/i), []);
    const js = [
      '# Build',
      '',
      'Babel transpiles modern JavaScript for older browsers; the presets are in `babel.config.json`.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(js, 'markdown', /^Babel$/), ['babel']);
  });

  it('setnx in lower case is the Redis lock command (alias changed after blind audit ef, ef-zh-2)', () => {
    const redis = [
      '### 应用',
      '#### 分布式锁',
      '- 先setnx。然后delete',
      '  - 如果delete没有调用，死锁',
      '     - 增加过期时间:setnx->expire 5s->delete：如果expire 5s没执行还是死锁，原因setnx,expire不是原子操作',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(redis, 'markdown', /^setnx$/), [
      'redis-distributed-lock',
      'redis-distributed-lock',
      'redis-distributed-lock',
    ]);
  });
});
