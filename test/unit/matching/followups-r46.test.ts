import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// Wrong matches the round-45 audits and reviews left for the lead.
describe('aliases narrowed in round 46 from what earlier audits left', () => {
  it('PATH is the environment variable, not the last or first part of another constant (BINARY_PATH, PATH_MAX)', () => {
    const sh = ['#!/bin/bash', 'export BINARY_PATH=/usr/local/bin/app', 'export PATH="$HOME/bin:$PATH"', 'echo "$CONFIG_PATH"', ''].join('\n');
    assert.deepEqual(notesAt(sh, 'shellscript', /PATH/), ['environment-variable', 'environment-variable']);
    const limits = ['#!/bin/sh', 'max=$(getconf PATH_MAX /)', 'echo "longest path: $max, search path: $PATH"', ''].join('\n');
    assert.deepEqual(notesAt(limits, 'shellscript', /PATH/), ['environment-variable']);
  });
  it('SQL DDL names their notes: CREATE TABLE and DROP TABLE are DDL, FOR EACH ROW a trigger, lower-case jsonb the JSONB type (audit ay)', () => {
    const sql = ['-- migrate:up', 'CREATE TABLE blocks (', '  id bigserial PRIMARY KEY,', '  data jsonb NOT NULL', ');', 'CREATE TRIGGER touch BEFORE UPDATE ON blocks FOR EACH ROW EXECUTE FUNCTION touch();', '-- migrate:down', 'DROP TABLE blocks;', ''].join('\n');
    assert.deepEqual(notesAt(sql, 'sql', /^(CREATE TABLE|DROP TABLE|FOR EACH ROW|jsonb)$/), ['sql-ddl-dml', 'postgresql-jsonb', 'database-trigger', 'sql-ddl-dml']);
    // In prose the same words in lower case are English.
    assert.deepEqual(notesAt('For each row in the sheet, create table entries by hand; drop table scraps.\n', 'markdown', /table|row/i), []);
  });
  it("a send-only channel's chan<- is underlined whole, its closing dash included, in Go code and in Markdown (audit ax)", () => {
    const go = 'package main\n\nfunc producer(out chan<- int, in <-chan int) {\n\tout <- <-in\n}\n';
    assert.deepEqual(notesAt(go, 'go', /chan/), ['channel-direction', 'channel-direction']);
    assert.deepEqual(notesAt(go, 'go', /^chan<-$/), ['channel-direction'], 'the span ends after the dash, not at "chan<"');
    const md = '# 单向通道\n\n函数参数写成 `chan<- int` 就只能发送。\n';
    assert.deepEqual(notesAt(md, 'markdown', /^chan<-$/), ['channel-direction']);
  });
  it('Big O written as notation is the Big O note, in capitals only: little-o and a register name are not (audits aw, az)', () => {
    const md = 'Search takes O(log n), sorting O(n log n), a hash lookup O(1) on average and O(n) at worst; bubble sort is O(n²).\n\nLittle-o o(n) is another bound. Write 1 to the RO(1) register.\n';
    assert.deepEqual(notesAt(md, 'markdown', /^[oO]\(/), ['big-o-notation', 'big-o-notation', 'big-o-notation', 'big-o-notation', 'big-o-notation']);
  });
  it('fg, like bg, is the shell job-control command in shell code, not a Python colour parameter (audit az noticed bg)', () => {
    // Environment variables (os.getenv) make a Python file a little about the shell, as in audit az's FastAPI app.
    const py = 'import os\nimport matplotlib\n\nTHEME = os.getenv("THEME", "dark")\nLOG_LEVEL = os.getenv("LOG_LEVEL", "INFO")\n\ndef draw(ax, fg="black", bg="white"):\n    ax.set_facecolor(bg)\n    ax.title.set_color(fg)\n';
    assert.deepEqual(notesAt(py, 'python', /^[fb]g$/), []);
    assert.deepEqual(notesAt('#!/bin/bash\nsleep 100 &\njobs\nfg %1\n', 'shellscript', /^fg$/), ['job-control']);
  });
  it("search_path and CrewAI's expected_output are code names: as written in their field's prose, never as words apart elsewhere", () => {
    // As in the real-corpus kind e2e script's comment, and a Kubernetes how-to's "Expected output:" (both matched before).
    assert.deepEqual(notesAt('#!/bin/bash\n# add the tools to the search paths\nexport PATH="$HOME/bin:$PATH"\n', 'shellscript', /search/), []);
    assert.deepEqual(notesAt('# Deploy\n\nRun kubectl apply -f pod.yaml.\n\nExpected output: pod/web created\n', 'markdown', /xpected/), []);
    assert.deepEqual(notesAt('# PostgreSQL schemas\n\nIn PostgreSQL, SET search_path TO app, public; picks the schema of an unqualified name.\n', 'markdown', /search_path/), ['postgresql-schema-search-path']);
    assert.deepEqual(notesAt('# CrewAI\n\nIn CrewAI a Task has a description and an expected_output; the Agent with its role runs it.\n', 'markdown', /expected_output/), ['crewai']);
  });
  it("gRPC's status codes in Go and the scissor calls of Vulkan and OpenGL explain their notes (audit bc's missed terms)", () => {
    const go = 'package svc\n\nfunc (s *server) Get(ctx context.Context, r *pb.Req) (*pb.Resp, error) {\n\treturn nil, status.Error(codes.InvalidArgument, "id required")\n}\n';
    assert.deepEqual(notesAt(go, 'go', /^codes\./), ['grpc']);
    // A Python enum member of the same name is not gRPC's Go constant.
    assert.deepEqual(notesAt('class codes:\n    NotFound = 404\n\nprint(codes.NotFound)\n', 'python', /NotFound/), []);
    const cpp = 'void record(VkCommandBuffer cb, VkExtent2D e) {\n  VkRect2D scissor{{0, 0}, e};\n  vkCmdSetScissor(cb, 0, 1, &scissor);\n}\n';
    assert.deepEqual(notesAt(cpp, 'cpp', /Scissor/), ['viewport-transform']);
  });
  it('a mode string ending in dashes is underlined whole (-rw-r--r--, not -rw-r--r; the harvest noticed it)', () => {
    const sh = '#!/bin/bash\nls -l app.conf\n# -rw-r--r-- 1 root root 120 app.conf\n';
    assert.deepEqual(notesAt(sh, 'shellscript', /^-rw-r--r--$/), ['file-permissions']);
  });
  it("an SPI clock divider's BaudRatePrescaler is no UART baud rate; the UART's own BaudRate is (audit bd)", () => {
    const c = '#include "stm32f4xx_hal.h"\nvoid init(void) {\n  hspi1.Init.BaudRatePrescaler = SPI_BAUDRATEPRESCALER_16;\n  huart2.Init.BaudRate = 115200;\n}\n';
    assert.deepEqual(notesAt(c, 'c', /^BaudRate$/), ['uart']);
  });
  it('the TCP flags SYN and FIN, and the BSD state name SYN_RCVD, explain the handshake and the close in a networking text (audit bh)', () => {
    const md = '# TCP 连接管理\n\n三次握手：客户端发送 SYN，服务端回复 SYN+ACK 并进入 SYN_RCVD 状态。\n\n四次挥手：主动关闭方发送 FIN，进入 FIN_WAIT_1。\n';
    assert.deepEqual(notesAt(md, 'markdown', /^(SYN|SYN_RCVD|FIN)$/), ['tcp-three-way-handshake', 'tcp-three-way-handshake', 'tcp-three-way-handshake', 'tcp-four-way-close']);
    assert.deepEqual(notesAt('# Tools\n\nThe SYN tool and the FIN department file their reports.\n', 'markdown', /SYN|FIN/), []);
  });
  it("TypeScript's type query (ReturnType<typeof f>, let u: typeof cfg) is not JavaScript's typeof operator; the operator still is (audit bf)", () => {
    const ts = [
      'function getUser() { return { id: 1 }; }',
      'type User = ReturnType<typeof getUser>;',
      'const cfg = { retries: 3 } as const;',
      'let current: typeof cfg;',
      'function load(x: typeof cfg, fallback?: typeof current) {}',
      'type Lookup = Map<string, typeof cfg>;',
      'type Config = typeof cfg;',
      'const copy = current as typeof cfg;',
      'if (typeof input === "string") {}',
      'const kind = { of: typeof input };',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(ts, 'typescript', /^typeof$/), ['js-typeof', 'js-typeof']);
    assert.deepEqual(notesAt(ts, 'javascript', /^typeof$/).length, 9, 'JavaScript has no type positions: all nine are the operator');
  });
  it("Java's record keyword where it declares a record, not a variable named record (audit bi: a Kafka consumer loop)", () => {
    const java = [
      'public class Demo {',
      '    public record Point(int x, int y) {}',
      '    record Pair<A, B>(A first, B second) {}',
      '    void run(KafkaConsumer<String, String> consumer) {',
      '        ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(100));',
      '        for (ConsumerRecord<String, String> record : records) System.out.println(record.value());',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(java, 'java', /^record$/), ['java-records', 'java-records']);
  });
  it('a recursive delete or copy in a Linux tutorial is no recursion; a recursive function is (audit bi)', () => {
    const md = '# Linux 文件操作\n\n`cp -r src dst` 复制目录（-r 递归）；`rm -r logs` 递归删除目录。\n\n递归函数调用自身，用栈保存现场。\n';
    assert.deepEqual(notesAt(md, 'markdown', /递归/), ['recursion']);
  });
  it("a TSX mapped type's [key in …] and a computed [key] are no React key prop; key={…} on an element is (audit bh's probes)", () => {
    const tsx = 'type Flags = { [key in "a" | "b"]: boolean };\nconst o = { [key]: 1 };\nexport function List({ items }: { items: { id: string }[] }) {\n  return <ul>{items.map((it) => <li key={it.id}>{it.id}</li>)}</ul>;\n}\n';
    assert.deepEqual(notesAt(tsx, 'typescriptreact', /^key$/), ['react-key-prop']);
  });
});
