/**
 * Periods that missed, for a rule counting them (`每有1个月未达标扣1分`): `全年12个月中10个月达到Ⅳ类` is 2
 * months missed, `2个月未达标` is 2 (hunt86: the rule was unreadable, the row left to the reviewer).
 */
import { CHINESE_NUMERAL_CLASS, parseChineseNumeral } from '../grid/chineseNumerals';
import { TIME_UNIT_SPELLINGS } from './actualWords';
import { PERIOD_COUNT_WORD, PERIOD_MET_WORDS, PERIOD_MISS_WORDS } from './periodWords';

const FIGURE = `(\\d+|${CHINESE_NUMERAL_CLASS}+)`;

function figure(text: string): number | null {
  return /^\d+$/u.test(text) ? Number(text) : parseChineseNumeral(text);
}

/**
 * How many periods of `unit` (个月, 季度, 天) the text says missed, or null when it does not say.
 * @example periodsMissed('全年12个月中10个月达到Ⅳ类', '个月') === 2
 * @example periodsMissed('2个月未达标', '个月') === 2
 * @example periodsMissed('全年稳定达标', '个月') === 0
 */
export function periodsMissed(text: string, unit: string): number | null {
  const spelled = (TIME_UNIT_SPELLINGS[unit] ?? [unit]).join('|');
  const among = new RegExp(
    `${FIGURE}(?:${spelled})中(?:有)?${FIGURE}(?:${spelled})(?:均|已|都)?(?:${PERIOD_MET_WORDS})`,
    'u',
  ).exec(text);
  if (among) {
    const [all, met] = [figure(among[1]!), figure(among[2]!)];
    return all !== null && met !== null && met <= all ? all - met : null;
  }
  const missed = new RegExp(`${FIGURE}(?:${spelled})(?:未|没有|不)(?:${PERIOD_MET_WORDS})`, 'u').exec(text);
  if (missed) return figure(missed[1]!);
  // `全年稳定达标`: met, with no figure and no word of a miss, is none missed
  const met = new RegExp(PERIOD_MET_WORDS, 'u').test(text);
  return met && !/\d/u.test(text) && !PERIOD_MISS_WORDS.test(text) ? 0 : null;
}

/**
 * The periods a clause lists by their ordinals as met (`一、二、四季度达到序时进度，三季度未达到` → 3), for a
 * rule that gives points per period (`每季度达到序时进度得1分`, hunt107); null when no clause lists so.
 * @example periodsListedMet('一、二、四季度达到序时进度，三季度未达到', '季度') === 3
 */
export function periodsListedMet(text: string, unit: string): number | null {
  // by ordinal (`四季度` is the fourth), not by count (`四个季度` is four)
  const spelled = (TIME_UNIT_SPELLINGS[unit] ?? [unit])
    .filter((w) => !w.startsWith(PERIOD_COUNT_WORD))
    .join('|');
  const listed = new RegExp(
    `^(?:第)?(${FIGURE}(?:、(?:第)?${FIGURE})*)(?:${spelled})(?:均|都)?(?:${PERIOD_MET_WORDS})`,
    'u',
  );
  for (const clause of text.split(/[，,；;。]/u)) {
    const m = listed.exec(clause.trim());
    if (m && !PERIOD_MISS_WORDS.test(clause)) return m[1]!.split('、').length;
  }
  return null;
}
