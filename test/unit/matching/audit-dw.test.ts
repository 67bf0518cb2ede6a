import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The last lines of Kiali's hack/istio/multicluster/deploy-kiali.sh (blind audit dw, dw-code-4), cut to the helm values and the
// kubectl calls after the helm deploy.
const kiali = [
  '#!/bin/bash',
  '',
  'deploy_kiali() {',
  '  local helm_args=()',
  '  if [ -n "${KIALI_PROMETHEUS_ADDRESS}" ]; then',
  '    helm_args+=(',
  '          --set external_services.prometheus.url="http://${KIALI_PROMETHEUS_ADDRESS}:9090"',
  '        )',
  '  fi',
  '  helm_args+=(',
  '        --set external_services.tracing.external_url="http://tracing.istio-system/jaeger"',
  '      )',
  '',
  '  helm upgrade --install \\',
  '    "${helm_args[@]}" \\',
  '    --namespace "${ISTIO_NAMESPACE}" \\',
  '    --set deployment.ingress.enabled="${ingress_enabled}" \\',
  '    --set deployment.service_type="${service_type}" \\',
  '    kiali-server \\',
  '    "${KIALI_SERVER_HELM_CHARTS}"',
  '',
  "  # Helm chart doesn't support passing in service opts so patch them after the helm deploy.",
  '  kubectl patch service kiali -n "${ISTIO_NAMESPACE}" --type=json -p=\'[{"op": "replace", "path": "/spec/ports/0/port", "value":80}]\'',
  "  kubectl wait --for=jsonpath='{.status.loadBalancer.ingress}' -n istio-system service/kiali",
  '',
  '  if [ "${KIALI_AUTH_STRATEGY}" == "openid" ]; then',
  '    TOKEN_KEY=$(curl -k -X POST https://"${KEYCLOAK_ADDRESS}"/realms/master/protocol/openid-connect/token \\',
  '                -d grant_type=password \\',
  '                -d client_id=admin-cli \\',
  "                -d response_type=id_token | jq -r '.access_token')",
  '    local KIALI_SVC_LB_IP',
  "    KIALI_SVC_LB_IP=$(kubectl get svc kiali -o=jsonpath='{.status.loadBalancer.ingress[0].ip}' -n istio-system)",
  '  fi',
  '}',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit dw', () => {
  it("Kiali's external_services are no Kubernetes Services; the patched Service is (blind audit dw, dw-code-4)", () => {
    assert.deepEqual(notesAt(kiali, 'shellscript', /^services$/i), []);
    // "passing in service opts", `kubectl patch service kiali` and `service/kiali`.
    assert.deepEqual(notesAt(kiali, 'shellscript', /^service$/), ['kubernetes-service', 'kubernetes-service', 'kubernetes-service']);
  });

  it("a Service's status.loadBalancer.ingress is no Ingress; Kiali's deployment.ingress is (blind audit dw, dw-code-4)", () => {
    // The two matches left are `deployment.ingress` and the `ingress` of `${ingress_enabled}`.
    assert.deepEqual(notesAt(kiali, 'shellscript', /^ingress$/), ['ingress', 'ingress']);
    const lines = kiali.split('\n');
    const statusOnly = lines.filter((l) => !l.includes('ingress_enabled')).join('\n');
    assert.deepEqual(notesAt(statusOnly, 'shellscript', /^ingress$/), []);
  });

  it("Keycloak's master realm is no control plane; a cluster's master is (blind audit dw, dw-code-4)", () => {
    assert.deepEqual(notesAt(kiali, 'shellscript', /^master$/), []);
    const k8s = [
      '# Upgrading the control plane',
      '',
      'Drain the master first: the master runs kube-apiserver, etcd, the scheduler and the controller manager, and',
      'kubelet on every node talks to it. Upgrade it with `kubeadm upgrade apply`, then the worker nodes with',
      '`kubectl drain` and `kubeadm upgrade node`.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(k8s, 'markdown', /^master$/), ['control-plane', 'control-plane']);
  });

  it('旋转 of a disk\'s 旋转延迟 is no tree rotation; 旋转 of an AVL tree is (blind audit dw, dw-zh-1)', () => {
    const btree = [
      '# B树',
      '',
      'B树的出现是为了弥合不同的存储级别之间的访问速度上的巨大差异。平衡二叉树的查找效率是非常高的，并可以通过降低树的深度来提高查找的效率。',
      '',
      '## 磁盘IO与预读',
      '',
      '外存储器即为磁盘读取，磁盘读取数据靠的是机械运动，每次读取数据花费的时间可以分为寻道时间、旋转延迟、传输时间三个部分；旋转延迟就是我们经常听说的磁盘转速。',
      '',
      '叶子节点、根节点、父节点和子节点都在同一棵树里。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(btree, 'markdown', /旋转/), []);
    const avl = [
      '# AVL 树',
      '',
      'AVL 树是平衡二叉树：每个节点左右子树的高度差不超过 1。插入或删除后若失衡，就通过左旋、右旋等旋转恢复平衡，',
      '旋转只改几个指针，中序遍历的顺序不变。',
      '',
    ].join('\n');
    assert.ok(notesAt(avl, 'markdown', /^旋转$/).includes('avl-tree'));
  });

  it("a package named binder is no Android Binder; an Android service's Binder is (blind audit dw, dw-code-1)", () => {
    const micrometer = [
      'package io.micrometer.core.instrument.binder.mongodb;',
      '',
      'import com.mongodb.client.MongoClient;',
      'import io.micrometer.core.instrument.MeterRegistry;',
      '',
      'import java.util.Map;',
      'import java.util.concurrent.ConcurrentHashMap;',
      'import java.util.concurrent.atomic.AtomicInteger;',
      '',
      'public class MongoMetricsConnectionPoolListener implements ConnectionPoolListener {',
      '',
      '    private final Map<ServerId, AtomicInteger> poolSizes = new ConcurrentHashMap<>();',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(micrometer, 'java', /binder/i), []);
    const android = [
      'package com.example.music;',
      '',
      'import android.app.Service;',
      'import android.content.Intent;',
      'import android.os.IBinder;',
      '',
      'public class PlayerService extends Service {',
      '    private final IBinder binder = new LocalBinder();',
      '',
      '    public class LocalBinder extends Binder {',
      '        PlayerService getService() { return PlayerService.this; }',
      '    }',
      '',
      '    @Override',
      '    public IBinder onBind(Intent intent) {',
      '        return binder;',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.ok(notesAt(android, 'java', /^Binder$/).includes('android-binder-aidl'));
  });

  it("Flutter's TextOverflow.ellipsis is no CSS text-overflow; CSS's is (blind audit dw, dw-code-3)", () => {
    // The file's own constants import (`breakpoints.dart`) is what made it a front-end document.
    const flutter = [
      "import 'package:flutter/material.dart';",
      "import 'package:starter_architecture_flutter_firebase/src/constants/breakpoints.dart';",
      '',
      '  Widget _buildDuration() {',
      '    final durationInHours = end.difference(start).inMinutes.toDouble() / 60.0;',
      '    final durationFormatted = Format.hours(durationInHours);',
      '    return Row(',
      '      mainAxisAlignment: MainAxisAlignment.end,',
      '      children: <Widget>[',
      '        Text(',
      "          'Duration: $durationFormatted',",
      '          style: const TextStyle(fontSize: 18.0, fontWeight: FontWeight.w500),',
      '          maxLines: 1,',
      '          overflow: TextOverflow.ellipsis,',
      '        ),',
      '      ],',
      '    );',
      '  }',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(flutter, 'dart', /^TextOverflow$/), []);
    const css = ['.card-title {', '  white-space: nowrap;', '  overflow: hidden;', '  text-overflow: ellipsis;', '}', ''].join('\n');
    assert.ok(notesAt(css, 'css', /text-overflow/).includes('css-overflow'));
  });

  it("an AI agent's chat checkpoint is no database checkpoint; PostgreSQL's is (blind audit dw, dw-code-2)", () => {
    const app = [
      "const session = require('express-session');",
      "const { MongoStore } = require('connect-mongo');",
      "const mongoose = require('mongoose');",
      '',
      '/**',
      ' * Connect to MongoDB.',
      ' */',
      'mongoose.connect(process.env.MONGODB_URI);',
      "mongoose.connection.on('error', (err) => {",
      '  console.error(err);',
      "  console.log('MongoDB connection error. Please make sure MongoDB is running.');",
      '  process.exit(1);',
      '});',
      "mongoose.connection.once('open', () => {",
      '  // Clean up orphaned temp AI agent sessions (Express sessions expired but chat checkpoint data remains)',
      '  aiAgentController.cleanupOrphanedTempSessions();',
      '});',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(app, 'javascript', /^checkpoint$/), []);
    const postgres = [
      '# Checkpoints in PostgreSQL',
      '',
      'A checkpoint flushes every dirty page in shared buffers to the data files and writes a checkpoint record to the WAL;',
      'crash recovery replays the WAL from the last checkpoint. `checkpoint_timeout` and `max_wal_size` decide how often it runs.',
      '',
    ].join('\n');
    assert.ok(notesAt(postgres, 'markdown', /^checkpoint$/).includes('database-checkpoint'));
  });

  it('incrementAndGet is an atomic class method (alias added after blind audit dw, dw-code-1)', () => {
    const listener = [
      'import java.util.concurrent.ConcurrentHashMap;',
      'import java.util.concurrent.atomic.AtomicInteger;',
      '',
      'public class PoolListener {',
      '    private final Map<ServerId, AtomicInteger> poolSizes = new ConcurrentHashMap<>();',
      '',
      '    public void connectionCreated(ConnectionCreatedEvent event) {',
      '        AtomicInteger poolSize = poolSizes.get(event.getConnectionId().getServerId());',
      '        if (poolSize != null) {',
      '            poolSize.incrementAndGet();',
      '        }',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(listener, 'java', /^incrementAndGet$/), ['java-atomic-classes']);
  });
});
