import { createMessages } from '../../i18n';
import { analyzeWorkbook } from '../analyzeWorkbook';
import type { CellValue } from '../grid/types';

const HEADER = ['三级指标', '年度指标值', '实际完成值', '评分标准', '分值', '得分', '评分依据'];

function flagged(rows: CellValue[][]): string[] {
  const messages = createMessages('zh-CN');
  return analyzeWorkbook([{ name: '自评表', rows: [HEADER, ...rows] }], { messages })
    .findings.filter((f) => f.code === 'score.fullDespiteFaults')
    .map((f) => `${f.severity} ${f.cell} ${messages.finding(f)}`);
}

describe('a typed full score the rules could not check, beside faults the actual names', () => {
  it('is flagged at the actual (hunt30: 3 of 60 files incomplete under a typed 5 of 5)', () => {
    const rows: CellValue[][] = [
      [
        '调解卷宗规范率',
        '100%',
        '县局抽查卷宗60卷，其中3卷要素不全',
        '卷宗规范得5分，发现1卷不规范扣0.5分',
        5,
        5,
        '抽查通报',
      ],
    ];
    expect(flagged(rows)).toEqual([
      'warning C2 “调解卷宗规范率”自评满分，但实际完成情况写有问题（“县局抽查卷宗60卷，其中3卷要素不全”），请核对得分',
    ]);
  });

  it('is not flagged under a score below full, a clean text, or a score the rules worked out', () => {
    const rows: CellValue[][] = [
      [
        '卷宗规范率',
        '100%',
        '县局抽查卷宗60卷，其中3卷要素不全',
        '卷宗规范得5分，发现1卷不规范扣0.5分',
        5,
        3.5,
        '抽查通报',
      ],
      ['资金使用', '合规', '全部合规，未发现问题', '合规得4分', 4, 4, '审计报告'],
      ['安全事故', '0起', '发生轻伤事故1起', '每起扣2分', 6, 6, '事故台账'],
    ];
    expect(flagged(rows)).toEqual([]);
  });
});
