import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The opening of the audited RAG article (bx-zh-1), which two tests put before the passage they test.
const RAG_ARTICLE_OPENING = [
  '> **检索增强生成（Retrieval-Augmented Generation，RAG）** 是大语言模型时代最重要的技术范式之一。它通过将 LLM 的**参数化记忆**（模型权重中隐式编码的知识）与**非参数化记忆**（外部知识库）相结合，有效解决了大模型的知识滞后、幻觉和私有数据访问问题，为企业级 AI 应用提供了一条可信、可控、可解释的落地路径。',
  '### 1.1 大模型的固有缺陷',
  '',
  '传统 LLM（如 GPT-3、Llama）将训练数据中的知识隐式编码在神经网络的数千亿权重参数中。这种**参数化记忆**存在显著缺陷：',
  '',
  '| 问题 | 表现 | 影响 |',
  '| :--- | :--- | :--- |',
  '| **知识滞后** | 训练数据有截止日期 | 无法回答最新事件 |',
  '| **幻觉问题** | 自信地生成错误信息 | 降低可信度 |',
  '| **私有数据盲区** | 无法访问企业内部数据 | 限制应用场景 |',
  '| **上下文限制** | Token 窗口有限 | 无法处理超长文档 |',
  '',
];

describe('bundled aliases corrected after blind audit bx', () => {
  it("a Room DAO's @Query is no Spring Data query method; a Spring Data repository's is (blind audit bx, bx-code-1)", () => {
    // As in the audited GithubDao.kt: Room's annotation on a DAO method.
    const kotlin = [
      'package com.example.db',
      '',
      'import androidx.room.Dao',
      'import androidx.room.Insert',
      'import androidx.room.OnConflictStrategy',
      'import androidx.room.Query',
      '',
      '@Dao',
      'interface GithubDao {',
      '    @Insert(onConflict = OnConflictStrategy.REPLACE)',
      '    suspend fun insertRepositories(repos: List<GithubRepository>)',
      '',
      '    @Query("SELECT * FROM github_repos")',
      '    suspend fun getAllRepositories(): List<GithubRepository>',
      '',
      '    @Query("DELETE FROM github_releases WHERE repoFullName = :repoFullName")',
      '    suspend fun deleteReleasesForRepository(repoFullName: String)',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(kotlin, 'kotlin', /^@Query$/), []);
    const java = [
      'import org.springframework.data.jpa.repository.JpaRepository;',
      'import org.springframework.data.jpa.repository.Query;',
      '',
      'public interface UserRepository extends JpaRepository<User, Long> {',
      '    @Query("SELECT u FROM User u WHERE u.email = ?1")',
      '    User findByEmailAddress(String emailAddress);',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(java, 'java', /^@Query$/), ['spring-data-repository']);
  });

  it('the Rank of TextRank is no process or LoRA rank; the rank of a training process or a LoRA adapter is (blind audit bx, bx-zh-1)', () => {
    // As in the audited RAG article: its opening, then summarisation algorithms for context compression.
    const md = [
      ...RAG_ARTICLE_OPENING,
      '### 2.3 Modular RAG（模块化 RAG）',
      '',
      '将 RAG 拆解为可插拔的独立模块，支持灵活编排：',
      '这里主要就是要讲一下路由和上下文压缩的东西，路由是大模型里面不可或缺的一个环节，决定下一步要怎么走，抽象一点的包括是否开启思考模式，MoE中选择哪个专家模型等等。一般来说有三种策略，**基于规则模型，基于Bert小模型，基于LLM小模型等等**，**目前我认为比较合适的方式是规则模型与Bert模型结合加权，然后用LLM做兜底**。至于上下文压缩，就是将检索到的文档进行压缩，去掉一些无用的，或者说噪声数据，只保留一些关键的，或者说有用的数据。这个压缩过程，可以使用一些文本压缩的算法，比如TF-IDF，也可以使用一些文本摘要的算法，比如TextRank，LDA等等。然后使得大模型可以获得更多的上下文信息，从而能够更好地回答用户的问题。',
      '',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /rank$/i), []);
    const ddp = [
      '# Distributed training',
      '',
      'Each process calls torch.distributed.init_process_group; its rank identifies it among the world size processes,',
      'and the process with rank 0 saves the model checkpoint.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(ddp, 'markdown', /^rank$/), ['distributed-process-group', 'distributed-process-group']);
    const lora = [
      '# Fine-tuning an LLM with LoRA',
      '',
      'LoRA freezes the pretrained weights of the large language model and trains two low-rank matrices per layer;',
      'with a rank of 8 the adapter has few parameters to train. QLoRA quantizes the base model to 4-bit.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(lora, 'markdown', /^rank$/), ['lora']);
  });

  it('格式标准化 in data cleaning is no feature scaling; 标准化 of features is (blind audit bx, bx-zh-1)', () => {
    // As in the audited RAG article: its opening, then the data-cleaning step of the ETL pipeline.
    const md = [
      ...RAG_ARTICLE_OPENING,
      '',
      '**关键挑战**：',
      '- **布局分析**：识别标题、正文、表格、页眉页脚（工具：Unstructured.io、LlamaParse）',
      '- **OCR 识别**：多栏排版、手写体、低质量扫描件',
      '- **数据清洗**：乱码去除、格式标准化、PII 脱敏',
      '',
      '### 3.2 分块策略（Chunking Strategies）',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^标准化$/), []);
    const ml = [
      '# 特征工程',
      '',
      '训练逻辑回归和 KNN 之前要先对特征做标准化，使每个特征均值为 0、标准差为 1；用 scikit-learn 的 StandardScaler 在训练集上拟合。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(ml, 'markdown', /^标准化$/), ['feature-scaling']);
  });

  it('SU of an iCalendar BYDAY rule is no su command; su - postgres is (blind audit bx, bx-code-4)', () => {
    // As in the audited GKE module: the IP allocation policy, then a maintenance window's RRULE in a comment.
    const tf = [
      '  # IP Allocation Policy',
      '  # Configures Pod and Service IP ranges for VPC-native clusters',
      '  #--------------------------------------------------------------',
      '  ip_allocation_policy {',
      '    cluster_ipv4_cidr_block  = var.cluster_ipv4_cidr_block  # CIDR for pod IPs, must not overlap with VPC ranges',
      '    services_ipv4_cidr_block = var.services_ipv4_cidr_block # CIDR for service IPs, must not overlap with VPC or pod ranges',
      '  }',
      '  # Defines when automatic maintenance can occur',
      '  #--------------------------------------------------------------',
      '  maintenance_policy {',
      '    dynamic "recurring_window" {',
      '      for_each = var.maintenance_start_time != null ? [1] : []',
      '      content {',
      '        start_time = var.maintenance_start_time # Time when maintenance window begins (HH:MM format)',
      '        end_time   = var.maintenance_end_time   # Time when maintenance window ends',
      '        recurrence = var.maintenance_recurrence # RRULE format defining frequency (e.g., "FREQ=WEEKLY;BYDAY=SA,SU")',
      '      }',
      '    }',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(tf, 'terraform', /^su$/i), []);
    const md = [
      '# Switching users on Linux',
      '',
      'Run `sudo -i` for a root shell with your own password, or `su - postgres` to become the postgres user with its password.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^su$/), ['sudo-su']);
  });

  it('"Kubernetes service accounts" are service accounts, not a Service; a Kubernetes Service still is (blind audit bx, bx-code-4)', () => {
    // As in the audited GKE module: its header and the Workload Identity block.
    const tf = [
      '# Google Kubernetes Engine (GKE) Cluster Module',
      '#',
      '# This module provisions a production-ready GKE cluster with customizable',
      '# configurations for networking, node pools, security, and operations.',
      '# - VPC-native clusters with custom pod/service IP ranges',
      '# - Security hardening via private clusters, secure boot, and workload identity',
      '',
      '  # Workload Identity Configuration',
      '  # Allows Kubernetes service accounts to act as IAM service accounts',
      '  workload_identity_config {',
      '    workload_pool = var.enable_workload_identity ? "${var.project_id}.svc.id.goog" : null',
      '  }',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(tf, 'terraform', /^Kubernetes service/i), []);
    assert.deepEqual(notesAt(tf, 'terraform', /^service accounts$/), ['service-account', 'service-account']);
    const md = [
      '# Services',
      '',
      'A Kubernetes Service gives the Pods of a Deployment one stable ClusterIP and DNS name in the cluster.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^Kubernetes Service$/), ['kubernetes-service']);
  });

  it("GCP's IAM bindings and IAM service accounts are no AWS IAM; IAM granting a CI role its permissions is (blind audit bx, bx-code-4)", () => {
    const tf = [
      '# Retrieve current project information for use in IAM bindings and resource naming',
      'data "google_project" "project" {',
      '  project_id = var.project_id',
      '}',
      '',
      '# Allows Kubernetes service accounts to act as IAM service accounts',
      'workload_identity_config {',
      '  workload_pool = "${var.project_id}.svc.id.goog"',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(tf, 'terraform', /^IAM$/), []);
    const md = [
      '# Deploying from CI',
      '',
      'The GitHub Actions workflow uses OIDC to assume a role in AWS, so the pipeline job needs no long-lived access keys;',
      'IAM grants that role the permission to push images to ECR.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^IAM$/), ['aws-iam']);
  });

  it('"master cni0" in ip link output is a bridge port, not a control plane; the Kubernetes master is (blind audit bx, bx-en-2)', () => {
    // As in the audited CNI article: a veth attached to the cni0 bridge, as `ip link show` prints it.
    const md = [
      '# CNI and Pod networking',
      '',
      'Every Pod gets its own IP; the CNI plugin connects each Pod network namespace to the node with a veth pair.',
      '',
      '```bash',
      '# On the Kubernetes Node',
      '$ ip link show',
      '3: cni0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 ...',
      '4: veth7382@if3: <BROADCAST,MULTICAST,UP,LOWER_UP> ... master cni0',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^master$/), []);
    const k8s = [
      '# Kubernetes clusters',
      '',
      'The kubelet on each node registers with the API server; the master schedules Pods onto the nodes of the cluster.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(k8s, 'markdown', /^master$/), ['control-plane']);
  });

  it('regional and zonal deployments of a GKE cluster are no Deployment objects; a Deployment is (blind audit bx, bx-code-4)', () => {
    const tf = [
      '# Google Kubernetes Engine (GKE) Cluster Module',
      '#',
      '# This module provisions a production-ready GKE cluster with customizable',
      '# configurations for networking, node pools, security, and operations.',
      '# It supports both regional (high-availability) and zonal deployments with',
      '# various node pool configurations to support different workload requirements.',
      'resource "google_container_cluster" "this" {',
      '  name = var.cluster_name',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(tf, 'terraform', /^deployments?$/i), []);
    const md = [
      '# Deployments',
      '',
      'A Deployment manages a ReplicaSet, which keeps the desired number of Pod replicas running in the cluster.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^Deployment$/), ['deployment']);
  });
});
