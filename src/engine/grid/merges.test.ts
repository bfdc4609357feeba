import { MergeIndex } from './merges';

describe('MergeIndex', () => {
  const a = { top: 2, left: 1, bottom: 4, right: 2 };
  const far = { top: 1_000_000, left: 0, bottom: 1_000_001, right: 0 };
  const index = new MergeIndex([a, far]);

  it('finds the merge covering a cell, on any row, and nothing elsewhere', () => {
    expect(index.at(3, 2)).toBe(a);
    expect(index.at(1_000_001, 0)).toBe(far);
    expect([index.at(1, 1), index.at(3, 3), index.at(-1, 1), index.at(Number.NaN, 1)]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(index.onRow(5)).toBeUndefined();
  });

  it('tells the top-left cell from the covered ones', () => {
    expect(index.isCovered(2, 1)).toBe(false);
    expect(index.isCovered(4, 2)).toBe(true);
    expect(index.anchor(4, 2)).toEqual({ row: 2, col: 1 });
    expect(index.valueAt({ name: 'S', rows: [[], [], [null, 'x']] }, 3, 2)).toBe('x');
  });

  it('lets the later of two overlapping merges win, as the list gives them', () => {
    const b = { top: 3, left: 2, bottom: 3, right: 5 };
    expect(new MergeIndex([a, b]).at(3, 2)).toBe(b);
    expect(new MergeIndex([b, a]).at(3, 2)).toBe(a);
  });
});
