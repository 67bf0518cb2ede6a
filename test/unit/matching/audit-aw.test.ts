import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit aw', () => {
  it("Orbit MVI's intent { } builder is no Android Intent; the Intent class is (blind audit aw, aw-code-3)", () => {
    // As in the audited Hilt ViewModel: Orbit's container host, whose actions are written intent { reduce { … } }.
    const orbit = [
      'import dagger.hilt.android.lifecycle.HiltViewModel',
      'import org.orbitmvi.orbit.ContainerHost',
      'import org.orbitmvi.orbit.syntax.simple.intent',
      'import org.orbitmvi.orbit.syntax.simple.reduce',
      '',
      '@HiltViewModel',
      'class AuthViewModel @Inject constructor() : ContainerHost<AuthUiState, AuthSideEffect>, BaseViewModel() {',
      '    fun updateIsLoading(isLoading: Boolean): Job = intent {',
      '        reduce { state.copy(isLoading = isLoading) }',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(orbit, 'kotlin', /^intent$/), []);
    const activity = [
      'class MainActivity : AppCompatActivity() {',
      '    fun openDetail(id: Long) {',
      '        startActivity(Intent(this, DetailActivity::class.java).putExtra("id", id))',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(activity, 'kotlin', /^Intent$/), ['android-intent']);
  });

  it("gcloud's container command group and a deployment script are no Kubernetes container or Deployment (blind audit aw, aw-code-4)", () => {
    // As in the audited GKE script: the echo lines that print the gcloud get-credentials commands.
    const sh = [
      '#!/bin/bash',
      '# GKE Multi-Region Deployment Script',
      'set -e',
      'terraform apply tfplan',
      'echo "Configure kubectl for both clusters..."',
      'echo "gcloud container clusters get-credentials $CLUSTER_ASIA --region $REGION_ASIA --project $PROJECT_ID"',
      'echo "Deployment script completed!"',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(sh, 'shellscript', /^container$/), []);
    assert.deepEqual(notesAt(sh, 'shellscript', /^Deployment$/), []);
    const md = [
      '# Rolling out with kubectl',
      '',
      'A Deployment manages a ReplicaSet, which keeps the Pods running; each Pod runs one container or more.',
      'Run `kubectl rollout status` to follow the rollout of the Deployment.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^Deployment$/), ['deployment', 'deployment']);
    assert.deepEqual(notesAt(md, 'markdown', /^container$/), ['kubernetes-container']);
  });

  it('"Event-Driven" in an operator guide is no Kubernetes Event object; an Event the kubelet records is (blind audit aw, aw-en-1)', () => {
    const md = [
      '## The Reconcile Function',
      '',
      'A controller watches Pods and Deployments through the kube-apiserver and reconciles them.',
      '',
      '1. **Event-Driven**: Not a polling loop - triggered by events',
      '2. **Idempotent**: Can be called multiple times safely',
      '',
      'When the image pull fails, the kubelet records an Event on the Pod; `kubectl describe pod` shows it.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^Event$/), ['kubernetes-events']);
  });

  it("an interrupt controller's priority encoder is no quadrature encoder; a motor's encoder is (blind audit aw, aw-en-4)", () => {
    const md = [
      '# Interrupt Handling in RTOS',
      '',
      'The UART ISR signals a FreeRTOS task; GPIO and timer interrupts reach the NVIC.',
      '',
      '```',
      '│                    Interrupt Controller                     │',
      '│  │           Priority Encoder                          │   │',
      '```',
      '',
      'The motor task reads the encoder count from the timer in its ISR every 10 ms.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^encoder$/i), ['quadrature-encoder']);
  });
});
