import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The LangGraph guide of blind audit cy (cy-en-1), cut to the lines that make it an AI-app document with some
// shell and API-key words.
const langgraph = [
  '# LangGraph ReAct Agent with Web Search Guide',
  '',
  'This guide explains how to build a ReAct (Reasoning + Acting) agent using the **LangGraph framework** that can search',
  'the web to answer user questions. LangGraph provides explicit graph-based control, state management, persistence.',
  '',
  '```mermaid',
  'flowchart LR',
  '    subgraph StateGraph',
  '        B["Agent<br/>(LLM)"] <--> C["Tools<br/>(Web Search)"]',
  '        F["Checkpointer: Memory/PostgreSQL"]',
  '    end',
  '```',
  '',
  '**Key LangGraph Advantages:**',
  '- **Explicit Control Flow**: Visible nodes, edges, and routing logic',
  '- **Persistence**: Built-in checkpointers for conversation memory',
  '- **Human-in-the-Loop**: Native support for interrupts and approvals',
  '',
  '### Prerequisites',
  '',
  '- Python 3.11+',
  '- UV package manager (recommended)',
  '',
  '```bash',
  '# Create virtual environment and activate it',
  'uv venv',
  'source .venv/bin/activate',
  'uv add langgraph',
  'uv add langchain-tavily',
  'uv add langchain-anthropic   # Anthropic Claude',
  '```',
  '',
  '### API Keys',
  '',
  'You need API keys for your LLM provider (Anthropic, OpenAI, etc.) and the Tavily Search API.',
  '',
  '```python',
  'import os',
  'os.environ["ANTHROPIC_API_KEY"] = "sk-ant-..."',
  'os.environ["TAVILY_API_KEY"] = "tvly-..."',
  'from dotenv import load_dotenv',
  'load_dotenv()',
  '```',
  '',
  'Required environment variables for Azure:',
  '```bash',
  'AZURE_OPENAI_API_KEY=your-api-key',
  '```',
  '',
  '```python',
  'from langchain.agents import create_react_agent',
  'agent = create_react_agent(model=model, tools=[search_tool])',
  '```',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit cy', () => {
  it("a Ktor server's routing is no client-side routing; a single-page app's is (blind audit cy, cy-code-1)", () => {
    const ktor = [
      'package com.internconnect.internconnectbackendktor.routing',
      '',
      'import io.ktor.http.*',
      'import io.ktor.server.auth.*',
      'import io.ktor.server.auth.jwt.*',
      'import io.ktor.server.response.*',
      'import io.ktor.server.routing.*',
      'import org.koin.ktor.ext.inject',
      'import java.util.*',
      '',
      'fun Route.companyMemberRoutes() {',
      '\tval companyMemberService by inject<ICompanyMemberService>()',
      '\tauthenticate("auth-jwt") {',
      '\t\troute("/company-member/me/{userId}") {',
      '\t\t\tget {',
      '\t\t\t\tval userId = call.parameters["userId"] ?: return@get call.respond(HttpStatusCode.BadRequest)',
      '\t\t\t\tval userUUID = UUID.fromString(userId)',
      '\t\t\t\tval member = companyMemberService.getById(userUUID) ?: return@get call.respond(HttpStatusCode.NotFound)',
      '\t\t\t\tcall.respond(HttpStatusCode.OK, member.toDto())',
      '\t\t\t}',
      '\t\t}',
      '\t\troute("/company-member/applications/{applicationId}/status") {',
      '\t\t\tput {',
      '\t\t\t\tval statusParam = call.request.queryParameters["status"] ?: return@put call.respond(HttpStatusCode.BadRequest)',
      '\t\t\t\tval principal = call.principal<JWTPrincipal>() ?: return@put call.respond(HttpStatusCode.Unauthorized)',
      '\t\t\t\tcall.respond(HttpStatusCode.OK, "Status updated")',
      '\t\t\t}',
      '\t\t}',
      '\t}',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(ktor, 'kotlin', /^routing$/), []);
    const spa = [
      '# Single-page applications',
      '',
      'A single-page application loads one HTML page; routing then happens in the browser. The router listens to',
      '`popstate`, calls `history.pushState` and renders the matching component without a page reload.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(spa, 'markdown', /^routing$/), ['single-page-application']);
  });

  it("a LangGraph graph's routing logic is no client-side routing (blind audit cy, cy-en-1)", () => {
    assert.deepEqual(notesAt(langgraph, 'markdown', /^routing$/), []);
  });

  it('uv, a Python package manager, is no Linux package manager; apt is (blind audit cy, cy-en-1)', () => {
    assert.deepEqual(notesAt(langgraph, 'markdown', /^package manager$/), []);
    const apt = [
      '# Installing software on Debian',
      '',
      "apt is Debian's package manager: `sudo apt-get update` refreshes `/var/lib/apt/lists`, and",
      '`apt-get install -y --no-install-recommends curl` installs a package with `dpkg` underneath.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(apt, 'markdown', /^package manager$/), ['linux-package-manager']);
  });

  it("LangGraph's create_react_agent is the ReAct agent (alias added after blind audit cy, cy-en-1)", () => {
    assert.deepEqual(notesAt(langgraph, 'markdown', /^create_react_agent$/), ['react-agent', 'react-agent']);
  });

  it("an AWS route table is a routing table (alias added after blind audit cy, cy-code-3)", () => {
    const tf = [
      '################## VPC VIRGINIA ##################',
      'resource "aws_vpc" "vpc" {',
      '  cidr_block = "10.0.0.0/16"',
      '}',
      '',
      'resource "aws_subnet" "subnet_public_1" {',
      '  vpc_id            = aws_vpc.vpc.id',
      '  cidr_block        = "10.0.1.0/24"',
      '}',
      '',
      '################## ROUTE TABLE ##################',
      'resource "aws_route_table" "public" {',
      '  vpc_id = aws_vpc.vpc.id',
      '  route {',
      '    cidr_block = "0.0.0.0/0"',
      '    gateway_id = aws_nat_gateway.nat_gw.id',
      '  }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(tf, 'terraform', /^route[ _]table$/i), ['routing-table', 'routing-table']);
  });

  it('a CUDA kernel launch <<< is CUDA; a shell here-string <<< is not (alias added after blind audit cy, cy-code-2)', () => {
    const cu = [
      '__global__',
      'void reduction(float* X, unsigned int n, float* Y){',
      '    __shared__ float partial_sum[SIZE];',
      '    unsigned int tx = threadIdx.x;',
      '    __syncthreads();',
      '}',
      '',
      'int main(int argc, char* argv[]){',
      '    cudaMalloc((void**)&d_X, n * sizeof(float));',
      '    reduction<<<n_blocks, SIZE>>>(d_X, n, d_Y);',
      '    // reduction<<<n_blocks, SIZE>>> in a comment is no launch',
      '    return 0;',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(cu, 'cuda-cpp', /^<<<$/), ['cuda']);
    assert.deepEqual(notesAt('grep foo <<< "$line"\n', 'shellscript', /^<<<$/), ['io-redirection']);
  });
});
