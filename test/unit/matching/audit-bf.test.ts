import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit bf', () => {
  it('a comment "// Update database" is no EF Core Update-Database command; the command is (blind audit bf, bf-en-2)', () => {
    // As in the audited Redis caching article: the update pattern of a cache-aside service.
    const md = [
      '### Update Pattern',
      '',
      '```javascript',
      '// Update cache on write',
      'async function updateUser(userId, data) {',
      '    // Update database',
      '    await database.updateUser(userId, data);',
      '    await redis.setex(`user:${userId}`, 3600, JSON.stringify(data));',
      '}',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /update.database/i), []);
    const ef = [
      '## Migrations',
      '',
      'After changing the DbContext, run `Add-Migration InitialCreate` and then `Update-Database` in the Package Manager Console.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(ef, 'markdown', /^Update-Database$/), ['entity-framework-core']);
  });

  it('"accept any type T" is no TypeScript any type; "the any type" is (blind audit bf, bf-en-3)', () => {
    // As in the audited TypeScript notes on generic constraints.
    const md = [
      '# Generics',
      '',
      'In TypeScript generics, extends acts like a gatekeeper. It tells the compiler: "I will accept any type T, but only if it',
      'looks at least like this other type."',
      '',
      '```ts',
      'type MustHaveId<T extends { id: string }> = T;',
      'function getProp<T, K extends keyof T>(obj: T, key: K): T[K] {',
      '  return obj[key];',
      '}',
      '```',
      '',
      'Avoid the any type in such helpers: it switches type checking off, where unknown keeps it.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^any type$/i), ['ts-any-unknown']);
  });

  it("a comment's Awaited is the utility type, not await; an await expression is await (blind audit bf, bf-en-3)", () => {
    const md = [
      '```ts',
      'declare function fetchProfile(id: string): Promise<{ name: string }>;',
      '',
      '// We use ReturnType to get the Promise, Awaited to unwrap the Promise,',
      '// and then our custom utility to grab the data property.',
      'type ProfileData = Awaited<ReturnType<typeof fetchProfile>>;',
      '',
      'async function show(id: string) {',
      '  const profile = await fetchProfile(id);',
      '  console.log(profile.name);',
      '}',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^Awaited$/), ['ts-utility-types', 'ts-utility-types']);
    assert.deepEqual(notesAt(md, 'markdown', /^await$/), ['js-async-await']);
  });

  it('the Performance API nextHopProtocol is no traceroute hop; a traceroute hop is (blind audit bf, bf-en-4)', () => {
    // As in the audited HTTP versions page, after a TCP / TLS / QUIC comparison.
    const md = [
      '# HTTP Protocol Versions',
      '',
      'HTTP/2 multiplexes streams over one TCP connection; HTTP/3 runs over QUIC on UDP, with TLS 1.3 built in.',
      '',
      '```javascript',
      '// Detect HTTP version in browser',
      "performance.getEntriesByType('navigation')[0].nextHopProtocol;",
      '// Returns: "http/1.1", "h2" (HTTP/2), or "h3" (HTTP/3)',
      '```',
      '',
      'When a site is slow, `traceroute example.com` lists each hop on the path; `mtr` shows the loss per hop.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /hop/i), ['traceroute-mtr', 'traceroute-mtr']);
  });

  it("DRF's generics.CreateAPIView is no RTK Query createApi (nor Django's Prefetch a resource hint); createApi is (blind audit bf, bf-code-1)", () => {
    // As in the audited Django REST framework views.
    const py = [
      'from rest_framework import generics, permissions',
      'from django.db.models import Prefetch, Count, Avg, Q',
      'from .serializers import ClientRegistrationSerializer, TherapistRegistrationSerializer',
      '',
      'class ClientRegistrationView(generics.CreateAPIView):',
      '    serializer_class = ClientRegistrationSerializer',
      '    permission_classes = [permissions.AllowAny]',
      '',
      'class TherapistRegistrationView(generics.CreateAPIView):',
      '    serializer_class = TherapistRegistrationSerializer',
      '    permission_classes = [permissions.AllowAny]',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(py, 'python', /createapi/i), []);
    assert.deepEqual(notesAt(py, 'python', /^prefetch$/i), []);
    const ts = [
      "import { createApi, fetchBaseQuery } from '@reduxjs/toolkit/query/react';",
      '',
      'export const api = createApi({',
      "  reducerPath: 'api',",
      "  baseQuery: fetchBaseQuery({ baseUrl: '/api' }),",
      '  endpoints: (build) => ({ users: build.query<User[], void>({ query: () => "users" }) }),',
      '});',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(ts, 'typescript', /^createApi$/), ['rtk-query', 'rtk-query']);
  });

  it("a worker pool's `type Handler func(…)` is no net/http HandlerFunc; HandlerFunc is (blind audit bf, bf-code-3)", () => {
    // As in the audited Go worker pool over a Redis queue.
    const pool = [
      'package worker',
      '',
      'import "context"',
      '',
      'type Handler func(ctx context.Context, task map[string]any) error',
      '',
      'type Pool struct {',
      '\tHandlers map[string]Handler',
      '\tPoolSize int',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(pool, 'go', /handler\s*func/i), []);
    const http = [
      'package main',
      '',
      'import "net/http"',
      '',
      'func logged(next http.Handler) http.Handler {',
      '\treturn HandlerFunc(func(w http.ResponseWriter, r *http.Request) { next.ServeHTTP(w, r) })',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(http, 'go', /^HandlerFunc$/), ['go-http-handler']);
  });
});
