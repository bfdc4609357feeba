/**
 * Rule module: reads 评分标准 text into a small AST, prints it back, and scores it.
 * Everything here is pure and never throws on user text.
 */
import { defaultRuleNode, type Rule } from './ast';

export type { Rule } from './ast';
export type { EvalInput } from './measure';
export type { Evaluation } from './scored';
export { parseRule } from './parser';
export { printRule } from './printer';
export { fullPoints, needsActual, canProduce } from './produce';
export { evaluateRule } from './evaluate';

/** The 财预〔2020〕10号 default scoring, for rows without a 评分标准. */
export function defaultRule(): Rule {
  return defaultRuleNode();
}
