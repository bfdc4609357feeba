/** Texts of the Office add-in host: failures of a run, in one sentence each (zh-CN, primary). */
export const labels: Record<string, string> = {
  'office.cellEditMode': '单元格正在编辑，请按 Enter 或 Esc 后重试',
  'office.protectedSheet': '工作表“{sheet}”受保护，未写入任何内容；请在“审阅”中撤销工作表保护后重试',
  'office.protectedWorkbook':
    '工作簿结构受保护，无法新建或删除工作表，未写入任何内容；请撤销工作簿保护后重试',
  'office.payloadTooLarge':
    '工作簿数据量超出 Excel 单次传输上限，分批重试后仍未成功，未写入任何内容；请拆分工作表后重试',
  'office.apiMissing':
    '当前 Excel 版本不支持本加载项所需的功能（需要 ExcelApi {version}），请更新 Office 后重试',
  'office.nothingFound': '未找到指标表或决算表，未写入任何内容',
  'office.nothingToUndo': '没有可撤销的计算',
  'office.unexpected': 'Excel 返回了意外错误（{code}），未完成本次操作；请保存工作簿后重试',
  'office.partialWrite': '写入中途失败（{code}），部分结果已写入；请点击“撤销上次计算”恢复原状',
  'office.missingSheet': '找不到工作表“{sheet}”，未写入任何内容；请重新计算',
  'office.noTableAtRow': '工作表“{sheet}”第 {row} 行不是已识别指标表的表头',
  'office.hasActualColumn': '该表已有“实际完成值”列',
  'office.noTargetColumn': '该表没有“标准值”（指标值）列，无法确定插入位置',
  'office.actualHeader': '实际完成值',
};
