import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit bm', () => {
  it('the .env file of a deploy script is no env command; env in a pipeline is (blind audit bm, bm-code-3)', () => {
    // As in the audited deploy script: the dotenv file checked on the server.
    const sh = [
      '#!/bin/bash',
      'set -e',
      'DEPLOY_DIR="/opt/qbms"',
      'remote_exec() {',
      '    ssh "$SERVER_USER@$SERVER_HOST" "$@"',
      '}',
      '# Check if .env exists on server',
      'if ! remote_exec "[ -f $DEPLOY_DIR/.env ]"; then',
      '    echo "Please create .env file on the server with required variables"',
      '    exit 1',
      'fi',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(sh, 'shellscript', /^env$/), []);
    assert.deepEqual(notesAt(sh, 'shellscript', /^\.env file$/), ['dotenv']);
    const command = ['#!/bin/bash', 'set -e', 'env | grep -i proxy', 'export PATH="$HOME/bin:$PATH"', ''].join('\n');
    assert.deepEqual(notesAt(command, 'shellscript', /^env$/), ['environment-variable']);
  });

  it("a playbook's .env destination is no env command; env in its shell task is (blind audit bm, bm-code-4)", () => {
    // As in the audited playbook: the application's dotenv file written by a copy task, beside a shell task.
    const yml = [
      '- hosts: webservers',
      '  tasks:',
      '    - name: Configure PyDocTeur',
      '      copy:',
      '        content: |',
      '          LOGGING=/home/pydocteur-afpy-org/logging.yml',
      '        dest: /home/pydocteur-afpy-org/src/.env',
      '',
      '    - name: Show the service environment',
      '      shell: |',
      '        set -euo pipefail',
      '        env | grep LOGGING > /tmp/service-env.txt 2>&1',
      '        echo "$PATH" | tr \':\' \'\\n\'',
      '',
    ].join('\n');
    // One env: the command of the shell task, not the .env of dest.
    assert.deepEqual(notesAt(yml, 'yaml', /^env$/), ['environment-variable']);
  });

  it('"going to merge into" in a git guide is no SQL MERGE INTO; the SQL statement is (blind audit bm, bm-en-2)', () => {
    // As in the audited Git Flow guide: rebasing a release branch on the branch it will be merged into.
    const md = [
      '## Releases',
      '',
      'A release takes the changes in `develop` and applies them to `master`.',
      '',
      '```',
      '# create a release branch from develop',
      'git checkout -b release/3.2.1',
      '',
      "# rebase against master, which we're going to merge into",
      'git fetch',
      'git rebase origin/master',
      'git push --force-with-lease',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^merge into$/i), []);
    const sql = [
      'MERGE INTO accounts AS t',
      'USING staged_accounts AS s ON t.id = s.id',
      'WHEN MATCHED THEN UPDATE SET balance = s.balance',
      'WHEN NOT MATCHED THEN INSERT (id, balance) VALUES (s.id, s.balance);',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(sql, 'sql', /^merge into$/i), ['upsert']);
  });

  it("the PD of PDFs is no TiDB Placement Driver; PD beside TiKV is (blind audit bm, bm-en-1)", () => {
    // As in the audited RAG post, a databases document through vector databases and PostgreSQL.
    const md = [
      '## RAG Architecture',
      '',
      'A Vector Database such as pgvector, an extension for PostgreSQL, stores the embeddings.',
      '',
      '1. **Loading**: Take your PDFs, Markdown files, Wikipedia.',
      '2. **Chunking**: Text is split into small pieces (chunks).',
      '4. **Storage**: The vector and original text are saved to the Vector DB.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^PD$/), []);
    const tidb = [
      '## TiDB architecture',
      '',
      'TiDB servers are stateless SQL nodes; TiKV stores the data in Regions, and PD (the Placement Driver)',
      'keeps the cluster metadata and schedules Regions across the TiKV stores of the database.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(tidb, 'markdown', /^PD$/), ['tidb']);
  });
});
