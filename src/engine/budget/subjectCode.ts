/**
 * 功能分类科目编码: 类 3 digits, 款 5, 项 7 (211 → 21101 → 2110101). Codes come as one cell
 * (`2110101`, `211 01 01`) or split over 类 | 款 | 项 columns, where the 款 and 项 cells hold
 * either their own two digits or the full code, and a blank 类 repeats the row above. A 科目编码
 * caption merged over two or three columns with no 类 | 款 | 项 row under it is the same split.
 */
import type { LineLevel } from './types';

/** A code as digits only, at most nine. */
const PLAIN_CODE = /^\d{1,9}$/;

/** Digits of a code cell: `211 01 01` → `2110101`; null when the text is not a code. */
export function codeDigits(text: string): string | null {
  // most code cells are plain digits already, which NFKC and the separators leave alone
  if (PLAIN_CODE.test(text)) return text;
  const t = text.normalize('NFKC').replace(/[\s.\-_]/g, '');
  return PLAIN_CODE.test(t) ? t : null;
}

/** The level a code's length gives. */
export function levelOfCode(code: string): LineLevel {
  if (code.length === 3) return 'class';
  if (code.length === 5) return 'section';
  if (code.length === 7) return 'item';
  return 'other';
}

/** A name cell that starts with its code (`2110101 行政运行`), when the table has no code column. */
export function splitCodedName(text: string): { code: string; name: string } | null {
  const m = /^(\d{3}(?:\s?\d{2}){0,2})[\s、.．]+(\S.*)$/.exec(text.normalize('NFKC').trim());
  if (!m) return null;
  const code = codeDigits(m[1]!);
  return code ? { code, name: m[2]!.trim() } : null;
}

/** Carries the 类 / 款 of split-code rows down to rows that leave them blank. */
export class SplitCodeReader {
  private cls: string | null = null;
  private section: string | null = null;

  /**
   * @example new SplitCodeReader().read('211', '01', '01') === '2110101'
   */
  read(clsText: string, sectionText: string, itemText: string): string | null {
    const c = codeDigits(clsText);
    const s = codeDigits(sectionText);
    const i = codeDigits(itemText);
    if (c === null && s === null && i === null) return null;
    if (c !== null) {
      if (c !== this.cls) this.section = null;
      this.cls = c;
    }
    let sectionCode: string | null = null;
    if (s !== null) {
      sectionCode = s.length >= 5 ? s : this.cls !== null ? this.cls + s.padStart(2, '0') : null;
      this.section = sectionCode;
    }
    if (i !== null) {
      if (i.length >= 7) return i;
      const base = sectionCode ?? this.section;
      return base !== null ? base + i.padStart(2, '0') : null;
    }
    if (sectionCode !== null) return sectionCode;
    return c;
  }
}

/** The 类 | 款 | 项 columns of a split code. */
export interface SplitCodeColumns {
  readonly class: number;
  readonly section: number;
  readonly item?: number;
}

/** Where a header found the code: one 科目编码 column, or 类 | 款 | 项. */
interface CodeColumns {
  code?: number;
  class?: number;
  section?: number;
  item?: number;
}

/**
 * 科目编码 merged over 类 | 款 | 项 with no row naming them: when no 类 | 款 | 项 column was found, the
 * columns captioned as code (`codeCols`), side by side, replace the one code column as a split code.
 */
export function asSplitCode(found: CodeColumns, codeCols: readonly number[]): void {
  if (found.class !== undefined || found.section !== undefined || found.item !== undefined) return;
  const split = splitCodeColumns(codeCols);
  if (!split) return;
  delete found.code;
  Object.assign(found, split);
}

/**
 * The columns captioned as code columns (科目编码 merged over 类 | 款 | 项 with no row naming them),
 * read as a split code when there are two or three of them side by side; null otherwise (one
 * column, or code columns apart).
 * @example splitCodeColumns([0, 1, 2]) → { class: 0, section: 1, item: 2 }
 */
function splitCodeColumns(cols: readonly number[]): SplitCodeColumns | null {
  if (cols.length < 2 || cols.length > 3) return null;
  if (cols.some((c, i) => i > 0 && c !== cols[i - 1]! + 1)) return null;
  return { class: cols[0]!, section: cols[1]!, ...(cols[2] !== undefined ? { item: cols[2] } : {}) };
}

/** Whether `child` lies strictly under `parent` in the code hierarchy. */
export function isDescendant(child: string, parent: string): boolean {
  return child.length > parent.length && child.startsWith(parent);
}
