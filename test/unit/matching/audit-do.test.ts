import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The function-calling prompt guide of blind audit do (do-en-1, Koog's docs, Apache-2.0), cut to the lines that make it
// an AI-app document and the weather example every such guide has.
const functionCalling = [
  'Function calling has rapidly evolved into a mainstay of LLM-based agents. Yet, despite being widely implemented,',
  "it's surprisingly tricky to nail down prompt engineering for optimal function performance.",
  '',
  'OpenAI consistently emphasizes clearly separating when the model should invoke a function, from how the function works:',
  'System Messages are for WHEN:',
  'Define explicit contexts and conditions for function calling exclusively in the system message.',
  '',
  'Only call get_weather when users explicitly ask about weather conditions.',
  'If they mention wanting to go outside or planning activities, ask if they want weather information first.',
  '',
  'Gets current weather data for a location.',
  'Returns temperature in Celsius and weather conditions.',
  '',
  '5. ❌ High temperature - Setting the model temperature close to zero universally improves function-calling accuracy.',
  '',
].join('\n');

// The Elasticsearch notes of do-zh-2 (QuChunhe/study, Apache-2.0), cut.
const esNotes = [
  'FST',
  '',
  'Trie树（字典树）',
  '',
  '* 正向索引：doc中查询keyword',
  '* 倒排索引：从keyword查找doc。',
  '',
  'ES倒排索引包括',
  '* Term Index',
  '* Term Dictionary：记录term到posting list的关联关系',
  '',
  '对于使用Elasticsearch时需要注意:',
  '* 不需要索引的字段，一定要明确定义出来，"index": false',
  '',
].join('\n');

// The EKS + Karpenter example of do-code-4 (terraform-aws-modules/terraform-aws-eks, Apache-2.0), cut.
const karpenter = [
  'module "eks" {',
  '  source = "../.."',
  '',
  '  name               = local.name',
  '  kubernetes_version = "1.33"',
  '',
  '  eks_managed_node_groups = {',
  '    karpenter = {',
  '      instance_types = ["m5.large"]',
  '      labels = {',
  '        # Used to ensure Karpenter runs on nodes that it does not manage',
  '        "karpenter.sh/controller" = "true"',
  '      }',
  '    }',
  '  }',
  '}',
  '',
  'module "karpenter" {',
  '  source = "../../modules/karpenter"',
  '',
  '  cluster_name = module.eks.cluster_name',
  '',
  '  # Name needs to match role name passed to the EC2NodeClass',
  '  node_iam_role_use_name_prefix   = false',
  '  create_pod_identity_association = true',
  '}',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit do', () => {
  it('"planning activities" and "travel planning" are no agent planning; an agent\'s planning is (blind audit do, do-en-1)', () => {
    assert.deepEqual(notesAt(functionCalling, 'markdown', /^planning$/i), []);
    const mcp = [
      '# Tools in an AI application',
      '',
      'Tools let an LLM act on behalf of users. In a travel planning scenario, the AI application calls several tools.',
      'The MCP server exposes tools, resources and prompts to the LLM.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(mcp, 'markdown', /^planning$/i), []);
    const agent = [
      '# Plan-and-execute agents',
      '',
      'An LLM agent often separates planning from acting: during planning the model writes a multi-step plan,',
      'then an executor calls the tools for each step and replanning happens when a step fails.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(agent, 'markdown', /^planning$/i), ['plan-and-execute', 'plan-and-execute']);
  });

  it("a weather tool's temperature in Celsius is no sampling temperature; the model's is (blind audit do, do-en-1)", () => {
    assert.deepEqual(notesAt(functionCalling, 'markdown', /^temperature$/), ['temperature-sampling', 'temperature-sampling']);
  });

  it('a forward index (正向索引) is no database index; an ES field left out of the index stays one (blind audit do, do-zh-2)', () => {
    assert.deepEqual(notesAt(esNotes, 'markdown', /^索引$/), ['database-index']);
    assert.deepEqual(notesAt(esNotes, 'markdown', /^倒排索引$/), ['full-text-index', 'full-text-index']);
  });

  it("the Node of Karpenter's EC2NodeClass is no Kubernetes node; the nodes it runs on are (blind audit do, do-code-4)", () => {
    assert.deepEqual(notesAt(karpenter, 'terraform', /^Node$/), []);
    assert.deepEqual(notesAt(karpenter, 'terraform', /^nodes$/), ['kubernetes-node']);
  });

  it("Compose's collectAsState is the StateFlow collector (alias added after blind audit do, do-code-2)", () => {
    const screen = [
      '@Composable',
      'fun GameScreen(gameViewModel: GameViewModel = viewModel()) {',
      '    val gameUiState by gameViewModel.uiState.collectAsState()',
      '    val mediumPadding = dimensionResource(R.dimen.padding_medium)',
      '    Column(modifier = Modifier.statusBarsPadding().padding(mediumPadding)) {',
      '        Text(text = stringResource(R.string.app_name))',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(screen, 'kotlin', /^collectAsState$/), ['kotlin-flow']);
  });
});
