/**
 * Names the add-in gives to what it owns in a workbook. Fixed across languages, so a file
 * scored in zh-CN and re-scored in en still finds its own outputs. Lexicon data.
 */
export const RESULTS_SHEET = '评价结果';
/** Very hidden: the ledger of every cell the add-in wrote, and the workbook's settings. */
export const STATE_SHEET = '_绩效评价状态';
/** First cell of the state sheet: identifies the format. */
export const STATE_MAGIC = 'perf-eval-state/v1';
