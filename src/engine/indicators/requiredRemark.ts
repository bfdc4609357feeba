/**
 * `2022年11月3日报送（财政要求10月31日前报送）` against `2022年10月31日前`: a bracketed remark restating what
 * was required holds the second date, so the sentence read as words and the row was left to the
 * reviewer (hunt92). Against a date or a figure, the sentence without such remarks is read; when it
 * is one of the same kind, that is the actual (its text kept as written).
 */
import { normalizeValue } from '../grid/normalize';
import type { NormalizedValue } from '../grid/value';
import { BRACKETED_REMARK, REQUIRED_REMARK_WORDS } from '../rules/actualWords';

export function withoutRequiredRemark(
  actual: NormalizedValue | null,
  target: NormalizedValue | null,
): NormalizedValue | null {
  if (actual?.kind !== 'text' || (target?.kind !== 'date' && target?.kind !== 'number')) return actual;
  const plain = actual.text.replace(BRACKETED_REMARK, (remark) =>
    REQUIRED_REMARK_WORDS.some((w) => remark.includes(w)) ? '' : remark,
  );
  if (plain === actual.text) return actual;
  const read = normalizeValue(plain);
  if (target.kind === 'date') return read.kind === 'date' ? { ...read, text: actual.text } : actual;
  // `建档率92.6%（目标90%）` against `≥90%`: the sentence without the target it restates, whose figure the
  // readers after this one would take in again (hunt113: the two figures read as a share, 81 %)
  return read.kind === 'number' || read.kind === 'text' ? read : actual;
}
