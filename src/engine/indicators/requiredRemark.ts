/**
 * `2022年11月3日报送（财政要求10月31日前报送）` against `2022年10月31日前`: a bracketed remark restating what
 * was required holds the second date, so the sentence read as words and the row was left to the
 * reviewer (hunt92). Against a date target, the sentence without such remarks is read; when it is a
 * date, that is the actual (its text kept as written).
 */
import { normalizeValue } from '../grid/normalize';
import type { NormalizedValue } from '../grid/value';
import { BRACKETED_REMARK, REQUIRED_REMARK_WORDS } from '../rules/actualWords';

export function withoutRequiredRemark(
  actual: NormalizedValue | null,
  target: NormalizedValue | null,
): NormalizedValue | null {
  if (actual?.kind !== 'text' || target?.kind !== 'date') return actual;
  const plain = actual.text.replace(BRACKETED_REMARK, (remark) =>
    REQUIRED_REMARK_WORDS.some((w) => remark.includes(w)) ? '' : remark,
  );
  if (plain === actual.text) return actual;
  const read = normalizeValue(plain);
  return read.kind === 'date' ? { ...read, text: actual.text } : actual;
}
