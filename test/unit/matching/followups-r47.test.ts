import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// Wrong matches the round-46 audits left for the lead, fixed in the matcher or the notes in round 47.
describe('round 47: what the round-46 audits left for the lead', () => {
  it("a branch under GitLab CI's only:/except: or in a $CI_COMMIT_BRANCH comparison is a ref name, not a master node (audit bj)", () => {
    // As in audit bj's .gitlab-ci.yml: a Kubernetes deploy job that runs only on master.
    const ci = [
      'deploy_prod:',
      '  stage: deploy',
      '  script:',
      '    - helm upgrade --install app ./chart -n prod',
      '    - kubectl rollout status deployment/app -n prod',
      '  only:',
      '    - master',
      '',
      'deploy_staging:',
      '  script:',
      '    - kubectl apply -f k8s/deployment.yaml',
      '  rules:',
      '    - if: $CI_COMMIT_BRANCH == "master"',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(ci, 'yaml', /^master$/), []);
    // The script's own words are matched as before.
    assert.deepEqual(notesAt(ci, 'yaml', /^deployment$/), ['deployment', 'deployment']);
    // A master node in the same kind of file, outside a ref filter, still is one.
    const nodes = ['deploy_prod:', '  script:', '    - kubectl taint nodes master node-role.kubernetes.io/master:NoSchedule-', '  only:', '    - main', ''].join('\n');
    assert.deepEqual(notesAt(nodes, 'yaml', /^master$/), ['control-plane']);
  });

  it("a GitHub Actions workflow's branches: filter and github.ref comparison name branches, in the list and the flow forms", () => {
    const workflow = [
      'on:',
      '  push:',
      '    branches: [ master, release ]',
      '  pull_request:',
      '    branches:',
      '      - master',
      '      # the environment branch',
      '      - deployment',
      'jobs:',
      '  deploy:',
      "    if: github.ref == 'refs/heads/deployment'",
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: kubectl apply -f k8s/deployment.yaml',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(workflow, 'github-actions-workflow', /^(master|deployment)$/), ['deployment']);
    // The same list in a ```yaml fence of a Markdown page.
    const md = ['# Deploying to Kubernetes', '', 'The workflow runs kubectl apply and helm upgrade on pushes to the main branch:', '', '```yaml', 'on:', '  push:', '    branches:', '      - master', '```', ''].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^master$/), []);
  });
});
