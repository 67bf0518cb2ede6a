import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit ce', () => {
  it('deployment listed with scaling is the act of deploying, no Deployment object; a Deployment is (blind audit ce, ce-en-1)', () => {
    // The Kubernetes operator tutorial of blind audit ce (ce-en-1), cut to the lines that make it a Kubernetes document.
    const operator = [
      '# Building a Kubernetes Operator | A Practical Guide',
      '',
      'Kubernetes, also known as K8s, is an open source system for automating deployment, scaling, and management of',
      'containerized applications. It is Designed on the same principles that allow Google to run billions of containers a week.',
      '',
      'Despite its remarkable capabilities, Kubernetes is fundamentally a container orchestration technology. While it',
      "greatly simplifies deployment and scaling, it doesn't address all challenges that software engineers encounter.",
      '',
      "> A Kubernetes Operator is a method of automating the management of complex applications on Kubernetes. It extends",
      "> Kubernetes' capabilities by using custom resources and controllers to manage the lifecycle of an application,",
      '> automating tasks such as deployment, scaling, and updates.',
      '',
      'To understand CRDs you need to first know what a resource is. Pods, Services, ConfigMaps etc are all resources.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(operator, 'markdown', /^deployment$/i), []);
    const controller = [
      '# Kubernetes controllers',
      '',
      'A controller compares the actual state of the cluster with the desired state. For example, a Deployment controller',
      'might create or terminate Pods to match the specified replica count of the Deployment.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(controller, 'markdown', /^deployment$/i), ['deployment', 'deployment']);
  });

  it("a NetworkPolicy's ingress direction is no Ingress resource; an Ingress is (blind audit ce, ce-code-3)", () => {
    // The Helm values of blind audit ce (ce-code-3), cut to the network policy defaults.
    const values = [
      '# -- Global configuration for Network Policies across the entire namespace.',
      'networkPolicy:',
      '  # -- Enable or disable the creation of NetworkPolicies.',
      '  enabled: true',
      '',
      '  # Base policies applied to the entire namespace (podSelector: {})',
      '  defaults:',
      '    # -- Enable default deny-all (Ingress/Egress) for the namespace.',
      '    isolateNamespace: true',
      '    # -- Allow DNS (UDP/TCP 53) to the kube-system namespace.',
      '    allowDNS: true',
      '    # -- Allow ingress traffic from a specific ingress controller.',
      '    ingressController:',
      '      enabled: true',
      '',
      '  # -- Additional global ingress rules applied to the entire namespace.',
      '  globalRules:',
      '    egress: []',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(values, 'yaml', /^ingress$/i), []);
    assert.deepEqual(notesAt(values, 'yaml', /^ingress controller$/i), ['ingress']);
    const app = [
      '# -- Map of application workloads rendered as Deployments/Services/Ingresses.',
      'apps:',
      '  whoami:',
      '    replicas: 2',
      '    # -- Expose the app through an Ingress.',
      '    ingress:',
      '      enabled: true',
      '      className: nginx',
      '      hosts:',
      '        - host: whoami.local',
      '          paths:',
      '            - path: /',
      '              pathType: Prefix',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(app, 'yaml', /^ingress$/i), ['ingress', 'ingress']);
  });

  it("an External Secrets SecretStore is no Kubernetes Secret; a secretRef is (blind audit ce, ce-code-3)", () => {
    const values = [
      '# -- Global configuration shared by helper subcharts (e.g., External Secrets Manager).',
      'globals:',
      '  # External Secrets Manager configuration that are redeclared as we use library chart',
      '  secretStoreRefKind: ClusterSecretStore',
      '  secretStoreRefName: aws-ssm-parameter-store-default',
      '  refreshInterval: 24h',
      '',
      'apps:',
      '  whoami:',
      '    replicas: 2',
      '    envFrom:',
      '      - secretRef:',
      '          name: uptime-kuma-env',
      '    securityContext:',
      '      runAsNonRoot: true',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(values, 'yaml', /secret/i), ['kubernetes-secret']);
  });

  it("a Hilt qualifier @LocalRepository is no ArkTS @Local; an ArkTS @Local is (blind audit ce, ce-code-2)", () => {
    // The Android ViewModel of blind audit ce (ce-code-2), cut to its constructor.
    const viewModel = [
      'package dev.shreyaspatil.noty.view.viewmodel',
      '',
      'import androidx.lifecycle.viewModelScope',
      'import dagger.hilt.android.lifecycle.HiltViewModel',
      'import dev.shreyaspatil.noty.di.LocalRepository',
      'import kotlinx.coroutines.flow.StateFlow',
      'import kotlinx.coroutines.launch',
      'import javax.inject.Inject',
      '',
      '@HiltViewModel',
      'class NotesViewModel',
      '    @Inject',
      '    constructor(',
      '        @LocalRepository private val notyNoteRepository: NotyNoteRepository,',
      '        private val sessionManager: SessionManager,',
      '    ) : BaseViewModel<NotesState>() {',
      '        fun logout() {',
      '            viewModelScope.launch { notyNoteRepository.deleteAllNotes() }',
      '        }',
      '    }',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(viewModel, 'kotlin', /^@Local$/), []);
    const arkts = [
      '@Entry',
      '@ComponentV2',
      'struct Counter {',
      '  @Local count: number = 0;',
      '  @Param title: string = "";',
      '',
      '  build() {',
      '    Column() {',
      '      Text(`${this.title}: ${this.count}`)',
      '      Button("+1").onClick(() => { this.count++ })',
      '    }',
      '  }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(arkts, 'typescript', /^@Local$/), ['arkts-state-management']);
  });

  it('时钟周期中断 is the timer tick, no CPU clock cycle; a pipeline clock cycle is (blind audit ce, ce-zh-2)', () => {
    // The CFS article of blind audit ce (ce-zh-2), cut to its section on the scheduler's steps.
    const cfs = [
      '## 过程',
      '#### 创建新进程',
      '创建新进程时, 需要设置新进程的vruntime值以及将新进程加入红黑树中. 并判断是否需要抢占当前进程',
      '',
      '#### 进程的调度',
      '进程调度时, 需要把当前进程加入红黑树中, 还要从红黑树中挑选出下一个要运行的进程.',
      '',
      '#### 时钟周期中断',
      '在时钟中断周期函数中, 需要更新当前运行进程的vruntime值, 并判断是否需要抢占当前进程',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(cfs, 'markdown', /^时钟周期$/), []);
    const pipeline = [
      '# 指令流水线',
      '',
      'CPU 把每条指令拆成取指、译码、执行、访存、写回五个阶段，让多条指令在不同阶段重叠执行，',
      '理想情况下每个时钟周期完成一条指令；分支预测失败会清空流水线。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(pipeline, 'markdown', /^时钟周期$/), ['instruction-pipeline']);
  });
});
