import fc from 'fast-check';
import { hierarchyGroups, runningGroups, type GroupLine, type LineGroup } from './groups';

/** The definition, prefix by prefix: what `hierarchyGroups` must agree with. */
function byEveryPrefix(lines: readonly GroupLine[]): LineGroup[] {
  const codes = lines.map((l) => l.code);
  const isParent = (p: string, c: string): boolean => c.length > p.length && c.startsWith(p);
  const leaves = lines.flatMap((l, i) =>
    l.code !== null && !codes.some((c) => c !== null && isParent(l.code!, c)) ? [i] : [],
  );
  const groups: LineGroup[] = [];
  lines.forEach((l, target) => {
    if (l.code === null) return;
    const parts = leaves.filter((i) => isParent(l.code!, lines[i]!.code!));
    if (parts.length > 0) groups.push({ identity: 'hierarchy', target, parts });
  });
  if (leaves.length > 0)
    lines.forEach((l, i) => {
      if (l.level === 'total') groups.push({ identity: 'total', target: i, parts: leaves });
    });
  return groups;
}

const line: fc.Arbitrary<GroupLine> = fc.record({
  // a small alphabet, so codes are often prefixes of one another, of any length (not only 3/5/7)
  code: fc.option(fc.stringMatching(/^[12]{1,8}$/), { nil: null, freq: 6 }),
  name: fc.constant('x'),
  level: fc.constantFrom('class', 'section', 'item', 'total', 'other'),
});

describe('hierarchyGroups', () => {
  it('gives each code the leaves below it, and each total every leaf, in line order', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        expect(hierarchyGroups(lines)).toEqual(byEveryPrefix(lines));
      }),
      { numRuns: 3_000, seed: 20261129 },
    );
  });

  it('reads a 类/款/项 table', () => {
    const lines: GroupLine[] = [
      { code: null, name: '合计', level: 'total' },
      { code: '201', name: '一般公共服务支出', level: 'class' },
      { code: '20101', name: '人大事务', level: 'section' },
      { code: '2010101', name: '行政运行', level: 'item' },
      { code: '2010102', name: '一般行政管理事务', level: 'item' },
    ];
    expect(hierarchyGroups(lines)).toEqual([
      { identity: 'hierarchy', target: 1, parts: [3, 4] },
      { identity: 'hierarchy', target: 2, parts: [3, 4] },
      { identity: 'total', target: 0, parts: [3, 4] },
    ]);
  });
});

describe('hierarchyGroups: a 项 whose 款 the table lacks', () => {
  // hunt60 w7: 2100301 城乡医疗救助 listed under 21013 医疗救助 (no 项 of its own), both 3,860,000
  const lines = (section: number): GroupLine[] => [
    { code: '210', name: '卫生健康支出', level: 'class', final: 600 },
    { code: '21011', name: '行政事业单位医疗', level: 'section', final: 200 },
    { code: '2101101', name: '行政单位医疗', level: 'item', final: 200 },
    { code: '21013', name: '医疗救助', level: 'section', final: section },
    { code: '2100301', name: '城乡医疗救助', level: 'item', final: 400 },
    { code: null, name: '合计', level: 'total', final: 600 },
  ];

  it('is the one 项 of the childless 款 it is listed under, when of its amount', () => {
    expect(hierarchyGroups(lines(400))).toEqual([
      { identity: 'hierarchy', target: 0, parts: [2, 4] },
      { identity: 'hierarchy', target: 1, parts: [2] },
      { identity: 'hierarchy', target: 3, parts: [4] },
      { identity: 'total', target: 5, parts: [2, 4] },
    ]);
  });

  it('stays a line of the 类 beside the 款 when their amounts differ', () => {
    expect(hierarchyGroups(lines(300))).toEqual([
      { identity: 'hierarchy', target: 0, parts: [2, 3, 4] },
      { identity: 'hierarchy', target: 1, parts: [2] },
      { identity: 'total', target: 5, parts: [2, 3, 4] },
    ]);
  });
});

describe('runningGroups: a 其中 block of more than one line', () => {
  const item = (name: string): GroupLine => ({ code: null, name, level: 'other' });
  const total = (name: string): GroupLine => ({ code: null, name, level: 'total' });

  // A 收入支出决算总表 listing spending by 性质 (a county's 2021 layout): 基本支出 1038.06 =
  // 人员经费 892.00 + 公用经费 146.06, and 本年支出合计 4500.46 = 基本 + 项目 3462.40. Adding the second
  // line of the 其中 block as an item gave 4646.52 and a false error at 本年支出合计.
  it('leaves the rows that carry on a 其中 block out of the total, where the items have ordinals', () => {
    const lines = [
      item('一、基本支出'),
      item('\u3000\u3000其中：人员经费'),
      item('\u3000\u3000\u3000\u3000\u3000公用经费'),
      item('二、项目支出'),
      item('三、上缴上级支出'),
      total('本年支出合计'),
      item('年末结转和结余'),
      total('总计'),
    ];
    expect(runningGroups(lines)).toEqual([
      { identity: 'runningTotal', target: 5, parts: [0, 3, 4] },
      { identity: 'grandTotal', target: 7, parts: [5, 6] },
    ]);
  });

  it('reads 公用经费 after 其中：人员经费 as the same block where the items have no ordinals', () => {
    const lines = [
      item('基本支出'),
      item('其中：人员经费'),
      item('公用经费'),
      item('项目支出'),
      total('合计'),
    ];
    expect(runningGroups(lines)).toEqual([{ identity: 'runningTotal', target: 4, parts: [0, 3] }]);
  });

  it('ends the block at the next item: with ordinals, or any other row where the items have none', () => {
    expect(
      runningGroups([item('一、基本支出'), item('其中：人员经费'), item('二、项目支出'), total('合计')]),
    ).toEqual([{ identity: 'runningTotal', target: 3, parts: [0, 2] }]);
    expect(
      runningGroups([item('教育支出'), item('其中：普通教育'), item('卫生健康支出'), total('合计')]),
    ).toEqual([{ identity: 'runningTotal', target: 3, parts: [0, 2] }]);
  });
});
