/**
 * How late, or how short, an actual written in words says it is (`迟报3天`, `少2个乡镇`,
 * `预算按时公开；决算公开比规定时限晚了一个月`), in a step's unit.
 */
import { CHINESE_NUMERAL_CLASS, parseChineseNumeral } from '../grid/chineseNumerals';
import type { Direction, Level } from './ast';
import { LATE_MARK, ON_TIME_WORDS, SHORT_WORDS, TIME_UNIT_SPELLINGS } from './actualWords';
import { BREAKS, NUMBER } from './clauseCounts';
import { DATE_IN_TEXT } from './sentenceWords';
import { displayValue, soleNumber, type EvalInput, type Quantity } from './measure';
import { LATE_WORDS } from './timeWords';

/**
 * How far off an actual written in words says it is, in the step's unit, clause by clause: a late
 * clause gives its figure (`迟报3天`, `晚了一个月`), an on-time one 0 (`按时`, `未超期`); `延迟10天` against
 * a step in 周 is 10/7. Null when no clause says either, or a late one gives no single figure in the
 * unit (`第三季度延迟至7月18日发放，其余按时`).
 */
function gapInWords(text: string, unit: string | null): number | null {
  let onTime = false;
  let gap: number | null = null;
  for (const clause of text.split(BREAKS)) {
    const said = timeliness(clause, SHORT_WORDS);
    if (said !== 'late') {
      onTime ||= said === 'onTime';
      continue;
    }
    const n = clauseGap(clause, unit);
    if (n === null) return null;
    gap = (gap ?? 0) + n;
  }
  return gap ?? (onTime ? 0 : null);
}

/**
 * What a clause says of time: late (a word of lateness, or 晚 not denied; `extra` words count too), on
 * time (`按时`, `未超期`: its 超期 does not count), or neither.
 */
function timeliness(clause: string, extra: readonly string[] = []): 'late' | 'onTime' | null {
  const rest = ON_TIME_WORDS.reduce((t, w) => t.split(w).join('，'), clause);
  if ([...LATE_WORDS, ...extra].some((w) => rest.includes(w)) || LATE_MARK.test(rest)) return 'late';
  return rest !== clause ? 'onTime' : null;
}

/**
 * How many clauses of an actual say their item was late (`预算于2023年2月10日公开；决算公开晚于规定时限5天`
 * → 1), for a rule counting late items; 0 when none is late and one says on time; null when no clause
 * says either, or a late clause counts events of its own (`逾期2次`: a count, not one item).
 */
export function lateClauseCount(text: string): number | null {
  let onTime = false;
  let late = 0;
  for (const clause of text.split(BREAKS)) {
    const said = timeliness(clause);
    if (said !== 'late') {
      onTime ||= said === 'onTime';
      continue;
    }
    // a figure left once the delay (5天, 一个月) and any date are taken out counts something else
    if (NUMBER.test(clause.replace(DATE_IN_TEXT, '').replace(DELAY_FIGURE, ''))) return null;
    late++;
  }
  return late > 0 || onTime ? late : null;
}

/** A delay in time (`5天`, `3个工作日`, `一个月`), taken out before a clause's other figures are looked for. */
const DELAY_FIGURE = new RegExp(
  `(?:\\d+(?:\\.\\d+)?|${CHINESE_NUMERAL_CLASS}+)个?(?:工作日|月|天|日|周|星期|季度|小时)`,
  'gu',
);

const NUMERAL_BEFORE_UNIT = new RegExp(
  `(${CHINESE_NUMERAL_CLASS}+)(?=个?(?:月|天|日|周|星期|季度|工作日|小时))`,
  'u',
);

/** A late clause's one figure (`3天`, `一个月`) in the step's unit, or null. */
function clauseGap(clause: string, unit: string | null): number | null {
  const numeral = NUMERAL_BEFORE_UNIT.exec(clause)?.[1];
  const n = soleNumber(clause) ?? (numeral === undefined ? null : parseChineseNumeral(numeral));
  if (n === null || unit === null) return n;
  if ((TIME_UNIT_SPELLINGS[unit] ?? [unit]).some((u) => clause.includes(u))) return n;
  return unit === '周' && TIME_UNIT_SPELLINGS['天']!.some((u) => clause.includes(u)) ? n / 7 : null;
}

/** A step's gap read from an actual written in words (`迟报3天`, `少2个乡镇`), or null. */
export function gapQuantity(input: EvalInput, step: Level, direction: Direction): Quantity | null {
  const a = input.actual;
  if ((a?.kind !== 'text' && a?.kind !== 'number') || step.percent) return null;
  const gap = gapInWords(a.text, step.unit);
  if (gap === null) return null;
  const params = { actual: displayValue(a), target: displayValue(input.target), basis: null };
  // measured from 0: above a limit by the gap, or below a target by it
  const actual = direction === '<=' ? gap : -gap;
  return { ok: true, kind: 'quantity', actual, target: 0, percent: false, viaRate: false, params };
}
