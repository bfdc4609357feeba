/**
 * Clauses of a rule about a case the steps do not count, which only a reviewer can weigh when the
 * actual tells one:
 * - an exemption (`因上级部门通知暂停的场次不扣分`): which of a shortfall it spares (hunt117: the two
 *   suspended were deducted, the exemption dropped unread);
 * - an extra deduction (`被市级及以上媒体曝光的另扣2分`): the rule is read without it (hunt117: the whole
 *   rule was unreadable), and an actual telling such a case (not `未发生媒体曝光事件`) is left to them;
 * - points on top (`创建省级示范单位的加1分`), which the rule's steps leave out: an actual telling such a
 *   case (`新增省级示范单位2家`) gets them, up to the row's weight (hunt121: 3.5 where the rule gives 4);
 * - a halved deduction (`（当年整改到位的减半扣分）`): the rule is read without it (hunt121: unreadable), and an
 *   actual saying all was put right (`…，已整改`) has its deduction halved; one saying some was not, or
 *   nothing of it, is left to the reviewer when 整改 is named, else deducted in full.
 */
import { clausesOf } from './clauseCounts';
import { formatNumber, withParams } from './explain';
import { displayValue, type EvalInput } from './measure';
import { scored, unscoredEval, type Evaluation } from './scored';
import {
  BONUS_CLAUSE,
  EXEMPT_CLAUSE,
  EXTRA_DEDUCTION,
  HALVED_CLAUSE,
  NEGATION,
  RECTIFIED,
  TOLD_GENERIC,
} from './sentenceWords';
import { statesAbsence } from './verdictWords';

/**
 * `ev` with a case the actual tells weighed in: a bonus added, a deduction halved, an exemption or an
 * extra deduction left to the reviewer. Nothing to spare at full points, nothing to add to at 0.
 */
export function withCaseTold(ev: Evaluation, input: EvalInput): Evaluation {
  const a = input.actual;
  if (ev.score === null || (a?.kind !== 'text' && a?.kind !== 'number')) return ev;
  const told = caseTold(input.ruleText ?? '', a.text);
  if (told === null || ev.score === (told.kind === 'extra' ? 0 : input.weight)) return ev;
  const params = { actual: displayValue(a), target: displayValue(input.target), clause: told.clause };
  const base = formatNumber(ev.score);
  if (told.kind === 'halved') {
    const deducted = (input.weight - ev.score) / 2;
    const kept = withParams(params, { base, deducted: formatNumber(deducted) });
    return scored('rule.halvedTold', kept, input.weight - deducted, input.weight);
  }
  if (told.kind === 'bonus') {
    const bonus = told.points ?? 0;
    return scored('rule.bonusTold', withParams(params, { base, bonus }), ev.score + bonus, input.weight);
  }
  return unscoredEval({ key: told.kind === 'extra' ? 'rule.extraTold' : 'rule.exemptionTold', params });
}

type ToldCase = {
  readonly kind: 'exempt' | 'extra' | 'bonus' | 'halved' | 'halvedUnclear';
  readonly clause: string;
  /** The points on top, for a bonus. */
  readonly points?: number;
};

/** The clause of the rule a case of which the actual tells, or null. */
function caseTold(ruleText: string, actual: string): ToldCase | null {
  const exempt = EXEMPT_CLAUSE.exec(ruleText);
  if (exempt && tellingClause(exempt[1]!, actual) !== null)
    return { kind: 'exempt', clause: bare(exempt[0]) };
  const extra = EXTRA_ONE.exec(ruleText);
  const told = extra ? tellingClause(extra[1]!, actual) : null;
  if (extra && told !== null && !statesAbsence(told)) return { kind: 'extra', clause: bare(extra[0]) };
  const halved = HALVED_ONE.exec(ruleText);
  if (halved) {
    const clause = bare(halved[0]).replace(/^[（(]|[）)]$/gu, '');
    if (RECTIFIED.not.some((w) => actual.includes(w))) return { kind: 'halvedUnclear', clause };
    if (RECTIFIED.done.some((w) => actual.includes(w))) return { kind: 'halved', clause };
  }
  const bonus = BONUS_CLAUSE.exec(ruleText);
  const earned = bonus ? tellingClause(bonus[1]!, actual) : null;
  // (`未创建省级示范单位` tells the case did not happen)
  return bonus && earned !== null && !statesAbsence(earned) && !NEGATION.test(earned)
    ? { kind: 'bonus', clause: bare(bonus[0]), points: Number(bonus[2]) }
    : null;
}

/** The clause of the actual sharing a word of two characters at least with `core`, or null. */
function tellingClause(core: string, actual: string): string | null {
  const clauses = clausesOf(actual).map((c) => c.clause);
  for (let n = core.length; n >= 2; n--)
    for (let i = 0; i + n <= core.length; i++) {
      const word = core.slice(i, i + n);
      if (TOLD_GENERIC.includes(word)) continue;
      const clause = clauses.find((c) => c.includes(word));
      if (clause !== undefined) return clause;
    }
  return null;
}

/** The parser's global patterns, for one match here (a global pattern keeps its place between calls). */
const EXTRA_ONE = new RegExp(EXTRA_DEDUCTION.source, 'u');
const HALVED_ONE = new RegExp(HALVED_CLAUSE.source, 'u');

const bare = (clause: string): string => clause.replace(/^[，,；;。]/u, '');
