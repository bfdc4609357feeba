import type { IndicatorFindingCode } from '../engine/findings/types';

/** Finding messages. Placeholders `{name}` take the finding's params. */
export const findings: Record<IndicatorFindingCode, string> = {
  'weight.childrenMismatch': '“{name}”标注 {expected} 分，下级权重合计 {actual} 分，不一致',
  'weight.totalNot100': '权重合计为 {total} 分，应为 100 分',
  'weight.annotationMismatch': '“{name}”名称标注 {annotated} 分，与权重 {weight} 分不一致',
  'weight.missing': '“{name}”的权重为空',
  'weight.notNumeric': '“{name}”的权重“{text}”不是数字',
  'weight.outOfRange': '“{name}”的权重 {text} 分不在 0–100 分之间，未据此计分',
  'score.aboveWeight': '“{name}”得分 {score} 分，超过权重 {weight} 分',
  'score.notProducible': '“{name}”得分 {score} 分，按评分标准“{rule}”无法得出该分数',
  'score.differsFromComputed': '“{name}”自评得分 {reported} 分，系统计算为 {computed} 分',
  'score.notNumeric': '“{name}”的得分“{text}”不是数字',
  'score.outOfRange': '“{name}”的得分 {text} 分超出百分制，未计入总分',
  'score.missing': '“{name}”没有可用的得分，且无法按评分标准计算，请人工评分',
  'score.fullDespiteFaults': '“{name}”自评满分，但实际完成情况写有问题（“{actual}”），请核对得分',
  'score.belowWeightNoNote': '“{name}”得分 {score} 分低于分值 {weight} 分，未在“{column}”中说明原因',
  'score.fullButMissed': '“{name}”实际完成值 {actual} 未达到指标值 {target}，表中却填写满分',
  'rule.fullPointsMismatch':
    '“{name}”评分标准满分 {rulePoints} 分，与权重 {weight} 分不一致，得分以两者中较低者为限',
  'rule.unreadable': '“{name}”的评分标准无法识别：“{text}”，未自动计分，请人工评分',
  'rule.missing': '“{name}”未填写评分标准，按财预〔2020〕10号默认规则计分',
  'cell.errorValue': '单元格为错误值 {value}',
  'cell.formulaNotCalculated':
    '本表有 {count} 个公式没有计算结果（第一个在此单元格），计分和执行率按未知处理，相关单元格未写入；请用 Excel 或 WPS 打开并保存后重新计算',
  'actual.farAboveTarget': '“{name}”实际完成值 {actual} 为指标值 {target} 的 {ratio}%，指标值可能设置偏低',
  'actual.missing': '“{name}”为定量指标（指标值 {target}），实际完成值为空',
  'target.notMeasurable': '“{name}”的指标值“{text}”无法衡量，建议细化量化',
  'evidence.missing': '“{name}”缺少评分依据（佐证材料）',
  'evidence.weak': '“{name}”的评分依据“{text}”未指明具体文件或数据，佐证不足',
  'evidence.noColumn': '表中没有评分依据（佐证材料）列，各项佐证均视为缺失；可在表格右侧增加“评分依据”列',
  'actual.noColumn':
    '表中没有实际完成值列，{count} 项得分（共 {points} 分）均沿用表中填写的自评得分，未能按评分标准核对；可在表格中增加“实际完成值”列',
  'target.noColumn':
    '表中没有可识别的指标值（标准值）列，评分标准需与目标比较的各项无法计分；请将目标列表头写作“年度指标值”或“标准值”',
  'deviation.noColumn':
    '表中没有偏差原因分析（扣分原因）列：“{first}”等 {count} 项得分低于分值，无处说明原因；可在表格右侧增加“偏差原因分析及改进措施”列',
  'table.totalMismatch': '合计填写为 {typed}，按明细计算应为 {expected}',
  'table.subtotalMismatch': '小计填写为 {typed}，按其上各项计算应为 {expected}',
  'table.groupScoreMismatch': '“{name}”得分填写为 {typed}，按其下各项计算应为 {expected}',
  'table.scoresUnchecked':
    '{count} 项得分（共 {points} 分）沿用表中填写的自评得分，未能按评分标准核对，请人工复核（见计分说明列）',
  'table.gradeUnchecked':
    '{count} 项得分（共 {points} 分）沿用表中填写的自评得分，未能按评分标准核对；核对后总分可在 {low} 至 {high} 分之间，等级可能改变，请人工复核（见计分说明列）',
  'table.targetActualMerged':
    '{count} 项的指标值与实际完成值合并在同一单元格中（第一项在此），未能从中分出实际完成值，这些项（共 {points} 分）未按评分标准计分；请在单元格中写明“年度目标：…；实际完成：…”，或取消合并，将实际完成值填入“{column}”列',
  'table.totalKeepsTypedScores':
    '本格写入的合计公式得 {typed} 分，其中计入了与计算不符而保留的填写得分；按评分标准计算各项后，总分为 {expected} 分',
  'table.totalSkipsTextScores':
    '本格写入的合计公式得 {typed} 分：{first}（“{text}”）等 {count} 项得分以文字填写，求和时不计入；按评分标准计算各项后，总分为 {expected} 分。请将这些得分改为数字',
  'table.totalOfTypedScores': '合计 {typed} 为各项填写得分之和；按评分标准计算各项后，总分为 {expected}',
  'table.totalPending':
    '合计填写为 {typed}；已计分各项合计 {expected}，另有 {count} 项共 {weight} 分待人工评分，评分后请核对合计',
  'table.totalOutOfRange':
    '合计填写为 {typed}，按明细应在 {expected} 至 {max} 之间（另有 {count} 项共 {weight} 分待人工评分）',
  'table.totalUnchecked':
    '合计填写为 {typed}；已按评分标准计分的各项合计 {expected}，另有 {count} 项共 {weight} 分未经核对（待人工评分，或沿用填写得分、未能按评分标准核对），核对后请复核合计',
  'table.totalUncheckedOutOfRange':
    '合计填写为 {typed}，按明细应在 {expected} 至 {max} 之间（另有 {count} 项共 {weight} 分未经核对：待人工评分，或沿用填写得分、未能按评分标准核对）',
  'table.notFound': '未找到指标表：表头需含“三级指标”（或“指标名称”）、“权重/分值”及“得分/标准值/评分标准”',
  'table.headerAmbiguous': '表头识别不确定：{detail}',
};

/** Fixed labels: headers, notes, the results sheet, the CLI. */
export const labels: Record<string, string> = {
  'column.explanation': '计分说明',
  'rule.fromNote': '（评分标准见表下说明 {note}）',
  'column.findings': '审核提示',
  'note.computedDiffers': '系统计算为 {computed} 分：{why}',
  'note.overwritten': '原填 {typed} 分，已改为系统计算的 {computed} 分：{why}',
  'note.totalDiffers':
    '按评分规则计算，总分为 {total} 分；本格按表中已填得分合计为 {sheet} 分（差异行见批注）',
  'results.title': '评价结果',
  'results.runAt': '计算时间 {time}',
  'results.rulesVersion': '规则版本 {version}',
  'results.noTables': '未找到指标表或决算表。',
  'results.tableCaption': '{range} · {template} · {rows} 项',
  'results.total': '总分',
  'results.grade': '等级',
  'results.awaiting': '待评',
  'results.pending': '另有 {count} 项（共 {weight} 分）待人工评分，总分只含已评分各项',
  'grade.provisional': '{grade}（待定）',
  'results.level1': '一级指标',
  'results.level2': '二级指标',
  'results.weight': '分值',
  'results.score': '得分',
  'results.rate': '得分率',
  'results.budgetExecution': '预算执行率',
  'results.evidence': '佐证：缺失 {missing} · 较弱 {weak} · 完整 {ok}',
  'results.findings': '审核提示（按严重程度，共 {count} 条）',
  'results.subject': '{year}年度 · {sheet}（{range}）',
  'results.subjectNoYear': '{sheet}（{range}）',
  'results.chartScores': '各一级指标得分与分值',
  'results.chartAwaiting': '{name}（待评）',
  'results.chartStructure': '支出结构（{sheet}）',
  'results.structureName': '科目',
  'results.structureAmount': '决算数（{unit}）',
  'results.budgetTables': '决算表（共 {count} 张）',
  'results.budgetTable': '{sheet} · {kind} · {lines} 行 · 单位：{unit}',
  'budgetKind.detail': '支出明细',
  'budgetKind.summary': '汇总表',
  'budgetKind.basic': '基本支出',
  'budgetKind.threePublic': '“三公”经费',
  'budgetKind.incomeExpense': '收入支出总表',
  'results.severity': '级别',
  'results.location': '位置',
  'results.problem': '问题',
  'results.legend': '图例',
  'results.budgetAnalysis': '决算分析',
  'legend.error': '错误',
  'legend.warning': '警告',
  'legend.evidence': '缺少佐证',
  'legend.computed': '系统计算',
  'severity.error': '错误',
  'severity.warning': '警告',
  'severity.info': '提示',
  'template.department': '部门整体',
  'template.project': '项目支出',
  'grade.excellent': '优',
  'grade.good': '良',
  'grade.fair': '中',
  'grade.poor': '差',
  'column.rate': '执行率',
};

/** Explanations the scoring layer gives when it does not compute a score itself. */
export const explanations: Record<string, string> = {
  'score.manual': '评分标准无法识别（“{rule}”），未自动计分，需人工评分',
  'score.noWeight': '缺少权重，无法计分',
  'score.noActualColumn': '表中无实际完成值列，无法计算得分',
  'score.reportedNoActual': '表中无实际完成值，采用自评得分 {score} 分',
  'score.reportedFallback': '{cause}；采用自评得分 {score} 分',
  'score.typedFullMissed': '实际完成值未达到指标值 {target}，自评满分 {score} 分未计入总分，需人工评分',
  'score.none': '无法计分',
};
