import { createMessages } from '../../i18n';
import { analyzeWorkbook } from '../analyzeWorkbook';
import type { CellValue } from '../grid/types';

const findingsOf = (rows: CellValue[][]): string[] => {
  const { findings } = analyzeWorkbook([{ name: '自评表', rows }], { messages: createMessages('zh-CN') });
  const messages = createMessages('zh-CN');
  return findings
    .filter((f) => f.code === 'score.belowWeightNoNote')
    .map((f) => `${f.cell} ${messages.finding(f)}`);
};

describe('checkRows: a score below its weight needs a reason', () => {
  const header = ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分', '评分依据'];
  const row = ['产出指标', '质量指标', '验收合格率', '100%', '97%', 100, null, '验收报告'];

  it('reads a column headed 备注 as the reason, and names it', () => {
    expect(
      findingsOf([
        [...header, '备注'],
        [...row, null],
      ]),
    ).toEqual(['I2 “验收合格率”得分 97 分低于分值 100 分，未在“备注”中说明原因']);
    expect(
      findingsOf([
        [...header, '备注'],
        [...row, '部分批次返工'],
      ]),
    ).toEqual([]);
  });

  it('prefers a column named for the reason over 备注', () => {
    expect(
      findingsOf([
        [...header, '备注', '偏差原因分析'],
        [...row, '返工', null],
      ]),
    ).toEqual(['J2 “验收合格率”得分 97 分低于分值 100 分，未在“偏差原因分析”中说明原因']);
  });
});

describe('checkRows: a rule whose full points differ from the weight', () => {
  const messages = createMessages('zh-CN');
  const header = ['三级指标', '指标值', '实际完成值', '分值', '得分', '评分标准', '评分依据'];
  const texts = (weight: number, rule: string): string[] =>
    analyzeWorkbook(
      [{ name: '自评表', rows: [header, ['满意度', '≥90%', '95%', weight, null, rule, '问卷']] }],
      { messages },
    )
      .findings.filter((f) => f.code === 'rule.fullPointsMismatch')
      .map((f) => messages.finding(f));

  it('says the score goes no higher than the lower of the two, whichever it is', () => {
    // below the weight nothing is capped: the rule itself gives 5 at most
    expect(texts(10, '满意度90%以上得5分')).toEqual([
      '“满意度”评分标准满分 5 分，与权重 10 分不一致，得分以两者中较低者为限',
    ]);
    expect(texts(3, '满意度90%以上得5分')).toEqual([
      '“满意度”评分标准满分 5 分，与权重 3 分不一致，得分以两者中较低者为限',
    ]);
  });

  it('claims no full points for a rule of two parts read as one (hunt57: 乡镇 3 + 行政村 3 on a weight of 6)', () => {
    expect(texts(6, '乡镇全覆盖得3分；行政村覆盖率达到100%得3分，未达到的按覆盖比例计分。')).toEqual([]);
  });
});

describe('checkRows: a weight written only in the name', () => {
  it('is the weight when the 分值 cell is blank: no 权重为空 finding', () => {
    const header = ['三级指标', '指标值', '实际完成值', '分值', '得分', '评分标准', '评分依据'];
    const codes = (weight: number | null | string) =>
      analyzeWorkbook(
        [
          {
            name: '自评表',
            rows: [header, ['满意度（5分）', '≥90%', '95%', weight, null, '达标得满分', '问卷']],
          },
        ],
        { messages: createMessages('zh-CN') },
      ).findings.map((f) => f.code);
    expect(codes(null)).not.toContain('weight.missing');
    expect(codes('五分以上')).toContain('weight.notNumeric');
  });
});

describe('checkRows: an actual far above its target', () => {
  const header = ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分', '评分依据'];
  const codes = (target: string, actual: string): string[] =>
    analyzeWorkbook(
      [
        {
          name: '自评表',
          rows: [header, ['产出指标', '数量指标', '巡检', target, actual, 100, 100, '巡检记录']],
        },
      ],
      { messages: createMessages('zh-CN') },
    ).findings.map((f) => f.code);

  it('is warned for a figure in the target’s own terms', () => {
    expect(codes('≥20个', '612个')).toContain('actual.farAboveTarget');
  });

  it('is not warned, nor a miss, against a target on another scale (hunt33: 612站次 “61200%”)', () => {
    for (const [target, actual] of [
      ['每站每周≥1次', '全年累计巡检612站次'],
      ['每季度1次/站', '全年完成48站次'],
      ['≥82.5%', '优良天数296天'],
      // hunt51: “300%” of 每季度不少于1次, where 3 visits in a year miss one quarter
      ['每季度不少于1次', '全年督导3次，四季度因换届未开展'],
      // hunt59 “5400%”, hunt57 “400%”: the period inside a longer label is still per period
      ['城区主次干道每周巡查不少于2次', '全年巡查108次，其中第三季度因人员抽调有3周仅巡查1次'],
      ['辖区重点水域每季度排查1次', '全年开展排查4次，分别在3月、6月、9月、12月'],
    ] as const) {
      expect(codes(target, actual)).not.toContain('actual.farAboveTarget');
      expect(codes(target, actual)).not.toContain('score.fullButMissed');
    }
  });
});

describe('checkRows: a full score typed where the actual misses the target', () => {
  const header = ['三级指标', '指标值', '实际完成值', '分值', '得分', '评分标准', '评分依据'];
  const codes = (actual: string, rule: string): string[] =>
    analyzeWorkbook(
      [{ name: '自评表', rows: [header, ['预算执行率', '≥95%', actual, 5, 5, rule, '决算报表']] }],
      { messages: createMessages('zh-CN') },
    ).findings.map((f) => f.code);
  const rule = '达到95%及以上的得5分；每低1个百分点扣1分，不足1个百分点的不扣分，扣完为止。';

  it('is flagged when the rule takes points for the miss', () => {
    expect(codes('执行率92.5%', rule)).toContain('score.fullButMissed');
  });

  it('is not flagged when the rule itself gives full points for it (hunt57: 94.16% under 不足1个百分点的不扣分)', () => {
    expect(codes('全年支出2,921.5万元，执行率94.16%', rule)).not.toContain('score.fullButMissed');
  });
});
