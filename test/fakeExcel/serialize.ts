/**
 * SheetInput[] as JSON text and back, with dates and error values kept: for handing a fixture
 * read by the xlsx adapter (in Node) to a browser page that installs the fake.
 */
import type { CellValue, SheetInput } from '../../src/engine/grid/types';

export function serializeSheets(sheets: readonly SheetInput[]): string {
  // Date.prototype.toJSON runs before a replacer sees the value: tag dates first
  const tagged = sheets.map((s) => ({
    ...s,
    rows: s.rows.map((row) => row.map((v) => (v instanceof Date ? { $date: v.toISOString() } : v))),
  }));
  return JSON.stringify(tagged);
}

export function deserializeSheets(text: string): SheetInput[] {
  return JSON.parse(text, (_key, value: unknown) => {
    if (typeof value === 'object' && value !== null && '$date' in value && typeof value.$date === 'string')
      return new Date(value.$date) as CellValue;
    return value;
  }) as SheetInput[];
}
