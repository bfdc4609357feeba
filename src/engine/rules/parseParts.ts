/** What the rule families' builders share: the result type and reading facts of one kind. */
import type { Direction, Rule, Target } from './ast';
import type { Fact } from './clauses';
import type { Condition } from './conditions';

export type ParseReason = 'empty' | 'committee' | 'unreadable' | 'ambiguous';
export interface ParseResult {
  readonly rule: Rule | null;
  readonly reason: ParseReason | null;
}

export type Pick<F extends Fact['f']> = Extract<Fact, { f: F }>;
export const of = <F extends Fact['f']>(facts: readonly Fact[], f: F): Pick<F>[] =>
  facts.filter((x): x is Pick<F> => x.f === f);

export const ok = (rule: Rule): ParseResult => ({ rule, reason: null });
export const fail = (reason: ParseReason): ParseResult => ({ rule: null, reason });

/** A condition as (target, direction): a stated level, or the table's target. */
export function targetOf(cond: Condition | undefined): { target: Target; direction: Direction | null } {
  if (cond?.c === 'bounds') {
    if (cond.lower) return { target: cond.lower.level, direction: '>=' };
    if (cond.upper) return { target: cond.upper.level, direction: '<=' };
  }
  if (cond?.c === 'target' || cond?.c === 'label') return { target: 'table', direction: cond.direction };
  return { target: 'table', direction: null };
}
