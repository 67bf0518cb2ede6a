import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The four notes round 47 added for what the blind audits kept finding unexplained (a Unity script with no match at
// all, a NestJS service with none of its eight terms, Git Flow's branches, a process's memory regions).
describe('round 47 notes: Unity MonoBehaviour, NestJS, Git Flow, process memory layout', () => {
  it("a Unity script's MonoBehaviour, FixedUpdate, LateUpdate and Time.deltaTime are the Unity note", () => {
    const cs = [
      'using UnityEngine;',
      'public class PlayerController : MonoBehaviour',
      '{',
      '    private Rigidbody rb;',
      '    void Start() { rb = GetComponent<Rigidbody>(); }',
      '    void FixedUpdate() { rb.AddForce(Vector3.forward); }',
      '    void LateUpdate() { Debug.Log(Time.deltaTime); }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(cs, 'csharp', /^(MonoBehaviour|GetComponent|FixedUpdate|LateUpdate|Time\.deltaTime)$/), Array(5).fill('unity-monobehaviour'));
  });
  it("a NestJS service's @Injectable and exceptions are NestJS; Angular's @Injectable stays Angular's", () => {
    const nest = ["import { Injectable, NotFoundException } from '@nestjs/common';", '', '@Injectable()', 'export class CatsService {', '  find(id: number) { throw new NotFoundException(); }', '}', ''].join('\n');
    assert.deepEqual(notesAt(nest, 'typescript', /^(@Injectable|NotFoundException)$/), ['nestjs', 'nestjs', 'nestjs']);
    const angular = ["import { Injectable } from '@angular/core';", '', "@Injectable({ providedIn: 'root' })", 'export class HeroService {}', ''].join('\n');
    assert.deepEqual(notesAt(angular, 'typescript', /^@Injectable$/), ['angular']);
  });
  it('Git Flow and its develop, release and hotfix branches in a Git text are the Git Flow note', () => {
    const md = '# Branching\n\nWe use Git Flow: features branch off the develop branch, a release branch is cut before each version, and a hotfix branch starts from main.\n';
    assert.deepEqual(notesAt(md, 'markdown', /Git Flow|develop branch|release branch|hotfix branch/), Array(4).fill('git-flow'));
  });
  it("a C text's memory layout and a C++ textbook's 代码区 / 全局区 / 栈区 / 堆区 are the process memory layout", () => {
    assert.deepEqual(notesAt('## Memory Layout of C Program\n\n1. Text segment\n2. Data segment\n', 'markdown', /Memory Layout/), ['process-memory-layout']);
    const zh = '# C++ 内存分区模型\n\nC++ 程序执行时，内存分为代码区、全局区、栈区和堆区；堆区由程序员用 new 分配。\n';
    assert.deepEqual(notesAt(zh, 'markdown', /区/), Array(6).fill('process-memory-layout'));
  });
});
