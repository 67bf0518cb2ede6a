import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// therealmukul/Transformer README.md of blind audit eu (eu-en-1), lines 89-106 of the excerpt.
const transformerReadme = [
  '#### Typical Configuration',
  '',
  '- Common settings in transformer models:',
  '  - 8 attention heads (h=8)',
  '  - If d_model = 512, each head operates on d_k = 64 dimensions',
  '  - Total computation remains similar to single-head attention',
  '  - Final output dimension matches input (d_model)',
  '',
  '#### Implementation Note',
  '',
  'The actual implementation often combines the projections for all heads into single matrices:',
  '```python',
  '# Instead of h separate d_model × d_k matrices',
  '# Use one d_model × d_model matrix for each of Q, K, V',
  '# Then reshape to separate the heads',
  '```',
  '',
].join('\n');

// sergeyshalyapin/portfolio nodejs/eventLoop/README.md of blind audit eu (eu-en-2), lines 1-13 and 34-41.
const eventLoopReadme = [
  '- No script parsing events',
  '- No user interactions',
  '- No animation frame callbacks',
  '- No rendering pipeline',
  '',
  'Node has 3 intersting queues',
  '- XHR requests',
  '- callbacks',
  '',
  'And additional',
  '- microtasks (promises)',
  '- ticks queue / process.nextTick(callback) ',
  '',
  '✅ Node.js event loop is the mechanism that allows Node to handle many operations (like I/O) without blocking the main thread, using a single-threaded, non-blocking architecture.',
  '',
  'Executes callbacks scheduled by setTimeout() and setInterval() whose time has expired.',
  '',
].join('\n');

// HashWaney/ArkUIDemo 声明式UI描述.md of blind audit eu (eu-zh-1), lines 1-3 and 107-118.
const arkuiDoc = [
  '## 前言',
  'ArkTS以声明方式组合和扩展组件来描述应用程序的UI，同时还提供了基本的属性，事件和子组件',
  '配置方法，帮助开发者实现应用的交互逻辑',
  '',
  '### 配置子组件',
  '如果组件支持子组件配置，则需要在尾随闭包"{...}"中为组件添加子组件的UI描述',
  '```javascript',
  '    Column(){',
  "        Text('hello')",
  '            .fontSize(100)',
  '        Divider()',
  '        Text(this.myText)',
  '            .fontSize(100)',
  '            .fontColor(Color.Red)',
  '    }',
  '```',
  '',
].join('\n');

// skydoves/Pokedex MainRepositoryImpl.kt of blind audit eu (eu-code-1), lines 19-53 (shortened).
const pokedexRepository = [
  'import androidx.annotation.VisibleForTesting',
  'import androidx.annotation.WorkerThread',
  'import com.skydoves.pokedex.core.database.PokemonDao',
  'import kotlinx.coroutines.CoroutineDispatcher',
  'import kotlinx.coroutines.flow.flow',
  'import kotlinx.coroutines.flow.flowOn',
  'import javax.inject.Inject',
  '',
  '@VisibleForTesting',
  'class MainRepositoryImpl @Inject constructor(',
  '  private val pokedexClient: PokedexClient,',
  '  private val pokemonDao: PokemonDao,',
  '  @Dispatcher(PokedexAppDispatchers.IO) private val ioDispatcher: CoroutineDispatcher,',
  ') : MainRepository {',
  '',
  '  @WorkerThread',
  '  override fun fetchPokemonList(page: Int) = flow {',
  '    emit(pokemonDao.getAllPokemonList(page).asDomain())',
  '  }.flowOn(ioDispatcher)',
  '}',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit eu', () => {
  it('"d_model × d_model matrix" is no graphics model matrix; a model matrix is (blind audit eu, eu-en-1)', () => {
    assert.deepEqual(notesAt(transformerReadme, 'markdown', /model matrix$/i), []);
    const mvp = [
      '# Transforms',
      '',
      'The model matrix moves a mesh from object space into world space; the view matrix and the projection',
      'matrix then take it to clip space before the vertex shader writes gl_Position.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(mvp, 'markdown', /^model matrix$/), ['mvp-matrices']);
  });

  it("a browser's rendering pipeline in a Node.js event-loop text is no GPU pipeline; OpenGL's is (blind audit eu, eu-en-2)", () => {
    assert.deepEqual(notesAt(eventLoopReadme, 'markdown', /^rendering pipeline$/i), []);
    const gl = [
      '# Drawing a triangle',
      '',
      'The rendering pipeline of OpenGL runs the vertex shader, rasterization and the fragment shader on the GPU,',
      'then blends the fragments into the framebuffer.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(gl, 'markdown', /^rendering pipeline$/), ['graphics-pipeline']);
  });

  it("ArkUI's 尾随闭包 is no Swift closure; Swift's 尾随闭包 is (blind audit eu, eu-zh-1)", () => {
    assert.deepEqual(notesAt(arkuiDoc, 'markdown', /^尾随闭包$/), []);
    const swift = [
      '# Swift 闭包',
      '',
      '函数的最后一个参数是闭包时，可以写成尾随闭包，放在调用的括号之后：',
      '',
      '```swift',
      'let sorted = names.sorted { $0 < $1 }',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(swift, 'markdown', /^尾随闭包$/), ['swift-closures']);
  });

  it("@WorkerThread is no WorkManager Worker; a Worker subclass is (blind audit eu, eu-code-1)", () => {
    assert.deepEqual(notesAt(pokedexRepository, 'kotlin', /^Worker$/), []);
    const work = [
      'import android.content.Context',
      'import androidx.work.Worker',
      'import androidx.work.WorkerParameters',
      '',
      'class UploadWorker(context: Context, params: WorkerParameters) : Worker(context, params) {',
      '  override fun doWork(): Result {',
      '    return Result.success()',
      '  }',
      '}',
      '',
    ].join('\n');
    assert.ok(notesAt(work, 'kotlin', /^Worker$/).every((n) => n === 'android-workmanager'));
    assert.ok(notesAt(work, 'kotlin', /^Worker$/).length >= 1);
  });
});
