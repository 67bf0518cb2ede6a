import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit ba', () => {
  it('a React article\'s "state transitions" are no CSS transitions; a CSS transition is (blind audit ba, ba-en-1)', () => {
    // As in the audited hooks article: useReducer for complex state transitions.
    const md = [
      '# useReducer',
      '',
      'The `useReducer` hook is an alternative to useState when managing complex state logic. It is inspired by the',
      'Redux state management pattern, allowing you to handle state transitions with a reducer function.',
      'For global state sharing or more complex state transitions, `useContext` and `useReducer` offer solutions.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^transitions?$/i), []);
    const css = ['.fade {', '  opacity: 0;', '  transition: opacity 0.3s ease-in-out;', '}', ''].join('\n');
    assert.deepEqual(notesAt(css, 'css', /^transition$/), ['css-transitions']);
  });

  it('"For update SQL commands" in a replication guide is no SELECT ... FOR UPDATE; the locking read is (blind audit ba, ba-en-2)', () => {
    // As in the audited MySQL guide: why row-based binlog is the default.
    const md = [
      '#### Why MySQL 5.7 default to Row instead of Mixed',
      '',
      '* Main reason is for backup and data recovery; the binlog of a MySQL replica is replayed row by row.',
      '  * For delete SQL commands, Row based format will record the entire original record.',
      '  * For update SQL commands, Row based format will record the before and after record.',
      '',
      'A transaction that must hold the row reads it with `SELECT balance FROM accounts WHERE id = 1 FOR UPDATE;`',
      'so InnoDB takes an exclusive lock until COMMIT.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^for update$/i), ['select-for-update']);
  });

  it("attention's Q/K/V projection matrices are no model-view-projection matrices; a graphics projection matrix is (blind audit ba, ba-en-3)", () => {
    // As in the audited attention notes: multi-head attention's per-head W_q, W_k, W_v.
    const md = [
      '## Multi-Head Attention',
      '',
      'In multi-head attention, a "head" refers to an independent attention mechanism. Each head computes its own',
      'set of self-attention weights using a separate set of projection matrices, learned by backpropagation.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^projection matri/i), []);
    const gl = [
      '# OpenGL coordinate systems',
      '',
      'The vertex shader multiplies each vertex by the model, view and projection matrix; glm::perspective builds',
      'the projection matrix that maps view space into clip space before the divide to normalized device coordinates.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(gl, 'markdown', /^projection matrix$/i), ['mvp-matrices', 'mvp-matrices']);
  });

  it("the kernel's page allocator and bootmem allocator are no C++ std::allocator; a container's allocator is (blind audit ba, ba-en-4)", () => {
    // As in the audited physical-page-allocation notes: struct zone's comment, with the C of the kernel beside it.
    const md = [
      '# Physical page allocation',
      '',
      '```c',
      'struct zone {',
      '    /*',
      '     * managed_pages is present pages managed by the buddy system, which',
      '     * is calculated as (reserved_pages includes pages allocated by the',
      '     * bootmem allocator):',
      '     * And managed_pages should be used',
      '     * by page allocator and vm scanner to calculate all kinds of watermarks.',
      '     */',
      '    atomic_long_t managed_pages;',
      '    struct pglist_data *zone_pgdat;',
      '};',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^allocator$/), []);
    const cpp = [
      '#include <memory>',
      '#include <vector>',
      '',
      '// every element of the vector is obtained from the allocator passed in',
      'template <typename T, typename Alloc = std::allocator<T>>',
      'class ring_buffer { std::vector<T, Alloc> data_; };',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(cpp, 'cpp', /^allocator$/), ['std-allocator']);
  });

  it("a pandas script's dfs list, subset= and inplace= are no DFS, subsets or in-place algorithm; a graph search's dfs is (blind audit ba, ba-code-2)", () => {
    // As in the audited price-cleaning script: sorted() made it an algorithms document.
    const py = [
      'import pandas as pd',
      'import numpy as np',
      '',
      'all_files = sorted(RAW_DIR.rglob("*.parquet"))',
      'dfs = []',
      'for f in all_files:',
      '    dfs.append(pd.read_parquet(f))',
      'df = pd.concat(dfs, ignore_index=True)',
      'df = df.drop_duplicates(subset=["symbol", "trade_date"])',
      'df = df.dropna(subset=["close", "adj_close"])',
      'df["_ret"] = df.groupby("symbol")["adj_close"].pct_change()',
      'df.drop(columns=["_ret"], inplace=True)',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(py, 'python', /^(dfs|subset|inplace)$/), []);
    const graph = [
      'def dfs(node, graph, seen):',
      '    seen.add(node)',
      '    for nxt in sorted(graph[node]):',
      '        if nxt not in seen:',
      '            dfs(nxt, graph, seen)',
      '',
      'def subsets(nums):',
      '    """Every subset of nums, by backtracking; the recursion tree is a depth-first search."""',
      '    result = []',
      '    return result',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(graph, 'python', /^dfs$/), ['depth-first-search', 'depth-first-search']);
    assert.deepEqual(notesAt(graph, 'python', /^subset$/), ['permutations-and-combinations']);
  });

  it("pandas' ignore_index=True is no loss masking; a loss's ignore_index is (blind audit ba, ba-code-2)", () => {
    const py = ['import pandas as pd', '', 'df = pd.concat(dfs, ignore_index=True)', ''].join('\n');
    assert.deepEqual(notesAt(py, 'python', /^ignore_index$/), []);
    const torch = [
      'import torch.nn as nn',
      '',
      'loss_fn = nn.CrossEntropyLoss(ignore_index=-100)',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(torch, 'python', /^ignore_index$/), ['loss-masking']);
  });

  it("an Android module's core_data string resources are no Core Data, and a KDoc @property no CSS at-rule (blind audit ba, ba-code-3)", () => {
    // As in the audited Firestore repository: R.string.core_data_* of the :core:data module, and its KDoc.
    const kt = [
      'import kotlinx.coroutines.flow.Flow',
      'import kotlinx.coroutines.flow.flowOn',
      '',
      '/**',
      ' * Implementation of the [ItemRepository] interface for handling item-related operations using Firestore.',
      ' *',
      ' * @property ioDispatcher Coroutine dispatcher for performing operations asynchronously on IO-bound threads.',
      ' */',
      'class ItemRepositoryImpl @Inject constructor(',
      '    @Dispatcher(IO) val ioDispatcher: CoroutineDispatcher,',
      ') : ItemRepository {',
      '    override fun getItems(): Flow<Resource<List<Item>>> = flow {',
      '        emit(Resource.Loading)',
      '    }.catch { e ->',
      '        emit(Resource.error(R.string.core_data_error_fetching_items))',
      '    }.flowOn(ioDispatcher)',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(kt, 'kotlin', /^core_data$/i), []);
    assert.deepEqual(notesAt(kt, 'kotlin', /^@property$/), []);
    const ios = [
      '# Persisting notes on iOS',
      '',
      'The app keeps its notes in Core Data: an NSPersistentContainer loads the store, and each SwiftUI view reads',
      'through the viewContext.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(ios, 'markdown', /^Core Data$/), ['core-data']);
    const css = ['@property --angle {', "  syntax: '<angle>';", '  inherits: false;', '  initial-value: 0deg;', '}', ''].join('\n');
    assert.deepEqual(notesAt(css, 'css', /^@property$/), ['css-custom-properties']);
  });
});
