import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit ar', () => {
  it("an AWS VPC's Network ACL is no POSIX file ACL; setfacl / getfacl texts keep ACL (blind audit ar, ar-en-1)", () => {
    // As in the audited Terraform VPC module README: NAT gateways, subnets, CIDR, DNS and DHCP make it a linux/network text.
    const vpc = [
      '# VPC Terraform Module',
      '',
      'Creates a highly available network with public and private subnets, NAT gateways, and VPC flow logs.',
      '',
      '```hcl',
      'module "vpc" {',
      '  vpc_cidr           = "10.0.0.0/16"',
      '  single_nat_gateway = false',
      '  # Network ACLs',
      '  manage_default_network_acl = true',
      '}',
      '```',
      '',
      '| single_nat_gateway | Use a single NAT Gateway for cost optimization | `bool` |',
      '| manage_default_network_acl | Manage the default Network ACL | `bool` |',
      '| enable_dhcp_options | Enable custom DHCP options | `bool` |',
      '| dhcp_options_domain_name | DNS domain name for DHCP options | `string` |',
      '| vpc_cidr_block | The CIDR block of the VPC |',
      '| public_subnet_cidrs | List of CIDR blocks of public subnets |',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(vpc, 'markdown', /^ACLs?$/), []);
    const posix = 'Use `setfacl -m u:deploy:rwx /srv/app` to grant a user access beyond the owner/group/other bits, and `getfacl /srv/app` to read the ACL back.\nThe ACL mask caps the permissions of named users and groups; `chmod g-w` changes the mask.\n';
    assert.deepEqual(notesAt(posix, 'markdown', /^ACL$/), ['posix-acl']);
  });
  it("Jackson's registerModule in Kotlin is no ML component registry; MMDetection's register_module stays (blind audit ar, ar-code-3)", () => {
    const kt = [
      'import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule',
      'import io.ktor.server.plugins.contentnegotiation.*',
      '',
      'fun Application.module() {',
      '    install(ContentNegotiation) {',
      '        jackson {',
      '            registerModule(JavaTimeModule())',
      '        }',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(kt, 'kotlin', /^registerModule$/), []);
    const py = "from mmdet.registry import MODELS\n\n@MODELS.register_module()\nclass MyBackbone(nn.Module):\n    def __init__(self, depth):\n        super().__init__()\n";
    assert.deepEqual(notesAt(py, 'python', /^register_module$/), ['component-registry']);
  });
  it('a MySQL note\'s "OR条件索引失效" is no partial index; a PostgreSQL 条件索引 is (blind audit ar, ar-zh-2)', () => {
    const mysql = [
      '# MySQL - 性能优化',
      '',
      '### 2. 索引失效场景',
      '```sql',
      '-- 4. LIKE以通配符开头',
      "WHERE name LIKE '%abc'",
      '-- 5. OR条件索引失效',
      '-- ❌ 如果OR前后有一个字段没有索引，整个查询不走索引',
      "WHERE name = 'abc' OR age = 25",
      '```',
      '### 3. 覆盖索引优化',
      '创建覆盖索引，避免回表；联合索引遵循最左前缀原则。',
      '### 1. EXPLAIN执行计划分析',
      '```sql',
      'EXPLAIN SELECT * FROM orders WHERE user_id = 1001;',
      "EXPLAIN SELECT * FROM user WHERE name = 'abc';",
      '```',
      '| **Extra** | 额外信息 | Using index(覆盖索引)、Using filesort(需要排序) |',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(mysql, 'markdown', /^条件索引$/), []);
    const pg = 'PostgreSQL 支持部分索引（也叫条件索引）：`CREATE INDEX idx_open ON orders (customer_id) WHERE shipped_at IS NULL;`\n只有满足 WHERE 谓词的行进入索引，查询条件必须蕴含该谓词，规划器才会使用这个条件索引。\n';
    assert.deepEqual(notesAt(pg, 'markdown', /^条件索引$/), ['postgresql-partial-index', 'postgresql-partial-index']);
  });
  it("a Mermaid diagram's statements (graph TB, subgraph, end) are syntax, its labels text (blind audit ar, ar-zh-3)", () => {
    const md = 'CFS 用红黑树管理可运行进程，按 vruntime 排序；二叉树、图的遍历在算法里常见。\n\n```mermaid\ngraph TB\n    subgraph 调度器\n    A[进程 fork] --> B[红黑树]\n    end\n```\n\ngraph 与树都是数据结构。\n';
    assert.deepEqual(notesAt(md, 'markdown', /^graph$/), ['graph-data-structure']);
    assert.deepEqual(notesAt(md, 'markdown', /^红黑树$/), ['red-black-tree', 'red-black-tree']);
  });
  it("a project's RowValidationError is no Pydantic ValidationError; pydantic's own still is (blind audit ar, ar-code-4)", () => {
    const py = 'from pydantic import BaseModel, ValidationError\n\ntry:\n    User(name=1)\nexcept ValidationError as e:\n    print(e.errors())\n\n\nclass RowValidationError(Exception):\n    pass\n\n\nraise RowValidationError("field missing")\n';
    assert.deepEqual(notesAt(py, 'python', /ValidationError$/), ['pydantic-model', 'pydantic-model']);
  });
});
