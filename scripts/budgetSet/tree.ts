/** Exact arithmetic in 0.01 万元 for generated sets: splitting a total, and coded-table trees. */
import { FUNCTIONAL } from './names';
import type { Amount, CodedRow } from './types';

export const yuan = (cents: number): number => cents / 100;
export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** `total` cents split by weights, exactly. */
export function distribute(total: number, weights: readonly number[]): number[] {
  const w = sum(weights);
  if (w === 0) return weights.map((_, i) => (i === 0 ? total : 0));
  const out = weights.map((x) => Math.floor((total * x) / w));
  const last = weights.map((x) => x > 0).lastIndexOf(true);
  out[last]! += total - sum(out);
  return out;
}

/** Lines of a coded table: 合计, then per 类 its 款 and 项, each the sum of its items. */
export function tree(
  items: readonly { code: string; values: number[] }[],
  width: number,
  nullCols: number[] = [],
): CodedRow[] {
  const add = (a: number[], b: readonly number[]): number[] => a.map((x, k) => x + (b[k] ?? 0));
  const zero = (): number[] => Array<number>(width).fill(0);
  const toRow = (code: string | null, name: string, v: readonly number[]): CodedRow => ({
    code,
    name,
    values: v.map((x, k): Amount => (nullCols.includes(k) ? null : yuan(x))),
  });
  const out: CodedRow[] = [
    toRow(
      null,
      '合计',
      items.reduce((acc, i) => add(acc, i.values), zero()),
    ),
  ];
  for (const cls of [...new Set(items.map((i) => i.code.slice(0, 3)))]) {
    const inClass = items.filter((i) => i.code.startsWith(cls));
    out.push(
      toRow(
        cls,
        FUNCTIONAL[cls]!,
        inClass.reduce((acc, i) => add(acc, i.values), zero()),
      ),
    );
    for (const sec of [...new Set(inClass.map((i) => i.code.slice(0, 5)))]) {
      const inSec = inClass.filter((i) => i.code.startsWith(sec));
      out.push(
        toRow(
          sec,
          FUNCTIONAL[sec]!,
          inSec.reduce((acc, i) => add(acc, i.values), zero()),
        ),
      );
      for (const i of inSec) out.push(toRow(i.code, FUNCTIONAL[i.code]!, i.values));
    }
  }
  return out;
}
