/**
 * Clauses of a rule about a case the steps do not count, which only a reviewer can weigh when the
 * actual tells one:
 * - an exemption (`因上级部门通知暂停的场次不扣分`): which of a shortfall it spares (hunt117: the two
 *   suspended were deducted, the exemption dropped unread);
 * - an extra deduction (`被市级及以上媒体曝光的另扣2分`): the rule is read without it (hunt117: the whole
 *   rule was unreadable), and an actual telling such a case (not `未发生媒体曝光事件`) is left to them.
 */
import { clausesOf } from './clauseCounts';
import { EXEMPT_CLAUSE, EXTRA_DEDUCTION, TOLD_GENERIC } from './sentenceWords';
import { statesAbsence } from './verdictWords';

export type ToldCase = { readonly kind: 'exempt' | 'extra'; readonly clause: string };

/** The clause of the rule a case of which the actual tells, or null. */
export function caseTold(ruleText: string, actual: string): ToldCase | null {
  const exempt = EXEMPT_CLAUSE.exec(ruleText);
  if (exempt && tellingClause(exempt[1]!, actual) !== null)
    return { kind: 'exempt', clause: bare(exempt[0]) };
  const extra = new RegExp(EXTRA_DEDUCTION.source, 'u').exec(ruleText);
  const told = extra ? tellingClause(extra[1]!, actual) : null;
  return extra && told !== null && !statesAbsence(told) ? { kind: 'extra', clause: bare(extra[0]) } : null;
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

const bare = (clause: string): string => clause.replace(/^[，,；;。]/u, '');
