import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// Wrong matches the audits of round 49 left for the lead, fixed in the matcher.
describe('round 49: what the audits left for the lead', () => {
  it("TypeScript's bitwise OR combines flags, a union type's | stands between types (audit cz)", () => {
    // As in audit cz's notes on React's hooks source (cz-zh-2), in a ```ts fence: effect flags are combined with |.
    const notes = [
      '# useEffect 的挂载',
      '',
      '```ts',
      'function mountEffect(create: () => (() => void) | void, deps: Array<mixed> | void | null): void {',
      '  mountEffectImpl(PassiveEffect | PassiveStaticEffect, HookPassive, create, deps);',
      '}',
      'const flags = Update | Snapshot;',
      'let lanes: Lanes = NoLanes | SyncLane | DefaultLane;',
      'if ((fiber.flags | Callback) !== NoFlags) return fiber.lanes | lane;',
      'type Status = "idle" | "loading" | "done";',
      'type Handler<T = Event | null> =',
      '  | ((e: T) => void)',
      '  | null;',
      'function pick(x: string | number, ys: (A | B)[]): keyof (C | D) {}',
      '```',
      '',
    ].join('\n');
    const unions = notesAt(notes, 'markdown', /^\|$/);
    // Line by line: 3 unions in mountEffect's signature; none of the 6 ORs in the code; 2 + 1 + 2 in the types, 1 + 1 + 1 in pick.
    assert.equal(unions.length, 3 + 2 + 1 + 2 + 3, `got ${unions.length}`);
    assert.ok(unions.every((id) => id === 'ts-union-narrowing'));
  });

  it('an ASCII diagram in a sh fence draws arrows and lines, no redirections or pipes; real pipelines keep theirs (audit dd)', () => {
    // As in audit dd's iptables notes: netfilter's packet flow drawn in a ```sh fence, then real pipelines.
    const notes = [
      '# netfilter hooks',
      '',
      '```sh',
      '---> PREROUTING ------> [ROUTE] ---> FWD ----------> POSTROUTING ------>',
      '     Raw                   |        Mangle     ^     Mangle',
      '     Conntrack             |        Filter     |     NAT (Src)',
      '     (QDisc)               |                [ROUTE]',
      '                           v                   |',
      '                         INPUT Filter        OUTPUT Raw',
      '                           |   Conntrack       ^    Conntrack',
      '```',
      '',
      '```sh',
      'ps aux | grep iptables',
      'ls -la | grep rules',
      'iptables-save \\',
      '  | grep -v "^#" \\',
      '  | sort > rules.txt',
      'dmesg | tail -n 20   |  less',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(notes, 'markdown', /^>$/), ['io-redirection']);
    assert.equal(notesAt(notes, 'markdown', /^\|$/).join(' '), Array(6).fill('shell-pipe').join(' '));
  });

  it("an image's alt text that is a file name is no text; alt text in words is (audits da and db)", () => {
    // As in audit db's Chinese JVM article and audit da's Docker article: images whose alt text is their file's name.
    const article = [
      '# JVM 垃圾回收器',
      '',
      '![jvm_gc_collector_detail1](https://example.com/jvm_gc_collector_detail1.png)',
      '',
      '![container-layer.png](img/container-layer.png)',
      '',
      '![image-20210405112233](assets/image-20210405112233.png)',
      '',
      '![JVM 垃圾回收器与容器镜像](img/overview.png)',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(article, 'markdown', /jvm|container|容器/i), ['jvm-garbage-collection', 'jvm-garbage-collection', 'container-image']);
  });

  it('a notInside word written apart also holds its snake_case and kebab-case spellings; a written _ stays an _ (audit da)', () => {
    // As in audit da's Helm deploy script: the Istio gateway and the service account as environment variables.
    const script = [
      '#!/bin/bash',
      'kubectl get pods -n "$KUBE_NAMESPACE"',
      'kubectl get deployments -n "$KUBE_NAMESPACE"',
      'ISTIO_GATEWAY=istio-system/public-gateway',
      'KUBERNETES_SERVICE_ACCOUNT=deployer',
      'kubectl create serviceaccount kubernetes-service-account',
      'export PATH="${PWD}/bin:$PATH"',
      '# the Gateway and the Service of the release',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(script, 'shellscript', /^(?:gateway|service)$/i), ['gateway-api', 'kubernetes-service']);
    assert.deepEqual(notesAt(script, 'shellscript', /^PATH$/), ['environment-variable', 'environment-variable']);
  });

  it("a note's limited words apart keep their entry beside its one-word name: network policy, restart policy (audit df)", () => {
    // `{ term: network policy, context: true }` was dropped as a duplicate of `NetworkPolicy` (same key), so the
    // words apart never matched, even in a Kubernetes text (audits ae and df).
    const doc = [
      '# Securing pods',
      '',
      'Kubernetes pods accept traffic from any source. A network policy selects pods with a podSelector; apply the',
      'NetworkPolicy with kubectl apply. Network policies need a CNI plugin that enforces them.',
      '',
      "A Deployment's pods always have the restart policy Always; a Job's restartPolicy is OnFailure or Never.",
      '',
    ].join('\n');
    assert.deepEqual(notesAt(doc, 'markdown', /polic/i), ['network-policy', 'network-policy', 'network-policy', 'restart-policy', 'restart-policy']);
    // Outside a Kubernetes text the words apart are ordinary prose.
    const prose = 'The company network policy forbids USB drives on office laptops; the restart policy of the plant is written down.';
    assert.deepEqual(notesAt(prose, 'markdown', /polic/i), []);
  });

  it("a function's camel-case name does not match as the start of a longer name; a field's name does (audits dk, di)", () => {
    // As in audit dk's Redux Toolkit slice and audit di's React component; the manifest field from the main set's StatefulSet.
    const ts = [
      "import { createAppAsyncThunk } from './withTypes';",
      "import { createApp } from 'vue';",
      'const [intervalId, setIntervalId] = useState<number | null>(null);',
      'const id = setInterval(tick, 1000);',
      'setIntervalId(id);',
      'const app = createApp(App);',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(ts, 'typescript', /^(?:createApp|setInterval)/), ['vue', 'js-timers', 'vue']);
    const yaml = ['affinity:', '  podAntiAffinity:', '    preferredDuringSchedulingIgnoredDuringExecution:', '    - weight: 100', '      podAffinityTerm:', '        topologyKey: kubernetes.io/hostname', ''].join('\n');
    assert.deepEqual(notesAt(yaml, 'yaml', /^podAffinity/), ['pod-affinity']);
  });

  it('a placeholder of words in a shell fence is no redirection; redirections stay (audit dh)', () => {
    // As in audit dh's Kubernetes notes: `<pod-preset name>` written in a ```shell fence.
    const notes = [
      '```shell',
      'kubectl get podpreset <pod-preset name> -o yaml',
      'kubectl logs <pod name> -c <container name> > logs.txt',
      'sort <input.txt >sorted.txt',
      'wc -l < data.csv',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(notes, 'markdown', /^[<>]$/), Array(4).fill('io-redirection'));
  });

  it("a Vue template's ref attribute is a template ref, no ref(); the script's ref() is (audit dk)", () => {
    const sfc = [
      '<script setup>',
      "import { ref, onMounted } from 'vue'",
      'const input = ref(null)',
      'const count = ref(0)',
      'onMounted(() => input.value.focus())',
      '</script>',
      '<template>',
      '  <input ref="input" />',
      '  <div :ref="setEl">{{ count }}</div>',
      '</template>',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(sfc, 'vue', /^ref$/), ['vue-ref', 'vue-ref', 'vue-ref']);
  });

  it('a fence labelled with a language and a line range or file name is that language (audit db)', () => {
    // As in audit db's webpack guide, whose fences are labelled ```javascript/0 and ```javascript/9-22.
    const guide = ['# Config', '', '```javascript/9-22', "const path = require('path');", 'module.exports = {', "  entry: './src/index.js',", '};', '```', ''].join('\n');
    assert.deepEqual(notesAt(guide, 'markdown', /^require$/), ['commonjs']);
  });

  it("a dotted name does not match the start of a longer snake_case name (audit dl); pandoc-crossref ids are no text (audit do)", () => {
    const cgroup = [
      '# cgroup v2',
      '',
      'Read memory.pressure and memory.max in the cgroup. The kernel writes memory.pressure_level events;',
      'memory.max_usage_in_bytes is cgroup v1.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(cgroup, 'markdown', /^memory\./), ['pressure-stall-information', 'cgroups']);
    // As in audit do's perf book: its internal links are pandoc-crossref ids.
    const book = 'Collect them as in [@sec:secCollectCallStacks]; see Figure @fig:CallStacks. The call stack is what perf shows.';
    assert.deepEqual(notesAt(book, 'markdown', /call ?stacks?/i), ['call-stack']);
  });

  it("a usage synopsis's alternatives in a bash fence are no pipes, its placeholders no redirections (audit dr)", () => {
    // As in audit dr's markdownlint README: the --help output fenced as bash, then real commands.
    const readme = [
      '```bash',
      'Usage: markdownlint [options] [files|directories|globs...]',
      '  -c, --config <file|directory|glob>  configuration file',
      'cat a.txt|grep x',
      'ls | wc -l > n.txt',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(readme, 'markdown', /^[|<>]$/), ['shell-pipe', 'shell-pipe', 'io-redirection']);
  });
});
