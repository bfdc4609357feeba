/** `Excel.Range` and its format objects over the fake workbook. */
import { formatAddress, parseAddress, type Rect } from './address';
import { clientResult, jsonBytes, type FakeClientResult, type FakeContext, type Stage } from './context';
import { CODES, FakeOfficeError } from './errors';
import { enterInput, outputFormula, outputValue } from './input';
import { MAX_COLS, MAX_ROWS, type FakeLink, type FakeSheet } from './model';
import { ClientObject } from './proxy';
import { RangeAreasProxy, RangeFormatProxy } from './rangeFormat';
import { assertWritable, forEachCell, grid, valueType } from './gridOps';

export { assertWritable } from './gridOps';

export interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly rect: Rect;
}

export type RangeResolver = () => RangeTarget | null;

const cellsOf = (r: Rect): number => (r.bottom - r.top + 1) * (r.right - r.left + 1);

export class RangeProxy extends ClientObject {
  private cached: RangeTarget | null | undefined;
  private formatProxy: RangeFormatProxy | undefined;

  constructor(
    ctx: FakeContext,
    private readonly resolver: RangeResolver,
    orNull = false,
  ) {
    super(ctx);
    if (orNull) this.trackNull();
  }

  /** The sheet and rectangle, resolved at the first command that needs them. */
  target(): RangeTarget {
    const t = this.tryTarget();
    if (!t) throw new FakeOfficeError(CODES.itemNotFound, 'The range does not exist.');
    return t;
  }

  tryTarget(): RangeTarget | null {
    if (this.cached === undefined) this.cached = this.resolver();
    return this.cached;
  }

  protected override isMissing(): boolean {
    return this.tryTarget() === null;
  }

  protected override defaultProperties(): string[] {
    return ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'values'];
  }

  protected read(name: string, stage: Stage): unknown {
    const { sheet, rect } = this.target();
    switch (name) {
      case 'address':
        return formatAddress(sheet.name, rect);
      case 'rowIndex':
        return rect.top;
      case 'columnIndex':
        return rect.left;
      case 'rowCount':
        return rect.bottom - rect.top + 1;
      case 'columnCount':
        return rect.right - rect.left + 1;
      case 'cellCount':
        return cellsOf(rect);
      case 'values':
        return stage.read(cellsOf(rect)) ? grid(sheet, rect, outputValue) : null;
      case 'formulas':
        return stage.read(cellsOf(rect)) ? grid(sheet, rect, outputFormula) : null;
      case 'numberFormat':
        return stage.read(cellsOf(rect)) ? grid(sheet, rect, (c) => c?.numFmt ?? 'General') : null;
      case 'valueTypes':
        return stage.read(cellsOf(rect)) ? grid(sheet, rect, valueType) : null;
      case 'hyperlink':
        return sheet.cell(rect.top, rect.left)?.link ?? null;
      default:
        throw new FakeOfficeError(CODES.invalidArgument, `Range has no property "${name}" in the fake.`);
    }
  }

  protected override navigation(name: string): ClientObject | undefined {
    return name === 'format' ? this.format : undefined;
  }

  get address(): string {
    return this.loadedValue('address');
  }
  get rowIndex(): number {
    return this.loadedValue('rowIndex');
  }
  get columnIndex(): number {
    return this.loadedValue('columnIndex');
  }
  get rowCount(): number {
    return this.loadedValue('rowCount');
  }
  get columnCount(): number {
    return this.loadedValue('columnCount');
  }
  get cellCount(): number {
    return this.loadedValue('cellCount');
  }
  get values(): unknown[][] {
    return this.loadedValue('values');
  }
  set values(v: unknown) {
    this.writeGrid(v, 'values');
  }
  get formulas(): unknown[][] {
    return this.loadedValue('formulas');
  }
  set formulas(v: unknown) {
    this.writeGrid(v, 'formulas');
  }
  get numberFormat(): unknown[][] {
    return this.loadedValue('numberFormat');
  }
  set numberFormat(v: unknown) {
    this.writeGrid(v, 'numberFormat');
  }
  get valueTypes(): string[][] {
    return this.loadedValue('valueTypes');
  }
  get hyperlink(): FakeLink | null {
    return this.loadedValue('hyperlink');
  }
  set hyperlink(link: FakeLink) {
    this.ctx.requireApi(7, 'Range.hyperlink');
    this.command(jsonBytes(link), () => {
      const { sheet, rect } = this.target();
      assertWritable(sheet);
      forEachCell(rect, (r, c) => {
        const cell = sheet.ensure(r, c);
        cell.link = { ...link };
        if (cell.value === null && cell.formula === undefined)
          cell.value = link.textToDisplay ?? link.address ?? link.documentReference ?? '';
      });
    });
  }

  get format(): RangeFormatProxy {
    this.formatProxy ??= new RangeFormatProxy(this.ctx, this);
    return this.formatProxy;
  }

  private writeGrid(v: unknown, kind: 'values' | 'formulas' | 'numberFormat'): void {
    this.command(jsonBytes(v), (stage) => {
      const { sheet, rect } = this.target();
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      const at = (i: number, j: number): unknown =>
        Array.isArray(v) ? (v[i] as unknown[] | undefined)?.[j] : v;
      if (
        Array.isArray(v) &&
        (v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols))
      )
        throw new FakeOfficeError(
          CODES.invalidArgument,
          `A ${rows}×${cols} range needs a ${rows}×${cols} array.`,
        );
      forEachCell(rect, (r, c) => {
        const input = at(r - rect.top, c - rect.left);
        if (input === null || input === undefined) return;
        assertWritable(sheet);
        if (kind === 'numberFormat') {
          const cell = sheet.ensure(r, c);
          if (input === '' || input === 'General') delete cell.numFmt;
          else cell.numFmt = typeof input === 'string' ? input : JSON.stringify(input);
          return;
        }
        const merge = sheet.mergeAt(r, c);
        if (merge && (merge.top !== r || merge.left !== c) && input !== '')
          throw new FakeOfficeError(CODES.invalidOperation, 'Cannot change part of a merged cell.');
        if (enterInput(sheet.ensure(r, c), input)) stage.markDirty(sheet, r, c);
      });
    });
  }

  /** Per-cell fill and hyperlink (ExcelApi 1.9). */
  getCellProperties(options: {
    format?: { fill?: { color?: boolean; pattern?: boolean } };
    hyperlink?: boolean;
    address?: boolean;
  }): FakeClientResult<Record<string, unknown>[][]> {
    this.ctx.requireApi(9, 'Range.getCellProperties');
    return clientResult(this.ctx, jsonBytes(options), (stage) => {
      const { sheet, rect } = this.target();
      stage.read(cellsOf(rect));
      return grid(sheet, rect, (cell, r, c) => {
        const out: Record<string, unknown> = {};
        if (options.address)
          out.address = formatAddress(sheet.name, { top: r, left: c, bottom: r, right: c });
        if (options.format?.fill) {
          const fill: Record<string, string> = {};
          if (options.format.fill.color) fill.color = cell?.fill ? `#${cell.fill.slice(2)}` : '#FFFFFF';
          if (options.format.fill.pattern) fill.pattern = cell?.fill ? 'Solid' : 'None';
          out.format = { fill };
        }
        if (options.hyperlink && cell?.link) out.hyperlink = { ...cell.link };
        return out;
      });
    });
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    this.ctx.requireApi(13, 'Range.getMergedAreasOrNullObject');
    return new RangeAreasProxy(this.ctx, () => {
      const { sheet, rect } = this.target();
      const areas = sheet.merges.filter(
        (m) => m.top <= rect.bottom && m.bottom >= rect.top && m.left <= rect.right && m.right >= rect.left,
      );
      return areas.length > 0 ? { sheet, areas } : null;
    });
  }

  merge(_across = false): void {
    this.command(40, () => {
      const { sheet, rect } = this.target();
      assertWritable(sheet);
      if (
        sheet.merges.some(
          (m) => m.top <= rect.bottom && m.bottom >= rect.top && m.left <= rect.right && m.right >= rect.left,
        )
      )
        throw new FakeOfficeError(CODES.invalidOperation, 'The range overlaps a merged cell.');
      forEachCell(rect, (r, c) => {
        if (r === rect.top && c === rect.left) return;
        const cell = sheet.cell(r, c);
        if (cell) {
          cell.value = null;
          delete cell.formula;
        }
      });
      sheet.merges.push({ ...rect });
    });
  }

  insert(shift: string): RangeProxy {
    this.command(40, () => {
      const { sheet, rect } = this.target();
      assertWritable(sheet);
      if (shift !== 'Right' || rect.top !== 0 || rect.bottom !== MAX_ROWS - 1)
        throw new FakeOfficeError(CODES.invalidArgument, 'The fake inserts whole columns only.');
      for (let c = rect.left; c <= rect.right; c++) sheet.insertColumn(rect.left);
    });
    return new RangeProxy(this.ctx, () => this.tryTarget());
  }

  select(): void {
    this.command(30, () => {
      const { sheet, rect } = this.target();
      if (sheet.visibility !== 'Visible')
        throw new FakeOfficeError(CODES.invalidOperation, 'Cannot select on a hidden sheet.');
      this.ctx.wb.active = sheet;
      this.ctx.wb.selection = {
        sheet: sheet.name,
        address: formatAddress(sheet.name, rect).split('!')[1] ?? '',
      };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.target();
      const rect = {
        ...t.rect,
        bottom: t.rect.bottom + deltaRows,
        right: Math.min(MAX_COLS - 1, t.rect.right + deltaColumns),
      };
      return { sheet: t.sheet, rect };
    });
  }

  getEntireColumn(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.target();
      return { sheet: t.sheet, rect: { ...t.rect, top: 0, bottom: MAX_ROWS - 1 } };
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.target();
      const r = t.rect.top + row;
      const c = t.rect.left + column;
      return { sheet: t.sheet, rect: { top: r, left: c, bottom: r, right: c } };
    });
  }
}

/** A range on `sheet` by address, as `worksheet.getRange(address)` resolves it. */
export function rangeOn(sheet: FakeSheet, address: string | undefined): RangeTarget {
  if (address === undefined || address === '')
    return { sheet, rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 } };
  const parsed = parseAddress(address);
  if (!parsed) throw new FakeOfficeError(CODES.invalidArgument, `Bad address "${address}".`);
  return { sheet, rect: parsed.rect };
}
