import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit cq', () => {
  it("a GCE Persistent Disk's PD is no TiDB Placement Driver; PD beside TiKV is (blind audit cq, cq-en-1)", () => {
    // The audited Kubernetes storage article: a databases document too, through its MongoDB example.
    const k8s = [
      '## `PersistentVolumes`',
      '',
      "Let's revisit the MongoDB example, but unlike before, you won't reference the GCE Persistent Disk in the pod directly.",
      '',
      '```bash',
      '❯ kubectl exec -ti mongodb-pvc -c mongodb mongo',
      '> use mystore',
      '> db.foo.find()',
      '{ "_id" : ObjectId("5f22bbc71a0f84f250d9a4ea"), "name" : "foo" }',
      '```',
      '',
      '1. Delete the `PersistentVolume`. The associated storage asset in external infrastructure (such as an AWS EBS,',
      '   GCE PD, Azure Disk, or Cinder volume) still exists after the PV is deleted.',
      '',
      'The `StorageClass` uses the Google Compute Engine (GCE) Persistent Disk (PD) provisioner, which means it can be',
      'used when Kubernetes is running in GCE. MongoDB keeps its data on that volume.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(k8s, 'markdown', /^PD$/), []);
    const tidb = [
      '## TiDB architecture',
      '',
      'TiDB servers are stateless SQL nodes; TiKV stores the data in Regions, and PD (the Placement Driver)',
      'keeps the cluster metadata and schedules Regions across the TiKV stores of the database.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(tidb, 'markdown', /^PD$/), ['tidb']);
  });

  it("a Zustand store's middleware is no Express middleware; an Express app's is (blind audit cq, cq-en-2)", () => {
    const react = [
      '### State Management - ReactJS',
      '',
      'There are different approaches - Redux, Context API, Zustand',
      '',
      '- **React.createContext()** → Creates a context object.',
      '- **useContext()** → Allows components to access the state.',
      '- Memoization with useMemo or useCallback',
      '',
      '### **3. Zustand**',
      'Zustand is a lightweight and fast state management library with a much simpler API compared to Redux.',
      '',
      '✔️ Supports **actions**, **selectors**, and **middleware** like Redux.',
      '✔️ Only re-renders the component that uses the state.',
      '',
      '```jsx',
      'import { create } from "zustand";',
      'import { useState, useEffect } from "react";',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(react, 'markdown', /^middleware$/i), []);
    const express = [
      '# Serving static files in Express',
      '',
      'Express is a web framework for Node.js. `app.use(express.static("public"))` mounts the static',
      'middleware: each request passes through the middleware stack in order, and `next()` hands it on.',
      'Set the Content-Type header and the HTTP status code in the route handler.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(express, 'markdown', /^middleware$/i), ['express-middleware', 'express-middleware']);
  });

  it('REINFORCE, the algorithm, is a policy gradient; the verb "reinforce" is not (blind audit cq, cq-zh-2)', () => {
    const ppo = [
      '# 第5章：近端策略优化 (Proximal Policy Optimization, PPO)',
      '',
      '**前置知识**：策略梯度定理（第2章）、REINFORCE（第3章）',
      '',
      '## 1. REINFORCE和TRPO的问题',
      '',
      '回忆第3章，REINFORCE的更新规则是：用回报乘以 ∇log π 做梯度上升。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(ppo, 'markdown', /^REINFORCE$/), ['policy-gradient', 'policy-gradient', 'policy-gradient']);
    const prose = 'In reinforcement learning, rewards reinforce the actions that led to them; a policy gradient step does so directly.\n';
    assert.deepEqual(notesAt(prose, 'markdown', /^reinforce$/i), []);
  });
});
