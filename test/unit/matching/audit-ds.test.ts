import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// gotify's gin router of blind audit ds (ds-code-1), cut to the lines that make it a web and networking file.
const gotifyRouter = [
  'package router',
  '',
  'import (',
  '\t"net/http"',
  '\t"time"',
  '',
  '\t"github.com/gin-contrib/cors"',
  '\t"github.com/gin-gonic/gin"',
  ')',
  '',
  '// Create creates the gin engine with all routes.',
  'func Create(db *database.GormDatabase, vInfo *model.VersionInfo, conf *config.Configuration) (*gin.Engine, func()) {',
  '\tg := gin.New()',
  '\tg.RemoteIPHeaders = []string{"X-Forwarded-For"}',
  '\tg.ForwardedByClientIP = true',
  '',
  '\tg.Use(func(ctx *gin.Context) {',
  '\t\t// Map sockets "@" to 127.0.0.1, because gin-gonic can only trust IPs.',
  '\t\tif ctx.Request.RemoteAddr == "@" {',
  '\t\t\tctx.Request.RemoteAddr = "127.0.0.1:65535"',
  '\t\t}',
  '\t})',
  '\tif conf.Server.SSL.Enabled && conf.Server.SSL.RedirectToHTTPS {',
  '\t\thost = fmt.Sprintf("%s:%d", host, conf.Server.SSL.Port)',
  '\t}',
  '\tstreamHandler := stream.New(',
  '\t\ttime.Duration(conf.Server.Stream.PingPeriodSeconds)*time.Second, 15*time.Second, conf.Server.Stream.AllowedOrigins)',
  '\tauthentication := auth.Auth{',
  '\t\tDB:           db,',
  '\t\tSecureCookie: conf.Server.SecureCookie,',
  '\t}',
  '\tsessionHandler := api.SessionAPI{DB: db, SecureCookie: conf.Server.SecureCookie}',
  '\tuserChangeNotifier := new(api.UserChangeNotifier)',
  '\tuserHandler := api.UserAPI{DB: db, UserChangeNotifier: userChangeNotifier}',
  '\tuserChangeNotifier.OnUserDeleted(streamHandler.NotifyDeletedUser)',
  '',
  '\tif conf.OIDC.Enabled {',
  '\t\toidcHandler := api.NewOIDC(conf, db, userChangeNotifier)',
  '\t\toidcGroup := g.Group("/auth/oidc")',
  '\t\toidcGroup.GET("/login", oidcHandler.LoginHandler())',
  '\t\toidcGroup.GET("/callback", oidcHandler.CallbackHandler())',
  '\t}',
  '\tg.GET("/swagger", docs.Serve)',
  '\tg.Use(func(ctx *gin.Context) {',
  '\t\tctx.Header("Content-Type", "application/json")',
  '\t})',
  '\tg.Use(cors.New(auth.CorsConfig(conf)))',
  '\treturn g, streamHandler.Close',
  '}',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit ds', () => {
  it("gotify's UserChangeNotifier is no Flutter ChangeNotifier; a Dart model's is (blind audit ds, ds-code-1)", () => {
    assert.deepEqual(notesAt(gotifyRouter, 'go', /ChangeNotifier/), []);
    const dart = [
      "import 'package:flutter/foundation.dart';",
      '',
      'class CartModel extends ChangeNotifier {',
      '  final List<Item> _items = [];',
      '',
      '  void add(Item item) {',
      '    _items.add(item);',
      '    notifyListeners();',
      '  }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(dart, 'dart', /^ChangeNotifier$/), ['flutter-change-notifier']);
  });

  it("an OIDC /callback route in Go is no JavaScript callback; a Node callback is (blind audit ds, ds-code-1)", () => {
    assert.deepEqual(notesAt(gotifyRouter, 'go', /^callback$/i), []);
    const node = [
      "const fs = require('fs');",
      '',
      'function readConfig(path, callback) {',
      "  fs.readFile(path, 'utf8', (err, text) => {",
      '    if (err) return callback(err);',
      '    callback(null, JSON.parse(text));',
      '  });',
      '}',
      '',
      "document.querySelector('#load').addEventListener('click', () => readConfig('/config.json', render));",
      '',
    ].join('\n');
    assert.ok(notesAt(node, 'javascript', /^callback$/).every((ids) => ids.split('|').includes('js-callback')));
    assert.ok(notesAt(node, 'javascript', /^callback$/).length > 0);
  });

  it("a WebSocket ping period in Go is no ICMP ping; ping in a shell script is (blind audit ds, ds-code-1)", () => {
    assert.deepEqual(notesAt(gotifyRouter, 'go', /^Ping$/i), []);
    const shell = [
      '#!/bin/sh',
      '# Check the route to the gateway: ICMP echo request, then traceroute.',
      'ip route show default',
      'ping -c 3 10.0.0.1',
      'traceroute -n 10.0.0.1',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(shell, 'shellscript', /^ping$/), ['icmp-ping']);
  });

  it('"would use Index-Only Scan" is no USE INDEX hint; the MySQL hint is (blind audit ds, ds-en-2)', () => {
    const postgres = [
      '### Covering indexes (INCLUDE)',
      '',
      '**A covering index** is an index that contains all columns needed to satisfy a query (for filtering, joining or output),',
      'so the _executor_ can return rows without reading the table (heap).',
      '',
      "can help with a query like `SELECT email, phone FROM users WHERE email = 'email@gmail.com'`.",
      'Most probably the planner would use Index-Only Scan here.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(postgres, 'markdown', /^use index$/i), []);
    assert.deepEqual(notesAt(postgres, 'markdown', /^Index-Only Scan$/), ['covering-index']);
    const mysql = ['SELECT id, name FROM orders USE INDEX (idx_created_at)', "WHERE created_at >= '2024-01-01';", ''].join('\n');
    assert.deepEqual(notesAt(mysql, 'sql', /^USE INDEX$/), ['query-optimizer']);
  });

  it("ZGC's 染色指针 is no C++ pointer; 指针 in a C++ text is (blind audit ds, ds-zh-1)", () => {
    const zgc = [
      '### ZGC',
      '#### CMS 与 G1 的痛点',
      '* CMS 和 G1 在标记-复制算法的转移阶段均无法解决对象的准确定位问题，需要 STW，性能较差。',
      '#### ZGC 关键技术',
      '* 染色指针：在对象的地址上使用若标记位，对应不同的区域（虚拟空间换时间）。',
      '* 读屏障：在读取堆内存时，插入读屏障，保证能正确读取到对象的最新位置。',
      '',
      '## 对象存活判断',
      '* 引用计数法：无法解决循环引用问题。',
      '* 标记-清除（Mark-Sweep）：性能表现一般，内存碎片太多。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(zgc, 'markdown', /^指针$/), []);
    const cpp = [
      '# C++ 指针',
      '',
      '指针保存对象的地址；`nullptr` 表示空指针，解引用前要先判断。',
      '',
      '```cpp',
      'int value = 42;',
      'int* p = &value;',
      'std::unique_ptr<int> owner = std::make_unique<int>(7);',
      '```',
      '',
    ].join('\n');
    assert.ok(notesAt(cpp, 'markdown', /^指针$/).every((ids) => ids.split('|').includes('cpp-pointer')));
    assert.ok(notesAt(cpp, 'markdown', /^指针$/).length > 0);
  });

  it('Multicolumn indexes is the composite index (alias added after blind audit ds, ds-en-2)', () => {
    const indexes = [
      '### Multicolumn indexes',
      '',
      'Use cases:',
      '',
      '* Columns are frequently used _together_ for filtering/ordering.',
      '* There are different queries that can utilize that index fully or partially.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(indexes, 'markdown', /^Multicolumn indexes$/), ['composite-index']);
  });
});
