import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit al', () => {
  it("a workflow's concurrency: key (a run group) is no Go or Linux concurrency (blind audit al: a Rust release workflow)", () => {
    const workflow = [
      'name: Release',
      'on:',
      '  push:',
      "    tags: ['v*.*.*']",
      'concurrency:',
      '  group: ${{ github.workflow }}-${{ github.ref }}',
      '  cancel-in-progress: false',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: sudo apt-get install -y gcc-aarch64-linux-gnu',
      "      - run: echo 'linker = \"aarch64-linux-gnu-gcc\"' >> ~/.cargo/config.toml",
      '      - run: go test -race ./...',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(workflow, 'github-actions-workflow', /^concurrency$/), []);
    const go = "Go's concurrency model is built on goroutines and channels: concurrency is about structure, parallelism about execution. A buffered channel limits concurrency.\n";
    assert.deepEqual(notesAt(go, 'markdown', /^concurrency$/i), ['concurrency-vs-parallelism', 'concurrency-vs-parallelism', 'concurrency-vs-parallelism']);
  });
  it("a server's options struct (ServerOptions) is no functional option; ServerOption funcs still are (blind audit al: a gin server service)", () => {
    const go = [
      'package sfk',
      '',
      'type ServerOption func(*Server)',
      '',
      'func NewServer(opts ...ServerOption) *Server { return &Server{} }',
      '',
      'func NewServerService(name string, options *types.ServerOptions) ServerService {',
      '\tgopts := []grpc.ServerOption{grpc.MaxRecvMsgSize(1 << 20)}',
      '\treturn newService(name, options, gopts)',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(go, 'go', /^ServerOptions$/), []);
    assert.deepEqual(notesAt(go, 'go', /^ServerOption$/), ['go-functional-options', 'go-functional-options', 'go-functional-options']);
  });
  it("a LangChain app's callback handler is no training callback; a Lightning Trainer's callbacks are (blind audit al: a LangChain agent with Streamlit)", () => {
    const app = [
      'import streamlit as st',
      'from langchain_openai import ChatOpenAI',
      'from langchain.agents import AgentExecutor, create_openai_tools_agent, load_tools',
      'from langchain_community.callbacks import StreamlitCallbackHandler',
      '',
      'chat = ChatOpenAI(model_name="gpt-3.5-turbo", temperature=0.5, streaming=True)',
      'agent = create_openai_tools_agent(chat, load_tools(["wikipedia"]), prompt)',
      'callback = StreamlitCallbackHandler(st.container())',
      'response = AgentExecutor(agent=agent, tools=tools).invoke({"input": prompt}, {"callbacks": [callback]})',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(app, 'python', /callback/i), []);
    const lightning = [
      'import lightning as L',
      'from lightning.pytorch.callbacks import EarlyStopping, ModelCheckpoint',
      '',
      'class PrintCallback(L.Callback):',
      '    def on_train_epoch_end(self, trainer, pl_module):',
      '        print(trainer.current_epoch, trainer.callback_metrics["train_loss"])',
      '',
      'trainer = L.Trainer(max_epochs=20, callbacks=[EarlyStopping(monitor="val_loss"), ModelCheckpoint()])',
      'trainer.fit(model, train_loader, val_loader)',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(lightning, 'python', /^callbacks$/i), ['training-callbacks', 'training-callbacks']);
  });
});
