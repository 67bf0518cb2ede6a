import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// theparthibanm/GIT-COMMANDS-MAIN 03-Advanced-commands.md of blind audit ff (ff-en-1), lines 66-70 and 151 (short quotes).
const gitMerges = [
  '# GIT reflog',
  '',
  'In a fast-forward merge, Git simply moves the pointer of the current branch forward to the commit of the other branch.',
  '',
  'In a non-fast-forward merge, Git creates a new commit that combines the changes from both branches.',
  '',
  'The --no-ff flag is used to force a non-fast-forward merge even if the other branch has no new commits.',
  '',
  "Sure, here's a lab exercise for performing a non-fast forward merge in Git:",
  '',
  '```',
  'git merge --no-ff feature',
  '```',
  '',
].join('\n');

// gopikrishtummala/gopikrishtummala.github.io src/data/blog/mlops/vllm-trilogy-of-modern-llm-scaling.md (ff-en-2), line 16.
const vllmPost = [
  '---',
  'title: vLLM and the Trilogy of Modern LLM Scaling',
  'description: How PagedAttention, Continuous Batching, Speculative Decoding, and Quantization unlock lightning-fast, reliable large language model serving.',
  '---',
  '',
  'The KV cache grows with every token; continuous batching keeps the GPU busy during inference.',
  '',
].join('\n');

// openharmony/arkcompiler_cangjie_ark_interop doc/.../state_management/cj-macro-link.md (ff-zh-2), lines 17, 38, 48, 51 and 55.
const cangjieLink = [
  '# @Link宏：父子双向同步',
  '',
  '子组件中被\\@Link装饰的变量与其父组件中对应的数据源建立双向数据绑定。',
  '',
  '|允许装饰的变量类型|支持数组类型，如果要感知内部的变化，需要使用[ObservedArrayList\\<T>](../cj-state-rendering-componentstatemanagement.md#class-observedarraylist)。其他数组类型和Collection类型，如Array、Varray、ArrayList、HashMap和HashSet，支持赋值新的数组，但是无法监听内部元素的变化。|',
  '',
  '   b. 父组件的\\@State状态变量包装类通过构造函数传给子组件，子组件的\\@Link包装类拿到父组件的\\@State的状态变量后，将当前\\@Link包装类this指针注册给父组件的\\@State变量。',
  '   a. 通过初始渲染的步骤可知，子组件\\@Link包装类把当前this指针注册给父组件。',
  '   a. \\@Link更新后，调用父组件的\\@State包装类的set方法，将更新后的数值同步回父组件。',
  '',
].join('\n');

// fluxcd/source-controller internal/controller/bucket_controller.go (ff-code-1), lines 179-186 and 268 of the file.
const bucketController = [
  'package controller',
  '',
  'func (r *BucketReconciler) SetupWithManager(mgr ctrl.Manager, opts BucketReconcilerOptions) error {',
  '\treturn ctrl.NewControllerManagedBy(mgr).',
  '\t\tFor(&sourcev1.Bucket{}).',
  '\t\tWithEventFilter(predicate.Or(predicate.GenerationChangedPredicate{}, predicates.ReconcileRequestedPredicate{})).',
  '\t\tComplete(r)',
  '}',
  '',
  'func (r *BucketReconciler) reconcile(ctx context.Context, sp *patch.SerialPatcher, obj *sourcev1.Bucket) (sreconcile.Result, error) {',
  '\toldObj := obj.DeepCopy()',
  '\tr.EventRecorder.Event(obj, corev1.EventTypeNormal, "Progressing", "reconciliation in progress")',
  '\tif err := r.Get(ctx, req.NamespacedName, obj); err != nil {',
  '\t\treturn sreconcile.ResultEmpty, client.IgnoreNotFound(err)',
  '\t}',
  '\t_ = oldObj',
  '\treturn sreconcile.ResultSuccess, nil',
  '}',
  '',
].join('\n');

// The same file (ff-code-1), lines 139-152 of the file (the BucketProvider interface), 191-198 and 269: etags and a callback in
// its comments were enough for the `frontend` context of `deep copy`.
const bucketProvider = [
  'package controller',
  '',
  'type BucketProvider interface {',
  '\t// It returns the etag of the successfully fetched file, or any error.',
  '\tFGetObject(ctx context.Context, bucketName, objectKey, targetPath string) (etag string, err error)',
  '\t// VisitObjects iterates over the items in the provided object storage',
  '\t// bucket, calling visit for every item.',
  '\t// If the underlying client or the visit callback returns an error,',
  '\t// it returns early.',
  '\tVisitObjects(ctx context.Context, bucketName string, prefix string, visit func(key, etag string) error) error',
  '\t// Close closes the provider\'s client, if supported.',
  '\tClose(context.Context)',
  '}',
  '',
  'func (r *BucketReconciler) Reconcile(ctx context.Context, req ctrl.Request) (result ctrl.Result, retErr error) {',
  '\tobj := &sourcev1.Bucket{}',
  '\tif err := r.Get(ctx, req.NamespacedName, obj); err != nil {',
  '\t\treturn ctrl.Result{}, client.IgnoreNotFound(err)',
  '\t}',
  '\toldObj := obj.DeepCopy()',
  '\t_ = oldObj',
  '\treturn ctrl.Result{RequeueAfter: obj.GetRequeueAfter()}, nil',
  '}',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit ff', () => {
  it('a non-fast-forward merge is no rejected push; a rejected non-fast-forward push is (blind audit ff, ff-en-1)', () => {
    assert.deepEqual(notesAt(gitMerges, 'markdown', /^non-fast[- ]forward$/i), []);
    const push = [
      '# git push rejected',
      '',
      'git push origin main fails with `! [rejected] main -> main (non-fast-forward)`: someone pushed first.',
      'Run git pull --rebase, then git push again; never force push a shared branch.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(push, 'markdown', /^non-fast-forward$/), ['git-push']);
  });

  it('"lightning-fast" is no PyTorch Lightning; Lightning in a training text is (blind audit ff, ff-en-2)', () => {
    assert.deepEqual(notesAt(vllmPost, 'markdown', /^lightning$/i), []);
    const training = [
      '# Training with PyTorch Lightning',
      '',
      'Lightning moves the training loop out of your code: a LightningModule defines training_step and',
      'configure_optimizers, and the Trainer handles backpropagation, the optimizer step and GPU placement in PyTorch.',
      '',
    ].join('\n');
    assert.ok(notesAt(training, 'markdown', /^Lightning$/).includes('pytorch-lightning'));
  });

  it("ArkUI's @Link / @State 包装类 is no Java wrapper class; 包装类 in a Java boxing text is (blind audit ff, ff-zh-2)", () => {
    assert.deepEqual(notesAt(cangjieLink, 'markdown', /^包装类$/), []);
    const java = [
      '# Java 自动装箱',
      '',
      'Java 的 Integer 是 int 的包装类：自动装箱调用 Integer.valueOf，自动拆箱调用 intValue()；',
      '在 ArrayList<Integer> 里存 int 时会发生装箱，比较两个包装类对象要用 equals 而不是 ==。',
      '',
    ].join('\n');
    assert.ok(notesAt(java, 'markdown', /^包装类$/).includes('java-autoboxing'));
  });

  it('ObservedArrayList is no java.util.ArrayList; ArrayList itself is (blind audit ff, ff-zh-2)', () => {
    assert.deepEqual(
      notesAt(cangjieLink, 'markdown', /^ArrayList$/).length,
      1,
      'only the ArrayList of the list "Array、Varray、ArrayList…" matches, not the one inside ObservedArrayList',
    );
    const java = ['# Java 集合', '', 'ArrayList 底层是数组，扩容时复制到 1.5 倍容量的新数组；LinkedList 是双向链表。', ''].join('\n');
    assert.deepEqual(notesAt(java, 'markdown', /^ArrayList$/), ['arraylist']);
  });

  it("a Kubernetes object's DeepCopy is no JavaScript structuredClone; a deep copy in a JavaScript text is (blind audit ff, ff-code-1)", () => {
    assert.deepEqual(notesAt(bucketProvider, 'go', /^deep ?copy$/i), []);
    const js = [
      '# Copying objects in JavaScript',
      '',
      'structuredClone(value) makes a deep copy of nested objects, Maps and Dates; the spread operator',
      'and Object.assign only make a shallow copy, so nested arrays stay shared between the two objects.',
      '',
    ].join('\n');
    assert.ok(notesAt(js, 'markdown', /^deep copy$/).some((ids) => ids.split('|').includes('js-structured-clone')));
  });

  it("controller-runtime's WithEventFilter is no Kubernetes Event; the EventRecorder's Event is (blind audit ff, ff-code-1)", () => {
    const withoutRecorder = bucketController.split('\n').filter((line) => !line.includes('EventRecorder')).join('\n');
    assert.deepEqual(notesAt(withoutRecorder, 'go', /^Event$/), []);
    const at = notesAt(bucketController, 'go', /^Event$/);
    assert.ok(at.length > 0 && at.every((ids) => ids.split('|').includes('kubernetes-events')));
  });
});
