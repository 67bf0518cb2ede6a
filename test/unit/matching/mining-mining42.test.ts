import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases added or narrowed by alias mining pass mining42', () => {
  it("FreeRTOS portMAX_DELAY and portTICK_PERIOD_MS are their notes, no TCP port; an ESP-IDF httpd's WS is no I2S word select (mining42, 1.c)", () => {
    const esp = [
      "#include \"freertos/FreeRTOS.h\"",
      "#include \"freertos/semphr.h\"",
      "#include \"esp_http_server.h\"",
      "#define HTTP_SERVER_WAKE_UP_TICK 10000",
      "static void send_ping(httpd_handle_t hd, int fd)",
      "{",
      "    httpd_ws_frame_t ws_pkt;",
      "    memset(&ws_pkt, 0, sizeof(httpd_ws_frame_t));",
      "    ws_pkt.type = HTTPD_WS_TYPE_PING;",
      "    httpd_ws_send_frame_async(hd, fd, &ws_pkt);",
      "}",
      "void tsk(void *arg)",
      "{",
      "    for (;;) {",
      "        vTaskDelay(HTTP_SERVER_WAKE_UP_TICK / portTICK_PERIOD_MS);",
      "        if (xSemaphoreTake(mutex, portMAX_DELAY)) {",
      "            xSemaphoreGive(mutex);",
      "        }",
      "    }",
      "}",
      '',
    ].join('\n');
    assert.deepEqual(notesAt(esp, 'c', /^portMAX_DELAY$/), ['freertos-task-states']);
    assert.deepEqual(notesAt(esp, 'c', /^portTICK_PERIOD_MS$/), ['vtaskdelayuntil']);
    assert.deepEqual(notesAt(esp, 'c', /^port$/), []);
    assert.deepEqual(notesAt(esp, 'c', /^WS$/), []);
    assert.deepEqual(notesAt(esp, 'c', /^WAKE_UP$/i), []);
    const i2s = [
      "# I2S audio on the ESP32",
      "",
      "An I2S bus has three lines: BCLK clocks each bit, WS (word select, also called LRCK) tells the left channel from the right, and SD carries the samples. The MCLK line is optional.",
      '',
    ].join('\n');
    assert.deepEqual(notesAt(i2s, 'markdown', /^WS$/), ['i2s']);
  });
  it("a Linux driver's wake_up() is still the wait queue (mining42: the alias now keeps its lower case)", () => {
    const drv = [
      "static irqreturn_t my_isr(int irq, void *dev_id)",
      "{",
      "    struct my_dev *dev = dev_id;",
      "    dev->ready = 1;",
      "    wake_up(&dev->wq);",
      "    return IRQ_HANDLED;",
      "}",
      "static ssize_t my_read(struct file *f, char __user *buf, size_t n, loff_t *off)",
      "{",
      "    wait_event_interruptible(dev->wq, dev->ready);",
      "    return 0;",
      "}",
      '',
    ].join('\n');
    assert.deepEqual(notesAt(drv, 'c', /^wake_up$/), ['wait-queue']);
  });
  it("C++ NULL is the pointer note's null pointer; C code and prose keep NULL unmatched (mining42, 3.cc)", () => {
    const cpp = [
      "struct Node {",
      "    int start, end, cnt;",
      "    Node *left, *right;",
      "    Node(int s, int e) : start(s), end(e), cnt(0), left(NULL), right(NULL) {}",
      "};",
      "void insert(Node *node, int val) {",
      "    if (node->left == NULL) node->left = new Node(node->start, val);",
      "}",
      '',
    ].join('\n');
    assert.deepEqual(notesAt(cpp, 'cpp', /^NULL$/), ['cpp-pointer', 'cpp-pointer', 'cpp-pointer']);
    const c = [
      "#include <math.h>",
      "#include <stdio.h>",
      "int main(void) {",
      "    double x = 0.5;",
      "    double y = tanh(x);",
      "    printf(\"%f\\n\", y);",
      "    char *p = NULL;",
      "    return p == NULL ? 0 : 1;",
      "}",
      '',
    ].join('\n');
    assert.deepEqual(notesAt(c, 'c', /^NULL$/), []);
    assert.deepEqual(notesAt(c, 'c', /^tanh$/), []);
    assert.deepEqual(notesAt('Check the pointer against NULL before you use it.\n', 'markdown', /^NULL$/), []);
  });
  it("SavedStateHandle.getLiveData and @ViewModelInject; a ViewModel's tasksEventChannel is no Flutter EventChannel (mining42, 4.kt)", () => {
    const vm = [
      "class TasksViewModel @ViewModelInject constructor(",
      "    private val taskDao: TaskDao,",
      "    @Assisted private val state: SavedStateHandle",
      ") : ViewModel() {",
      "    val searchQuery = state.getLiveData(\"searchQuery\", \"\")",
      "    private val tasksEventChannel = Channel<TasksEvent>()",
      "    val tasksEvent = tasksEventChannel.receiveAsFlow()",
      "    fun onTaskSwiped(task: Task) = viewModelScope.launch {",
      "        taskDao.delete(task)",
      "        tasksEventChannel.send(TasksEvent.ShowUndoDeleteTaskMessage(task))",
      "    }",
      "}",
      '',
    ].join('\n');
    assert.deepEqual(notesAt(vm, 'kotlin', /^getLiveData$/), ['android-viewmodel']);
    assert.deepEqual(notesAt(vm, 'kotlin', /^@ViewModelInject$/), ['hilt']);
    assert.deepEqual(notesAt(vm, 'kotlin', /EventChannel/), []);
    const flutter = [
      "class MainActivity : FlutterActivity() {",
      "    override fun configureFlutterEngine(flutterEngine: FlutterEngine) {",
      "        super.configureFlutterEngine(flutterEngine)",
      "        MethodChannel(flutterEngine.dartExecutor.binaryMessenger, \"app/battery\").setMethodCallHandler { call, result ->",
      "            result.success(42)",
      "        }",
      "        EventChannel(flutterEngine.dartExecutor.binaryMessenger, \"app/charging\").setStreamHandler(handler)",
      "    }",
      "}",
      '',
    ].join('\n');
    assert.deepEqual(notesAt(flutter, 'kotlin', /^EventChannel$/), ['flutter-platform-channel']);
    assert.deepEqual(notesAt(flutter, 'kotlin', /StreamHandler/), []);
    assert.deepEqual(notesAt('import logging\nh = logging.StreamHandler()\n', 'python', /^StreamHandler$/), ['python-logging']);
  });
  it("PyTorch init.uniform_ / init.zeros_, padding_idx and tanh (mining42, 5.py)", () => {
    const py = [
      "import torch.nn as nn",
      "import torch.nn.init as init",
      "",
      "class Encoder(nn.Module):",
      "    def __init__(self, vocab_size, hidden_size):",
      "        super().__init__()",
      "        self.embedder = nn.Embedding(vocab_size, hidden_size, padding_idx=0)",
      "        self.lstm = nn.LSTM(hidden_size, hidden_size, batch_first=True)",
      "        init.uniform_(self.lstm.weight_ih_l0.data, -0.1, 0.1)",
      "        init.zeros_(self.lstm.bias_hh_l0.data)",
      "        self.act = nn.Tanh()",
      '',
    ].join('\n');
    assert.deepEqual(notesAt(py, 'python', /^init\.(uniform|zeros)_?$/), ['weight-initialization', 'weight-initialization']);
    assert.deepEqual(notesAt(py, 'python', /^padding_idx$/), ['embedding']);
    assert.deepEqual(notesAt(py, 'python', /^Tanh$/), ['activation-function']);
  });
  it("element.style.transition in a React component is the CSS transition; a prop named transition is not (mining42, 6.tsx)", () => {
    const tsx = [
      "import React, { useRef } from \"react\";",
      "export default function Track({ transition }: { transition: string }) {",
      "    const ref = useRef<HTMLDivElement | null>(null);",
      "    const snap = () => {",
      "        if (ref.current) {",
      "            ref.current.style.transition = \"transform 0.3s ease-out\";",
      "            ref.current.style.transform = `translateX(0px)`;",
      "        }",
      "    };",
      "    return <div ref={ref} onClick={snap} data-t={transition} />;",
      "}",
      '',
    ].join('\n');
    assert.deepEqual(notesAt(tsx, 'typescriptreact', /^style\.transition$/), ['css-transitions']);
    assert.deepEqual(notesAt(tsx, 'typescriptreact', /^transition$/), []);
  });
});
