import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// LucienLSA/docsify-blog.github.io docs/study/GoLang/go-基础原理/io多路复用epoll.md of blind audit fj (fj-zh-2), lines 40-47 (short quotes).
const epollNotes = [
  '#### 非阻塞IO',
  '基于 BIO 存在的问题，我们进行一轮改进，核心是将 read 操作由同步阻塞操作改为带有尝试性的非阻塞操作.',
  '+ 遍历 fds 列表，每轮尝试从一个 fd 中读数据',
  '+ 倘若 io event 未就绪，只抛出错误，同样不阻塞流程',
  '',
].join('\n');

// reduxjs/redux-essentials-example-app src/features/notifications/notificationsSlice.ts (branch feature/tutorial-steps-ts)
// of blind audit fj (fj-code-3), lines 82-87.
const notificationsSlice = [
  "import { createSlice } from '@reduxjs/toolkit'",
  '',
  'export const fetchNotificationsWebsocket = (): AppThunk => (dispatch, getState) => {',
  '  const allNotifications = selectNotificationsData(getState())',
  '  // Hardcode a call to the mock server to simulate a server push scenario over websockets',
  '  forceGenerateNotifications(latestTimestamp)',
  '}',
  '',
].join('\n');

// primer/css src/forms/form-control.scss of blind audit fj (fj-code-1), lines 127-133.
const formControl = [
  '// Hide the icon that tries to autofill contact info in webkit',
  '.form-control {',
  '  &::-webkit-contacts-auto-fill-button {',
  '    position: absolute;',
  '    display: none !important;',
  '  }',
  '}',
  '',
].join('\n');

// hashicorp/learn-terraform-provision-gke-cluster gke.tf of blind audit fj (fj-code-4), lines 19-27 and 39-46.
const gkeTf = [
  '# GKE cluster',
  'data "google_container_engine_versions" "gke_version" {',
  '  location = var.region',
  '  version_prefix = "1.27."',
  '}',
  '',
  'resource "google_container_cluster" "primary" {',
  '  name     = "${var.project_id}-gke"',
  '  location = var.region',
  '}',
  '',
  'resource "google_container_node_pool" "primary_nodes" {',
  '  name       = google_container_cluster.primary.name',
  '  cluster    = google_container_cluster.primary.name',
  '  node_count = var.gke_num_nodes',
  '}',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit fj', () => {
  it('"不阻塞流程" is no blocking flow; 阻塞流 in a max-flow text is (blind audit fj, fj-zh-2)', () => {
    assert.deepEqual(notesAt(epollNotes, 'markdown', /^阻塞流$/), []);
    assert.ok(notesAt(epollNotes, 'markdown', /^阻塞$/).length > 0);
    const flow = [
      '# Dinic 算法',
      '',
      'Dinic 算法先用 BFS 建分层图，再在分层图上用 DFS 反复求阻塞流，直到汇点不可达；它是最常用的最大流算法。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(flow, 'markdown', /^阻塞流$/), ['dinic-algorithm']);
  });

  it("a mock server's push over websockets is no HTTP/2 server push; HTTP/2's is (blind audit fj, fj-code-3)", () => {
    assert.deepEqual(notesAt(notificationsSlice, 'typescript', /^server push$/i), []);
    const h2 = [
      '# HTTP/2',
      '',
      'HTTP/2 multiplexes many streams over one TCP connection, compresses headers with HPACK and frames everything in binary.',
      'Server push (a PUSH_PROMISE frame) lets the server send a stylesheet before the browser asks; Chrome has since removed server push.',
      '',
    ].join('\n');
    assert.ok(notesAt(h2, 'markdown', /^server push$/i).includes('http2'));
  });

  it('"tries to autofill contact info" in a comment is no grid auto-fill; repeat(auto-fill, …) is (blind audit fj, fj-code-1)', () => {
    assert.deepEqual(notesAt(formControl, 'scss', /^auto-?fill$/i), []);
    const grid = ['.cards {', '  display: grid;', '  grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));', '}', ''].join('\n');
    assert.deepEqual(notesAt(grid, 'scss', /^auto-fill$/), ['css-grid']);
  });

  it('google_container_cluster is no container; a Pod\'s container is (blind audit fj, fj-code-4)', () => {
    assert.deepEqual(notesAt(gkeTf, 'terraform', /^container$/i), []);
    const pods = [
      '# Pods',
      '',
      'A Pod runs one or more containers that share its network namespace. kubectl logs shows a container\'s output,',
      'and kubectl exec opens a shell in a container of the Pod; the kubelet restarts a container that exits.',
      '',
    ].join('\n');
    assert.ok(notesAt(pods, 'markdown', /^containers?$/).some((ids) => ids.split('|').includes('kubernetes-container')));
  });
});
