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
});
