import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit ea', () => {
  it("MCP's transport layer is no OSI layer; a network text's is (blind audit ea, ea-en-1)", () => {
    // The tool-calling and MCP article of blind audit ea (ea-en-1), cut to its opening, strengths, limitations and MCP architecture list
    // (lines 1-13, 25-35 and 95-105).
    const mcp = [
      '# Tool Calling & Model Context Protocol (MCP)',
      '',
      '## What it is',
      '**Tool calling** (also known as function calling) is a standardized pattern where Large Language Models (LLMs) generate structured data (typically JSON) to signal their intent to invoke external functions, rather than just generating text. This allows the model to act as a "reasoning engine" that can decide when and how to use external capabilities.',
      '',
      '**Model Context Protocol (MCP)** is an open, universal standard introduced by Anthropic that provides a unified way to connect LLMs to external tools and data sources. It decouples the model from the specific implementations of tools, allowing a single MCP server to provide capabilities to any compatible LLM host (IDE, agent framework, or chat interface).',
      '',
      '## What problem it solves',
      'LLMs are traditionally "isolated" from the real world, limited by their training data and the text-based interface of their context window. Tool calling and MCP solve several critical limitations:',
      '- **Dynamic Data Access**: Allows LLMs to query databases, search the web, or read local files to get up-to-date information.',
      '- **Real-World Actions**: Enables LLMs to perform operations like sending emails, updating Jira tickets, or controlling a browser.',
      '- **Complex Logic**: Offloads tasks like mathematical calculations, data processing, or code execution to specialized software.',
      '- **Ecosystem Portability**: MCP specifically solves the "N-to-M" problem where every agent framework needs its own integration for every tool. With MCP, you build a tool once and it works everywhere.',
      '',
      '## Strengths',
      '- **Interoperability**: MCP allows one tool implementation to serve multiple LLMs and applications.',
      '- **Grounding**: Reduces hallucinations by forcing the model to rely on external, verifiable data.',
      '- **Decoupling**: Separates the "reasoning" (LLM) from the "execution" (tool code), making systems easier to maintain and secure.',
      '- **Dynamic Discovery**: MCP servers can describe their capabilities to the host at runtime, allowing for flexible, plug-and-play architectures.',
      '',
      '## Limitations',
      '- **Latency**: Each tool call requires at least one extra round-trip to the model, increasing total response time.',
      '- **Token Cost**: Tool definitions and result data consume space in the context window, increasing cost.',
      '- **Reliability**: The LLM may fail to generate valid JSON, or the external tool/API itself may be unavailable.',
      '- **Security**: Granting an LLM the ability to execute code or access data requires careful sandboxing and permission management.',
      '',
      '## MCP architecture',
      'MCP uses a client-server architecture to standardize the connection between AI applications and data/tools.',
      '',
      '### Core Components',
      '- **Hosts**: The primary application where the LLM is running (e.g., Claude Desktop, Zed, Cursor, or a custom agent). The host manages the LLM\'s lifecycle.',
      '- **Clients**: Reside within the host and maintain 1:1 connections with MCP servers.',
      '- **Servers**: Lightweight programs that expose specific capabilities (tools, resources, or prompts) through the MCP protocol.',
      '- **Transport Layer**: The communication medium between client and server.',
      '    - **stdio**: Standard input/output (most common for local tools).',
      '    - **SSE**: Server-Sent Events (used for remote servers over HTTP).',
      '    - **HTTP/TCP**: Direct socket-based communication.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(mcp, 'markdown', /^transport layer$/i), []);
    const network = [
      '# How a packet travels',
      '',
      'TCP and UDP live in the transport layer: TCP adds ports, sequence numbers and retransmission on top of IP, and the',
      'three-way handshake opens a connection before any data flows. Below it, IP routes packets between hosts; above it,',
      'HTTP and DNS run in the application layer.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(network, 'markdown', /^transport layer$/), ['osi-model']);
  });

  it('传输层 of an MCP text is no OSI layer; a TCP text\'s is (blind audit ea, the same alias in Chinese)', () => {
    const mcp = [
      '# MCP 架构',
      '',
      'MCP（Model Context Protocol）采用客户端-服务器架构：宿主应用里的 MCP 客户端连接 MCP 服务器，服务器向大模型提供工具与资源。',
      '',
      '- 传输层：客户端与服务器之间的通信方式，本地用 stdio，远程用 Streamable HTTP。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(mcp, 'markdown', /^传输层$/), []);
    const tcp = [
      '# TCP 三次握手',
      '',
      'TCP 属于传输层协议，在 IP 之上提供可靠的字节流：建立连接前要经过三次握手（SYN、SYN+ACK、ACK），断开时四次挥手。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(tcp, 'markdown', /^传输层$/), ['osi-model']);
  });

  it("a React component named DataLoader is no PyTorch DataLoader; a training script's is (blind audit ea, ea-zh-2)", () => {
    // The useCallback section of the React Hooks article of blind audit ea (ea-zh-2).
    const react = [
      '### 6.4 与 useEffect 配合',
      '',
      '```jsx',
      'function DataLoader({ userId }) {',
      '  const [data, setData] = useState(null);',
      '',
      '  // 缓存 fetch 函数',
      '  const fetchData = useCallback(async () => {',
      '    const result = await fetchUser(userId);',
      '    setData(result);',
      '  }, [userId]);',
      '',
      '  // 在 effect 中使用缓存的函数',
      '  useEffect(() => {',
      '    fetchData();',
      '  }, [fetchData]);',
      '',
      '  return <p>{data?.name}</p>;',
      '}',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(react, 'markdown', /^DataLoader$/), []);
    const torch = [
      'import torch',
      'from torch import nn',
      'from torch.utils.data import DataLoader',
      '',
      'loader = DataLoader(dataset, batch_size=64, shuffle=True, num_workers=4)',
      'model = nn.Linear(784, 10)',
      'optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)',
      'for epoch in range(10):',
      '    for x, y in loader:',
      '        loss = nn.functional.cross_entropy(model(x), y)',
      '        optimizer.zero_grad()',
      '        loss.backward()',
      '        optimizer.step()',
      '',
    ].join('\n');
    assert.ok(notesAt(torch, 'python', /^DataLoader$/).every((ids) => ids === 'dataloader'));
    assert.equal(notesAt(torch, 'python', /^DataLoader$/).length, 2);
  });
});
