import fc from 'fast-check';
import { hierarchyGroups, type GroupLine, type LineGroup } from './groups';

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
