import { normalizeValue } from '../grid/normalize';
import { countedAs, mainFigure } from './mainFigure';

const figure = (actual: string, target: string) => {
  const v = mainFigure(normalizeValue(actual), normalizeValue(target));
  return v?.kind === 'number' ? [v.value, v.unit, v.percent] : v?.kind;
};

describe('the figure a sentence reports, against a number target (hunt24: declined)', () => {
  it('is the one figure in the target’s unit, leaving out a 其中 part, a change and a per-day rate', () => {
    expect(figure('全年新建高标准农田2.06万亩，其中高效节水灌溉面积0.5万亩', '≥2万亩')).toEqual([
      20600,
      '亩',
      false,
    ]);
    expect(figure('受益农户7,650户，较上年增加1,200户', '≥8000户')).toEqual([7650, '户', false]);
    expect(figure('93.1%，较上年提高1.4个百分点', '92%')).toEqual([93.1, null, true]);
    expect(figure('全年累计处理污水1,752.6万吨，日均4.8万吨', '≥1800万吨')).toEqual([17526000, '吨', false]);
    expect(figure('办理法律援助案件286件，其中刑事案件112件', '≥300件')).toEqual([286, '件', false]);
    expect(figure('接通率85.2%，较上年提高4.6个百分点', '≥90%')).toEqual([85.2, null, true]);
    expect(figure('智能调度系统统计全年准点率87.4%，其中早晚高峰为81.2%', '≥90%')).toEqual([
      87.4,
      null,
      true,
    ]);
    expect(figure('全市参保61.35万人，较上年减少0.8万人', '≥62万人')).toEqual([613500, '人', false]);
  });

  it('skips figures in other units and in a bracketed remark', () => {
    expect(figure('全县58所农村义务教育学校受益学生11,860人', '≥1.2万人')).toEqual([11860, '人', false]);
    expect(figure('处置含水率80%污泥1.26万吨', '≥1.2万吨')).toEqual([12600, '吨', false]);
    expect(figure('食堂供餐学校52所，占比89.7%', '≥90%')).toEqual([89.7, null, true]);
    expect(figure('开展普法活动64场（含线上12场）', '≥50场')).toEqual([64, '场', false]);
  });

  it('leaves out a list that goes on after an aside, and what is 另 (hunt28)', () => {
    expect(
      figure('全年完成纸质档案数字化112.6万页，其中文书档案86.3万页、会计档案26.3万页', '≥120万页'),
    ).toEqual([1126000, '页', false]);
    expect(figure('更新新能源公交车48辆，另12辆已签合同', '≥60辆')).toEqual([48, '辆', false]);
  });

  it('takes the aside the target names (hunt29: 5 proposals counted for 优秀提案)', () => {
    expect(figure('提交提案5件，其中1件被评为优秀提案', '优秀提案≥3件')).toEqual([1, '件', false]);
    // hunt63 党校 r24: the aside naming what the label ends in (批示), not the reports written
    expect(figure('形成调研报告6篇，其中2篇获县领导肯定性批示', '获县级以上领导批示≥3篇')).toEqual([
      2,
      '篇',
      false,
    ]);
    expect(figure('形成调研报告6篇，其中2篇获县领导肯定性批示', '调研报告≥3篇')).toEqual([6, '篇', false]);
  });

  it('leaves a shortfall a bracketed remark may explain to the reviewer (hunt27: 0 where the reviewer gave 8)', () => {
    expect(figure('全年发放2,811人（年内死亡停发35人）', '2,846人')).toBe('text');
    // a remark beside a figure that meets the target changes nothing
    expect(figure('全年新建2.06万亩（其中节水0.5万亩）', '≥2万亩')).toEqual([20600, '亩', false]);
    // hunt39: last year's figure in brackets explains no shortfall (a typed 8 kept for 7)
    expect(figure('取得职业资格证书或职业技能等级证书2,604人（上年2,415人）', '≥2800人')).toEqual([
      2604,
      '人',
      false,
    ]);
  });

  it('takes a figure beside a remark that only restates the plan or names a part or the parts of the figure, or, against a rate, gives no cause (hunt90)', () => {
    expect(figure('新建高标准农田7200亩（计划8000亩）', '≥8000亩')).toEqual([7200, '亩', false]);
    expect(
      figure('完成农村公路新改建112.4公里（新建38.2公里、改建74.2公里），上年105.3公里', '120公里'),
    ).toEqual([112.4, '公里', false]);
    expect(figure('挽回经济损失731.6万元（含网络消费纠纷312.4万元），较上年下降6.2%', '800万元')).toEqual([
      7316000,
      '元',
      false,
    ]);
    expect(figure('回访投诉人1,015人（回访率82.5%），满意937人，满意度92.32%', '≥95%')).toEqual([
      92.32,
      null,
      true,
    ]);
    // a rate's remark that gives a cause may explain the shortfall: the reviewer's
    expect(figure('合格率93.8%（受企业停产影响约1.5%未抽检）', '≥95%')).toBe('text');
  });

  it('reads a figure in a unit of two units (批次/千人; hunt90: left as words)', () => {
    expect(
      figure(
        '完成食品安全抽检5,256批次，按常住人口120.0万人计为4.38批次/千人，抽检不合格率2.1%',
        '≥4.5批次/千人',
      ),
    ).toEqual([4.38, '批次/千人', false]);
  });

  it('takes what a change came to (hunt30: 由上年的16.8%降至12.9% kept a typed 7)', () => {
    expect(figure('由上年的16.8%降至12.9%', '≤12%')).toEqual([12.9, null, true]);
  });

  it('takes the total when the parts are listed before it', () => {
    expect(figure('新修机耕路31.5公里、生产路8.2公里，合计39.7公里', '38公里')).toEqual([
      39.7,
      '公里',
      false,
    ]);
  });

  it('is left as written when two figures could be it, or none is in the unit', () => {
    expect(figure('新创作4个，复排传统剧目2个', '≥6个')).toBe('text');
    expect(figure('非常满意62%，比较满意25%，不满意13%', '≥85%')).toBe('text');
    expect(figure('全县186个村（社区）实现法律顾问全覆盖', '100%')).toBe('text');
    expect(figure('开展普法活动64场次，受众1.2万人次', '≥1.2万人')).toBe('text');
    // the limit restated (`在1小时内上报`) against a target read with trailing words (hunt28: full points)
    expect(figure('46次作业中43次在1小时内上报，3次超过1小时', '作业结束后1小时内上报')).toBe('text');
    // money beside a count against an amount to reach is that amount (hunt37: declined)
    expect(figure('全年登记技术合同612项，成交额5.8亿元', '≥5亿元')).toEqual([580000000, '元', false]);
    // money beside a count against a cost cap: a cost per item, not read (hunt30: 52.6万元 against ≤8000元)
    expect(figure('活动经费支出52.6万元，共72场', '≤8000元')).toBe('text');
    // an average against a limit each case must keep (hunt23, after a first try scored them full)
    expect(figure('平均62日，最长96日', '≤90日')).toBe('text');
    expect(figure('平均审查时长4.5个工作日，其中3件超过7个工作日', '7个工作日内')).toBe('text');
  });

  it('adds up the parts of one list joined by 、 (hunt32: 省级5项、市级13项 against 15项 declined)', () => {
    expect(figure('获省级奖项5项、市级奖项13项', '15项')).toEqual([18, '项', false]);
    expect(figure('选聘普查指导员62名、普查员341名', '≥420名')).toEqual([403, '名', false]);
    expect(figure('新增微课38个、课件20个', '50个')).toEqual([58, '个', false]);
    // hunt63 残联 r10: so much for each of a count (4个片区各举办1场 is 4场), 另 an aside
    const each = mainFigure(
      normalizeValue('在城区、工业园、城南、城北4个片区各举办1场，另举办线上招聘会2场'),
      normalizeValue('≥4场'),
    );
    expect(each?.kind === 'number' ? [each.value, each.unit, each.text.endsWith(' = 4×1场')] : each).toEqual([
      4,
      '场',
      true,
    ]);
    // hunt61 水库 r14: a bracket giving a part in the target's unit counts (1.2万公斤（约8万尾）)
    expect(figure('投放鲢鱼苗28万尾、鳙鱼苗15万尾、草鱼苗1.2万公斤（约8万尾）', '≥50万尾')).toEqual([
      510000,
      '尾',
      false,
    ]);
    expect(figure('投放鲢鱼苗28万尾、鳙鱼苗15万尾、草鱼苗1.2万公斤', '≥50万尾')).toEqual([
      430000,
      '尾',
      false,
    ]);
    // a part not done is left out; a list of rates, figures in clauses of their own: as written
    expect(figure('完成改造4个、在建2个', '≥6个')).toEqual([4, '个', false]);
    expect(figure('优良率92%、合格率98%', '≥90%')).toBe('text');
    expect(figure('新创作4个，复排传统剧目2个', '≥6个')).toBe('text');
    // dates and costs per item are no parts of a total (a first try added 8日 + 12日 + 9日 + 6日)
    expect(figure('四个季度报表分别于4月8日、7月12日、10月9日、次年1月6日报送', '10日内')).toBe('text');
    expect(figure('按简易100元/件、一般200元/件、疑难复杂500元/件分类补助', '≤200元/件')).toBe('text');
    // a text with no figure is handed back as it was read, its verdict kept (较满意 is partly met)
    expect(mainFigure(normalizeValue('较满意'), normalizeValue('≥90%'))).toEqual(normalizeValue('较满意'));
  });

  it('adds the parts in either unit a target names (hunt57, hunt59: 2.1万株 of 2.1万株、1.2万丛 taken alone)', () => {
    const listed = (actual: string, target: string) => {
      const v = mainFigure(normalizeValue(actual), normalizeValue(target));
      return v?.kind === 'number' ? [v.value, v.unit, v.text] : v?.kind;
    };
    expect(listed('补植乔灌木2.1万株、地被1.2万丛', '≥3万株（丛）')).toEqual([
      33000,
      '株',
      '补植乔灌木2.1万株、地被1.2万丛 = 33000株（丛）',
    ]);
    // 羽 is neither 头 nor 只: 家禽 is left out, 羊 in 只 is not
    const herds = '全年受理产地检疫申报生猪62,340头、牛3,105头、羊8,960只、家禽21.6万羽';
    expect(listed(herds, '≥9.5万头（只）')).toEqual([74405, '头', `${herds} = 74405头（只）`]);
    // hunt61 科技馆 r14: two units of pieces in the target count pieces in any unit (机器人展品2台 too)
    const exhibits = '新增互动展项4件、机器人展品2台、古生物化石标本3套';
    expect(listed(exhibits, '≥10件（套）')).toEqual([9, '件', `${exhibits} = 9件（套）`]);
    // one unit alone in the target: the other unit is another thing, as before
    expect(listed('补植乔灌木2.1万株、地被1.2万丛', '≥3万株')).toEqual([
      21000,
      '株',
      '补植乔灌木2.1万株、地被1.2万丛',
    ]);
  });

  it('leaves out a clause about work not done (hunt34: 完成13座，1座…延至次年 declined)', () => {
    expect(figure('完成13座，1座（红岩水库）因征地问题延至次年', '14座')).toEqual([13, '座', false]);
    expect(figure('完成5座，第6座（石门桥）主体完工待验收', '改造危桥6座')).toEqual([5, '座', false]);
    // 结转结余率 is a rate's name, not work carried over
    expect(figure('年末结转结余90.3万元，结转结余率6.7%，较上年下降1.2个百分点', '≤8%')).toEqual([
      6.7,
      null,
      true,
    ]);
    // 待遇 is no 待: the benefit counts
    expect(figure('享受待遇人员1,200人', '≥1000人')).toEqual([1200, '人', false]);
  });

  it('is left as written when the figure is only nearly so much (hunt33: 近2000户 met ≥2000户)', () => {
    expect(figure('近2000户', '≥2000户')).toBe('text');
    expect(figure('全年惠及脱贫户近2,000户', '≥2000户')).toBe('text');
    expect(figure('培训不足300人次', '≥300人次')).toBe('text');
    expect(figure('全年受益群众约2,100户', '≥2000户')).toEqual([2100, '户', false]);
  });

  it('is the one figure named by the indicator when several could be it (hunt41: 审减金额 kept a typed 10)', () => {
    const named = (actual: string, target: string, name: string, rule = '') => {
      const v = mainFigure(normalizeValue(actual), normalizeValue(target), { name, rule });
      return v?.kind === 'number' ? [v.value, v.unit] : v?.kind;
    };
    const actual = '送审金额4.36亿元，审减金额0.187亿元，审减率4.29%';
    expect(named(actual, '≥2000万元', '政府投资项目审计审减金额')).toEqual([18700000, '元']);
    expect(named(actual, '≥2000万元', '政府投资项目审计')).toBe('text');
    expect(named(actual, '≥2000万元', '')).toBe('text');
    // hunt40: the rule names it (以实际兑付企业数计), or names the average (平均办理时限在…内)
    expect(named('申领企业168家，实际兑付132家', '≥150家', '', '以实际兑付企业数计，按完成比例计分')).toEqual(
      [132, '家'],
    );
    const times = '平均12个工作日，最长18个工作日';
    expect(named(times, '≤15个工作日', '办理时限', '平均办理时限在15个工作日内得满分')).toEqual([
      12,
      '个工作日',
    ]);
    expect(named(times, '≤15个工作日', '办理时限', '每超期1件扣1分')).toBe('text');
    // hunt62 草原站 r15: a list the name covers part by part (鼠 and 虫害防治) is its sum, not the part it holds whole
    expect(named('鼠害防治30万亩、虫害防治18万亩', '≥50万亩', '草原鼠虫害防治面积')).toEqual([480000, '亩']);
    expect(named('鼠害防治30万亩、虫害防治18万亩', '≥50万亩', '草原虫害防治面积')).toEqual([180000, '亩']);
    // hunt44: the name within the figure's words (全县农村网络零售额 for 农村网络零售额)
    expect(
      named('农产品网络零售额1.52亿元，全县农村网络零售额2.16亿元', '≥1.8亿元', '农村网络零售额'),
    ).toEqual([216000000, '元']);
  });

  it('leaves out a clause of work not done (hunt45: 14户…未改造 kept a typed 6)', () => {
    expect(figure('完成改造186户，14户因房屋产权问题未改造', '200户')).toEqual([186, '户', false]);
  });

  it('is the figure a rule counts by (hunt45: 以取证人数计 took the 1,386 trained)', () => {
    const counted = (actual: string, target: string, rule: string) => {
      const v = countedAs(normalizeValue(actual), normalizeValue(target), rule);
      return v?.kind === 'number' ? [v.value, v.text] : v?.kind;
    };
    expect(counted('培训1,386人，考核合格取证1,302人', '≥1500人', '以取证人数计，达到1500人得8分')).toEqual([
      1302,
      '培训1,386人，考核合格取证1,302人 = 1,302人',
    ]);
    expect(counted('培训1,386人，考核合格取证1,302人', '≥1500人', '达到1500人得8分')).toBe('text');
  });

  it('leaves numbers, dates and text targets alone', () => {
    expect(figure('98%', '≥95%')).toEqual([98, null, true]);
    expect(figure('全年新建2.06万亩，其中节水0.5万亩', '按期完成')).toBe('text');
    expect(figure('全年新建2.06万亩，其中节水0.5万亩', '2025年12月底前')).toBe('text');
  });
});

test('a table scores by the figure its sentences report (hunt24: three rows declined)', async () => {
  const { analyzeWorkbook } = await import('../analyzeWorkbook');
  const { createMessages } = await import('../../i18n');
  const rows = [
    ['三级指标', '年度指标值', '实际完成值', '评分标准', '分值', '得分', '评分依据'],
    [
      '参保人数',
      '≥62万人',
      '全市参保61.35万人，较上年减少0.8万人',
      '完成目标值得10分，未完成的按完成比例计分',
      10,
      null,
      '参保台账',
    ],
    [
      '案件办理数',
      '≥300件',
      '办理法律援助案件286件，其中刑事案件112件',
      '每少10件扣1分',
      8,
      null,
      '案件台账',
    ],
    [
      '接通率',
      '≥90%',
      '接通率85.2%，较上年提高4.6个百分点',
      '≥90%得10分；85%（含）-90%得7分；85%以下得4分',
      10,
      null,
      '话务报表',
    ],
  ];
  const a = analyzeWorkbook([{ name: '自评表', rows }], { messages: createMessages('zh-CN') });
  expect(a.indicatorTables[0]!.indicators.map((i) => i.score)).toEqual([9.9, 7, 7]);
});

describe('figures in Chinese numerals (hunt63)', () => {
  it('reads a count in Chinese numerals as a figure (残联就业所 r7: declined behind 上年1,043家)', () => {
    expect(figure('完成用人单位年审一千零八十六家（上年1,043家）', '≥1,100家')).toEqual([1086, '家', false]);
  });

  it('leaves out the parts a 其中 lists, clause after clause (质监站 r9: took 竣工验收监督52项)', () => {
    expect(figure('全年在监工程一百六十八项，其中新报监工程73项，竣工验收监督52项', '≥150项')).toEqual([
      168,
      '项',
      false,
    ]);
  });

  it('takes the count in the target’s unit after a count of another (残联就业所 r9: took 9期)', () => {
    expect(figure('举办培训班9期，培训二百六十人次', '培训残疾人300人次')).toEqual([260, '人次', false]);
  });

  it('takes no numeral inside a word', () => {
    expect(figure('统一组织培训2场', '≥3场')).toEqual([2, '场', false]);
    expect(figure('第三方评估项目十二个', '≥10个')).toEqual([12, '个', false]);
  });
});

it('reads on past a 其中 part in another unit (hunt57 r26: 好评率99.75% after 其中差评31条)', () => {
  expect(figure('“好差评”系统评价12,406条，其中差评31条，好评率99.75%', '≥95%')).toEqual([99.75, null, true]);
});

it('takes the part the indicator names before a total of it and others (hunt92: 合计14座 for 新建泵站数量)', () => {
  const read = (name: string) => {
    const v = mainFigure(
      normalizeValue('新建泵站10座、改造泵站4座，合计14座（计划新建12座）'),
      normalizeValue('12座'),
      { name, rule: '' },
    );
    return v?.kind === 'number' ? [v.value, v.text] : v?.kind;
  };
  expect(read('新建泵站数量')).toEqual([10, '新建泵站10座、改造泵站4座，合计14座（计划新建12座） = 10座']);
  // a name the parts do not say: the total
  expect(read('泵站建设数量')?.[0]).toBe(14);
});

it('takes the bare number a change came to, against a target without a unit (hunt92: 由0.52提高到0.57)', () => {
  expect(figure('项目区灌溉水有效利用系数由0.52提高到0.57。', '≥0.58')).toEqual([0.57, null, false]);
  // a rate or a count is not bare
  expect(figure('由0.52提高到0.57个', '≥0.58')).toBe('text');
});

it('reads a unit typed as its symbol in a sentence (hunt119: 合计1,150㎡ against 1200平方米 left as words)', () => {
  expect(figure('完成1号、2号库房改造，合计1,150㎡', '1200平方米')).toEqual([1150, '平方米', false]);
});
