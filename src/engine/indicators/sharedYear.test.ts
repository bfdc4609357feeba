import { createMessages } from '../../i18n';
import { analyzeWorkbook } from '../analyzeWorkbook';
import { normalizeValue } from '../grid/normalize';
import { withSharedYear } from './cellReaders';

describe('dates written without a year', () => {
  it('take the other cell’s year, or share one, so they compare', () => {
    const [t, a] = withSharedYear(normalizeValue('6月30日前'), normalizeValue('6月25日完成'));
    expect([t, a]).toEqual([
      { kind: 'date', iso: '2000-06-30', op: '<=', text: '6月30日前' },
      { kind: 'date', iso: '2000-06-25', op: null, text: '6月25日完成' },
    ]);
    const [, dated] = withSharedYear(normalizeValue('2023年9月底前'), normalizeValue('9月20日'));
    expect(dated).toEqual({ kind: 'date', iso: '2023-09-20', op: null, text: '9月20日' });
    // the year's end without a year takes the table's year, never the actual's (2025年1月15日 would
    // meet 2025's 年底前): 2024-12-31, at most, in a 2024年度 table; without one it stays text
    const yearEnd = withSharedYear(normalizeValue('年底前'), normalizeValue('2025年1月15日'), 2024);
    expect(yearEnd[0]).toEqual({ kind: 'date', iso: '2024-12-31', op: '<=', text: '年底前' });
    expect(withSharedYear(normalizeValue('年底前'), normalizeValue('2025年1月15日'))[0]!.kind).toBe('text');
    // a yearless month takes the table's year before the actual's too
    expect(withSharedYear(normalizeValue('6月底'), normalizeValue('2025年1月15日'), 2024)[0]).toEqual({
      kind: 'date',
      iso: '2024-06-30',
      op: null,
      text: '6月底',
    });
    // beside a number or a word, a yearless text stays text
    expect(withSharedYear(normalizeValue('6月30日前'), normalizeValue('按期完成'))[0]!.kind).toBe('text');
    expect(withSharedYear(normalizeValue('100%'), normalizeValue('6月25日'))[1]!.kind).toBe('text');
  });

  it('are scored as deadlines in a table', () => {
    const header = ['三级指标', '年度指标值', '实际完成值', '分值', '得分', '评分标准', '评分依据'];
    const rows = [
      header,
      ['完成时间', '6月30日前', '6月25日完成', 5, null, '按时完成得5分，每延迟5天扣1分', '验收报告'],
      ['开工时间', '3月底前', '4月12日', 5, null, '按时完成得5分，每延迟5天扣1分', '开工报告'],
    ];
    const a = analyzeWorkbook([{ name: '自评表', rows }], { messages: createMessages('zh-CN') });
    // 12 days late: two whole steps of 5 days
    expect(a.indicatorTables[0]!.indicators.map((i) => i.score)).toEqual([5, 3]);
  });

  it('a 年底前 in a 2024年度 table is the end of 2024, whatever year the actual is in', () => {
    const rows = [
      ['XX县2024年度基本公共卫生服务项目绩效自评表'],
      ['三级指标', '年度指标值', '实际完成值', '分值', '得分', '评分标准', '评分依据'],
      [
        '资金拨付',
        '年底前',
        '2025年1月15日',
        5,
        null,
        '按时完成得满分，延迟1个月内得一半，超过1个月不得分',
        '拨付凭证',
      ],
    ];
    const a = analyzeWorkbook([{ name: '自评表', rows }], { messages: createMessages('zh-CN') });
    expect(a.indicatorTables[0]!.indicators.map((i) => i.score)).toEqual([2.5]);
  });

  it('次年 is the year after the table\u2019s, and needs the table\u2019s year (hunt58 水文站)', () => {
    const next = withSharedYear(
      normalizeValue('次年4月底前'),
      normalizeValue('2024年5月16日通过流域机构审查'),
      2023,
    );
    expect(next[0]).toEqual({ kind: 'date', iso: '2024-04-30', op: '<=', text: '次年4月底前' });
    // a yearless actual beside it shares its year, as two yearless dates share one (hunt45, hunt54)
    const both = withSharedYear(normalizeValue('次年1月15日前'), normalizeValue('1月20日报送'), 2023);
    expect(both[1]).toEqual({ kind: 'date', iso: '2024-01-20', op: null, text: '1月20日报送' });
    // 次年 in both is the same next year, not the next year's next (hunt62 农经站: 372 days late)
    const twice = withSharedYear(
      normalizeValue('次年1月31日前'),
      normalizeValue('次年2月6日报送省农业农村厅'),
      2023,
    );
    expect(twice[1]).toMatchObject({ kind: 'date', iso: '2024-02-06' });
    // without the table's year the actual's would be a guess: 2024's own 次年 is 2025
    expect(withSharedYear(normalizeValue('次年4月底前'), normalizeValue('2024年5月16日'))[0]!.kind).toBe(
      'text',
    );
    const rows = [
      ['XX县水文站2023年度部门整体支出绩效自评表'],
      ['三级指标', '年度指标值', '实际完成值', '分值', '得分', '评分标准', '评分依据'],
      [
        '年度水文资料整编完成时间',
        '次年4月底前',
        '2024年5月16日通过流域机构审查',
        7,
        null,
        '按期完成得7分，每推迟半个月扣2分',
        '审查意见',
      ],
    ];
    const a = analyzeWorkbook([{ name: '自评表', rows }], { messages: createMessages('zh-CN') });
    // 16 days late: one whole step of half a month
    expect(a.indicatorTables[0]!.indicators.map((i) => i.score)).toEqual([5]);
  });

  it('periods and loose dates written without a year (hunt49, 50, 51)', () => {
    const rows = [
      ['XX市2023年度项目支出绩效自评表'],
      ['三级指标', '年度指标值', '实际完成值', '分值', '得分', '评分标准', '评分依据'],
      ['合同签订', '上半年', '2023年7月12日签订', 4, null, '上半年完成签订得4分，逾期不得分', '合同'],
      [
        '专项整治',
        '上半年完成',
        '2023年6月28日完成并上报总结报告',
        5,
        null,
        '按时完成得5分，每延迟10天扣1分',
        '总结',
      ],
      [
        '站点建设',
        '三季度末',
        '10月中旬全部建成',
        5,
        null,
        '按期完成得5分，逾期1个月内扣2分，逾期超过1个月不得分',
        '验收单',
      ],
      ['活动启动', '4月23日前后启动', '4月20日启动', 5, null, '按时启动得5分', '通知'],
      ['警报试鸣', '9月18日按时试鸣', '9月18日10时准时试鸣', 5, null, '按时试鸣得5分', '记录'],
      ['科普日', '9月', '9月16日-22日', 4, null, '按时举办得4分', '简报'],
    ];
    const a = analyzeWorkbook([{ name: '自评表', rows }], { messages: createMessages('zh-CN') });
    expect(a.indicatorTables[0]!.indicators.map((i) => i.score)).toEqual([0, 5, 3, 5, 5, 4]);
  });
});
