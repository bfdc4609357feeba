/** The command line's own words (summary lines, progress, stopping); never in the add-in's page. */
export const cli: Record<string, string> = {
  'cli.table': '{sheet} {score} {grade}',
  'cli.pending': '（另有 {count} 项 {weight} 分待人工评分）',
  'cli.pendingProvisional': '（待定：另有 {count} 项 {weight} 分待人工评分）',
  'cli.uncheckedProvisional': '（待定：{count} 项 {weight} 分沿用自评得分，未经核验）',
  'cli.budgetTables': '决算表 {count} 张',
  'cli.counts': '错误 {errors} · 警告 {warnings} · 提示 {infos}',
  'cli.noTables': '未找到指标表或决算表',
  'cli.noWorkbooks': '{inputs} 中没有找到 .xlsx 工作簿',
  'cli.interrupted': '已停止：{done} 个工作簿已处理，{skipped} 个未开始',
  'cli.interruptedWorkbook': '未评分：运行已按要求停止（Ctrl-C）',
  'cli.stopping': '正在停止：写完当前工作簿后停止（再按一次 Ctrl-C 立即退出）',
  'cli.stage.read': '读取中…',
  'cli.stage.analyse': '计算中…',
  'cli.stage.write': '写出中…',
};
