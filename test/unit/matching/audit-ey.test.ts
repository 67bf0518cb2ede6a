import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// CloudWithVarJosh/Storage-In-Kubernetes-Masterclass README.md of blind audit ey (ey-en-2), lines 1-7 and 101-109 of the excerpt (short quotes).
const k8sStorage = [
  '### Persistent Volumes (PVs) & Persistent Volume Claims (PVCs)',
  '',
  '- **What is a PV?**  ',
  '  A PV is a piece of storage in your cluster that has been provisioned either manually by an administrator or dynamically using Storage Classes.',
  '',
  '| **Step** | **Role**                | **Action**                                              |',
  '|----------|-------------------------|---------------------------------------------------------|',
  '| 4        | **Storage Admin**       | Allocates a physical volume from a 500Ti storage pool.   |',
  '| 5        | **Kubernetes Admin**    | Creates a **PersistentVolume (PV)** representing the physical volume in Kubernetes. |',
  '| 6        | **Developer**           | Creates a **PersistentVolumeClaim (PVC)** requesting 5Gi with specific access and volume modes. |',
  '| 7        | **Kubernetes**          | Binds PVC to a suitable PV if all parameters match; the Pod mounts it with kubectl apply. |',
  '',
].join('\n');

// q66217910/My-Humiliated-story java/multithreading/thread.md of blind audit ey (ey-zh-2), lines 28-44 of the excerpt.
const javaVolatile = [
  '## 5.volatile',
  '',
  '- **可见性:** 线程对volatile修饰的变量修改，会立即被其他线程感知',
  '- **禁止指令重排:**  在jvm编译器和cpu中，有时候会为了优化效率会对正常的操作指令进行重新排序，volatile变量会禁止指令重排序。',
  '',
  '1. **为什么会有可见性问题(CPU多级缓存)：**',
  '',
  '    cpu的运行非常快，而磁盘的io却很慢，于是产生了内存。所以给CPU设计了三级缓存与寄存器。由于有分级缓存，会造成内存脏读的情况。',
  '',
  '2. **volatile的作用(Lock前缀的指令):**',
  '',
  '    volatile可以被修饰的变量，修改的数据行直接写回主存，使其他CPU里缓存了该内存地址的数据无效',
  '',
].join('\n');

// LiuChangMing88/ecommerce-backend SecurityConfig.java of blind audit ey (ey-code-2), lines 9-10, 21-23 and 71-76.
const securityConfig = [
  'package com.github.liuchangming88.ecommerce_backend.configuration;',
  '',
  'import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;',
  'import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;',
  'import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;',
  '',
  '@Configuration',
  '@EnableWebSecurity',
  '@EnableMethodSecurity',
  'public class SecurityConfig {',
  '    @Bean',
  '    public MethodSecurityExpressionHandler methodSecurityExpressionHandler(RoleHierarchy roleHierarchy) {',
  '        DefaultMethodSecurityExpressionHandler expressionHandler = new DefaultMethodSecurityExpressionHandler();',
  '        expressionHandler.setRoleHierarchy(roleHierarchy);',
  '        return expressionHandler;',
  '    }',
  '}',
  '',
].join('\n');

// VIVEKCHANDAN73/Customer_Churn_Binary_Classification src/train.py of blind audit ey (ey-code-4), lines 4-32.
const churnTrain = [
  'import pandas as pd',
  'from sklearn.compose import ColumnTransformer',
  'from sklearn.preprocessing import OneHotEncoder, StandardScaler',
  'from sklearn.impute import SimpleImputer',
  'from sklearn.linear_model import LogisticRegression',
  'from sklearn.pipeline import Pipeline',
  '',
  'def build_pipeline(params, categorical, numeric):',
  '    ',
  '    # Transformers',
  '    cat_transformer = Pipeline(steps=[',
  '        ("imputer", SimpleImputer(strategy="most_frequent")),  # fill missing cat with mode',
  '        ("encoder", OneHotEncoder(handle_unknown="ignore"))',
  '    ])',
  '',
  '    num_transformer = Pipeline(steps=[',
  '        ("imputer", SimpleImputer(strategy="mean")),  # fill missing numeric with mean',
  '        ("scaler", StandardScaler())',
  '    ])',
  '',
  '    pre = ColumnTransformer(',
  '        transformers=[',
  '            ("cat", cat_transformer, categorical),',
  '            ("num", num_transformer, numeric)',
  '            ]',
  '        )',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit ey', () => {
  it('a storage pool\'s "physical volume" in a Kubernetes text is no LVM PV; an LVM text\'s is (blind audit ey, ey-en-2)', () => {
    assert.deepEqual(notesAt(k8sStorage, 'markdown', /^physical volume$/i), []);
    const lvm = [
      '# LVM on Linux',
      '',
      'Run `sudo pvcreate /dev/vdb` to turn the disk into a physical volume, then `vgcreate data /dev/vdb` and',
      '`lvcreate -L 10G -n app data`; `lvextend -r` grows the logical volume online.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(lvm, 'markdown', /^physical volume$/i), ['lvm']);
  });

  it('a CPU cache\'s "内存脏读" is no transaction dirty read; 脏读 in an isolation-level text is (blind audit ey, ey-zh-2)', () => {
    assert.deepEqual(notesAt(javaVolatile, 'markdown', /^脏读$/), []);
    const isolation = [
      '# MySQL 事务隔离级别',
      '',
      '读未提交会出现脏读：事务 A 读到事务 B 未提交的修改。InnoDB 默认可重复读，用 MVCC 避免脏读和不可重复读。',
      '',
    ].join('\n');
    assert.ok(notesAt(isolation, 'markdown', /^脏读$/).every((id) => id === 'transaction-isolation-level'));
    assert.equal(notesAt(isolation, 'markdown', /^脏读$/).length, 2);
  });

  it("Spring's DefaultMethodSecurityExpressionHandler is no Java default method; a Java 8 default method is (blind audit ey, ey-code-2)", () => {
    assert.deepEqual(notesAt(securityConfig, 'java', /^DefaultMethod$/i), []);
    const java = [
      '# Java interfaces',
      '',
      'Since Java 8 an interface may declare a default method with a body; a class that implements two interfaces',
      'with the same default method must override it. An abstract class, unlike an interface, can hold fields.',
      '',
    ].join('\n');
    assert.ok(notesAt(java, 'markdown', /^default method$/).includes('java-interface-vs-abstract-class'));
  });

  it("scikit-learn's cat_transformer / ColumnTransformer steps are no Transformer model; a Transformer in an LLM text is (blind audit ey, ey-code-4)", () => {
    assert.deepEqual(notesAt(churnTrain, 'python', /^transformers?$/i), []);
    const llm = [
      '# Language models',
      '',
      'A Transformer replaces recurrence with self-attention; GPT is a decoder-only Transformer trained on next-token',
      'prediction, and fine-tuning with LoRA adapts its attention weights.',
      '',
    ].join('\n');
    assert.ok(notesAt(llm, 'markdown', /^Transformer$/).includes('transformer'));
  });
});
