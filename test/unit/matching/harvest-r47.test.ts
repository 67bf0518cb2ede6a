import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// Aliases for what the round-47 blind audits (bk–bn) expected and found unexplained, each on a note whose body
// explains it (bench/precision-audit/blind-2026-12bl.md, bm, bn).
describe('round 47 harvest: expected terms the audits found unexplained', () => {
  it('Vue\'s "ref函数", "reactive函数" and "computed函数" in Chinese prose are the Vue notes (audit bl, bl-zh-1)', () => {
    const md = ['# Vue3 组合式 API', '', '- ref函数：定义一个响应式的数据', '- reactive函数：定义一个对象类型的响应式数据', '- computed函数：与 Vue2 中 computed 配置功能一致', ''].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /函数$/), ['vue-ref', 'vue-reactive', 'vue-computed']);
  });
  it('动规, the short form of 动态规划 in solutions, is dynamic programming; 运动规划 is not (audit bn, bn-zh-2)', () => {
    const md = ['# 300. 最长递增子序列', '', '这道题用动规来做，dp[i] 表示以 nums[i] 结尾的最长递增子序列的长度。', '', '机器人的运动规划不是这里的话题。', ''].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /动规/), ['dynamic-programming']);
  });
  it('"context limit" of an LLM is the context window (audit bm, bm-en-1)', () => {
    const md = '# Retrieval\n\nLLMs have a context limit, so the retriever returns only the top chunks for the prompt.\n';
    assert.deepEqual(notesAt(md, 'markdown', /context limit/), ['context-window']);
  });
  it("grpc-go's codes.AlreadyExists and codes.Internal are gRPC status codes, as codes.NotFound is (audit bl, bl-code-3)", () => {
    const go = [
      'func (s *server) CreateUser(ctx context.Context, req *pb.CreateUserRequest) (*pb.User, error) {',
      '\tif s.exists(req.Email) {',
      '\t\treturn nil, status.Error(codes.AlreadyExists, "user exists")',
      '\t}',
      '\tif err := s.store.Save(req); err != nil {',
      '\t\treturn nil, status.Errorf(codes.Internal, "save: %v", err)',
      '\t}',
      '\treturn &pb.User{}, nil',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(go, 'go', /^codes\./), ['grpc', 'grpc']);
  });
  it("C++'s = delete is the deleted copy operations of a non-copyable class; = default and a variable named deleted are not (audit bm, bm-code-1)", () => {
    const cpp = ['class Cache {', 'public:', '  Cache(const Cache&) = delete;', '  Cache& operator=(const Cache&) = delete;', '  Cache(Cache&&) = default;', '  bool removed = deleted;', '};', ''].join('\n');
    assert.deepEqual(notesAt(cpp, 'cpp', /delete/), ['non-copyable-class', 'non-copyable-class']);
  });
  it('"owner references" in the plural and ownerReferences are the owner-references note, as "owner reference" is (audit bp)', () => {
    // The plural was lost: its key is ownerReferences', which the controller note held.
    const md = '# Garbage collection\n\nThe ReplicaSet controller sets owner references on each Pod; kubectl reads the ownerReferences of a Pod.\n';
    assert.deepEqual(notesAt(md, 'markdown', /owner ?references/i), ['kubernetes-garbage-collection', 'kubernetes-garbage-collection']);
  });
});
