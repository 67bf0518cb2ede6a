import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The Helm 3 deploy script of blind audit da (da-code-4), cut to the lines that make it a Kubernetes document.
const helmScript = [
  '#!/bin/bash',
  '# This script checks the IBM Container Service cluster is ready, has a namespace configured with access to the private',
  '# image registry (using an IBM Cloud API Key), perform a Helm deploy of container image using Helm 3 and check on outcome.',
  "# copy the script below into your app code repo (e.g. ./scripts/check_and_deploy_helm3.sh) and 'source' it from your pipeline job",
  'echo "REGISTRY_NAMESPACE=${REGISTRY_NAMESPACE}"',
  'echo "USE_ISTIO_GATEWAY=${USE_ISTIO_GATEWAY}"',
  'echo "KUBERNETES_SERVICE_ACCOUNT_NAME=${KUBERNETES_SERVICE_ACCOUNT_NAME}"',
  'echo "KUBERNETES_MASTER_PORT=${KUBERNETES_MASTER_PORT}"',
  '# Input env variables from pipeline job',
  'echo "CLUSTER_NAMESPACE=${CLUSTER_NAMESPACE}"',
  'if [ ! -z "${KUBERNETES_MASTER_ADDRESS}" ]; then',
  '  kubectl config set-cluster custom-cluster --server=https://${KUBERNETES_MASTER_ADDRESS}:${KUBERNETES_MASTER_PORT} --insecure-skip-tls-verify=true',
  '  kubectl config set-credentials sa-user --token="${KUBERNETES_SERVICE_ACCOUNT_TOKEN}"',
  '  kubectl config set-context custom-context --cluster=custom-cluster --user=sa-user --namespace="${CLUSTER_NAMESPACE}"',
  'fi',
  'TILLER_INSTALLED=$(kubectl get deployment tiller-deploy -n kube-system)',
  'if [[ ${TILLER_INSTALLED} == *tiller-deploy* ]]; then',
  '  echo "Tiller is installed. Please uninstall Tiller before continuing with Helm 3 deploy."',
  '  exit 1',
  'fi',
  'kubectl auth can-i create deployment --namespace ${CLUSTER_NAMESPACE}',
  'if kubectl get namespace ${CLUSTER_NAMESPACE}; then',
  '  echo -e "Namespace ${CLUSTER_NAMESPACE} found."',
  'fi',
  'SERVICE_ACCOUNT=$(kubectl get serviceaccount ${KUBERNETES_SERVICE_ACCOUNT_NAME}  -o json --namespace ${CLUSTER_NAMESPACE} )',
  'IMAGE_REPOSITORY=${REGISTRY_URL}/${REGISTRY_NAMESPACE}/${IMAGE_NAME}',
  '',
].join('\n');

// The Docker image article of blind audit da (da-zh-2), cut to its UnionFS and storage-driver lines.
const dockerImages = [
  '### 镜像本质',
  '',
  '什么是镜像：',
  '是一种轻量级、可执行的独立软件包，它包含运行某个软件所需的所有内容，这个打包好的运行环境就是image镜像文件。只有通过这个镜像文件才能生成Docker容器实例。',
  '',
  '### 联合文件系统',
  '',
  'Docker 最早支持的stotage driver是 AUFS，它实际上由一层一层的文件系统组成，这种层级的文件系统叫UnionFS。',
  '',
  'UnionFS（联合文件系统）：Union文件系统（UnionFS）是一种分层、轻量级并且高性能的文件系统，它支持对文件系统的修改作为一次提交来一层层的叠加，同时可以将不同目录挂载到同一个虚拟文件系统下(unite several directories into a single virtual filesystem)。 ',
  '',
  'Union 文件系统是 Docker 镜像的基础。镜像可以通过分层来进行继承，基于基础镜像（没有父镜像），可以制作各种具体的应用镜像。',
  '',
  '后来出现的docker版本中，除了AUFS，还支持OverlayFS、Btrfs、Device Mapper、VFS、ZFS等storage driver。',
  '',
  '### 容器层',
  '',
  '当容器启动时，一个新的**可写层**将被加载到镜像的顶部，这一层通常被称为`容器层`，容器层之下的都叫`镜像层`。',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit da', () => {
  it("KUBERNETES_SERVICE_ACCOUNT_NAME is a ServiceAccount, and IBM's Container Service a product; a Service is a Service (blind audit da, da-code-4)", () => {
    assert.deepEqual(notesAt(helmScript, 'shellscript', /^(KUBERNETES_)?SERVICE$|^Service$|^Container$/i), []);
    assert.ok(notesAt(helmScript, 'shellscript', /^SERVICE_ACCOUNT$/).every((id) => id === 'service-account'));
    assert.equal(notesAt(helmScript, 'shellscript', /^SERVICE_ACCOUNT$/).length, 5);
    const svc = [
      '# Exposing a Deployment',
      '',
      'A Kubernetes Service gives the Pods of a Deployment one stable ClusterIP: `kubectl expose deployment web --port 80`',
      'creates a Service whose selector matches the Pod labels, and each container of the Pod listens on `containerPort: 8080`.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(svc, 'markdown', /^Service$/), ['kubernetes-service']);
    assert.deepEqual(notesAt(svc, 'markdown', /^container$/), ['kubernetes-container']);
  });

  it("MASTER_PORT inside KUBERNETES_MASTER_PORT is no PyTorch rendezvous port; torchrun's is (blind audit da, da-code-4)", () => {
    assert.deepEqual(notesAt(helmScript, 'shellscript', /^MASTER_PORT$/), []);
    const torchrun = [
      '#!/bin/bash',
      'export MASTER_ADDR=localhost',
      'export MASTER_PORT=29500',
      'torchrun --nproc_per_node=4 train.py',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(torchrun, 'shellscript', /^MASTER_PORT$/), ['distributed-process-group']);
  });

  it("a Container Registry namespace, a pipeline job and Istio's gateway are no Kubernetes namespace, Job or Gateway API (blind audit da, da-code-4)", () => {
    assert.deepEqual(notesAt(helmScript, 'shellscript', /^NAMESPACE$/), []);
    assert.deepEqual(notesAt(helmScript, 'shellscript', /^job$/), []);
    assert.deepEqual(notesAt(helmScript, 'shellscript', /^GATEWAY$/), []);
    assert.equal(notesAt(helmScript, 'shellscript', /^namespace$/i).length, 6);
    const k8s = [
      '# Batch work and ingress',
      '',
      'A Job in the `batch` namespace runs its Pods to completion (`kubectl create job pi --image=perl`), and a Gateway of the',
      'Gateway API with an HTTPRoute sends outside traffic to a Service.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(k8s, 'markdown', /^Job$/), ['job']);
    assert.deepEqual(notesAt(k8s, 'markdown', /^Gateway$/), ['gateway-api']);
    assert.deepEqual(notesAt(k8s, 'markdown', /^namespace$/), ['namespace']);
  });

  it('the stock UnionFS sentence mounts no Docker volume and names no kernel VFS; nor does the vfs storage driver (blind audit da, da-zh-2)', () => {
    assert.deepEqual(notesAt(dockerImages, 'markdown', /^挂载$|^虚拟文件系统$|^VFS$/), []);
    const volume = ['# Docker 数据卷', '', '用 `docker run -v /data:/var/lib/mysql mysql` 把宿主机目录挂载到容器里，容器删除后数据仍在。', ''].join('\n');
    assert.deepEqual(notesAt(volume, 'markdown', /^挂载$/), ['docker-volume']);
    const kernel = [
      '# Linux 虚拟文件系统',
      '',
      'Linux 内核的 VFS（虚拟文件系统）为 ext4、XFS 等提供统一的 `open`/`read` 接口：每个打开的文件对应 `struct file`，',
      '路径查找经过 dentry 缓存，再到 inode 和超级块（super_block）。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(kernel, 'markdown', /^VFS$|^虚拟文件系统$/), ['vfs', 'vfs', 'vfs']);
  });

  it("a page-table entry's permission bits are no file permissions; chmod's are (blind audit da, da-zh-1)", () => {
    const memory = [
      '### 4. 虚拟内存',
      '',
      '现代 CPU 搭载 **虚拟内存** 的功能，它使得进程无法直接访问系统搭载的内存，而是通过虚拟地址间接访问，系统搭载的内存的实际地址被称为 **物理地址**',
      '',
      '#### 4.1 页表',
      '',
      '通过保存放置于内核使用的内存的页表，可以完成虚拟地址到物理地址的转换。虚拟内存中，**所有内存以页为单位划分并且进行管理**，地址转换也以页为单位进行。',
      '',
      '> * **权限检查**：在进行地址转换的过程中，MMU还会检查页表项中的权限位，以确保进程对该内存区域有合适的访问权限。',
      '',
      '此时 300 以上的区域还未分配物理内存，此时访问大于 300 的虚拟地址，会发生 **缺页中断**，缺页中断会终止正在执行的命令，启动内核中的缺页中断机构的处理。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(memory, 'markdown', /^权限位$/), []);
    const chmod = ['# Linux 文件权限', '', '`ls -l` 显示 `-rw-r--r--`：属主、属组和其他人三组权限位。`chmod 755 run.sh` 给属主加上执行权限。', ''].join('\n');
    assert.deepEqual(notesAt(chmod, 'markdown', /^权限位$/), ['file-permissions']);
  });

  it("clippy's enum_glob_use and tealdeer's PlatformType are no shell glob or Kotlin platform type (blind audit da, da-code-2)", () => {
    const rust = [
      '#![deny(clippy::all)]',
      '#![warn(clippy::pedantic)]',
      '#![allow(clippy::enum_glob_use)]',
      '#![allow(clippy::module_name_repetitions)]',
      '',
      'use anyhow::{Context, Result, anyhow};',
      'use clap::Parser;',
      'use types::PlatformType;',
      '',
      'fn main() -> Result<()> {',
      '    let args = Cli::parse();',
      '    Ok(())',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(rust, 'rust', /^glob$|^PlatformType$/), []);
    assert.deepEqual(notesAt('#!/bin/bash\nshopt -s globstar\n# the glob **/*.md matches in every directory\nls **/*.md\n', 'shellscript', /^glob$/), ['shell-glob']);
    const kotlin = [
      'fun printLength(s: String) {',
      '    // A Java method returns a platform type String!: the compiler cannot tell if it is null.',
      '    val name = System.getProperty("user.name")',
      '    println(name?.length ?: 0)',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(kotlin, 'kotlin', /^platform type$/), ['kotlin-null-safety']);
  });

  it('UnionFS is a union filesystem (alias added after blind audit da, da-zh-2)', () => {
    assert.deepEqual(notesAt(dockerImages, 'markdown', /^UnionFS$/), ['overlayfs', 'overlayfs', 'overlayfs']);
  });

  it("Tiller is Helm 2's server side (alias added after blind audit da, da-code-4)", () => {
    assert.deepEqual(notesAt(helmScript, 'shellscript', /^Tiller$/), ['helm', 'helm']);
  });
});
