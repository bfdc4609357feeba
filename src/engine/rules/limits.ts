/**
 * The clauses that bound a rule rather than score it: how far deductions go (扣完为止, 扣满N分为止),
 * the score they stop at (最低得N分), and how a part of a step counts (不足…按…计).
 */
import { isWord } from './conditions';
import type { Handler } from './facts';

/** `扣完为止`, `扣满15分为止`, `满分为止`: how far deductions go. */
export const onCap: Handler = (toks, _start, k) => {
  if (isWord(toks[k], 'capZero')) return { facts: [{ f: 'cap', max: null }], end: k + 1 };
  if (isWord(toks[k], 'capFull')) return { facts: [{ f: 'upToFull' }], end: k + 1 };
  const n = toks[k + 1];
  if (n?.t === 'num' && n.points) {
    const end = isWord(toks[k + 2], 'until') ? k + 3 : k + 2;
    return { facts: [{ f: 'cap', max: n.value }], end };
  }
  return { facts: [{ f: 'cap', max: null }], end: isWord(n, 'until') ? k + 2 : k + 1 };
};

/** `最低得6分`: the score steps stop at; anything else after 最低 is not read. */
export const onFloor: Handler = (toks, _start, k) => {
  const n = toks[k + 1];
  if (n?.t !== 'num' || !n.points || n.value < 0) return { facts: [{ f: 'unread' }], end: toks.length };
  return { facts: [{ f: 'floor', points: n.value }], end: k + 2 };
};

/** `不足2个百分点按2个百分点计` → partial; `…不扣分` → whole; `…按比例扣分` → proportional. */
export const onShort: Handler = (toks, _start, k) => {
  const rest = toks.slice(k + 1);
  const end = toks.length;
  if (rest.some((t) => isWord(t, 'ratio'))) return { facts: [{ f: 'mode', mode: 'proportional' }], end };
  if (rest.some((t) => isWord(t, 'noDeduct'))) return { facts: [{ f: 'mode', mode: 'whole' }], end };
  const by = rest.findIndex((t) => isWord(t, 'by'));
  // `按5日计`: a day count may be lexed as text (5日 reads like a date)
  if (
    by >= 0 &&
    rest.slice(by).some((t) => t.t === 'num' || (t.t === 'text' && /^\d/.test(t.text))) &&
    rest.slice(by).some((t) => isWord(t, 'award', 'countAs', 'deduct'))
  ) {
    return { facts: [{ f: 'mode', mode: 'partial' }], end };
  }
  return null;
};
