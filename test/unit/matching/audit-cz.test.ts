import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases added after blind audit cz', () => {
  it("FastAPI's status.HTTP_201_CREATED is the 201 Created status code (alias added after blind audit cz, cz-code-1)", () => {
    // nsidnev/fastapi-realworld-example-app (MIT), app/api/routes/articles/articles_resource.py, cut.
    const py = [
      'from fastapi import APIRouter, Body, Depends, HTTPException, Response',
      'from starlette import status',
      '',
      'router = APIRouter()',
      '',
      '',
      '@router.post(',
      '    "",',
      '    status_code=status.HTTP_201_CREATED,',
      '    response_model=ArticleInResponse,',
      '    name="articles:create-article",',
      ')',
      'async def create_new_article(',
      '    article_create: ArticleInCreate = Body(..., embed=True, alias="article"),',
      '    user: User = Depends(get_current_user_authorizer()),',
      ') -> ArticleInResponse:',
      '    slug = get_slug_for_article(article_create.title)',
      '    if await check_article_exists(articles_repo, slug):',
      '        raise HTTPException(',
      '            status_code=status.HTTP_400_BAD_REQUEST,',
      '            detail=strings.ARTICLE_ALREADY_EXISTS,',
      '        )',
      '',
      '',
      '@router.delete(',
      '    "/{slug}",',
      '    status_code=status.HTTP_204_NO_CONTENT,',
      '    response_class=Response,',
      ')',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(py, 'python', /^20[14]_/), ['http-status-codes', 'http-status-codes']);
    const md = 'A successful `POST /articles` answers 201 Created with the new article; a `DELETE` answers 204 No Content.\n';
    assert.deepEqual(notesAt(md, 'markdown', /^20[14] /), ['http-status-codes', 'http-status-codes']);
  });

  it("a server-side streaming RPC is gRPC's (alias added after blind audit cz, cz-code-2)", () => {
    // wuyichen24/grpc-up-and-running (Apache-2.0), ordermgt/service/ordermgt_service.go, cut.
    const go = [
      '// Get all the orders which has a certain item.',
      '// All the matched orders will be returned from orderMgtServer as a stream.',
      '// Server-side Streaming RPC',
      'func (s *orderMgtServer) SearchOrders(searchQuery *wrappers.StringValue, stream pb.OrderManagement_SearchOrdersServer) error {',
      '\tfor key, order := range orderMap {',
      '\t\tfor _, itemStr := range order.Items {',
      '\t\t\tif strings.Contains(itemStr, searchQuery.Value) {',
      '\t\t\t\t// Send the matching orders in a stream',
      '\t\t\t\terr := stream.Send(&order)',
      '\t\t\t\tif err != nil {',
      '\t\t\t\t\treturn fmt.Errorf("error sending message to stream : %v", err)',
      '\t\t\t\t}',
      '\t\t\t\tbreak',
      '\t\t\t}',
      '\t\t}',
      '\t}',
      '\treturn nil',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(go, 'go', /RPC$/), ['grpc']);
    const md = 'A server-side streaming RPC returns a stream of messages for one request: `rpc WatchOrders (WatchRequest) returns (stream Order);`.\n';
    assert.deepEqual(notesAt(md, 'markdown', /streaming RPC$/i), ['grpc']);
  });
});
