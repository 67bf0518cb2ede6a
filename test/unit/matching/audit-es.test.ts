import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// etcd's server/etcdserver/api/v3rpc/lease.go of blind audit es (es-code-2), lines 15-50 and 93-125 of the file.
const etcdLease = [
  'package v3rpc',
  '',
  'import (',
  '\t"context"',
  '\t"errors"',
  '\t"io"',
  '',
  '\t"go.uber.org/zap"',
  '',
  '\tpb "go.etcd.io/etcd/api/v3/etcdserverpb"',
  '\t"go.etcd.io/etcd/server/v3/etcdserver"',
  '\t"go.etcd.io/etcd/server/v3/lease"',
  ')',
  '',
  'type LeaseServer struct {',
  '\tlg  *zap.Logger',
  '\thdr header',
  '\tle  etcdserver.Lessor',
  '\tpb.UnsafeLeaseServer',
  '}',
  '',
  'func NewLeaseServer(s *etcdserver.EtcdServer) pb.LeaseServer {',
  '\tsrv := &LeaseServer{lg: s.Cfg.Logger, le: s, hdr: newHeader(s)}',
  '\tif srv.lg == nil {',
  '\t\tsrv.lg = zap.NewNop()',
  '\t}',
  '\treturn srv',
  '}',
  '',
  'func (ls *LeaseServer) LeaseGrant(ctx context.Context, cr *pb.LeaseGrantRequest) (*pb.LeaseGrantResponse, error) {',
  '\tresp, err := ls.le.LeaseGrant(ctx, cr)',
  '\tif err != nil {',
  '\t\treturn nil, togRPCError(err)',
  '\t}',
  '\tls.hdr.fill(resp.Header)',
  '\treturn resp, nil',
  '}',
  '',
  'func (ls *LeaseServer) LeaseKeepAlive(stream pb.Lease_LeaseKeepAliveServer) (err error) {',
  '\terrc := make(chan error, 1)',
  '\tgo func() {',
  '\t\terrc <- ls.leaseKeepAlive(stream)',
  '\t}()',
  '\tselect {',
  '\tcase err = <-errc:',
  '\tcase <-stream.Context().Done():',
  '\t\terr = stream.Context().Err()',
  '\t}',
  '\treturn err',
  '}',
  '',
  'func (ls *LeaseServer) leaseKeepAlive(stream pb.Lease_LeaseKeepAliveServer) error {',
  '\tfor {',
  '\t\treq, err := stream.Recv()',
  '\t\tif errors.Is(err, io.EOF) {',
  '\t\t\treturn nil',
  '\t\t}',
  '\t\tif err != nil {',
  '\t\t\tls.lg.Debug("failed to receive lease keepalive request from gRPC stream", zap.Error(err))',
  '\t\t\tstreamFailures.WithLabelValues("receive", "lease-keepalive").Inc()',
  '\t\t\treturn err',
  '\t\t}',
  '\t\t// Create header before we sent out the renew request.',
  '\t\t// Without this, a lease might be revoked at rev 3 but client can see the keepalive succeeded at rev 4.',
  '\t\tresp := &pb.LeaseKeepAliveResponse{ID: req.ID, Header: &pb.ResponseHeader{}}',
  '\t\tttl, err := ls.le.LeaseRenew(stream.Context(), lease.LeaseID(req.ID))',
  '\t\t_ = ttl',
  '\t}',
  '}',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit es', () => {
  it("etcd's LeaseServer is no Kubernetes Lease; a Kubernetes leader election in Go keeps it (blind audit es, es-code-2)", () => {
    assert.deepEqual(notesAt(etcdLease, 'go', /./).filter((x) => x.includes('kubernetes-leader-election')), []);
    assert.deepEqual(notesAt(etcdLease, 'go', /^LeaseKeepAlive$/i).every((x) => x === 'lease'), true);
    const clientGo = [
      'package main',
      '',
      'import (',
      '\t"context"',
      '',
      '\tmetav1 "k8s.io/apimachinery/pkg/apis/meta/v1"',
      '\t"k8s.io/client-go/kubernetes"',
      '\t"k8s.io/client-go/tools/leaderelection"',
      '\t"k8s.io/client-go/tools/leaderelection/resourcelock"',
      ')',
      '',
      'func run(ctx context.Context, client kubernetes.Interface, id string) {',
      '\t// The lock is a Lease object in the kube-system namespace; every Pod of the Deployment competes for it.',
      '\tlock := &resourcelock.LeaseLock{',
      '\t\tLeaseMeta:  metav1.ObjectMeta{Name: "my-controller", Namespace: "kube-system"},',
      '\t\tClient:     client.CoordinationV1(),',
      '\t\tLockConfig: resourcelock.ResourceLockConfig{Identity: id},',
      '\t}',
      '\tleaderelection.RunOrDie(ctx, leaderelection.LeaderElectionConfig{Lock: lock})',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(clientGo, 'go', /^Lease$/), ['kubernetes-leader-election', 'kubernetes-leader-election', 'kubernetes-leader-election']);
  });

  it("Prometheus' WithLabelValues is no Kubernetes label; a Pod's labels are (blind audit es, es-code-2)", () => {
    assert.deepEqual(notesAt(etcdLease, 'go', /^label$/i), []);
    const md = ['# Selecting Pods', '', 'A Service selects the Pods whose label `app` is `web`; kubectl get pods -l app=web lists them.', ''].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^label$/), ['kubernetes-labels']);
  });

  // immich's docker/docker-compose.yml of blind audit es (es-code-4), lines 12-32 and 50-55.
  const immichCompose = [
    'name: immich',
    '',
    'services:',
    '  immich-server:',
    '    container_name: immich_server',
    '    image: ghcr.io/immich-app/immich-server:${IMMICH_VERSION:-release}',
    '    volumes:',
    '      - ${UPLOAD_LOCATION}:/data',
    '      - /etc/localtime:/etc/localtime:ro',
    '    env_file:',
    '      - .env',
    '    ports:',
    '      - ${EXPOSE_PORT-:2283:2283}',
    '    depends_on:',
    '      - redis',
    '      - database',
    '    restart: always',
    '    healthcheck:',
    '      disable: false',
    '',
    '  redis:',
    '    container_name: immich_redis',
    '    image: docker.io/valkey/valkey:8-bookworm',
    '    healthcheck:',
    '      test: redis-cli ping || exit 1',
    '    restart: always',
    '',
  ].join('\n');

  it("a Compose file's healthcheck is Compose's, not the Dockerfile's; HEALTHCHECK in a Dockerfile is (blind audit es, es-code-4)", () => {
    assert.deepEqual(notesAt(immichCompose, 'yaml', /^healthcheck$/i), ['docker-compose', 'docker-compose']);
    const dockerfile = ['FROM node:20-alpine', 'WORKDIR /app', 'COPY . .', 'EXPOSE 3000', 'HEALTHCHECK --interval=30s CMD wget -qO- http://localhost:3000/health || exit 1', 'CMD ["node", "server.js"]', ''].join('\n');
    assert.deepEqual(notesAt(dockerfile, 'dockerfile', /^HEALTHCHECK$/), ['dockerfile']);
  });

  it("immich's EXPOSE_PORT variable is no Dockerfile EXPOSE; EXPOSE in a Dockerfile is (blind audit es, es-code-4)", () => {
    assert.deepEqual(notesAt(immichCompose, 'yaml', /^EXPOSE$/), []);
    const dockerfile = ['FROM node:20-alpine', 'WORKDIR /app', 'COPY . .', 'EXPOSE 3000', 'CMD ["node", "server.js"]', ''].join('\n');
    assert.deepEqual(notesAt(dockerfile, 'dockerfile', /^EXPOSE$/), ['dockerfile']);
  });

  it('"Branch by abstraction" is no Git branch; a feature branch is (blind audit es, es-en-1)', () => {
    // cdkovacs/gi-pov's branching-strategies.md: the heading of line 113, lines 27, 32, 33 and 68, then line 48.
    const strategies = [
      '## 3. Git Flow',
      '',
      "Trunk-Based Development is a branching strategy where developers collaborate on code in a single branch called 'trunk' (or 'main' in Git). This approach emphasizes continuous integration and short-lived feature branches that merge back to the trunk frequently.",
      '',
      '- Developers create short-lived feature branches (typically lasting less than a day) or commit directly to the trunk for smaller changes.',
      '- Continuous integration runs on all commits to verify that they don\'t break the build.',
      '',
      '[GitHub Flow](https://trunkbaseddevelopment.com/alternative-branching-models/#github-flow) is a simplified alternative to Trunk-Based Development that maintains the focus on the main branch while introducing a more structured pull request workflow. Like Trunk-Based Development, GitHub Flow centers around a single main branch that is always deployable, but differs in its approach to feature development. While Trunk-Based Development emphasizes extremely short-lived branches or direct commits to trunk, GitHub Flow allows for longer-lived feature branches with a formal pull request process for code review before merging. Both strategies prioritize continuous integration and deployment, but GitHub Flow provides more opportunity for collaboration and review before changes reach the main branch, making it particularly well-suited for open source projects and teams that require more structured code review processes.',
      '',
    ];
    const abstraction = '5. **Branch by abstraction.** For larger changes, use the branch by abstraction technique to make significant architectural changes without long-lived branches.';
    const without = strategies.join('\n');
    const withIt = [...strategies, abstraction, ''].join('\n');
    const branches = notesAt(without, 'markdown', /^branch(es)?$/i);
    assert.ok(branches.length >= 4 && branches.every((x) => x === 'git-branch'));
    // The abstraction line adds its "long-lived branches" only: neither "Branch by abstraction" nor "the branch by abstraction technique".
    assert.deepEqual(notesAt(withIt, 'markdown', /^branch(es)?$/i), [...branches, 'git-branch']);
  });
});
