import { cellText, type CellValue } from '../grid/types';

/**
 * Header text as compared with aliases: no whitespace, no bracketed unit or note
 * (`权重（分）`, `分值(10)`), full-width letters folded, `*` markers dropped.
 */
export function headerKey(v: CellValue): string {
  return cellText(v)
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/[（(【[][^）)】\]]*[）)】\]]/g, '')
    .replace(/[*＊:：]/g, '');
}

/**
 * The role whose alias matches `key` best: an exact alias first, then the longest alias the key
 * starts with (`得分情况` → 得分). Returns undefined when nothing matches.
 */
export function matchRole<R extends string>(
  key: string,
  aliases: Readonly<Record<R, readonly string[]>>,
): R | undefined {
  if (key === '') return undefined;
  let best: { role: R; len: number } | undefined;
  for (const role of Object.keys(aliases) as R[]) {
    for (const alias of aliases[role]) {
      if (key === alias) return role;
      if (key.startsWith(alias) && key.length <= alias.length + 4 && (!best || alias.length > best.len)) {
        best = { role, len: alias.length };
      }
    }
  }
  return best?.role;
}
