import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The OpenTelemetry post of blind audit dn (dn-en-1), cut to lines that make it an observability document with a Go fence
// and the collector's network endpoints, as the whole post is.
const otel = [
  '## The Core Concepts: What is OpenTelemetry?',
  '',
  'OpenTelemetry (OTEL) is an open-source observability framework that provides a standardized way to collect, process,',
  'and export telemetry data (traces, metrics, and logs).',
  '',
  '2.  **Correlated Traces and Logs**: With a single `trace_id`, you can instantly find all the logs associated with a',
  'specific request, even as it hops across multiple services.',
  '',
  '```yaml',
  'receivers:',
  '  # Receive traces and logs via OTLP (standard ports)',
  '  otlp:',
  '    protocols:',
  '      grpc:',
  '        endpoint: 0.0.0.0:4317',
  '      http:',
  '        endpoint: 0.0.0.0:4318',
  '```',
  '',
  'Spans are the building blocks of a trace. A single span represents one unit of work, like an API call, a database query.',
  '',
  '```go',
  '// Client Side: Injecting the context into HTTP headers',
  'req, _ := http.NewRequest("GET", "http://example.com", nil)',
  '// Server Side: Extracting the context from headers',
  'ctx := propagator.Extract(r.Context(), propagation.HeaderCarrier(r.Header))',
  '```',
  '',
  '### Linking Spans for Complex Workflows',
  '',
  'What if you have a workflow where one event triggers multiple independent background jobs? The jobs aren\'t children',
  'of the initial span in a traditional sense, but they are related. For this, you can use **Span Links**.',
  '',
  'I used this for a background job processing system. A single "group job" event would be consumed by multiple workers',
  'concurrently. By linking the spans from each worker back to the original parent span, I could create a unified view.',
  '',
  '![Example of linking spans for a grouped job](/img/blogs/tracetolog005.png)',
  '',
].join('\n');

// The Go tutorial of blind audit dn (dn-en-2): Rust-style Option and Result types written with generics.
const goOption = [
  '### Pattern 1: Option Types',
  '',
  '```go',
  'type Option[T any] struct {',
  '    value *T',
  '}',
  '',
  'func (o Option[T]) UnwrapOr(defaultValue T) T {',
  '    if o.value == nil {',
  '        return defaultValue',
  '    }',
  '    return *o.value',
  '}',
  '',
  'func (o Option[T]) Map[U any](fn func(T) U) Option[U] {',
  '    if o.value == nil {',
  '        return None[U]()',
  '    }',
  '    return Some(fn(*o.value))',
  '}',
  '',
  'func main() {',
  '    name := userOpt.',
  '        Map(func(u User) string { return u.Name }).',
  '        UnwrapOr("Unknown User")',
  '    fmt.Printf("Error: %v\\n", result.UnwrapErr())',
  '}',
  '```',
  '',
].join('\n');

// The 凤凰架构 CDN chapter of blind audit dn (dn-zh-1), cut to a few of its lines.
const cdn = [
  '# 内容分发网络',
  '',
  '介绍 DNS 域名解析时，笔者曾提到翻译域名无须像查电话本一样刻板地一对一翻译，内容分发网络将用户请求路由到它的资源服务器上就是依靠 DNS 服务器来实现的。',
  '',
  '```bash',
  '$ dig icyfenix.cn',
  '',
  ';; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 60630',
  ';; ANSWER SECTION:',
  'icyfenix.cn.            600     IN      CNAME   icyfenix.cn.cdn.dnsv1.com.',
  '```',
  '',
  '4. 本地 DNS 查询 CNAME 时，由于能解析该 CNAME 的权威服务器只有 CDN 服务商所架设的权威 DNS，将它的 IP 代替源站的 IP 地址，返回给本地 DNS。',
  '',
  '尽管在 HTTP 协议中，关于缓存的 Header 定义中确实是有对 CDN 这类共享缓存的一些指引性参数，譬如Cache-Control的 s-maxage，但是否要遵循，完全取决于 CDN 本身的实现策略。',
  '',
  '现在，最常见的做法是超时被动失效与手工主动失效相结合。超时失效是指给予缓存资源一定的生存期，超过了生存期就在下次请求时重新被动回源一次。',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit dn', () => {
  it("an Option type's UnwrapOr and a Result's UnwrapErr are no error unwrapping; an error's Unwrap() is (blind audit dn, dn-en-2)", () => {
    assert.deepEqual(notesAt(goOption, 'markdown', /^Unwrap$/), []);
    const wrapped = [
      'type QueryError struct {',
      '\tQuery string',
      '\tErr   error',
      '}',
      '',
      'func (e *QueryError) Unwrap() error { return e.Err }',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(wrapped, 'go', /^Unwrap$/), ['go-error-wrapping']);
  });

  it("a Go method named Map (or strings.Map) is no Go map; the map keyword is (blind audit dn, dn-en-2)", () => {
    assert.deepEqual(notesAt(goOption, 'markdown', /^map$/i), []);
    assert.deepEqual(notesAt('package main\n\nvar s = strings.Map(unicode.ToUpper, "go")\n', 'go', /^map$/i), []);
    const counts = ['package main', '', 'func count(words []string) map[string]int {', '\tm := make(map[string]int)', '\treturn m', '}', ''].join('\n');
    assert.deepEqual(notesAt(counts, 'go', /^map$/), ['go-map', 'go-map']);
  });

  it('linking spans in an observability text is no linker; linking in a C text is (blind audit dn, dn-en-1)', () => {
    assert.deepEqual(notesAt(otel, 'markdown', /^linking$/i), []);
    const ld = [
      '# Linking a C program',
      '',
      '`gcc -c main.c` writes the object file `main.o`; the linker (GNU ld) then resolves each undefined symbol through',
      'the symbol table and patches every relocation. Linking twice with the same inputs gives the same ELF executable.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(ld, 'markdown', /^linking$/i), ['linker', 'linker']);
  });

  it("a worker queue's background job is no shell job control; `cmd &` starting one is (blind audit dn, dn-en-1)", () => {
    assert.deepEqual(notesAt(otel, 'markdown', /^background jobs?$/i), []);
    const shell = [
      '# Job control in bash',
      '',
      '`sleep 100 &` starts a background job. `jobs -l` lists it with its PID, Ctrl-Z suspends the foreground one,',
      'and `fg %1` brings the background job back.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(shell, 'markdown', /^background job$/), ['job-control', 'job-control']);
  });

  it("a \"group job\" event is no Prometheus job; a scrape config's job is (blind audit dn, dn-en-1)", () => {
    assert.deepEqual(notesAt(otel, 'markdown', /^job$/), []);
    const rules = [
      'groups:',
      '  - name: node',
      '    rules:',
      '      - alert: InstanceDown',
      '        expr: up{job="node"} == 0',
      '        for: 5m',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(rules, 'yaml', /^job$/), ['prometheus']);
  });

  it('a request that hops across services is no traceroute hop; a router hop is (blind audit dn, dn-en-1)', () => {
    assert.deepEqual(notesAt(otel, 'markdown', /^hops?$/), []);
    const mtr = [
      '# traceroute and mtr',
      '',
      'traceroute sends probes with a growing TTL; each router that drops one answers with ICMP Time Exceeded,',
      'so every hop on the path shows up. `mtr` repeats this and shows the loss at each hop.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(mtr, 'markdown', /^hop$/), ['traceroute-mtr', 'traceroute-mtr']);
  });

  it("a CDN cache's 超时失效 is no network timeout; a connect timeout is (blind audit dn, dn-zh-1)", () => {
    assert.deepEqual(notesAt(cdn, 'markdown', /^超时$/), []);
    const tcp = [
      '# TCP 连接',
      '',
      '客户端连接 DNS 服务器时设置了 3 秒超时，超时后换一个 IP 地址重试，再读 TCP 响应。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(tcp, 'markdown', /^超时$/), ['timeout', 'timeout']);
  });

  it("a CDN's 资源服务器 is no OAuth resource server; OAuth's is (blind audit dn, dn-zh-1)", () => {
    assert.deepEqual(notesAt(cdn, 'markdown', /^资源服务器$/), []);
    const oauth = [
      '# OAuth 2.0',
      '',
      'OAuth 2.0 的四个角色：资源所有者、客户端、授权服务器（发放访问令牌）和资源服务器（API）。客户端用 client_secret 换取令牌。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(oauth, 'markdown', /^资源服务器$/), ['oauth2']);
  });

  it("a DNS header's opcode is no CPU opcode; an instruction's is (blind audit dn, dn-zh-1)", () => {
    assert.deepEqual(notesAt(cdn, 'markdown', /^opcode$/), []);
    const isa = [
      '# Instruction encoding',
      '',
      'In RISC-V machine code the opcode sits in the low seven bits of every 32-bit instruction; CISC encodings such as',
      "x86's put a variable-length opcode after optional prefixes.",
      '',
    ].join('\n');
    assert.deepEqual(notesAt(isa, 'markdown', /^opcode$/), ['instruction-set-architecture', 'instruction-set-architecture']);
  });

  it("Cache-Control's s-maxage is HTTP caching (alias added after blind audit dn, dn-zh-1)", () => {
    assert.deepEqual(notesAt(cdn, 'markdown', /^s-maxage$/), ['http-caching']);
  });
});
