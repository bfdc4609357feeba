/**
 * SheetInput[] as JSON text and back, with dates and error values kept: for handing a fixture
 * read by the xlsx adapter (in Node) to a browser page that installs the fake.
 */
import type { CellValue, SheetInput } from '../../src/engine/grid/types';

export function serializeSheets(sheets: readonly SheetInput[]): string {
  return JSON.stringify(sheets, (_key, value: unknown) => (value instanceof Date ? { $date: value.toISOString() } : value));
}

export function deserializeSheets(text: string): SheetInput[] {
  // JSON.parse calls Date.prototype.toJSON before the replacer sees a Date; tagged objects come back here
  return JSON.parse(text, (_key, value: unknown) => {
    if (typeof value === 'object' && value !== null && '$date' in value && typeof value.$date === 'string')
      return new Date(value.$date) as CellValue;
    return value;
  }) as SheetInput[];
}
