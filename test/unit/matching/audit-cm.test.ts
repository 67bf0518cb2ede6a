import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit cm', () => {
  it("a squash merge is git merge's, not an interactive rebase's squash; a rebase's squash still is (blind audit cm, cm-en-2)", () => {
    // The Git guide of blind audit cm (cm-en-2), cut to its interactive rebase and its squash merge.
    const guide = [
      '### Branching and Rebase',
      '',
      '#### Interactive Rebase with Squash',
      '',
      '* Execute following commands:',
      '  ```',
      '  git checkout feature',
      '  git rebase master --interactive',
      '  ```',
      '',
      "* *interactive* let's you chose which commits to pick, squash, fixup, drop etc.",
      '',
      '* Now, you can come back to *master* and perform a squash merge.',
      '',
      '  ```',
      '  git checkout master',
      '  git merge --squash feature',
      '  git commit -m "New_Feature"',
      '  ```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(guide, 'markdown', /squash/i), ['git-rebase', 'git-rebase', 'git-merge', 'git-merge']);
    assert.deepEqual(notesAt(guide, 'markdown', /^(squash merge|git merge --squash)$/), ['git-merge', 'git-merge']);
  });

  it("InnoDB's last insert or update of a row is no upsert; an upsert still is (blind audit cm, cm-zh-2)", () => {
    const mvcc = [
      '### 隐藏字段',
      '',
      '在内部，InnoDB 存储引擎为每行数据添加了三个隐藏字段：',
      '',
      '- `DB_TRX_ID（6字节）`：表示最后一次插入或更新该行的事务 id。此外，`delete` 操作在内部被视为更新；',
      '- `DB_ROLL_PTR（7字节）`： 回滚指针，指向该行的 `undo log` 。如果该行未被更新，则为空；',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(mvcc, 'markdown', /^插入或更新$/), []);
    const upsert = [
      '## 插入或更新',
      '',
      '插入或更新（upsert）：记录不存在就插入，已存在就更新。MySQL 用 `INSERT ... ON DUPLICATE KEY UPDATE`，',
      'PostgreSQL 用 `INSERT ... ON CONFLICT DO UPDATE`，依靠主键或唯一索引判断冲突。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(upsert, 'markdown', /^插入或更新$/), ['upsert', 'upsert']);
  });

  it('锁定读取到的记录 is no 锁定读; a locking read still is (blind audit cm, cm-zh-2)', () => {
    const nextKey = [
      '**2、执行 `select...for update/lock in share mode、insert、update、delete` 等当前读**',
      '',
      '在当前读下，读取的都是最新的数据，如果其它事务有插入新的记录，并且刚好在当前事务查询范围内，就会产生幻读。',
      'InnoDB 使用 **Next-key Lock** 来防止这种情况。当执行当前读时，会锁定读取到的记录的同时，锁定它们的间隙。',
      '',
      '### 锁定读',
      '',
      '如果执行的是下列语句，就是**锁定读**。在锁定读下，读取的是数据的最新版本。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(nextKey, 'markdown', /^锁定读$/), ['select-for-update', 'select-for-update', 'select-for-update']);
  });

  it("Spring's spring.profiles.active is no shell .profile; ~/.profile still is (blind audit cm, cm-code-4)", () => {
    // The deploy job of the GitLab CI file of blind audit cm (cm-code-4), cut.
    const ci = [
      'docker-build:',
      '  stage: package',
      '  image: docker:24.0.7',
      '  services:',
      '    - docker:24.0.7-dind',
      '  script:',
      '    - MAIN_JAR=$(ls build/libs/*.jar | grep -v plain | head -1)',
      '    - cp "$MAIN_JAR" application.jar',
      '    - docker build --pull',
      '      --build-arg JAVA_VERSION=21',
      '      -t $DOCKER_IMAGE .',
      '    - docker push $DOCKER_IMAGE',
      '',
      'deploy-develop:',
      '  stage: deploy',
      '  image: alpine:3.18',
      '  before_script:',
      '    - apk add --no-cache openssh-client sshpass docker-cli',
      '  script:',
      '    - sshpass -p "$SSH_PASSWORD" ssh -o StrictHostKeyChecking=no $SSH_USER@$SSH_HOST "',
      '      echo \\"JAVA_OPTS=-Xmx512m -Dspring.profiles.active=dev\\" >> .env &&',
      '      docker run -d --name vboost-back-dev -p 6969:6969 --env-file .env $DOCKER_IMAGE"',
      '  rules:',
      '    - if: $CI_COMMIT_BRANCH == "develop"',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(ci, 'yaml', /profile/i), []);
    const shell = [
      '# Login shells',
      '',
      'A login shell of bash reads `/etc/profile`, then the first of `~/.bash_profile`, `~/.bash_login` and `~/.profile`;',
      'put `export PATH=...` in .profile so that every login shell and the desktop session see it.',
      '',
    ].join('\n');
    assert.ok(notesAt(shell, 'markdown', /^\.profile$/).includes('shell-startup-files'));
  });
});
