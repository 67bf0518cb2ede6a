import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit du', () => {
  it("LangChain's RunnableLambda is no Python lambda; a lambda expression is (blind audit du, du-en-1)", () => {
    const langchain = [
      '## 🔁 Using Retrievers',
      '',
      'LangChain VectorStore objects are not Runnable. To integrate them with chains, you need to use retrievers which are Runnable-compatible.',
      '',
      '### Custom Retriever Using RunnableLambda',
      '',
      '```python',
      'from langchain_core.runnables import RunnableLambda',
      '',
      'retriever = RunnableLambda(vectorstore.similarity_search).bind(k=1)',
      'retriever.batch(["cat", "dog"])',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(langchain, 'markdown', /lambda/i), []);
    const sorting = [
      '## Sorting by score',
      '',
      '```python',
      'ranked = sorted(pairs, key=lambda p: p[1], reverse=True)',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(sorting, 'markdown', /^lambda$/), ['python-lambda']);
  });

  it("a React hook named useAuthorization is no ASP.NET Core middleware; app.UseAuthorization() is (blind audit du, du-code-1)", () => {
    const layout = [
      "import { useEffect, useState } from 'react';",
      "import { NavLink, useNavigate, useNavigation } from 'react-router';",
      '',
      "import { useLogout } from '@/lib/auth';",
      "import { ROLES, useAuthorization } from '@/lib/authorization';",
      '',
      'export function DashboardLayout({ children }: { children: React.ReactNode }) {',
      '  const navigate = useNavigate();',
      '  const { checkAccess } = useAuthorization();',
      '  return <main>{children}</main>;',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(layout, 'typescriptreact', /authorization/i), []);
    const program = [
      'var builder = WebApplication.CreateBuilder(args);',
      'var app = builder.Build();',
      'app.UseRouting();',
      'app.UseAuthentication();',
      'app.UseAuthorization();',
      'app.MapControllers();',
      'app.Run();',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(program, 'csharp', /^UseAuthorization$/), ['aspnet-core']);
  });

  it('指令页缓存 / 数据页缓存 (the iTLB and dTLB) are no Linux page cache; 页缓存 is (blind audit du, du-zh-2)', () => {
    const tlb = [
      '#### 如何更快地完成虚拟地址到物理地址的转换',
      '',
      '我们通过访问TLB缓存来获取虚拟地址对应的物理地址这是十分迅速的，因为访问速度比RAM快，这非常像一个Cache。如果想让TLB非常迅速，TLB就必须尽可能小。',
      '我们通常将TLB分离成指令页缓存（iTLB）和数据页缓存（dTLB），比如现代intel所生产的，每一页4KB，一共有64个页表入口PTE。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(tlb, 'markdown', /页缓存/), []);
    const linux = [
      '## Linux 的页缓存',
      '',
      '读文件时内核先查页缓存，命中就不必访问磁盘；写入的页先标为脏页，由回写线程稍后刷到磁盘。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(linux, 'markdown', /^页缓存$/), ['page-cache', 'page-cache']);
  });

  it("APIRouter is FastAPI's (alias added after blind audit du, du-code-3)", () => {
    const users = [
      'from typing import Annotated, Any',
      '',
      'from fastapi import APIRouter, Depends, Request',
      'from sqlalchemy.ext.asyncio import AsyncSession',
      '',
      'router = APIRouter(tags=["users"])',
      '',
      '',
      '@router.get("/user/me/", response_model=UserRead)',
      'async def read_users_me(request: Request, current_user: Annotated[UserRead, Depends(get_current_user)]) -> UserRead:',
      '    return current_user',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(users, 'python', /^APIRouter$/), ['fastapi', 'fastapi']);
  });
});
