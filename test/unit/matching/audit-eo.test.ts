import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// WHAT_IS_RSC.md of jrsokolow/admin_app_poc (blind audit eo, eo-en-1), lines 10-47 of the excerpt.
const rscHistory = [
  "All React components ran in the browser:",
  "",
  "```javascript",
  "// Everything runs on CLIENT",
  "function UserProfile({ userId }) {",
  "    const [user, setUser] = useState(null);",
  "    ",
  "    useEffect(() => {",
  "        // Fetch happens on CLIENT",
  "        fetch(`/api/users/${userId}`)",
  "            .then(res => res.json())",
  "            .then(data => setUser(data));",
  "    }, [userId]);",
  "    ",
  "    return <div>{user?.name}</div>;",
  "}",
  "```",
  "",
  "**Problems:**",
  "- ❌ All data fetching happens on client (slow, extra round trips)",
  "- ❌ Large bundle sizes (all code shipped to browser)",
  "- ❌ Can't access server-only resources (databases, file system)",
  "- ❌ API keys exposed to client",
  "",
  "### SSR (Server-Side Rendering) - 2016+",
  "Next.js introduced rendering HTML on the server:",
  "",
  "```javascript",
  "// Runs on SERVER during build/request",
  "export async function getServerSideProps() {",
  "    const user = await fetchUser();  // Server fetches",
  "    return { props: { user } };",
  "}",
  "",
  "// Then component runs on CLIENT with props",
  "export default function UserProfile({ user }) {",
  "    return <div>{user.name}</div>;",
  "}",
].join('\n');

// docs/TECHNICAL/00-linux-kernel-principles/03-memory-management.md of AdaMartin18010/wasmedge_k3s
// (blind audit eo, eo-zh-2), lines 130-172 of the excerpt.
const x86PageTables = [
  "## 3 页表与页表项",
  "",
  "### 3.1 页表结构",
  "",
  "**x86_64 四级页表**：",
  "",
  "```text",
  "虚拟地址：63-48位（未使用）| 47-39位（PML4）| 38-30位（PDPT）| 29-21位（PD）| 20-12位（PT）| 11-0位（Offset）",
  "",
  "PML4 (Page Map Level 4)",
  "  └── PDPT (Page Directory Pointer Table)",
  "      └── PD (Page Directory)",
  "          └── PT (Page Table)",
  "              └── Page (4KB)",
  "```",
  "",
  "**页表结构**：",
  "",
  "```c",
  "// arch/x86/include/asm/pgtable_types.h",
  "typedef struct { unsigned long pte; } pte_t;",
  "typedef struct { unsigned long pmd; } pmd_t;",
  "typedef struct { unsigned long pud; } pud_t;",
  "typedef struct { unsigned long pgd; } pgd_t;",
  "```",
  "",
  "### 3.2 页表项（PTE）",
  "",
  "**页表项结构（x86_64）**：",
  "",
  "```c",
  "// arch/x86/include/asm/pgtable_types.h",
  "// PTE 位定义",
  "#define _PAGE_PRESENT   0x001  // 页面在内存中",
  "#define _PAGE_RW        0x002  // 可写",
  "#define _PAGE_USER      0x004  // 用户空间可访问",
  "#define _PAGE_PWT       0x008  // Page Write Through",
  "#define _PAGE_PCD       0x010  // Page Cache Disable",
  "#define _PAGE_ACCESSED 0x020  // 已访问",
  "#define _PAGE_DIRTY    0x040  // 已修改",
  "#define _PAGE_PSE      0x080  // Page Size Extension",
  "#define _PAGE_GLOBAL   0x100  // 全局页（TLB 不刷新）",
  "```",
].join('\n');

describe('bundled aliases corrected after blind audit eo', () => {
  it("the Props of Next.js's getServerSideProps is no React props; the props a component receives are (blind audit eo, eo-en-1)", () => {
    assert.deepEqual(notesAt(rscHistory, 'markdown', /^Props$/), []);
    assert.deepEqual(notesAt(rscHistory, 'markdown', /^props$/), ['react-component-props', 'react-component-props']);
  });

  it("x86's Page Directory Pointer Table is no C pointer; a pointer in C is (blind audit eo, eo-zh-2)", () => {
    assert.deepEqual(notesAt(x86PageTables, 'markdown', /^Pointer$/i), []);
    const c = [
      '# 指针与页表',
      '',
      '```c',
      'pte_t *pte = pte_offset_map(pmd, addr);',
      '```',
      '',
      'A pointer holds an address; pte is a pointer to the page table entry.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(c, 'markdown', /^pointer$/), ['cpp-pointer', 'cpp-pointer']);
  });

  it("the PCD bit's Page Cache Disable is no Linux page cache; the page cache is (blind audit eo, eo-zh-2)", () => {
    assert.deepEqual(notesAt(x86PageTables, 'markdown', /^Page Cache$/i), []);
    const linux = [
      '## 页表与缓存',
      '',
      'Linux 内核把读过的文件页留在 page cache 里；页表项的 `_PAGE_DIRTY` 位标记页面被修改。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(linux, 'markdown', /^page cache$/i), ['page-cache']);
  });
});
