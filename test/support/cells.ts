import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { readWorkbook } from '../../src/adapters/xlsx/readWorkbook';
import { toA1 } from '../../src/engine/grid/address';
import type { SheetInput } from '../../src/engine/grid/types';

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Every non-empty cell of every sheet as `Sheet!A1 → {v, f, note, fill, fmt}`. */
export async function cellMap(path: string): Promise<Map<string, string>> {
  const sheets = await readWorkbook(path);
  const out = new Map<string, string>();
  for (const s of sheets) addSheet(out, s);
  return out;
}

function addSheet(out: Map<string, string>, s: SheetInput): void {
  const keys = new Set<string>([
    ...Object.keys(s.formulas ?? {}),
    ...Object.keys(s.notes ?? {}),
    ...Object.keys(s.styles ?? {}),
  ]);
  s.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== '') keys.add(toA1(r, c));
    }),
  );
  for (const a1 of keys) {
    const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
    let col = 0;
    for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
    const v = s.rows[Number(m[2]) - 1]?.[col - 1] ?? null;
    out.set(
      `${s.name}!${a1}`,
      JSON.stringify({
        v,
        f: s.formulas?.[a1],
        note: s.notes?.[a1],
        fill: s.styles?.[a1]?.fill,
        fmt: s.styles?.[a1]?.numFmt,
      }),
    );
  }
}

/** A writable that keeps what was written, with an isTTY flag. */
export class Capture extends Writable {
  text = '';
  isTTY = false;
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}
