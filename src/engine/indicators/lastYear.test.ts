import { normalizeValue } from '../grid/normalize';
import { withDefaults } from '../settings';
import { versusLastYear } from './lastYear';
import { readIndicatorTables } from './readIndicatorTables';
import { scoreTable } from './scoreTable';

const pair = (target: string, actual: string) => {
  const [t, a] = versusLastYear(normalizeValue(target), normalizeValue(actual));
  const show = (v: typeof t) =>
    v?.kind === 'number' ? `${v.op ?? ''}${v.value}${v.percent ? '%' : (v.unit ?? '')}` : v?.kind;
  return [show(t), show(a), a?.text];
};

describe('a target and an actual compared with last year (hunt17: 较上年下降8.3% against ≤上年 declined)', () => {
  it('read as a change against no change', () => {
    expect(pair('≤上年', '较上年下降8.3%')).toEqual(['<=0%', '-8.3%', '较上年下降8.3%']);
    expect(pair('不超过上年水平', '比上年减少12万元')).toEqual(['<=0元', '-120000元', '比上年减少12万元']);
    expect(pair('不超过上年', '较上年增长3%')).toEqual(['<=0%', '3%', '较上年增长3%']);
    expect(pair('低于上年', '同比下降5%')).toEqual(['<0%', '-5%', '同比下降5%']);
    expect(pair('较上年减少', '较上年减少3.5%')).toEqual(['<0%', '-3.5%', '较上年减少3.5%']);
    expect(pair('≥上年', '较上年增长2.1个百分点')).toEqual(['>=0%', '2.1%', '较上年增长2.1个百分点']);
    expect(pair('不超过上年', '与上年持平')).toEqual(['<=0', '0', '与上年持平']);
    // the change without naming last year again, against a target that does (hunt20)
    expect(pair('较上年降低', '降低约8%')).toEqual(['<0%', '-8%', '降低约8%']);
    expect(pair('≤上年', '下降3.2%')).toEqual(['<=0%', '-3.2%', '下降3.2%']);
  });

  it('leaves a level against a change asked for to the reviewer (hunt107: 71.4 % read as ≥ 2 points)', () => {
    expect(pair('较上年提高2个百分点', '71.4%')).toEqual(['2个百分点', 'text', '71.4%']);
    // a change written as one stays a figure
    expect(pair('较上年提高2个百分点', '提高2.3个百分点')).toEqual([
      '2个百分点',
      '2.3个百分点',
      '提高2.3个百分点',
    ]);
  });

  it('reads a target of 0 with a sign as no change (hunt27: 较上年下降3.2% against ≤0 scored 0)', () => {
    expect(pair('≤0', '较上年下降3.2%')).toEqual(['<=0%', '-3.2%', '较上年下降3.2%']);
    expect(pair('≤0', '较上年增长1.5%')).toEqual(['<=0%', '1.5%', '较上年增长1.5%']);
    expect(pair('0', '较上年下降3.2%')).toEqual(['0', '3.2%', '较上年下降3.2%']);
  });

  it('reads a target of a way alone (`降低`) beside a change on last year (hunt40: declined)', () => {
    expect(pair('降低', '较上年下降约6%')).toEqual(['<0%', '-6%', '较上年下降约6%']);
    expect(pair('降低', '发生事故12起')).toEqual(['text', '12起', '发生事故12起']);
  });

  it('leaves anything else as it is', () => {
    expect(pair('≤上年', '8.3%')).toEqual(['text', '8.3%', '8.3%']);
    expect(pair('≥95%', '较上年下降8.3%')).toEqual(['>=95%', '8.3%', '较上年下降8.3%']);
    expect(pair('≤上年', '较上年有所下降')).toEqual(['text', 'text', '较上年有所下降']);
    expect(pair('≤上年', '较上年下降8.3%，增长2%')).toEqual(['text', 'text', '较上年下降8.3%，增长2%']);
  });
});

describe('the table reader', () => {
  it('scores 不超上年 rows from changes on last year', () => {
    const rows = [
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '评分标准', '分值', '得分'],
      [
        '成本指标',
        '经济成本',
        '“三公”经费',
        '≤上年',
        '较上年下降8.3%',
        '不超上年得10分，超出不得分',
        10,
        null,
      ],
      [
        '成本指标',
        '经济成本',
        '会议费',
        '不超过上年水平',
        '比上年增加2万元',
        '不超过上年得5分，超出不得分',
        5,
        null,
      ],
      ['成本指标', '经济成本', '差旅费', '≤上年', '与上年持平', '不超上年得5分，超出不得分', 5, null],
    ];
    const [table] = readIndicatorTables({ name: '自评表', rows });
    const scored = scoreTable(table!, withDefaults({}), ['自评表']);
    expect(scored.indicators.map((i) => [i.input.name, i.score])).toEqual([
      ['“三公”经费', 10],
      ['会议费', 0],
      ['差旅费', 5],
    ]);
  });
});

describe('an actual giving this year and last year (hunt24: declined)', () => {
  it('is the change, against a target set against last year', () => {
    const text = '2023年体质健康合格率92.4%，上年91.1%';
    expect(pair('较上年提高', text)).toEqual(['>0%', '1.3%', text]);
    expect(pair('较上年提高', '58.6%（上年57.9%）')).toEqual(['>0%', '0.7%', '58.6%（上年57.9%）']);
    const spend = '2023年“三公”经费支出18.6万元，上年17.9万元';
    expect(pair('≤上年', spend)).toEqual(['<=0元', '7000元', spend]);
    expect(pair('较上年只减不增', spend)).toEqual(['<=0元', '7000元', spend]);
  });

  it('is the change in percentage points, against a target that names one', () => {
    const rise = '2023年收集率68.5%，2022年为67.2%';
    expect(pair('较上年提高2个百分点', rise)).toEqual([
      '2个百分点',
      '1.3个百分点',
      `${rise} = 较上年增长1.3个百分点`,
    ]);
    const fall = '贫血率由上年的8.6%下降至7.9%';
    expect(pair('较上年下降1个百分点', fall)).toEqual([
      '1个百分点',
      '0.7个百分点',
      `${fall} = 较上年下降0.7个百分点`,
    ]);
    // moved the other way: not read (a rise is no part of a fall)
    expect(pair('较上年下降1个百分点', '贫血率由上年的7.9%上升至8.6%')).toEqual([
      '1个百分点',
      'text',
      '贫血率由上年的7.9%上升至8.6%',
    ]);
  });

  it('is the change in per cent of last year, for counts against a target in per cent (hunt32: declined)', () => {
    const visits = '全年接待查档利用4,620人次，上年4,350人次';
    expect(pair('较上年增长10%', visits)).toEqual(['10%', '6.2069%', `${visits} = 较上年增长6.2069%`]);
    // against a target in points the change stays in its own unit, for the rule to find unlike
    expect(pair('较上年提高2个百分点', visits)).toEqual([
      '2个百分点',
      '270人次',
      `${visits} = 较上年增长270人次`,
    ]);
  });

  it('is the change the indicator’s name asks for (hunt43: 由上年的6,820人减至5,510人 read as 5,510 of ≥1500)', () => {
    const [t, a] = versusLastYear(
      normalizeValue('≥1500人'),
      normalizeValue('受威胁人数由上年的6,820人减至5,510人'),
      '受威胁群众减少人数',
    );
    expect([t?.kind === 'number' && t.value, a?.kind === 'number' && a.value, a?.text]).toEqual([
      1500,
      1310,
      '受威胁人数由上年的6,820人减至5,510人 = 较上年下降1310人',
    ]);
    expect(pair('≥1500人', '受威胁人数由上年的6,820人减至5,510人')[1]).toBe('text');
  });

  it('is the size of a change against a target of so much change (hunt119: 较上年减少12天 against ≥15天 declined)', () => {
    const days = (target: string, name: string) => {
      const [t, a] = versusLastYear(
        normalizeValue(target),
        normalizeValue('作业后高火险天数较上年减少12天'),
        name,
      );
      return [
        t?.kind === 'number' && `${t.op}${t.value}${t.unit}`,
        a?.kind === 'number' && `${a.value}${a.unit}`,
      ];
    };
    expect(days('≥15天', '森林高火险天数减少')).toEqual(['>=15天', '12天']);
    expect(days('较上年缩短≥15天', '办结时限')).toEqual(['>=15天', '12天']);
    // the way asked and the way gone must agree, and a name that asks no way leaves it to the reviewer
    expect(days('较上年提高≥15天', '办结时限')).toEqual(['>=15天', false]);
    expect(days('≥15天', '审批时间')).toEqual(['>=15天', false]);
    // nor days against 万元
    expect(days('≥15万元', '经费压减额')).toEqual(['>=150000元', false]);
  });

  it('is left alone with figures in two units, or no last year', () => {
    expect(pair('较上年提高', '合格率92.4%，上年1200人')).toEqual([
      'text',
      'text',
      '合格率92.4%，上年1200人',
    ]);
    expect(pair('较上年提高', '合格率92.4%，优良率60%')).toEqual(['text', 'text', '合格率92.4%，优良率60%']);
  });

  it('scores the row as the reviewer did', () => {
    const rows = [
      ['三级指标', '年度指标值', '实际完成值', '评分标准', '分值', '得分'],
      [
        '污水收集率',
        '较上年提高2个百分点',
        '2023年收集率68.5%，2022年为67.2%',
        '每少0.5个百分点扣2分',
        10,
        null,
      ],
      ['学生贫血率', '较上年下降1个百分点', '贫血率由上年的8.6%下降至7.9%', '每少0.1个百分点扣1分', 10, null],
      [
        '体质合格率',
        '较上年提高',
        '2023年体质健康合格率92.4%，上年91.1%',
        '较上年提高得10分，下降不得分',
        10,
        null,
      ],
    ];
    const [table] = readIndicatorTables({ name: '自评表', rows });
    const scored = scoreTable(table!, withDefaults({}), ['自评表']);
    expect(scored.indicators.map((i) => i.score)).toEqual([8, 7, 10]);
  });
});
