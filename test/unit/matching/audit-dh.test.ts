import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The PostgreSQL MCP server README of blind audit dh (dh-en-1), cut to the lines that make it a PostgreSQL document with
// the shell blocks that give it a Linux context and the npm lines that give it a JavaScript one.
const mcpReadme = [
  '# 🚀 AI-Enhanced PostgreSQL MCP Server',
  '',
  'This repository provides a complete **Model Context Protocol (MCP) Server for PostgreSQL**, an **AI-powered SQL Chatbot**, upgraded **health monitoring**, and tools to generate and load a **20GB+ e-commerce dataset**.',
  '',
  'It is designed for:',
  '- Benchmarking PostgreSQL performance',
  '- Demonstrating MCP integration with LLMs',
  '- Intelligent DB insights (uptime, stats, explain plans, safe queries)',
  '',
  '### 🗄 PostgreSQL MCP Server',
  '- REST-like MCP interface',
  '- Endpoints:',
  '  - `GET /` → Enhanced health (uptime, version, connections)',
  '',
  '### 🛠 Included Tools',
  '- `create_partitions.py` → creates monthly partitions',
  '- `import_all.sh` → bulk loader',
  '- `schema_20gb.sql` → complete schema',
  '',
  '## 🖥️ 1. Install PostgreSQL (Database Server)',
  '',
  'Ubuntu / Debian:',
  '```',
  'sudo apt update',
  'sudo apt install postgresql postgresql-contrib',
  '```',
  '',
  'Create user + database:',
  '```',
  'sudo -u postgres psql',
  "CREATE ROLE mcpuser WITH LOGIN PASSWORD 'mcppassword';",
  'CREATE DATABASE mcp_demo OWNER mcpuser;',
  'GRANT ALL PRIVILEGES ON DATABASE mcp_demo TO mcpuser;',
  '\\q',
  '```',
  '',
  'Restart PostgreSQL:',
  '```',
  'sudo systemctl restart postgresql',
  '```',
  '',
  '## 🖥️ 2. Install MCP Server (Node.js + Express)',
  '',
  '```',
  'curl -fsSL https://deb.nodesource.com/setup_lts.x | sudo -E bash -',
  'sudo apt install -y nodejs git',
  'npm install',
  'npm start',
  '```',
  '',
  '| Component | VM | Purpose |',
  '|----------|----|----------|',
  '| PostgreSQL | VM-3 | Stores data |',
  '| MCP Server | VM-2 | API bridge |',
  '',
  'Firewall rules:',
  '```',
  'sudo ufw allow from <VM2_IP> to any port 5432',
  '```',
  '',
].join('\n');

// Jansson's CMakeLists.txt of blind audit dh (dh-code-4), cut to the checks and the integer-format fallback.
const jansson = [
  'cmake_minimum_required (VERSION 3.10)',
  'project(jansson C)',
  '',
  'set(JANSSON_VERSION "4.15.1")',
  'set(JANSSON_SOVERSION 4)',
  '',
  'include (CheckFunctionExists)',
  'include (CheckIncludeFiles)',
  '',
  'check_include_files (sys/stat.h HAVE_SYS_STAT_H)',
  'check_include_files (sys/time.h HAVE_SYS_TIME_H)',
  'check_include_files (sys/types.h HAVE_SYS_TYPES_H)',
  '',
  'check_function_exists (strtoll HAVE_STRTOLL)',
  '',
  'if (HAVE_STRTOLL)',
  '   set (JSON_STRTOINT strtoll)',
  'else ()',
  '   # fallback to strtol (32 bit)',
  '   set (JSON_STRTOINT strtol)',
  '   set (JSON_INT_T long)',
  '   set (JSON_INTEGER_FORMAT "\\"ld\\"")',
  'endif ()',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit dh', () => {
  it("a database's uptime in a README's prose is no load average; the uptime command is (blind audit dh, dh-en-1)", () => {
    assert.deepEqual(notesAt(mcpReadme, 'markdown', /^uptime$/), []);
    const load = [
      '## Load average',
      '',
      'The first line of `top` shows the load average of the last 1, 5 and 15 minutes; read /proc/loadavg for the same numbers.',
      '',
      '```bash',
      'sudo apt install procps',
      'uptime',
      'cat /proc/loadavg',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(load, 'markdown', /^uptime$/), ['load-average']);
  });

  it("PostgreSQL's CREATE DATABASE and GRANT ALL PRIVILEGES are not MySQL's; MySQL's are (blind audit dh, dh-en-1)", () => {
    assert.deepEqual(notesAt(mcpReadme, 'markdown', /^(CREATE DATABASE|GRANT ALL PRIVILEGES)$/), []);
    const mysql = [
      '# Setting up MySQL',
      '',
      'Log in to MySQL as root with `mysql -u root -p`, then create the schema and its user. InnoDB is the default engine.',
      '',
      '```sql',
      'CREATE DATABASE shop CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;',
      "CREATE USER 'shop'@'%' IDENTIFIED BY 'secret';",
      "GRANT ALL PRIVILEGES ON shop.* TO 'shop'@'%';",
      'FLUSH PRIVILEGES;',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(mysql, 'markdown', /^(CREATE DATABASE|GRANT ALL PRIVILEGES)$/), [
      'mysql-create-database',
      'mysql-user-privileges',
    ]);
  });

  it('a bulk loader script is no webpack loader; a webpack loader is (blind audit dh, dh-en-1)', () => {
    assert.deepEqual(notesAt(mcpReadme, 'markdown', /^loader$/), []);
    const webpack = [
      '# Loading CSS with webpack',
      '',
      'Install the loaders with `npm install --save-dev css-loader style-loader`, then add a rule to `module.rules`',
      'in webpack.config.js: each loader transforms the file before webpack bundles it, from the last loader to the first.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(webpack, 'markdown', /^loaders?$/), ['webpack-loader', 'webpack-loader', 'webpack-loader']);
  });

  it('an "API bridge" between services is no Linux bridge; a network bridge is (blind audit dh, dh-en-1)', () => {
    assert.deepEqual(notesAt(mcpReadme, 'markdown', /^bridge$/), []);
    const br = [
      '# Container networking on Linux',
      '',
      'Docker attaches each container to docker0, a bridge on the host: `ip link show type bridge` lists it, and',
      '`bridge fdb show` prints the MAC addresses the bridge has learnt. `sudo sysctl net.ipv4.ip_forward` must be 1.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(br, 'markdown', /^bridge$/), ['linux-bridge', 'linux-bridge']);
  });

  it("an Express route /api/v1/messages is no Anthropic Messages API; POST /v1/messages to Claude is (blind audit dh, dh-code-2)", () => {
    // As in the audited chat application's app.ts.
    const app = [
      "import express from 'express';",
      "import messageRouter from './routes/messages';",
      "import userRouter from './routes/users';",
      '',
      'const app = express();',
      '',
      'app.use(express.json());',
      '',
      '// Routes',
      "app.use('/api/v1/messages', messageRouter);",
      "app.use('/api/v1/users', userRouter);",
      '',
      'export default app;',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(app, 'typescript', /messages/), []);
    const claude = [
      '# Calling Claude',
      '',
      'Send the conversation to the Messages API with POST /v1/messages: the model name, `max_tokens` and the',
      'list of messages. The LLM answers with content blocks; a `tool_use` block asks your code to run a tool.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(claude, 'markdown', /^\/v1\/messages$/), ['anthropic-messages-api']);
  });

  it("HAVE_SYS_TIME_H is no SYS_TIME capability; cap_add: SYS_TIME is (blind audit dh, dh-code-4)", () => {
    assert.deepEqual(notesAt(jansson, 'cmake', /^SYS_TIME$/), []);
    const compose = ['services:', '  ntp:', '    image: cturra/ntp', '    cap_add:', '      - SYS_TIME', ''].join('\n');
    assert.deepEqual(notesAt(compose, 'dockercompose', /^SYS_TIME$/), ['linux-capabilities']);
  });

  it('the printf modifier "ld" in a CMake string is no linker; the ld program in a Makefile is (blind audit dh, dh-code-4)', () => {
    assert.deepEqual(notesAt(jansson, 'cmake', /^ld$/), []);
    const mk = ['LD = ld', 'LDFLAGS = -nostdlib', '', 'kernel.elf: $(OBJS)', '\t$(LD) $(LDFLAGS) -o $@ $^', ''].join('\n');
    assert.deepEqual(notesAt(mk, 'makefile', /^ld$/), ['linker']);
  });

  it("CMake's SOVERSION is the shared library's version (blind audit dh, dh-code-4)", () => {
    assert.deepEqual(notesAt(jansson, 'cmake', /^SOVERSION$/), ['shared-library']);
  });

  it('分区点 is the pivot of quicksort (blind audit dh, dh-zh-1)', () => {
    // As in the audited 排序算法 article.
    const md = [
      '## 快速排序',
      '### 原理',
      '快速排序法的原理也是分治法。它的每轮迭代，会选取数组中任意一个数据作为分区点，将小于它的元素放在它的左侧，大于它的放在它的右侧。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^分区点$/), ['quicksort']);
  });
});
