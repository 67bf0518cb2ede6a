import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// ReactiveX/RxSwift RxExample/RxExample/Examples/TableViewWithEditingCommands/TableViewWithEditingCommandsViewController.swift
// of blind audit fc (fc-code-2), lines 9-11, 54-60, 77-80 and 111 of the excerpt (short quotes).
const rxSwiftController = [
  'import UIKit',
  'import RxSwift',
  'import RxCocoa',
  '',
  'class TableViewWithEditingCommandsViewController: ViewController, UITableViewDelegate {',
  '    @IBOutlet weak var tableView: UITableView!',
  '    override func viewDidLoad() {',
  '        super.viewDidLoad()',
  '        let loadFavoriteUsers = RandomUserAPI.sharedAPI',
  '            .getExampleUserResultSet()',
  '            .map(TableViewEditingCommand.setUsers)',
  '        let uiFeedback: Feedback = bind(self) { this, state in',
  '            return Bindings(subscriptions: subscriptions, events: events)',
  '        }',
  '    }',
  '}',
  '',
].join('\n');

// goharbor/harbor-helm templates/core/core-dpl.yaml of blind audit fc (fc-code-3), lines 1-2, 65-66, 81-100, 128-136
// and 191-193.
const harborCoreDeployment = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'spec:',
  '  template:',
  '    spec:',
  '      containers:',
  '      - name: core',
  '        livenessProbe:',
  '          httpGet:',
  '            path: /api/v2.0/ping',
  '            scheme: {{ include "harbor.component.scheme" . | upper }}',
  '            port: {{ template "harbor.core.containerPort" . }}',
  '          timeoutSeconds: {{ .Values.core.livenessProbe.timeoutSeconds }}',
  '        readinessProbe:',
  '          httpGet:',
  '            path: /api/v2.0/ping',
  '            scheme: {{ include "harbor.component.scheme" . | upper }}',
  '            port: {{ template "harbor.core.containerPort" . }}',
  '          timeoutSeconds: {{ .Values.core.readinessProbe.timeoutSeconds }}',
  '        env:',
  '          {{- if .Values.internalTLS.enabled }}',
  '          - name: INTERNAL_TLS_ENABLED',
  '            value: "true"',
  '          - name: INTERNAL_TLS_KEY_PATH',
  '            value: /etc/harbor/ssl/core/tls.key',
  '          - name: INTERNAL_TLS_CERT_PATH',
  '            value: /etc/harbor/ssl/core/tls.crt',
  '          - name: INTERNAL_TLS_TRUST_CA_PATH',
  '            value: /etc/harbor/ssl/core/ca.crt',
  '          {{- end }}',
  '        volumeMounts:',
  '        - name: psc',
  '          mountPath: /etc/core/token',
  '        {{- if .Values.caBundleSecretName }}',
  '{{ include "harbor.caBundleVolumeMount" . | indent 8 }}',
  '        {{- end }}',
  '',
].join('\n');

// mafintosh/tar-stream extract.js of blind audit fc (fc-code-4), lines 1 and 64-77.
const tarStreamExtract = [
  "const { Writable, Readable, getStreamError } = require('streamx')",
  '',
  'class Source extends Readable {',
  '  constructor (self, header, offset) {',
  '    super()',
  '    this.header = header',
  '  }',
  '',
  '  _read (cb) {',
  '    if (this.header.size === 0) {',
  '      this.push(null)',
  '    }',
  '    cb(null)',
  '  }',
  '}',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit fc', () => {
  it('a Swift method named getExampleUserResultSet is no JDBC ResultSet; a Java ResultSet is (blind audit fc, fc-code-2)', () => {
    assert.deepEqual(notesAt(rxSwiftController, 'swift', /^ResultSet$/), []);
    const java = [
      'import java.sql.*;',
      '',
      'class Users {',
      '  void list(Connection conn) throws SQLException {',
      '    try (PreparedStatement ps = conn.prepareStatement("SELECT name FROM users");',
      '         ResultSet rs = ps.executeQuery()) {',
      '      while (rs.next()) System.out.println(rs.getString("name"));',
      '    }',
      '  }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(java, 'java', /^ResultSet$/), ['jdbc']);
  });

  it("RxFeedback's Bindings(...) is no SwiftUI Binding; a Binding<Bool> in a SwiftUI view is (blind audit fc, fc-code-2)", () => {
    assert.deepEqual(notesAt(rxSwiftController, 'swift', /^Bindings$/), []);
    const swiftUI = [
      'import SwiftUI',
      '',
      'struct ToggleRow: View {',
      '    let isOn: Binding<Bool>',
      '    var body: some View { Toggle("Wi-Fi", isOn: isOn) }',
      '}',
      '',
    ].join('\n');
    assert.ok(notesAt(swiftUI, 'swift', /^Binding$/).includes('swiftui'));
  });

  it("Harbor's /api/v2.0/ping health path is no ICMP ping; ping in a network shell script is (blind audit fc, fc-code-3)", () => {
    assert.deepEqual(notesAt(harborCoreDeployment, 'yaml', /^ping$/), []);
    const net = [
      '#!/bin/sh',
      '# Check the route and the gateway: ICMP echo with ping, then traceroute and the routing table.',
      'ping -c 3 10.0.0.1',
      'traceroute 10.0.0.1',
      'ip route show',
      'ip addr show eth0',
      'netstat -rn',
      '',
    ].join('\n');
    assert.ok(notesAt(net, 'shellscript', /^ping$/).includes('icmp-ping'));
  });

  it("Harbor's caBundleSecretName is no webhook caBundle; a webhook's clientConfig caBundle is (blind audit fc, fc-code-3)", () => {
    assert.deepEqual(notesAt(harborCoreDeployment, 'yaml', /^caBundle$/), []);
    const webhook = [
      'apiVersion: admissionregistration.k8s.io/v1',
      'kind: ValidatingWebhookConfiguration',
      'metadata:',
      '  name: pod-policy',
      'webhooks:',
      '- name: pod-policy.example.com',
      '  clientConfig:',
      '    service:',
      '      name: pod-policy',
      '      namespace: default',
      '    caBundle: LS0tLS1CRUdJTi...',
      '',
    ].join('\n');
    assert.ok(notesAt(webhook, 'yaml', /^caBundle$/).includes('webhook-ca-bundle'));
  });

  it("a Readable stream's this.push(null) is no Array push; items.push(item) is (blind audit fc, fc-code-4)", () => {
    assert.deepEqual(notesAt(tarStreamExtract, 'javascript', /^push$/), []);
    const arr = ['const items = []', 'for (const line of lines) {', '  items.push(line.trim())', '}', ''].join('\n');
    assert.ok(notesAt(arr, 'javascript', /^push$/).some((ids) => ids.split('|').includes('js-array-methods')));
  });
});
