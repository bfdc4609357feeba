import type { NormalizedValue } from '../grid/value';
import { BRACKETED_REMARK } from '../rules/actualWords';
import { MONEY_FIGURE, SPEND_RATE_WORDS } from '../rules/sentenceWords';
import { UNITS } from '../rules/units';
import { shareOf } from './surveyCounts';

/** A rate target this high is an execution or control rate (≥95 %, ≤100 %), not a saving (≥5 %). */
const LEAST_EXECUTION_TARGET = 80;
/** Clauses hold one amount each: `全年支出13470万元/全年预算14532万元` is two (hunt97). */
const CLAUSE_BREAK = /[，；;。/／]|,(?!\d{3})/u;

interface Amount {
  readonly yuan: number;
  readonly label: string;
}

/**
 * `公用经费预算128.6万元，实际支出133.9万元` against `≤100%`: what was spent as a share of the budget
 * (104.12 %), shown with the amounts it comes from. Only against an execution-like rate target, for
 * a sentence of amounts that states no rate of its own (`…，执行率96.06%` is read as written), with
 * one amount spent and one budget (an adjusted one when the original is stated beside it). Anything
 * else is left as it is.
 */
export function spendRate(
  actual: NormalizedValue | null,
  target: NormalizedValue | null,
): NormalizedValue | null {
  if (actual?.kind !== 'text' || target?.kind !== 'number' || !target.percent) return actual;
  if (target.value < LEAST_EXECUTION_TARGET || /[%％]/u.test(actual.text)) return actual;
  const amounts = amountsOf(actual.text);
  if (amounts === null) return actual;
  const has = (a: Amount, words: readonly string[]): boolean => words.some((w) => a.label.includes(w));
  const spent = amounts.filter((a) => has(a, SPEND_RATE_WORDS.spent) && !has(a, SPEND_RATE_WORDS.budget));
  const budgets = amounts.filter((a) => has(a, SPEND_RATE_WORDS.budget) && !has(a, SPEND_RATE_WORDS.spent));
  const adjusted = budgets.filter((a) => has(a, SPEND_RATE_WORDS.adjusted));
  const budget =
    budgets.length === 1
      ? budgets[0]
      : budgets.length === 2 && adjusted.length === 1
        ? adjusted[0]
        : undefined;
  if (spent.length !== 1 || !budget || budget.yuan <= 0 || spent.length + budgets.length !== amounts.length)
    return actual;
  return shareOf(actual.text, spent[0]!.yuan, budget.yuan);
}

/** An amount of money matched by MONEY_FIGURE (`1,250万元`), in 元. */
export function yuanOf(m: RegExpMatchArray): number {
  return Number(m[1]!.replace(/,/g, '')) * UNITS[m[2]!]!.scale;
}

/** Each clause's one amount of money with the words before it; null when a clause holds two. */
function amountsOf(text: string): Amount[] | null {
  const out: Amount[] = [];
  for (const clause of text.replace(BRACKETED_REMARK, '').split(CLAUSE_BREAK)) {
    const found = [...clause.matchAll(MONEY_FIGURE)];
    if (found.length > 1) return null;
    const m = found[0];
    if (!m) continue;
    out.push({ yuan: yuanOf(m), label: clause.slice(0, m.index) });
  }
  return out;
}
