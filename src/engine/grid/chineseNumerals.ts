/**
 * Chinese numerals as written in indicator tables: `三`, `十二`, `一百零五`, `两万`, `二〇二一`,
 * `叁拾`, `三点五`. The digit and unit tables below are lexicon data; the rest is logic.
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};

/** Units inside a 万-section. */
const SMALL_UNITS: Readonly<Record<string, number>> = {
  十: 10,
  拾: 10,
  百: 100,
  佰: 100,
  千: 1000,
  仟: 1000,
};

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
