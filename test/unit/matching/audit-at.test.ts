import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit at', () => {
  it("Go's jmoiron/sqlx is no Rust SQLx; a Rust file and Cargo.toml keep it (blind audit at, at-code-3)", () => {
    // As in the audited Go integration test: the sqlx import and sqlx.MustConnect.
    const go = [
      'package integration_test',
      '',
      'import (',
      '\t"github.com/jmoiron/sqlx"',
      '\t"net/http/httptest"',
      '\t"testing"',
      ')',
      '',
      'func TestCreate(t *testing.T) {',
      '\tdbx := sqlx.MustConnect("postgres", dsn)',
      '\tdefer dbx.Close()',
      '\tsrv := httptest.NewServer(router)',
      '\tdefer srv.Close()',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(go, 'go', /^sqlx$/i), []);
    const rust = 'use sqlx::postgres::PgPoolOptions;\n\n#[tokio::main]\nasync fn main() -> Result<(), sqlx::Error> {\n    let pool = PgPoolOptions::new().max_connections(5).connect("postgres://localhost/test").await?;\n    let row: (i64,) = sqlx::query_as("SELECT $1").bind(150_i64).fetch_one(&pool).await?;\n    Ok(())\n}\n';
    assert.ok(notesAt(rust, 'rust', /^sqlx$/i).includes('sqlx-rust'));
    const toml = '[dependencies]\ntokio = { version = "1", features = ["full"] }\nsqlx = { version = "0.8", features = ["runtime-tokio", "postgres"] }\n';
    assert.deepEqual(notesAt(toml, 'toml', /^sqlx$/i), ['sqlx-rust']);
  });
  it("Redis's AOF 重写 (rewrite) is no Java override; a Java page's 重写 stays (blind audit at, at-zh-3)", () => {
    // As in the audited Redis note: Java snippets (Thread.sleep, try / finally) beside AOF rewriting.
    const redis = [
      '# 缓存击穿',
      '',
      '1. 互斥锁 : 保证只有一个线程取查库',
      '',
      '   ```java',
      '   if (redis.tryLock(lockKey)) {',
      '       try { value = db.query(key); redis.set(key, value); } finally { redis.unlock(lockKey); }',
      '   } else { Thread.sleep(50); return getData(key); }',
      '   ```',
      '',
      '## 增量日志（AOF）',
      '',
      '把每条写命令追加到AOF缓冲区中，根据同步策略写到AOF文件，当AOF文件达到重写策略配置的阈值时，会重写，AOF瘦身, redis 重启时 重新执行AOF 文件里面命令。',
      '',
      'appendfsync everysec',
      '',
      '重写是对AOF重复性指令的整理。auto-aof-rewrite-percentage 100：当AOF文件体积达到上次重写之后的体积的100%时，会触发AOF重写。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(redis, 'markdown', /^重写$/), []);
    const java = '## 方法重载与重写\n\n子类重写父类的实例方法时要加 @Override 注解，重写的方法在运行期按对象的实际类型分派；重载则在编译期按参数的静态类型选定。\n\n```java\nclass Animal { void speak() { System.out.println("..."); } }\nclass Dog extends Animal { @Override void speak() { System.out.println("woof"); } }\n```\n';
    assert.ok(notesAt(java, 'markdown', /^重写$/).length >= 2);
    assert.ok(notesAt(java, 'markdown', /^重写$/).every((ids) => ids.split('|').includes('java-method-overloading')));
  });
});
