import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit br', () => {
  it("a storage engine's in-place update is no in-place algorithm; reversing an array in place is (blind audit br, br-en-1)", () => {
    // As in the audited B-tree vs LSM-tree article.
    const md = [
      '## The B-Tree: Optimized for Reads',
      '',
      'A B-Tree is a self-balancing tree data structure that keeps data sorted. This is a battle of two philosophies:',
      'in-place updates vs. append-only logs. An LSM-Tree keeps a Memtable (an in-memory Red-Black Tree), a write-ahead',
      'log and SSTables on disk, merged by compaction.',
      '',
      '*   **In-Place Updates:** When you write or update data, the B-Tree finds the specific page on disk and modifies it.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^in-place$/i), []);
    const algo = [
      '## Reversing an array',
      '',
      'Reverse the array in-place with two pointers: swap the first and last elements and move both inward.',
      'It uses O(1) auxiliary space, like the partition step of quicksort; its time complexity is O(n).',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(algo, 'markdown', /^in-place$/i), ['in-place-algorithm']);
  });

  it("a B-tree page's pointers are no Go pointers in a database article; a Go struct pointer is (blind audit br, br-en-1)", () => {
    // As in the audited article: database prose, then a Go example.
    const md = [
      '## The B-Tree: Optimized for Reads',
      '',
      'Data is stored in fixed-size pages. The tree has a root page, internal pages (which contain pointers to other pages),',
      'and leaf pages. A relational database such as PostgreSQL uses a B-Tree index; an LSM-Tree writes SSTables.',
      '',
      '```go',
      'package main',
      '',
      'import "fmt"',
      '',
      'type BTreePage struct {',
      '\tdata map[string]string',
      '}',
      '',
      'func main() {',
      '\tbpage := &BTreePage{data: make(map[string]string)}',
      '\tfmt.Println(bpage)',
      '}',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^pointers?$/i), []);
    const go = [
      '## Methods in Go',
      '',
      'A method with a pointer receiver can modify its struct: `func (p *Page) Grow()`. Go passes a pointer',
      'to the struct, so `p.size++` changes the caller value; a goroutine or a slice works the same way.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(go, 'markdown', /^pointer$/), ['go-pointer']);
  });

  it('a digital signal on the address bus is no Linux signal; SIGTERM is (blind audit br, br-zh-2)', () => {
    // As in the audited article on Linux memory management.
    const md = [
      '## 地址',
      '',
      '在Linux内部的地址的映射过程为**逻辑地址**-->**线性地址**-->**物理地址**，物理地址最简单：地址总线中传输的数字信号，',
      '而线性地址和逻辑地址所表示的则是一种转换规则。进程通过系统调用进入内核态，缺页异常由内核处理。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^信号$/), []);
    const signals = '## 进程与信号\n\n进程收到 SIGTERM 信号后可以先清理再退出，而 SIGKILL 无法被捕获；父进程用 waitpid 回收子进程。\n';
    assert.deepEqual(notesAt(signals, 'markdown', /^信号$/), ['linux-signals', 'linux-signals']);
  });

  it("Retrofit's Callback in an Android activity is no JavaScript callback; a JavaScript one is (blind audit br, br-code-2)", () => {
    // As in the audited MainActivity: JSON, URL and UTF-8 give the file a frontend share.
    const java = [
      'import androidx.appcompat.app.AppCompatActivity;',
      'import org.json.JSONObject;',
      'import java.net.URL;',
      'import java.net.URLEncoder;',
      'import retrofit2.Call;',
      'import retrofit2.Callback;',
      'import retrofit2.Response;',
      'import retrofit2.Retrofit;',
      '',
      'public class MainActivity extends AppCompatActivity {',
      '    public void findWeather(View view) throws Exception {',
      '        String urlEncoder = URLEncoder.encode(editText.getText().toString(), "UTF-8");',
      '        Retrofit retrofit = new Retrofit.Builder().baseUrl(API.BASE_URL).build();',
      '        Call<JSONProcess> call = retrofit.create(API.class).getWeather(urlEncoder);',
      '        call.enqueue(new Callback<JSONProcess>() {',
      '            @Override',
      '            public void onResponse(Call<JSONProcess> call, Response<JSONProcess> response) { }',
      '        });',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(java, 'java', /^callback$/i), []);
    const js = [
      '## Callbacks in JavaScript',
      '',
      'A callback is a function passed to another function: `setTimeout(() => render(), 100)` calls it later,',
      'and `addEventListener("click", onClick)` calls it for each DOM event in the browser.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(js, 'markdown', /^callback$/i), ['js-callback']);
  });

  it("a mutex comment in FreeRTOS C is no std::mutex; a C++ one is (blind audit br, br-code-3)", () => {
    // As in the audited FreeRTOS main.c (its macros and static declarations make it a C-heavy file).
    const c = [
      '#define mainDEBOUNCE_DELAY         ( ( TickType_t ) 150 / portTICK_PERIOD_MS )',
      '#define mainNO_DELAY               ( ( TickType_t ) 0 )',
      '#define DISPLAY_MIN_INPUT 0',
      '#define DISPLAY_MAX_INPUT 20',
      '#define BITMAP_MIN 13',
      '#define BITMAP_MAX 19',
      '#define BITMAP_RANGE (BITMAP_MAX - BITMAP_MIN + 1)',
      '#define BITMAP_HALF_SIZE BITMAP_RANGE',
      'static void prvSetupHardware( void );',
      '/*############## declaraciones de funciones propias ###############*/',
      '// tareas',
      'static void vTaskSensor ( );',
      'static void vTaskReceiverDataSensor();',
      'static void vTaskDisplay();',
      'static void vTaskUpdateN();',
      'static void vTaskMonitor();',
      '// getters y funciones de print',
      'static int get_N_value();',
      'const char* getStateName(eTaskState state);',
      'int putchar(int c);',
      'int _write(int file, char *ptr, int len);',
      'void sendUART0(const char *string);',
      'static void vIntToString(int value, char *str) ;',
      '// global',
      'static char buffer[50];',
      'SemaphoreHandle_t xButtonSemaphore;',
      '// handle de las colas y semáforos',
      'QueueHandle_t xPrintQueue;',
      'QueueHandle_t xSensorQueue;',
      'QueueHandle_t xDisplayQueue;',
      'QueueHandle_t xUpdateNQueue;',
      'SemaphoreHandle_t xMutexN;',
      'int main( void )',
      '{',
      '    prvSetupHardware();',
      '    // creacion de tareas',
      '    xTaskCreate(vTaskSensor, "Sensor", configMINIMAL_STACK_SIZE, NULL, mainCHECK_TASK_PRIORITY + 1, NULL);',
      '    xTaskCreate(vTaskReceiverDataSensor, "Receiver", configMINIMAL_STACK_SIZE, NULL, mainCHECK_TASK_PRIORITY + 1, NULL);',
      '    xTaskCreate(vTaskDisplay, "Display", configMINIMAL_STACK_SIZE, NULL, mainCHECK_TASK_PRIORITY + 1, NULL);',
      '    xTaskCreate(vTaskUpdateN, "UpdateN", configMINIMAL_STACK_SIZE, NULL, mainCHECK_TASK_PRIORITY + 1, NULL);',
      '    xTaskCreate(vTaskMonitor, "Monitor", configMINIMAL_STACK_SIZE * 2, NULL, mainCHECK_TASK_PRIORITY + 1, NULL);',
      '    // mutex',
      '    xMutexN = xSemaphoreCreateBinary();',
      '    // colas',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(c, 'c', /^mutex$/), ['freertos-mutex-priority-inheritance']);
    const cpp = [
      '#include <mutex>',
      '#include <thread>',
      '',
      'int counter = 0;',
      'std::mutex m;',
      '',
      'void work() {',
      '    // the mutex guards the counter',
      '    std::lock_guard<std::mutex> lock(m);',
      '    ++counter;',
      '}',
      '',
    ].join('\n');
    // `<mutex>` (the header) and the comment's word.
    assert.deepEqual(notesAt(cpp, 'cpp', /^mutex$/), ['std-mutex', 'std-mutex']);
  });

  it('uxArraySize is no ARRAY_SIZE macro; ARRAY_SIZE(arr) is (blind audit br, br-code-3)', () => {
    // As in the audited task monitor of the FreeRTOS main.c.
    const c = [
      'static void vTaskMonitor( void )',
      '{',
      '    TaskStatus_t *pxTaskStatusArray;',
      '    UBaseType_t uxArraySize, uxTasksReturned;',
      '    uxArraySize = uxTaskGetNumberOfTasks();',
      '    pxTaskStatusArray = pvPortMalloc( uxArraySize * sizeof( TaskStatus_t ) );',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(c, 'c', /arraysize|array_size/i), []);
    const macro = '#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))\n\nint n = ARRAY_SIZE(table);\n';
    assert.deepEqual(notesAt(macro, 'c', /^ARRAY_SIZE$/), ['sizeof-operator', 'sizeof-operator']);
  });

  it("an nginx config's SSE is Server-Sent Events, not SIMD; SSE in a CPU text is SIMD (blind audit br, br-code-4)", () => {
    // As in the audited nginx.conf: the location of an event stream.
    const conf = [
      'upstream aiseek_backend {',
      '    server backend:5000;',
      '}',
      'server {',
      '    listen 80;',
      '    location ~ ^/api/v1/ai/jobs/[^/]+/events/stream$ {',
      '        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;',
      '        # SSE optimizations',
      '        proxy_buffering off;',
      '        chunked_transfer_encoding off;',
      '        proxy_read_timeout 3600s;',
      '        proxy_pass http://aiseek_backend;',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.ok(!notesAt(conf, 'properties', /^SSE$/).some((ids) => ids.includes('simd')));
    const cpu = [
      '## Vectorizing a loop in C++',
      '',
      'With SSE the CPU adds four floats per instruction; AVX2 widens the registers to 256 bits.',
      'The compiler emits these SIMD instructions when the loop has no dependencies between iterations.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(cpu, 'markdown', /^SSE$/), ['simd']);
  });
});
