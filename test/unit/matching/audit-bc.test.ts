import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit bc', () => {
  it("Spring Data's @Param annotation is no Javadoc @param tag; the tag in a doc comment is (blind audit bc, bc-code-4)", () => {
    // As in the audited Spring Data JPA repository: JPQL queries whose named parameters are bound with @Param.
    const repo = [
      'import org.springframework.data.jpa.repository.JpaRepository;',
      'import org.springframework.data.jpa.repository.Query;',
      'import org.springframework.data.repository.query.Param;',
      '',
      'public interface OrderRepository extends JpaRepository<Order, UUID> {',
      '    @Query("SELECT COUNT(o) FROM Order o WHERE o.orderStatus = :status")',
      '    long countByOrderStatus(@Param("status") OrderStatus status);',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(repo, 'java', /^@Param$/i), []);
    const doc = [
      'public final class Orders {',
      '    /**',
      '     * Counts the orders in one status.',
      '     *',
      '     * @param status the status to count',
      '     * @return the number of orders',
      '     */',
      '    public static long count(OrderStatus status) { return 0; }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(doc, 'java', /^@param$/), ['javadoc']);
  });

  it("a source artifact id in Go code is no Maven artifactId; the pom's artifactId is (blind audit bc, bc-code-1)", () => {
    // As in the audited gRPC service: a scan's source is a Git URL or an uploaded artifact.
    const go = [
      'package grpc',
      '',
      'func (s *ScanServiceServer) CreateScan(ctx context.Context, req *pb.CreateScanRequest) (*pb.CreateScanResponse, error) {',
      '\tif req.GitUrl == "" && req.SourceArtifactId == "" {',
      '\t\treturn nil, status.Error(codes.InvalidArgument, "either git_url or source_artifact_id is required")',
      '\t}',
      '\treturn &pb.CreateScanResponse{}, nil',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(go, 'go', /artifact/i), []);
    const pom = [
      '<dependency>',
      '  <groupId>org.springframework.boot</groupId>',
      '  <artifactId>spring-boot-starter-data-jpa</artifactId>',
      '</dependency>',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(pom, 'xml', /^artifactId$/), ['maven', 'maven']);
  });

  it("a listing's PageSize in Go code is no memory page size; the kernel's PAGE_SIZE and the Go runtime's page size are (blind audit bc, bc-code-1)", () => {
    // As in the audited gRPC service: the page size of a paginated list request.
    const go = [
      'package grpc',
      '',
      'func (s *ScanServiceServer) ListScans(ctx context.Context, req *pb.ListScansRequest) (*pb.ListScansResponse, error) {',
      '\tfilter := interfaces.ScanFilter{',
      '\t\tPageSize: int(req.PageSize),',
      '\t}',
      '\treturn s.list(ctx, filter)',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(go, 'go', /page/i), []);
    const c = ['#include <linux/mm.h>', '', 'static unsigned long pages(size_t len) { return (len + PAGE_SIZE - 1) / PAGE_SIZE; }', ''].join('\n');
    assert.deepEqual(notesAt(c, 'c', /^PAGE_SIZE$/).map((ids) => [...new Set(ids.split('|'))].join('|')), ['memory-page', 'memory-page']);
    const md = [
      '# How the Go runtime allocates memory',
      '',
      "Go's garbage collector and allocator work together. Each goroutine allocates from the mcache of its P;",
      'escape analysis decides what goes on the heap, and `GOGC` sets how much the heap may grow before the next GC cycle.',
      'The allocator works in pages of 8 KB, a multiple of the OS page size, and `runtime.GC()` forces a collection.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^page size$/), ['memory-page']);
  });

  it("TimeoutException in a Python asyncio tutorial is no Java Future's; in Java code it is (blind audit bc, bc-en-3)", () => {
    // As in the audited asyncio tutorial, which names the timeout error TimeoutException.
    const md = [
      '## Timeout tasks',
      'asyncio provides this functionality through a function called `asyncio.wait_for`. This function takes in a coroutine',
      'or task object, and a timeout specified in seconds. It then returns a coroutine that we can await.',
      'If the task takes more time to complete than the timeout we gave it, a `TimeoutException` will be raised.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^TimeoutException$/), []);
    const java = [
      'import java.util.concurrent.*;',
      '',
      'class Fetch {',
      '    String get(Future<String> f) throws Exception {',
      '        try { return f.get(2, TimeUnit.SECONDS); } catch (TimeoutException e) { f.cancel(true); throw e; }',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(java, 'java', /^TimeoutException$/), ['java-future']);
  });

  it('"place items inside" in a Jetpack Compose guide is no CSS place-items; the property in a stylesheet is (blind audit bc, bc-en-4)', () => {
    // As in the audited Compose codelab notes: Column, Row and Box take composable content.
    const md = [
      '## Creating columns and rows',
      'The three basic standard layout elements in Compose are Column, Row and Box.',
      '',
      'They are Composable functions that take Composable content, so you can place items inside. For example, each child',
      'inside of a `Column` will be placed vertically. Use `remember` to keep state across recompositions.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^place.items$/i), []);
    const css = ['.grid {', '  display: grid;', '  place-items: center;', '}', ''].join('\n');
    assert.deepEqual(notesAt(css, 'css', /^place-items/), ['css-box-alignment']);
    const guide = [
      '# Centering with CSS Grid',
      '',
      'On a grid container, `place-items: center` sets both `align-items` and `justify-items`, so every cell\'s content is centred.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(guide, 'markdown', /^place-items/), ['css-box-alignment']);
  });
});
