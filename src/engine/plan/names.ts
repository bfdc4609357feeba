/**
 * Names the add-in gives to what it owns in a workbook. Fixed across languages, so a file
 * scored in zh-CN and re-scored in en still finds its own outputs. Lexicon data.
 */
export const RESULTS_SHEET = '评价结果';
/** Very hidden: the ledger of every cell the add-in wrote, and the workbook's settings. */
export const STATE_SHEET = '_绩效评价状态';
/** First cell of the state sheet: identifies the format. */
export const STATE_MAGIC = 'perf-eval-state/v1';
/**
 * How a 评价结果 the add-in wrote is told from a sheet of the user's with the same name, when the
 * ledger does not list it: its title in A1 (either language) and its run time in the title row.
 */
export const RESULTS_TITLES: readonly string[] = ['评价结果', 'Evaluation results'];
export const RUN_AT_PREFIXES: readonly string[] = ['计算时间 ', 'Computed '];
