import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit au', () => {
  it("an install script's own info() logger is no GNU info manual; man still is (blind audit au, au-code-2)", () => {
    // As in the audited installer: coloured log helpers named info / ok / warn, then calls of info "...".
    const sh = [
      '#!/usr/bin/env bash',
      'set -euo pipefail',
      "BLUE='\\033[0;34m'",
      "NC='\\033[0m'",
      'info()  { echo -e "${BLUE}[INFO]${NC}  $*"; }',
      'ok()    { echo -e "[OK]    $*"; }',
      'ARCH="$(uname -m)"',
      'info "Detected architecture: $ARCH"',
      'command -v systemctl >/dev/null 2>&1 || exit 1',
      'info "Fetching latest release"',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(sh, 'shellscript', /^info$/), []);
    const man = '#!/usr/bin/env bash\n# read the manual of the crontab file format\nman 5 crontab\n';
    assert.deepEqual(notesAt(man, 'shellscript', /^man$/), ['man-pages']);
  });
  it("a class file's CONSTANT_Fieldref_info is no Kubernetes downward API fieldRef; a Pod's env fieldRef is (blind audit au, au-zh-3)", () => {
    const jvm = [
      '## 解析',
      '- [类或接口的解析(CONSTANT_Class_info)](#类或接口的解析)',
      '- [字段解析(CONSTANT_Fieldref_info)](#字段解析)',
      '解析阶段是 Java 虚拟机将常量池内的符号引用替换为直接引用的过程。',
      '```',
      '   #13 = Fieldref           #1.#14         // com/example/TestStatic.a:I',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(jvm, 'markdown', /^Fieldref$/i), []);
    const pod = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: demo',
      'spec:',
      '  containers:',
      '    - name: app',
      '      image: busybox',
      '      env:',
      '        - name: MY_POD_NAME',
      '          valueFrom:',
      '            fieldRef:',
      '              fieldPath: metadata.name',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(pod, 'yaml', /^fieldRef$/), ['downward-api']);
  });
});
