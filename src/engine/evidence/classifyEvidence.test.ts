import type { CellValue } from '../grid/types';
import {
  classifyEvidence,
  type EvidenceLevel,
  type EvidenceOptions,
  type EvidenceReason,
} from './classifyEvidence';

type Case = readonly [input: CellValue, level: EvidenceLevel, reason: EvidenceReason, opts?: EvidenceOptions];

const JIANGSU_TARGETS =
  '苏环委办〔2016〕26 号《关于印发“十三五”及 2016 年各设区市环保约束性指标计划的通知》; 省市政府签订的《“十三五”水污染防治目标责任书》';
const COASTAL =
  '《近岸海域水质目标考核方案(暂行)》(环办水体函[2016]2376号);《江苏省十三五近岸海域水污染防治规划》(2016-2020)';

/** The 评分依据 column of the seed table (self-evaluation-table-2020.tsv), in row order. */
const SEED: readonly Case[] = [
  // Period-only qualifier, restates the indicator 中长期规划: no identifiable plan.
  ['中长期规划', 'weak', 'generic'],
  // 工作 is a generic qualifier: which plan?
  ['工作方案', 'weak', 'generic'],
  // 批复 is an identifiable document and 成立 says which one (the approval founding the unit).
  ['单位成立批复文件', 'ok', 'specific'],
  ['单位管理制度', 'weak', 'generic'],
  // 培训 picks out one plan; the year is implied by the table.
  ['年度培训计划', 'ok', 'specific'],
  // 文件 never identifies a document by itself.
  ['财政资金使用文件', 'weak', 'generic'],
  ['按照预算调整执行', 'weak', 'generic'],
  ['按照资金使用范围执行', 'weak', 'generic'],
  ['按照政府采购文件要求', 'weak', 'generic'],
  ['按照国有资产管理文件要求', 'weak', 'generic'],
  ['按照国有资产管理文件要求', 'weak', 'generic'],
  ['《中华人民共和国政府信息公开条例》', 'ok', 'namedDocument'],
  ['按照风险控制工作要求', 'weak', 'generic'],
  ['按照档案管理要求', 'weak', 'generic'],
  ['按照局党组、局纪检组要求', 'weak', 'generic'],
  ['按照党建工作要求', 'weak', 'generic'],
  ['按照信息化及保密工作要求', 'weak', 'generic'],
  ['按照工作规划要求', 'weak', 'generic'],
  ['按照局党组年终考核文件', 'weak', 'generic'],
  ['省下达指标', 'weak', 'generic'],
  ['省下达指标', 'weak', 'generic'],
  ['PM2.5浓度', 'weak', 'generic'],
  ['空气优良率', 'weak', 'generic'],
  ['局工作计划', 'weak', 'generic'],
  ['市工作要求', 'weak', 'generic'],
  ['市工作要求', 'weak', 'generic'],
  ['市级工作要求', 'weak', 'generic'],
  ['工作目标', 'weak', 'generic'],
  [JIANGSU_TARGETS, 'ok', 'documentNumber'],
  [JIANGSU_TARGETS, 'ok', 'documentNumber'],
  [COASTAL, 'ok', 'documentNumber'],
  [COASTAL, 'ok', 'documentNumber'],
  ['局工作计划', 'weak', 'generic'],
  ['局工作计划', 'weak', 'generic'],
  ['局工作计划', 'weak', 'generic'],
  ['局工作计划', 'weak', 'generic'],
  ['省下达指标', 'weak', 'generic'],
  ['省下达指标', 'weak', 'generic'],
  ['年度工作要求', 'weak', 'generic'],
  // Reports a number but names no survey: the questionnaire is the evidence, not the rate.
  ['满意度达 88%', 'weak', 'measurement'],
];

const MORE: readonly Case[] = [
  // missing
  [null, 'missing', 'blank'],
  ['', 'missing', 'blank'],
  ['\u00a0\u3000', 'missing', 'blank'],
  ['—', 'missing', 'placeholder'],
  ['/', 'missing', 'placeholder'],
  ['无', 'missing', 'placeholder'],
  ['-', 'missing', 'placeholder'],
  ['见附件', 'missing', 'attachmentOnly'],
  ['详见附件1', 'missing', 'attachmentOnly'],
  ['见佐证材料。', 'missing', 'attachmentOnly'],
  ['见附表', 'missing', 'attachmentOnly'],
  [{ error: '#REF!' }, 'missing', 'error'],
  ['#N/A', 'missing', 'error'],
  // ok
  ['见附件', 'ok', 'hyperlink', { hyperlink: 'https://example.gov.cn/a.pdf' }],
  ['佐证', 'ok', 'hyperlink', { hyperlink: '#佐证!A1' }],
  ['http://sthjj.example.gov.cn/art/2020/1.html', 'ok', 'hyperlink'],
  ['见附表2', 'ok', 'sheetReference'],
  ['见佐证!A1:B5', 'ok', 'sheetReference'],
  ['Sheet2!B3', 'ok', 'sheetReference'],
  ["'佐证 材料'!$C$4", 'ok', 'sheetReference'],
  ['见培训记录表', 'ok', 'sheetReference', { sheetNames: ['自评表', '培训记录表'] }],
  ['连污防指办〔2020〕58号', 'ok', 'documentNumber'],
  ['苏环委办〔2016〕26 号', 'ok', 'documentNumber'],
  ['环办水体函[2016]2376号', 'ok', 'documentNumber'],
  ['（2020）58号', 'ok', 'documentNumber'],
  ['财政部公告2020年第5号', 'ok', 'documentNumber'],
  ['按照《政府采购法》要求', 'ok', 'namedDocument'],
  ['“关于做好2020年度预算绩效自评工作的通知”', 'ok', 'namedDocument'],
  ['关于印发连云港市生态环境局内部控制制度的通知', 'ok', 'namedDocument'],
  ['2020年度项目验收台账', 'ok', 'specific'],
  ['统计报表', 'ok', 'specific'],
  ['企业名单', 'ok', 'specific'],
  ['竣工验收报告', 'ok', 'specific'],
  ['水质检测报告', 'ok', 'specific'],
  ['采购合同、支付凭证', 'ok', 'specific'],
  ['工程结算书', 'ok', 'specific'],
  ['满意度调查问卷（有效样本320份）', 'ok', 'specific'],
  ['第三方满意度调查报告', 'ok', 'specific'],
  ['党组会议纪要', 'ok', 'specific'],
  ['2020年财务报表；部门决算报表', 'ok', 'specific'],
  ['资产管理制度及盘点记录', 'ok', 'specific'],
  // weak
  ['台账', 'weak', 'generic'],
  ['批复文件', 'weak', 'generic'],
  ['按照“三同时”要求', 'weak', 'generic'],
  ['按照项目验收报告执行', 'weak', 'generic'],
  ['根据上级部署', 'weak', 'generic'],
  ['完成率100%', 'weak', 'measurement'],
  [0.88, 'weak', 'measurement'],
  [true, 'weak', 'generic'],
];

/** Every row gets its options explicitly: jest treats a missing trailing argument as a `done` callback. */
const rows = (cases: readonly Case[]) =>
  cases.map(([input, level, reason, opts]) => [input, level, reason, opts ?? {}] as const);

describe('classifyEvidence', () => {
  test('the seed table has 40 evidence cells', () => expect(SEED).toHaveLength(40));
  test.each(rows(SEED))('seed: %s → %s (%s)', (input, level, reason, opts) => {
    expect(classifyEvidence(input, opts)).toEqual({ level, reason });
  });
  test.each(rows(MORE))('%s → %s (%s)', (input, level, reason, opts) => {
    expect(classifyEvidence(input, opts)).toEqual({ level, reason });
  });
  test('an empty hyperlink does not count', () => {
    expect(classifyEvidence('见附件', { hyperlink: '  ' })).toEqual({
      level: 'missing',
      reason: 'attachmentOnly',
    });
  });
  test('one-character sheet names are ignored', () => {
    expect(classifyEvidence('局工作计划', { sheetNames: ['局'] })).toEqual({
      level: 'weak',
      reason: 'generic',
    });
  });
});
