import * as assert from 'node:assert/strict';
import { readBundledIndex } from '../../../src/cli/context';
import { computeSyllables } from '../../../src/core/search';
import { encodePinyinData, PinyinConverter } from '../../../src/core/search/pinyin-converter';
import { join } from 'node:path';
import { readAsPinyinPro as asPinyinPro } from '../../../scripts/pinyin-data';


describe('pinyin converter', () => {
  // A table of a few characters: 调 "tiao" alone, "diao" in 调度; 数 "shu", and 数数 "shu shu" as a word of its own.
  const table = () =>
    new PinyinConverter(
      encodePinyinData(
        new Map([
          ['调', 'tiao'],
          ['度', 'du'],
          ['微', 'wei'],
          ['参', 'can'],
          ['数', 'shu'],
          ['量', 'liang'],
          ['了', 'liao'],
          ['好', 'hao'],
          ['绿', 'lv'],
        ]),
        new Map([
          ['调度', ['diao', 'du']],
          ['参数', ['can', 'shu']],
          ['数数', ['shuo', 'shuo']],
          ['数量', ['shu', 'liang']],
        ]),
      ),
    );

  it('reads a word of the table in context and a character alone by its own reading', () => {
    const c = table();
    assert.deepEqual(c.syllables('调度'), ['diao', 'du']);
    assert.deepEqual(c.syllables('微调'), ['wei', 'tiao']);
    assert.deepEqual(c.syllables('调'), ['tiao']);
  });

  it('segments into the fewest words: 参数|数量, not 参|数数|量', () => {
    assert.deepEqual(table().syllables('参数数量'), ['can', 'shu', 'shu', 'liang']);
  });

  it('keeps Latin words whole, lower-cased, and lets unknown characters and punctuation separate', () => {
    const c = table();
    assert.deepEqual(c.syllables('K8s 调度（Scheduler）'), ['k8s', 'diao', 'du', 'scheduler']);
    assert.deepEqual(c.syllables('调度器'), ['diao', 'du'], '器 is not in this table');
    assert.deepEqual(c.syllables('绿'), ['lv']);
  });

  it('reads 了 as "le" after another character and "liao" alone', () => {
    const c = table();
    assert.deepEqual(c.syllables('好了'), ['hao', 'le']);
    assert.deepEqual(c.syllables('了'), ['liao']);
  });

  it('refuses data of another shape', () => {
    assert.throws(() => new PinyinConverter({ version: 2 } as never), /not a pinyin table/);
    assert.throws(() => new PinyinConverter(null as never), /not a pinyin table/);
  });
});

describe('pinyin of team notes (the shipped table against pinyin-pro)', () => {
  it('reads polyphones of technical words as pinyin-pro does', () => {
    const words = ['参数数量', '微调', '调度器', '重载', '重复', '重试', '银行', '行为', '一行代码', '长度', '增长率', '学习率', '效率', '传输', '处理器', '乐观锁', '还原', '着色器', '降级', '单调栈', '背压', '数据库', '分布式事务', '知识蒸馏', '绿色部署'];
    for (const w of words) assert.deepEqual(computeSyllables(w), asPinyinPro(w), w);
  });

  it('agrees with pinyin-pro on at least 99.9 % of the bundled notes’ Chinese titles and aliases', function () {
    this.timeout(60_000);
    const index = readBundledIndex(join(__dirname, '..', '..', '..', 'dist'));
    const names = new Set<string>();
    for (const note of index.notes) {
      names.add(note.title.zh);
      for (const a of note.aliases) if (/\p{Script=Han}/u.test(a.term)) names.add(a.term);
    }
    let same = 0;
    const differ: string[] = [];
    for (const name of names) {
      if (computeSyllables(name).join(' ') === asPinyinPro(name).join(' ')) same++;
      else differ.push(name);
    }
    assert.ok(names.size > 2000, `only ${names.size} names`);
    assert.ok(same / names.size >= 0.999, `${differ.length} of ${names.size} differ: ${differ.slice(0, 10).join(', ')}`);
  });
});
