/**
 * Header rows of the project template (项目支出绩效自评表) as the Ministry's form prints them:
 * the funds block above the indicator table, and the indicator table's own header.
 */
export const FUNDS_HEADER: readonly (string | null)[] = [
  '项目资金（万元）',
  null,
  null,
  '年初预算数',
  '全年预算数',
  '全年执行数',
  '分值',
  '执行率',
  '得分',
];

export const PROJECT_HEADER: readonly string[] = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
];
