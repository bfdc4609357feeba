/**
 * Chinese numerals as written in indicator tables: `三`, `十二`, `一百零五`, `两万`, `二〇二一`,
 * `叁拾`, `三点五`. The digit and unit tables below are lexicon data; the rest is logic.
 */

/** Digits by value: index 0 is 零/〇, index 2 includes 两 and the financial 贰. */
const DIGIT_GROUPS = ['零〇', '一壹', '二贰两', '三叁', '四肆', '五伍', '六陆', '七柒', '八捌', '九玖'];
const DIGITS: Readonly<Record<string, number>> = Object.fromEntries(
  DIGIT_GROUPS.flatMap((group, value) => [...group].map((ch) => [ch, value] as const)),
);

/** Units inside a 万-section, with their financial forms. */
const SMALL_UNITS: Readonly<Record<string, number>> = Object.fromEntries(
  (
    [
      ['十拾', 10],
      ['百佰', 100],
      ['千仟', 1000],
    ] as const
  ).flatMap(([chars, value]) => [...chars].map((ch) => [ch, value] as const)),
);

/** Section units: 万 multiplies what precedes it inside the 亿-section; 亿 multiplies everything. */
const WAN = '万';
const YI = '亿';
const DECIMAL_POINT = '点';

/** Every character a Chinese numeral may contain; used to cut the numeral off a following unit. */
export const CHINESE_NUMERAL_CHARS: ReadonlySet<string> = new Set([
  ...Object.keys(DIGITS),
  ...Object.keys(SMALL_UNITS),
  WAN,
  YI,
  DECIMAL_POINT,
]);

/** Regex character classes for embedding numerals in larger patterns (dates). */
export const CHINESE_DIGIT_CLASS = `[${Object.keys(DIGITS).join('')}]`;
export const CHINESE_NUMERAL_CLASS = `[${Object.keys(DIGITS).join('')}${Object.keys(SMALL_UNITS).join('')}]`;
/** Digits, units and the section units 万 and 亿: a whole numeral such as `一亿三千二百万`. */
export const CHINESE_NUMBER_CLASS = `[${Object.keys(DIGITS).join('')}${Object.keys(SMALL_UNITS).join('')}${WAN}${YI}]`;

/** True when `ch` is a Chinese digit (not a unit such as 十 or 万). */
export function isChineseDigit(ch: string): boolean {
  return ch in DIGITS;
}

/** `二〇二一` → 2021: digits read positionally, no units. */
function parsePositional(chars: readonly string[]): number | null {
  let n = 0;
  for (const ch of chars) {
    const d = DIGITS[ch];
    if (d === undefined) return null;
    n = n * 10 + d;
  }
  return n;
}

/** `一百零五` → 105, `三亿五千万` → 350000000. Null when malformed (`三五`, `十十`). */
function parseWithUnits(chars: readonly string[]): number | null {
  let yiPart = 0;
  let wanPart = 0;
  let section = 0;
  let digit: number | null = null;
  let lastSmallUnit = Infinity;
  for (const ch of chars) {
    const d = DIGITS[ch];
    const unit = SMALL_UNITS[ch];
    if (d !== undefined) {
      // Two digits in a row only after 零 (`一百零五`); `三五` is a range, not a number.
      if (digit !== null && digit !== 0) return null;
      digit = d;
    } else if (unit !== undefined) {
      if (unit >= lastSmallUnit) return null;
      // A bare leading 十 means 一十 (`十二`); 零 before a unit (`零十`) is malformed.
      if (digit === 0) return null;
      section += (digit ?? 1) * unit;
      lastSmallUnit = unit;
      digit = null;
    } else if (ch === WAN) {
      if (wanPart !== 0) return null;
      wanPart = (section + (digit ?? 0)) * 1e4;
      if (wanPart === 0) return null;
      section = 0;
      digit = null;
      lastSmallUnit = Infinity;
    } else if (ch === YI) {
      if (yiPart !== 0) return null;
      yiPart = (wanPart + section + (digit ?? 0)) * 1e8;
      if (yiPart === 0) return null;
      wanPart = 0;
      section = 0;
      digit = null;
      lastSmallUnit = Infinity;
    } else {
      return null;
    }
  }
  return yiPart + wanPart + section + (digit ?? 0);
}

/**
 * Reads a Chinese numeral. Null when `text` is not entirely a numeral.
 * @example parseChineseNumeral('一百零五') === 105
 * @example parseChineseNumeral('两') === 2
 */
export function parseChineseNumeral(text: string): number | null {
  const [whole = '', fraction, extra] = text.split(DECIMAL_POINT);
  if (whole === '' || extra !== undefined) return null;
  const chars = [...whole];
  const hasUnit = chars.some((ch) => !isChineseDigit(ch));
  // Digits without units read positionally only from three on (`二〇二一`, `一九九八`): `三五` is
  // a range ("three to five"), not 35.
  const intPart = hasUnit
    ? parseWithUnits(chars)
    : chars.length === 1
      ? (DIGITS[whole] ?? null)
      : chars.length >= 3
        ? parsePositional(chars)
        : null;
  if (intPart === null) return null;
  if (fraction === undefined) return intPart;
  const fracChars = [...fraction];
  if (fracChars.length === 0 || !fracChars.every(isChineseDigit)) return null;
  const fracDigits = fracChars.map((ch) => String(DIGITS[ch] ?? 0)).join('');
  return Number(`${intPart}.${fracDigits}`);
}

/**
 * A numeral written with units (`一百六十八`, `一万二千`): a figure inside a sentence. Bare digits
 * (`三`, `二〇二三`) are left out, being as often part of a word (`第三方`) or a year.
 * @example countNumeral('一千零八十六') === 1086
 * @example countNumeral('三') === null
 */
export function countNumeral(text: string): number | null {
  return [...text].every(isChineseDigit) ? null : parseChineseNumeral(text);
}
