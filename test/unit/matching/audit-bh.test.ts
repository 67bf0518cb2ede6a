import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit bh', () => {
  it("a TypeScript index signature's [key: string] is no React key prop; a list item's key is (blind audit bh, bh-code-2)", () => {
    // As in the audited React Native calendar screen: the dates map typed with an index signature.
    const tsx = [
      "import React, { useState } from 'react';",
      "import { FlatList, Text } from 'react-native';",
      '',
      'interface MarkedDates {',
      '    [key: string]: { marked?: boolean; dots?: { color: string }[] };',
      '}',
      '',
      'export const Posts = ({ posts }: { posts: { id: number; title: string }[] }) => {',
      '    const [markedDates, setMarkedDates] = useState<MarkedDates>({});',
      '    return <FlatList data={posts} renderItem={({ item }) => <Text key={item.id}>{item.title}</Text>} />;',
      '};',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(tsx, 'typescriptreact', /^key$/), ['react-key-prop']);
  });

  it("Helm's .Release.Service and Datadog's service tag are no Kubernetes Service; the chart's service values are (blind audit bh, bh-code-4)", () => {
    // As in the audited chart's templates/deployment.yaml: the heritage label and Datadog unified service tagging.
    const yaml = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: {{ include "webapp.name" . }}',
      '  labels:',
      '    heritage: {{ .Release.Service }}',
      '    {{- if .Values.metadata.labels.datadog.service }}',
      '    tags.datadoghq.com/service: {{ .Values.metadata.labels.datadog.service }}',
      '    {{- end }}',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: web',
      '          env:',
      '            - name: DD_SERVICE',
      '              valueFrom:',
      '                fieldRef:',
      "                  fieldPath: metadata.labels['tags.datadoghq.com/service']",
      '          ports:',
      '            - name: http',
      '              containerPort: {{ .Values.service.targetPort }}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(yaml, 'yaml', /^service$/i), ['kubernetes-service']);
    const md = [
      '# Exposing the Pods',
      '',
      'A Service gives the Pods of a Deployment one stable address; kube-proxy routes its ClusterIP to them.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^Service$/), ['kubernetes-service']);
  });

  it("a Deployment's revisionHistoryLimit is no Helm release revision; a Helm revision still is (blind audit bh, bh-code-4)", () => {
    const yaml = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: {{ include "webapp.name" . }}',
      '  labels:',
      '    chart: {{ .Chart.Name }}-{{ .Chart.Version }}',
      'spec:',
      '  revisionHistoryLimit: {{ .Values.revisionHistoryLimit }}',
      '  replicas: {{ .Values.replicas }}',
      '  strategy:',
      '    type: RollingUpdate',
      '  template:',
      '    metadata:',
      '      annotations:',
      '        {{- toYaml .Values.podAnnotations | nindent 8 }}',
      '',
    ].join('\n');
    // The Deployment field keeps its note on rollouts (kubectl-rollout's body explains revisionHistoryLimit), not Helm's.
    assert.deepEqual(notesAt(yaml, 'yaml', /^revision$/), ['kubectl-rollout', 'kubectl-rollout']);
    const md = [
      '# Upgrading a Helm release',
      '',
      'Every `helm upgrade` of the chart creates a new revision of the Helm release; `helm history web` lists them,',
      'and `helm rollback web 3` returns the release to revision 3.',
      '',
    ].join('\n');
    assert.ok(notesAt(md, 'markdown', /^revision$/).every((ids) => ids.split('|').includes('helm')));
    assert.ok(notesAt(md, 'markdown', /^revision$/).length > 0);
  });
});
