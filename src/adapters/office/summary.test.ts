import * as budget from '../../engine/budget';
import { findTables } from '../../engine/findTables';
import type { SheetInput } from '../../engine/grid/types';
import { detectedTables } from './summary';

/** A 收入支出决算总表: one table, read as two panels (收入 | 支出). */
const SUMMARY: SheetInput = {
  name: '收入支出决算总表',
  rows: [
    ['2023年度收入支出决算总表'],
    [null, null, null, null, null, '单位：万元'],
    ['收入', null, null, '支出', null, null],
    ['项目', '行次', '决算数', '项目', '行次', '决算数'],
    ['一、一般公共预算财政拨款收入', 1, 535.56, '一、一般公共服务支出', 30, 535.56],
    ['本年收入合计', 9, 535.56, '本年支出合计', 60, 535.56],
    ['总计', 12, 535.56, '总计', 63, 535.56],
  ],
  merges: [
    { top: 2, left: 0, bottom: 2, right: 2 },
    { top: 2, left: 3, bottom: 2, right: 5 },
  ],
};

describe('the tables the pane lists', () => {
  it('list a 决算表 read as two panels once, over both (hunt60: 4 张 for two 总表)', () => {
    expect(detectedTables(findTables([SUMMARY], undefined, budget))).toEqual([
      { sheet: '收入支出决算总表', kind: 'budget', rows: 6, range: '收入支出决算总表!A3:F7', headerRow: 3 },
    ]);
  });
});
