/** The words of benchmark.ts: a target and an actual compared with a benchmark named in words. */
import { LAST_YEAR } from './actualWords';

/**
 * Words comparing with a benchmark named in words (`不高于全省平均水平`, `低于全省平均水平`): what a target
 * asks of it, and where an actual stands to it. Longest first within each list.
 */
export const BENCHMARK_ASKS: readonly (readonly [string, '<' | '<=' | '>=' | '>'])[] = [
  ['不高于', '<='],
  ['不超过', '<='],
  ['不大于', '<='],
  ['不低于', '>='],
  ['不少于', '>='],
  ['低于', '<'],
  ['高于', '>'],
];
export const BENCHMARK_STANDS: readonly (readonly [string, '<' | '=' | '>'])[] = [
  ['低于', '<'],
  ['小于', '<'],
  ['少于', '<'],
  ['高于', '>'],
  ['超过', '>'],
  ['大于', '>'],
  ['多于', '>'],
  ['持平', '='],
  ['等于', '='],
];
/** `与全省平均水平持平`: the benchmark between these, where it stands after the second. */
export const BENCHMARK_WITH = '与';
/** `结算价较合同价审减4.2%`: a change from the benchmark after 较, and which side it leaves the actual on. */
export const BENCHMARK_FROM = '较';
export const BENCHMARK_CHANGES: readonly (readonly [string, '<' | '>'])[] = [
  ...[...LAST_YEAR.down, '审减', '节省'].map((w) => [w, '<'] as const),
  ...[...LAST_YEAR.up, '超出'].map((w) => [w, '>'] as const),
];
/** Words before where an actual stands (`均低于`, `实际低于`) that add nothing. */
export const BENCHMARK_LEADS: readonly string[] = ['实际', '均', '仍', '已'];
