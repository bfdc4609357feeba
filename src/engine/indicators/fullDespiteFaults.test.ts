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

  it('is flagged for incidents, breakdowns and lateness the actual counts (hunt36: typed full scores kept)', () => {
    const rows: CellValue[][] = [
      [
        '安全生产事故',
        '0起',
        '全年未发生较大及以上安全事故，发生一般事故1起',
        // (`每发生1起一般事故扣2分…` is now worked out, 3: golden occ-103)
        '发生一般事故视情节扣分，发生较大及以上事故不得分',
        5,
        5,
        '安全台账',
      ],
      [
        '自动站运行稳定性',
        '数据到报率≥98%',
        '数据到报率99.2%，但有3个站点因雷击故障停运超过72小时',
        '到报率≥98%得6分；站点停运超过48小时的每站次扣1分',
        6,
        6,
        '运维记录',
      ],
      // none happened, or no count: not flagged
      ['安全事故', '0起', '全年安全事故0起', '发生事故不得分，另有说明', 5, 5, '台账'],
      ['设备运行', '正常', '设备运行正常，无故障停运', '正常得4分，另行评定', 4, 4, '记录'],
    ];
    expect(flagged(rows).map((f) => f.split(' ')[1])).toEqual(['C2', 'C3']);
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

  it('is not flagged when the faults leave the rate inside the full band (hunt57: 18 of 1,200 is 98.5 % of ≥98%)', () => {
    const rows: CellValue[][] = [
      [
        '检疫出证规范率',
        '≥98%',
        '抽查电子出证记录1,200份，不规范18份',
        '规范率达到98%及以上的得8分；95%（含）～98%得6分；90%（含）～95%得4分；低于90%的不得分。',
        8,
        8,
        '出证质量抽查表',
      ],
    ];
    expect(flagged(rows)).toEqual([]);
  });
});
