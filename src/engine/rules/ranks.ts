/**
 * Ranks, where a smaller number is better. In a rule text the places are rewritten as levels of
 * the rules' own unit (RANK.unit), which the condition reader then reads like any other level:
 * `前3名` (`排名进入前3名`) → `≤3名次`, `第4-6名` → `4名次(含)-6名次(含)`, `第7名以后` → `7名次以上`,
 * `第2名` → `2名次(含)-2名次(含)`. Only where the words say rank (第, 前 with 名/位 or a rank verb):
 * `培训120名` counts people. In an actual, the one place its words name (`位列第5名（共12个县区）` → 5),
 * last year's left out.
 */
import { LAST_YEAR } from './actualWords';
import { RANK } from './lexicon';
import { CHINESE_DIGITS, CHINESE_MULTIPLIERS } from './units';
import { anyOf as alternatives, literal as escape } from '../grid/regexWords';
import { parseChineseNumeral } from '../grid/chineseNumerals';

/** Longest first, so `及以后` is taken whole before `以后`. */
const anyOf = (words: readonly string[]): string =>
  `(?:${alternatives([...words].sort((a, b) => b.length - a.length))})`;

const NUMERAL = `(\\d+|[${Object.keys({ ...CHINESE_DIGITS, ...CHINESE_MULTIPLIERS }).join('')}]+)`;
const MARK = `(?:${anyOf(RANK.marks)})`;
const VERB = anyOf(RANK.verbs);
const ORD = escape(RANK.ordinal);
const SPAN = new RegExp(
  `${VERB}?${ORD}?${NUMERAL}${MARK}?${anyOf(RANK.spans)}${ORD}?${NUMERAL}${MARK}`,
  'gu',
);
const AFTER = new RegExp(`${VERB}?${ORD}?${NUMERAL}${MARK}${anyOf(RANK.after)}`, 'gu');
const WITHIN = new RegExp(
  `(${VERB}${anyOf(RANK.enter)}?)?${escape(RANK.within)}${NUMERAL}(${MARK})?${anyOf(RANK.withinTails)}?`,
  'gu',
);
const PLACE = new RegExp(`${VERB}?${ORD}${NUMERAL}${MARK}`, 'gu');
/** Words that make a bare span or `N名以后` a rank: a place or a rank verb elsewhere in the text. */
const RANKED = new RegExp(`(?:${escape(RANK.within)}|${ORD})${NUMERAL}${MARK}|${VERB}`, 'u');

/** The value of a numeral, Arabic or Chinese (`三` → 3, `十二` → 12); null if it is neither. */
function numeral(text: string): number | null {
  const value = /^\d+$/.test(text) ? Number(text) : parseChineseNumeral(text);
  return value !== null && value > 0 ? value : null;
}

const at = (n: string): string => `${numeral(n) ?? n}${RANK.unit}`;
const span = (a: string, b: string): string => `${at(a)}(含)-${at(b)}(含)`;

/**
 * The places of a normalised rule text as levels in RANK.unit.
 * @example rankLevels('排名前3名得5分，第4-6名得3分，第7名以后不得分') // '≤3名次得5分，4名次(含)-6名次(含)得3分，7名次以上不得分'
 */
export function rankLevels(text: string): string {
  if (!RANKED.test(text)) return text;
  return text
    .replace(SPAN, (_, a: string, b: string) => span(a, b))
    .replace(AFTER, (_, n: string) => `${at(n)}以上`)
    .replace(WITHIN, (whole: string, verb: string | undefined, n: string, mark: string | undefined) =>
      verb || mark ? `≤${at(n)}` : whole,
    )
    .replace(PLACE, (_, n: string) => span(n, n));
}

const ACTUAL_PLACE = new RegExp(
  `(?:${ORD}${NUMERAL}(?:${MARK}|${escape(RANK.outOf)}\\d)|${VERB}${ORD}?${NUMERAL}(?!\\d))`,
  'gu',
);

/** `上年第7名`, `去年排名第7`: last year's place, beside this year's. */
const LAST_YEAR_PLACE = new RegExp(
  `${anyOf(LAST_YEAR.periods)}(?:${VERB})?${ORD}?${NUMERAL}(?:${MARK}|${escape(RANK.outOf)}\\d+)?`,
  'gu',
);

/**
 * The place an actual's words name, when they name one (`位列第5名（共12个县区）` → 5, `全市第7/9` → 7,
 * `全市第5名（上年第7名）` → 5); null for none, or for two different places this year.
 */
export function placeIn(text: string): number | null {
  const places = new Set<number>();
  const folded = text.normalize('NFKC').replace(/\s+/g, '').replace(LAST_YEAR_PLACE, '');
  for (const m of folded.matchAll(ACTUAL_PLACE)) {
    const n = numeral(m[1] ?? m[2] ?? '');
    if (n !== null) places.add(n);
  }
  return places.size === 1 ? [...places][0]! : null;
}
