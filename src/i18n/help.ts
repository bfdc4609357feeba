/**
 * The pane's 帮助 panel in words. Imported only by src/taskpane/Help, which the pane loads when
 * 帮助 is first opened: the words are not in the page every user downloads.
 */
import type { Lang } from '../engine/settings';

export interface HelpWords {
  readonly heading: string;
  /** The steps of the panel, in order. */
  readonly steps: readonly string[];
}

export const HELP: Readonly<Record<Lang, HelpWords>> = {
  'zh-CN': {
    heading: '使用说明',
    steps: [
      '点击“计算得分”：按评分标准计算空白的得分，核对权重、佐证和决算表，把结果写回工作簿，并生成“评价结果”表。',
      '单元格颜色：浅红为错误，浅黄为警告，浅紫为佐证不足，浅蓝为系统计算；批注写明原因。',
      '您填写的得分默认保留；与计算结果不一致时标为浅黄并在批注中说明算法（可在“设置”中改为覆盖）。',
      '“撤销上次计算”恢复计算前的单元格；计算后您修改过的单元格保持不变。',
      '结果、撤销记录和设置都保存在工作簿中，通过邮件发送后仍可查看和撤销。',
      '未识别到表格时，可在“设置”中指定表头所在的行。',
    ],
  },
  en: {
    heading: 'How it works',
    steps: [
      'Click "Compute scores": blank scores are computed from the scoring rules, weights, evidence and budget tables are checked, the results are written back and the 评价结果 sheet is created.',
      'Cell colours: light red is an error, light amber a warning, light violet missing evidence, light blue computed by the add-in; the note says why.',
      'Scores you typed are kept by default; one that differs from the computed score is marked light amber with a note on how it was computed (the settings can make it overwrite).',
      '"Undo last compute" restores the cells as they were; cells you changed after the compute stay as you left them.',
      'The results, the undo record and the settings are kept in the workbook, so they travel with it by e-mail.',
      'When no table is found, choose the row of its header in the settings.',
    ],
  },
};
