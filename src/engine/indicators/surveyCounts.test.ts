import { normalizeValue } from '../grid/normalize';
import { surveyRate } from './surveyCounts';

const rate = (actual: string, target = '≥90%') => {
  const v = surveyRate(normalizeValue(actual), normalizeValue(target));
  return v?.kind === 'number' ? [v.value, v.text] : v?.kind;
};

describe('an actual written as a survey’s counts', () => {
  it('is the satisfied share of the valid, returned or issued count', () => {
    expect(rate('调查问卷发放500份，回收480份，满意432份')).toEqual([
      90,
      '调查问卷发放500份，回收480份，满意432份 = 90%',
    ]);
    expect(rate('发放问卷200份，满意186份')).toEqual([93, '发放问卷200份，满意186份 = 93%']);
    expect(rate('发放300份，有效问卷290份，满意人数261人')).toEqual([
      90,
      '发放300份，有效问卷290份，满意人数261人 = 90%',
    ]);
    // hunt33: thousands written with commas were no counts (a clear decline)
    expect(rate('发放问卷1,500份，回收1,428份，满意1,300份')).toEqual([
      91.0364,
      '发放问卷1,500份，回收1,428份，满意1,300份 = 91.0364%',
    ]);
  });

  it('is left as written with graded answers, two satisfied counts, no base or a count past it', () => {
    expect(rate('发放500份，非常满意300份，满意150份')).toBe('text');
    expect(rate('发放500份，满意200份，满意率较高，满意300份')).toBe('text');
    expect(rate('满意432份')).toEqual([432, '满意432份']); // a count as the normaliser reads it
    expect(rate('发放100份，满意120份')).toBe('text');
  });

  it('is, for two counts of one thing, the part’s share (hunt15: 45 points left pending)', () => {
    expect(rate('应结算4,000人次，已结算3,720人次')).toEqual([93, '应结算4,000人次，已结算3,720人次 = 93%']);
    expect(rate('就业212人，稳定就业6个月以上178人')).toEqual([
      83.9623,
      '就业212人，稳定就业6个月以上178人 = 83.9623%',
    ]);
    expect(rate('发放1,800万元，核销1,425万元')).toEqual([
      79.1667,
      '发放1,800万元，核销1,425万元 = 79.1667%',
    ]);
    expect(rate('计划5项，完成4项')).toEqual([80, '计划5项，完成4项 = 80%']);
    // hunt15's `其中` with what the part is after its unit
    expect(rate('共12个，其中10个达标')).toEqual([83.3333, '共12个，其中10个达标 = 83.3333%']);
    expect(rate('共抽查40批次，其中合格39批次')).toEqual([97.5, '共抽查40批次，其中合格39批次 = 97.5%']);
    // hunt40: a sample 验收 that 通过, the rest after it; a breakdown of the part after it
    expect(rate('验收服务项目140项，通过131项，9项未通过')).toEqual([
      93.5714,
      '验收服务项目140项，通过131项，9项未通过 = 93.5714%',
    ]);
    expect(rate('排查隐患1,240项，已整改1,213项，其中重大隐患3项全部整改')).toEqual([
      97.8226,
      '排查隐患1,240项，已整改1,213项，其中重大隐患3项全部整改 = 97.8226%',
    ]);
    // hunt45: 参训 names the sample (a typed 6 kept for 4)
    expect(rate('参训1,386人，合格1,302人')).toEqual([93.9394, '参训1,386人，合格1,302人 = 93.9394%']);
    // hunt41: 参评 names the sample (a typed 10 kept for 8)
    expect(rate('参评信访事项1,052件，评价满意879件')).toEqual([
      83.5551,
      '参评信访事项1,052件，评价满意879件 = 83.5551%',
    ]);
  });

  it('lets a plan be exceeded: 计划5项，完成6项 is 120 %, and 6 items against a count target', () => {
    expect(rate('计划5项，完成6项')).toEqual([120, '计划5项，完成6项 = 120%']);
    expect(rate('计划5项，完成6项', '5项')).toEqual([6, '计划5项，完成6项']);
    expect(rate('计划新建8所，实际建成7所', '≥8所')).toEqual([7, '计划新建8所，实际建成7所']);
  });

  it('leaves two counts alone when the second is the rest, unrelated, in another unit or past the first', () => {
    expect(rate('完成3项，未完成2项')).toBe('text');
    expect(rate('新增就业300人，培训500人')).toBe('text');
    expect(rate('培训500人，就业300人')).toBe('text');
    expect(rate('计划5项，完成4个')).toBe('text');
    expect(rate('应结算4,000人次，已结算4,100人次')).toBe('text');
    expect(rate('共12个，其中10个在建')).toBe('text');
  });

  it('reads a count target from a plan, or a part that says it was done (hunt17)', () => {
    expect(rate('共排查积案36件，其中化解27件', '≥30件')).toEqual([27, '共排查积案36件，其中化解27件']);
    expect(rate('共12处，其中完成整治9处', '12处')).toEqual([9, '共12处，其中完成整治9处']);
    expect(rate('共12个，其中10个达标', '10个')).toEqual([10, '共12个，其中10个达标']);
    expect(rate('共策划12个，其中10个按计划上线', '≥10个')).toEqual([10, '共策划12个，其中10个按计划上线']);
  });

  it('reads, against a count target, what was done before a breakdown of it (hunt19)', () => {
    expect(rate('实际58场，其中线上活动21场', '计划60场')).toEqual([58, '实际58场，其中线上活动21场']);
    // hunt46: done said of the whole, the part only qualifies some of it (read 2 of 5 done)
    expect(rate('整治完成5处，其中2处通过县级验收', '整治黑臭水体6处')).toEqual([
      5,
      '整治完成5处，其中2处通过县级验收',
    ]);
    expect(rate('完成培训320人次，其中线上120人次', '≥300人次')).toEqual([
      320,
      '完成培训320人次，其中线上120人次',
    ]);
    // a total that is not what was done, or a part that is the rest, stays as written
    expect(rate('共58场，其中线上活动21场', '计划60场')).toBe('text');
    expect(rate('实际58场，其中未开展2场', '计划60场')).toBe('text');
  });

  it('leaves a count target alone when the part may not be what the target counts', () => {
    expect(rate('应结算4,000人次，已结算3,720人次', '4,000人次')).toBe('text');
    expect(rate('共培训500人次，其中农民工300人次', '≥400人次')).toBe('text');
    expect(rate('计划5项，完成6个', '5项')).toBe('text');
  });

  it('needs a percent target', () => {
    expect(rate('发放问卷200份，满意186份', '好评')).toBe('text');
  });
});

describe('a sample and how many of it passed (hunt23, hunt24: declined)', () => {
  it('is the share without the faults within the whole, against a rate to reach (hunt36: 6 overdue of 300 read as 2 %)', () => {
    expect(rate('办结一般程序案件300起，其中超期6起', '100%')).toEqual([
      98,
      '办结一般程序案件300起，其中超期6起 = 98%',
    ]);
    expect(rate('抽查案卷60卷，其中3卷不合格', '≥95%')).toEqual([95, '抽查案卷60卷，其中3卷不合格 = 95%']);
    // against a ceiling the faults' own share
    expect(rate('抽查案卷60卷，其中3卷不合格', '≤5%')).toEqual([5, '抽查案卷60卷，其中3卷不合格 = 5%']);
    // (this was left as written before: the 其中 part is the misses, the rest reached it)
    expect(rate('共12个，其中2个未达标')).toEqual([83.3333, '共12个，其中2个未达标 = 83.3333%']);
    // not a 其中 part: the rest, not a share
    expect(rate('完成3项，未完成2项', '100%')).toBe('text');
  });

  it('reads a sample and how many of it failed the check, without 其中 (hunt57: 18 of 1,200 不规范 is 98.5 %)', () => {
    expect(rate('抽查电子出证记录1,200份，不规范18份', '≥98%')).toEqual([
      98.5,
      '抽查电子出证记录1,200份，不规范18份 = 98.5%',
    ]);
    expect(rate('抽检样品300批次，不合格6批次', '≥95%')).toEqual([98, '抽检样品300批次，不合格6批次 = 98%']);
    // against a ceiling the faults' own share
    expect(rate('抽查电子出证记录1,200份，不规范18份', '≤2%')).toEqual([
      1.5,
      '抽查电子出证记录1,200份，不规范18份 = 1.5%',
    ]);
  });

  it('reads hunt37’s counts: hazards found and fixed, correct sorting, sirens that sounded', () => {
    expect(rate('排查一般隐患1,240项，整改到位1,228项', '≥98%')).toEqual([
      99.0323,
      '排查一般隐患1,240项，整改到位1,228项 = 99.0323%',
    ]);
    expect(rate('抽查居民投放1,500次，正确投放1,245次', '≥80%')).toEqual([
      83,
      '抽查居民投放1,500次，正确投放1,245次 = 83%',
    ]);
    // hunt38: people who knew, work done on time
    expect(rate('抽样调查群众500人，知晓412人', '≥80%')).toEqual([
      82.4,
      '抽样调查群众500人，知晓412人 = 82.4%',
    ]);
    expect(rate('收到委托调查评估286件，按期完成283件', '100%')).toEqual([
      98.951,
      '收到委托调查评估286件，按期完成283件 = 98.951%',
    ]);
    // a date clause beside the counts says when, not how many
    expect(rate('9月16日试鸣，46台中45台正常鸣响', '≥98%')).toEqual([
      97.8261,
      '9月16日试鸣，46台中45台正常鸣响 = 97.8261%',
    ]);
  });

  it('is the passed share against a percent target', () => {
    expect(rate('抽查案卷60件，合格56件', '≥95%')).toEqual([93.3333, '抽查案卷60件，合格56件 = 93.3333%']);
    expect(rate('调解矛盾纠纷1286件，调解成功1259件', '≥98%')).toEqual([
      97.9005,
      '调解矛盾纠纷1286件，调解成功1259件 = 97.9005%',
    ]);
    expect(rate('评查执法案卷80卷，优秀及合格76卷', '≥95%')).toEqual([
      95,
      '评查执法案卷80卷，优秀及合格76卷 = 95%',
    ]);
    expect(rate('抽检水样360份，合格331份')).toEqual([91.9444, '抽检水样360份，合格331份 = 91.9444%']);
    expect(rate('抽查评估案件40件，优良35件')).toEqual([87.5, '抽查评估案件40件，优良35件 = 87.5%']);
    expect(rate('电话回访受援人200名，表示满意185名')).toEqual([
      92.5,
      '电话回访受援人200名，表示满意185名 = 92.5%',
    ]);
  });

  it('counts 满意及基本满意 together as the satisfied, as such surveys do', () => {
    expect(rate('发放问卷50份，有效回收50份，满意及基本满意44份', '≥85%')).toEqual([
      88,
      '发放问卷50份，有效回收50份，满意及基本满意44份 = 88%',
    ]);
    expect(rate('抽样调查有效问卷500份，满意及基本满意448份', '≥85%')).toEqual([
      89.6,
      '抽样调查有效问卷500份，满意及基本满意448份 = 89.6%',
    ]);
  });

  it('is not a share when the second count is not of the first (no sample word, nothing shared)', () => {
    expect(rate('办理案件60件，合格56件', '≥95%')).toBe('text');
  });

  it('against a count target, is not what was done: the target counts the cases handled', () => {
    expect(rate('调解各类矛盾纠纷1,350件，调解成功1,296件', '≥1300件')).toBe('text');
  });
});

describe('more ways a share is written as counts (hunt26, hunt27: declined or a typed score kept)', () => {
  it('reads the whole after the part when it says 应', () => {
    expect(rate('纳入平台车辆86辆，应纳入88辆（2辆待报废车辆未纳入）', '100%')).toEqual([
      97.7273,
      '纳入平台车辆86辆，应纳入88辆（2辆待报废车辆未纳入） = 97.7273%',
    ]);
  });

  it('reads `X中Y` in one clause', () => {
    expect(rate('平台车辆86辆中新能源汽车22辆', '≥30%')).toEqual([
      25.5814,
      '平台车辆86辆中新能源汽车22辆 = 25.5814%',
    ]);
  });

  it('is the share handled of work assigned or undertaken (hunt95: 交办18项，办结17项 was left to the reviewer)', () => {
    expect(rate('交办18项，办结17项', '100%')).toEqual([94.4444, '交办18项，办结17项 = 94.4444%']);
    expect(rate('承办建议提案12件，办结12件', '100%')).toEqual([100, '承办建议提案12件，办结12件 = 100%']);
  });

  it('reads a satisfied count written before its word (hunt101: 调查30户，29户满意 was left to the reviewer)', () => {
    expect(rate('调查30户，29户满意')).toEqual([96.6667, '调查30户，29户满意 = 96.6667%']);
    // graded answers still leave it as written
    expect(rate('调查30户，29户满意，1户基本满意')).toBe('text');
  });

  it('takes a breakdown the indicator’s name counts (hunt101: 验收合格户数 read as the 320 done)', () => {
    const count = (actual: string, name: string): unknown => {
      const v = surveyRate(normalizeValue(actual), normalizeValue('≥320户'), name);
      return v?.kind === 'number' ? v.value : v?.kind;
    };
    expect(count('已完成改厕320户，其中验收合格305户', '农村户厕改造验收合格户数')).toBe(305);
    // a name that does not count the breakdown takes the whole
    expect(count('已完成改厕320户，其中验收合格305户', '农村户厕改造户数')).toBe(320);
  });

  it('leaves out a third clause that counts the rest', () => {
    expect(rate('受理举报线索37件，办结35件，2件正在核查中', '100%')).toEqual([
      94.5946,
      '受理举报线索37件，办结35件，2件正在核查中 = 94.5946%',
    ]);
    expect(rate('已完工项目42个，竣工验收一次性合格41个，1个整改后复验合格', '100%')).toEqual([
      97.619,
      '已完工项目42个，竣工验收一次性合格41个，1个整改后复验合格 = 97.619%',
    ]);
  });

  it('takes no share of two rates (hunt28: 81.2 ÷ 87.4 = 92.9 % met a 90 % target)', () => {
    expect(rate('智能调度系统统计全年准点率87.4%，其中早晚高峰为81.2%', '≥90%')).toBe('text');
  });

  it('reads problems found and fixed, requests and approvals (hunt28: typed scores kept)', () => {
    expect(rate('2023年度审计查出问题136个，截至2024年2月底已整改到位119个', '≥90%')).toEqual([
      87.5,
      '2023年度审计查出问题136个，截至2024年2月底已整改到位119个 = 87.5%',
    ]);
    expect(rate('排查发现“四乱”问题57处，年底前整改销号53处，其余4处正在整改', '≥95%')).toEqual([
      92.9825,
      '排查发现“四乱”问题57处，年底前整改销号53处，其余4处正在整改 = 92.9825%',
    ]);
    expect(rate('申请作业空域52次，获批49次', '≥95%')).toEqual([
      94.2308,
      '申请作业空域52次，获批49次 = 94.2308%',
    ]);
  });

  it('still leaves three counts alone when the third is not the rest', () => {
    expect(rate('受理举报线索37件，办结35件，移送12件', '100%')).toBe('text');
  });
});

describe('a part of a whole named in one clause or by what it passed (hunt49–52: declined)', () => {
  it('reads `N unit noun 中 M unit …`, the part’s label before its count or a description after it', () => {
    expect(rate('4个弹药储存库中3个通过公安部门验收', '100%')).toEqual([
      75,
      '4个弹药储存库中3个通过公安部门验收 = 75%',
    ]);
    expect(rate('54个站点中正常运营47个')).toEqual([87.037, '54个站点中正常运营47个 = 87.037%']);
    expect(rate('全镇18个行政村中12个村集体经营性收入超过10万元', '≥60%')).toEqual([
      66.6667,
      '全镇18个行政村中12个村集体经营性收入超过10万元 = 66.6667%',
    ]);
    expect(rate('13座已完工水库中12座通过竣工验收', '≥95%')).toEqual([
      92.3077,
      '13座已完工水库中12座通过竣工验收 = 92.3077%',
    ]);
    expect(rate('12个重点烟区乡镇中11个建有标准化作业点，白沙乡因选址未获批暂缓', '100%')).toEqual([
      91.6667,
      '12个重点烟区乡镇中11个建有标准化作业点，白沙乡因选址未获批暂缓 = 91.6667%',
    ]);
  });

  it('reads `…中N unit label M unit` and leaves out a clause counting the rest', () => {
    expect(rate('9·18试鸣中48台鸣响46台', '≥95%')).toEqual([95.8333, '9·18试鸣中48台鸣响46台 = 95.8333%']);
    expect(rate('8家机构中7家考核合格，1家限期整改', '100%')).toEqual([
      87.5,
      '8家机构中7家考核合格，1家限期整改 = 87.5%',
    ]);
    expect(rate('阳性可疑病例共43例，已转诊41例，2例本人拒绝转诊', '100%')).toEqual([
      95.3488,
      '阳性可疑病例共43例，已转诊41例，2例本人拒绝转诊 = 95.3488%',
    ]);
  });

  it('reads a second count whose label says what of the first it is: adopted, intact, inspected, on time', () => {
    expect(rate('提出审计建议210条，被采纳176条', '≥85%')).toEqual([
      83.8095,
      '提出审计建议210条，被采纳176条 = 83.8095%',
    ]);
    expect(rate('全市定点医药机构1,286家，年内现场检查1,241家', '100%')).toEqual([
      96.5008,
      '全市定点医药机构1,286家，年内现场检查1,241家 = 96.5008%',
    ]);
    expect(rate('城区消火栓1,520个，完好1,502个', '≥98%')).toEqual([
      98.8158,
      '城区消火栓1,520个，完好1,502个 = 98.8158%',
    ]);
    expect(rate('全年应报报表1,248份，按时报送1,245份', '100%')).toEqual([
      99.7596,
      '全年应报报表1,248份，按时报送1,245份 = 99.7596%',
    ]);
  });

  it('still leaves counts alone that are not plainly part of a whole', () => {
    expect(rate('更换阀门216个，消火栓48个', '≥90%')).toBe('text');
    expect(rate('见习期满186人，留用92人', '≥50%')).toBe('text');
    expect(rate('检查企业120家，检查发现问题30家', '100%')).toBe('text');
    expect(rate('完成3项，2项未完成', '100%')).toBe('text');
    expect(rate('9·18试鸣中48台鸣响46次', '≥95%')).toBe('text');
  });
});

it('reads two counts ending in a full stop, and a third led by 其余 as the rest (hunt92: 按期办结率 left as words)', () => {
  expect(rate('受理投诉1254件，按期办结1236件。', '100%')?.[0]).toBe(98.5646);
  expect(rate('受理12328热线投诉1,254件，按期办结1,236件，其余18件逾期办结。', '100%')?.[0]).toBe(98.5646);
});

it('reads monitoring data and how much of it met the standard as a rate (hunt119: left as words)', () => {
  expect(rate('全年监测温湿度数据8,760组，达标8,200组', '95%')).toEqual([
    93.6073,
    '全年监测温湿度数据8,760组，达标8,200组 = 93.6073%',
  ]);
});
