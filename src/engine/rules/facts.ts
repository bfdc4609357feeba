/**
 * What the clause reader finds in a 评分标准 text: one fact per verb phrase (an award, a zero, a step,
 * a cap…), assembled into a rule by the parser.
 */
import type { Deduction, Direction, Level, Measure, Target } from './ast';
import type { Condition } from './conditions';
import type { StepMode } from '../settings';
import type { Token } from './lexer';

export type Fact =
  | { readonly f: 'committee' }
  | { readonly f: 'default' }
  | {
      readonly f: 'award';
      readonly cond: Condition;
      readonly points: number | null;
      /** `得一半分值`: a share of the weight (with `points` null). */
      readonly share?: number;
    }
  /**
   * `逾期1个月内扣2分`: so many points off the on-time clause's within a delay (a band of lateness,
   * not a step of it); only late bands read it.
   */
  | { readonly f: 'lateDeduct'; readonly cond: Condition; readonly amount: number }
  /** `occur`: the condition names an event (发生1起…不得分), not a level reached (至少1次). */
  | { readonly f: 'zero'; readonly cond: Condition; readonly occur?: true }
  | {
      readonly f: 'step';
      readonly direction: Direction;
      readonly step: Level;
      readonly deduction: Deduction;
      /** `90%以下每低5个百分点扣2分`: the level the steps start under, when the text states one. */
      readonly under?: Level;
    }
  /** `偏差`, `每偏离1个百分点`, `增长`: what the rule measures besides the actual itself. */
  | { readonly f: 'measure'; readonly measure: Measure }
  | {
      readonly f: 'occurrence';
      readonly event: 'incident' | 'unfinished' | 'leftUndone';
      readonly per: number;
      readonly unit: string;
      readonly deduction: Deduction;
    }
  /** `per`: so much per that many (每开展10场得0.5分), which no rule here holds: the text is declined. */
  | { readonly f: 'perItem'; readonly points: number; readonly per?: number }
  | { readonly f: 'total'; readonly points: number }
  | { readonly f: 'items'; readonly count: number }
  | { readonly f: 'cap'; readonly max: number | null }
  /** `满分为止`: points added up to the full points, so what came before is per item. */
  | { readonly f: 'upToFull' }
  | { readonly f: 'floor'; readonly points: number }
  | { readonly f: 'mode'; readonly mode: StepMode }
  | {
      readonly f: 'proportional';
      readonly scale: 'ratio' | 'interpolate';
      readonly range: { readonly lower: Level; readonly upper: Target } | null;
      readonly formula: boolean;
      /** `得分=执行率×10`: the points the formula multiplies by. */
      readonly points?: number;
      /** `按满意度×分值计算`: it multiplies by the indicator's own points. */
      readonly ofWeight?: true;
      /** What a formula divides by (`实际值/目标值`, `/90%`, `目标值/实际值`); none: 100%. */
      readonly ratio?: { readonly target: Target; readonly direction: Direction | null };
      /** `85%以下按比例得分`: the level the proportion applies under, when the text states one. */
      readonly under?: Level;
    }
  /** A 扣 or 得 phrase that is none of the known shapes: the rule cannot be scored safely. */
  | { readonly f: 'unread' };

export interface Match {
  readonly facts: readonly Fact[];
  /** Index just past what the match consumed. */
  readonly end: number;
}

export type Handler = (toks: readonly Token[], start: number, k: number) => Match | null;
