import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The iptables introduction of blind audit co (co-en-1), cut to the lines that make it a netfilter document.
const iptables = [
  '[iptables](http://netfilter.org/projects/iptables/index.html)',
  '==========',
  '',
  "`iptables` (and `ip6tables`) is a userspace tool used to configure NAT, packet mangling, and stateful packet filtering within the Linux kernel's Xtables/Netfilter framework.",
  '',
  'Netfilter is a stateful packet filter framework. The `conntrack` tool is useful for examining connections.',
  '',
  'Explicit matches (-m <match>), abridged list:',
  '  * **conntrack** - matches connection tracking attributes like state',
  '  * **recent** - matching system, commonly used for rate limiting',
  '  * ~~ttl~~ - matches packet TTL',
  '',
  'Targets (-j)',
  '  * **SNAT** - performs source NAT on a packet',
  "  * TTL - change packet's TTL",
  '',
].join('\n');

// The generic-types article of blind audit co (co-en-2), cut to its TypeScript fences and the prose around them.
const generics = [
  '# Generic Types',
  'Generic types are placeholders for types that are resolved when a class or function is used, this allows type-safe code',
  'that can deal with a range of different types, such as collection or classes.',
  '',
  '### Generic class',
  'A generic class is a class that has a **generic type parameter** it is a placeholder for a `type` that is specified when',
  'the class is used to create a new object.',
  '',
  '```typescript',
  'class DataCollection<T> {',
  '  private collection: T[] = [];',
  '  constructor(initialCollection:T[]) {',
  '    this.collection.push(...iniinitialCollection);',
  '  };',
  '}',
  '```',
  '',
  'Constraining Generic Types Using a Shape \\',
  'An alternative approach is to use a **shape** to constrain the type parameter, which will allow only',
  'the properties that the generic class relies on to be described.',
  '```typescript',
  '/* can be instantiated using any type that has a name property that returns a string.*/',
  'class DataCollection<T extends {name: string}> {',
  '  private collection: T[] = [];',
  '}',
  '```',
  '>Generic type parameters can also be constrained using type aliases and interfaces.',
  '',
  '#### Defining Multiple Type Parameters',
  'You can add some types to generics.',
  '',
  '#### Allowing the Compiler to Conclude (Infer) Type Arguments',
  '```typescript',
  'class DataCollection<T extends { name: string }> {',
  '  private items: T[] = [];',
  '  doSomething<U>(data: U[]): (T & U)[] {}',
  '}',
  'new DataCollection<>(["str", "str2"]).doSomething<>([1, 2, 3]); /* Compiler understands that T - string, U - nimber */',
  '```',
  '',
].join('\n');

// Two sections of the same article (co-en-2): a shape constraint and a generic interface.
const shape = [
  'Constraining Generic Types Using a Shape \\',
  'An alternative approach is to use a **shape** to constrain the type parameter, which will allow only',
  'the properties that the generic class relies on to be described.',
  '```typescript',
  '/* can be instantiated using any type that has a name property that returns a string.*/',
  'class DataCollection<T extends {name: string}> { ',
  '  private collection: T[] = [];',
  '  getItemName(): string {',
  '    return this.collection[0].name;',
  '  }',
  '}',
  '```',
  '>Generic type parameters can also be constrained using type aliases and interfaces.',
  '',
  '### Defining Generic Interfaces',
  'Interfaces can be defined with generic type parameters, allowing functionality to be defined without specifying',
  'individual types',
  '```typescript',
  'type shapeType = { name: string };',
  'interface Collection<T extends shapeType> {',
  '  add(...newItems: T[]): void;',
  '  get(name: string): T;',
  '  count: number;',
  '}',
  '```',
  '',
].join('\n');

// The gRPC notes of blind audit co (co-zh-2): Go fences make its prose count for the Go- and C-scoped aliases.
const grpc = [
  '# 简介',
  '',
  'gRPC是一个高性能的、开源的通用的RPC框架。gRPC使用了**Protocol Buffers**。',
  '',
  '3. 安装代码生成工具',
  '   ~~~go',
  '   go install google.golang.org/protobuf/cmd/protoc-gen-go@latest',
  '   ~~~',
  '',
  '**protobuf文件只是服务端和客户端调用的约束，只是一个接口文档，server端只需要把方法实现，客户端调用这个方法**',
  '',
  '> TLS (Transport Layer Security，安全传输层)，TLS是建立在传输层TCP协议之上的协议，服务于应用层，它的前身是SSL (Secure Socket Layer,安全套接字层)，它实现了将应用层的报文进行加密后再交由TCP进行传输的功能。',
  '',
  '~~~go',
  '//服务端使用步骤',
  'creds,err := credentials.NewServerTLSFromFile("SAN证书绝对路径","私钥绝对路径")',
  'grpcServer := grpc.NewServer(grpc.Creds(creds))',
  '~~~',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit co', () => {
  it("a packet's TTL in a netfilter text is no DNS TTL; a DNS record's TTL is (blind audit co, co-en-1)", () => {
    // Only the target's own name (`TTL - ...`) still reads as DNS (left for the lead).
    assert.deepEqual(notesAt(iptables, 'markdown', /^TTL$/), ['dns']);
    const dns = [
      '# DNS resolution on Linux',
      '',
      'The resolver in /etc/resolv.conf asks the DNS server; `dig example.com A` shows the answer and its TTL.',
      'Before moving a service to a new IP address, lower the TTL so that caches drop the old record sooner.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(dns, 'markdown', /^TTL$/), ['dns', 'dns']);
  });

  it('"any type that …" is no `any` type; the any type is (blind audit co, co-en-2)', () => {
    assert.deepEqual(notesAt(shape, 'markdown', /^any type$/i), []);
    const ts = [
      '# TypeScript any and unknown',
      '',
      'Avoid the any type in `function parse(input: string): any`: it turns type checking off.',
      '```typescript',
      'function parse(input: string): unknown {',
      '  return JSON.parse(input);',
      '}',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(ts, 'markdown', /^any type$/i), ['ts-any-unknown']);
  });

  it('a misspelt "nimber" in a TypeScript comment is no game-theory nimber; a Sprague-Grundy text keeps it (blind audit co, co-en-2)', () => {
    assert.deepEqual(notesAt(generics, 'markdown', /^nimber$/), []);
    const games = [
      '# Impartial games',
      '',
      'By the Sprague-Grundy theorem every impartial game position is equivalent to a Nim heap; the size of that heap',
      'is the position\'s nimber (its Grundy number), and the mex of the successors\' nimbers gives it.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(games, 'markdown', /^nimber$/), ['nim-game']);
  });

  it('"type parameter" in a TypeScript text is TypeScript generics, in a Go text Go generics (blind audit co, co-en-2)', () => {
    const atTypeParameter = notesAt(generics, 'markdown', /^type parameters?$/i);
    assert.ok(atTypeParameter.length >= 2);
    assert.ok(atTypeParameter.every((ids) => ids === 'ts-generics'), atTypeParameter.join(', '));
    const go = [
      '# Go generics',
      '',
      'Since Go 1.18 a function may declare a type parameter: `func Map[T, U any](xs []T, f func(T) U) []U`.',
      '```go',
      'func Max[T cmp.Ordered](a, b T) T {',
      '\tif a > b {',
      '\t\treturn a',
      '\t}',
      '\treturn b',
      '}',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(go, 'markdown', /^type parameter$/), ['go-generics']);
  });

  it('分页 is not read across 一部分页表; 分页 itself is (blind audit co, co-zh-1)', () => {
    const paging = [
      '## 二、页表',
      '',
      '- Paging therefore increase the context-switch time',
      '',
      '  分页将造成进程上下文切换的一个开销，进程被分配CPU后，每次CPU都需要调入页表',
      '',
      '##### 2.3.2 TLB(快表)',
      '',
      '  - The TLB contains only a few of the page-table entries',
      '',
      '    TLB只包含一个进程一部分页表内容',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(paging, 'markdown', /^分页$/), ['virtual-memory']);
    assert.deepEqual(notesAt(paging, 'markdown', /^页表$/), ['virtual-memory', 'virtual-memory', 'virtual-memory']);
  });

  it("SSL's \"Secure Socket Layer\" is no socket; a socket in Go code is (blind audit co, co-zh-2)", () => {
    assert.deepEqual(notesAt(grpc, 'markdown', /^socket$/i), []);
    const goSocket = [
      'package main',
      '',
      'import "net"',
      '',
      '// dial opens a TCP socket to the server and returns the connection.',
      'func dial(addr string) (net.Conn, error) {',
      '\treturn net.Dial("tcp", addr)',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(goSocket, 'go', /^socket$/), ['socket']);
  });

  it('接口文档 (an API document) is no Go interface; 接口 in Go code is (blind audit co, co-zh-2)', () => {
    assert.deepEqual(notesAt(grpc, 'markdown', /^接口$/), []);
    const goInterface = [
      'package shape',
      '',
      '// Shape 接口：任何实现了 Area 方法的类型都满足它。',
      'type Shape interface {',
      '\tArea() float64',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(goInterface, 'go', /^接口$/), ['go-interface']);
  });
});
