/** `Excel.Range` and its format objects over the fake workbook. */
import { formatAddress, parseAddress, type Rect } from './address';
import { clientResult, jsonBytes, type FakeClientResult, type FakeContext, type Stage } from './context';
import { CODES, FakeOfficeError } from './errors';
import { enterInput, outputFormula, outputValue } from './input';
import { MAX_COLS, MAX_ROWS, type FakeCell, type FakeLink, type FakeSheet } from './model';
import { ClientObject } from './proxy';

export interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly rect: Rect;
}

export type RangeResolver = () => RangeTarget | null;

const cellsOf = (r: Rect): number => (r.bottom - r.top + 1) * (r.right - r.left + 1);

export function assertWritable(sheet: FakeSheet): void {
  if (sheet.protected) throw new FakeOfficeError(CODES.accessDenied, `Sheet "${sheet.name}" is protected.`);
}

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
      const at = (i: number, j: number): unknown => (Array.isArray(v) ? (v[i] as unknown[] | undefined)?.[j] : v);
      if (Array.isArray(v) && (v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols)))
        throw new FakeOfficeError(CODES.invalidArgument, `A ${rows}×${cols} range needs a ${rows}×${cols} array.`);
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
        if (options.address) out.address = formatAddress(sheet.name, { top: r, left: c, bottom: r, right: c });
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
      if (sheet.merges.some((m) => m.top <= rect.bottom && m.bottom >= rect.top && m.left <= rect.right && m.right >= rect.left))
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
      this.ctx.wb.selection = { sheet: sheet.name, address: formatAddress(sheet.name, rect).split('!')[1] ?? '' };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.target();
      const rect = { ...t.rect, bottom: t.rect.bottom + deltaRows, right: Math.min(MAX_COLS - 1, t.rect.right + deltaColumns) };
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

export class RangeAreasProxy extends ClientObject {
  private cached: { sheet: FakeSheet; areas: Rect[] } | null | undefined;

  constructor(
    ctx: FakeContext,
    private readonly resolver: () => { sheet: FakeSheet; areas: Rect[] } | null,
  ) {
    super(ctx);
    this.trackNull();
  }

  private target(): { sheet: FakeSheet; areas: Rect[] } | null {
    if (this.cached === undefined) this.cached = this.resolver();
    return this.cached;
  }

  protected override isMissing(): boolean {
    return this.target() === null;
  }

  protected read(name: string): unknown {
    const t = this.target();
    if (!t) return null;
    if (name === 'areaCount') return t.areas.length;
    if (name === 'address') return t.areas.map((a) => formatAddress(t.sheet.name, a)).join(', ');
    throw new FakeOfficeError(CODES.invalidArgument, `RangeAreas has no property "${name}" in the fake.`);
  }

  get address(): string {
    return this.loadedValue('address');
  }
  get areaCount(): number {
    return this.loadedValue('areaCount');
  }
}

export class RangeFormatProxy extends ClientObject {
  readonly fill: RangeFillProxy;
  readonly font: RangeFontProxy;

  constructor(
    ctx: FakeContext,
    private readonly range: RangeProxy,
  ) {
    super(ctx);
    this.fill = new RangeFillProxy(ctx, range);
    this.font = new RangeFontProxy(ctx, range);
  }

  protected override navigation(name: string): ClientObject | undefined {
    return name === 'fill' ? this.fill : name === 'font' ? this.font : undefined;
  }

  protected read(name: string): unknown {
    const { sheet, rect } = this.range.target();
    if (name === 'wrapText') return uniform(sheet, rect, (c) => c?.wrap ?? false);
    if (name === 'columnWidth') return sheet.columnWidths.get(rect.left) ?? 48;
    if (name === 'verticalAlignment') return uniform(sheet, rect, (c) => c?.verticalAlignment ?? 'Bottom');
    throw new FakeOfficeError(CODES.invalidArgument, `RangeFormat has no property "${name}" in the fake.`);
  }

  get wrapText(): boolean | null {
    return this.loadedValue('wrapText');
  }
  set wrapText(v: boolean) {
    this.setCells(v, (cell) => (cell.wrap = v));
  }
  get verticalAlignment(): string | null {
    return this.loadedValue('verticalAlignment');
  }
  set verticalAlignment(v: string) {
    this.setCells(v, (cell) => (cell.verticalAlignment = v));
  }
  get columnWidth(): number {
    return this.loadedValue('columnWidth');
  }
  set columnWidth(points: number) {
    this.command(30, () => {
      const { sheet, rect } = this.range.target();
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, points);
    });
  }

  private setCells(v: unknown, apply: (cell: FakeCell) => void): void {
    this.command(jsonBytes(v), () => {
      const { sheet, rect } = this.range.target();
      assertWritable(sheet);
      forEachCell(rect, (r, c) => apply(sheet.ensure(r, c)));
    });
  }
}

export class RangeFillProxy extends ClientObject {
  constructor(
    ctx: FakeContext,
    private readonly range: RangeProxy,
  ) {
    super(ctx);
  }

  protected read(name: string): unknown {
    const { sheet, rect } = this.range.target();
    if (name === 'color') return uniform(sheet, rect, (c) => (c?.fill ? `#${c.fill.slice(2)}` : '#FFFFFF'));
    if (name === 'pattern') return uniform(sheet, rect, (c) => (c?.fill ? 'Solid' : 'None'));
    throw new FakeOfficeError(CODES.invalidArgument, `RangeFill has no property "${name}" in the fake.`);
  }

  get color(): string | null {
    return this.loadedValue('color');
  }
  set color(hex: string) {
    if (!/^#[0-9A-Fa-f]{6}$/.test(hex)) throw new FakeOfficeError(CODES.invalidArgument, `Bad colour ${hex}.`);
    this.command(20, () => {
      const { sheet, rect } = this.range.target();
      assertWritable(sheet);
      forEachCell(rect, (r, c) => (sheet.ensure(r, c).fill = `FF${hex.slice(1).toUpperCase()}`));
    });
  }

  clear(): void {
    this.command(20, () => {
      const { sheet, rect } = this.range.target();
      assertWritable(sheet);
      forEachCell(rect, (r, c) => {
        const cell = sheet.cell(r, c);
        if (cell) delete cell.fill;
      });
    });
  }
}

export class RangeFontProxy extends ClientObject {
  constructor(
    ctx: FakeContext,
    private readonly range: RangeProxy,
  ) {
    super(ctx);
  }

  protected read(name: string): unknown {
    const { sheet, rect } = this.range.target();
    if (name === 'bold') return uniform(sheet, rect, (c) => c?.bold ?? false);
    throw new FakeOfficeError(CODES.invalidArgument, `RangeFont has no property "${name}" in the fake.`);
  }

  get bold(): boolean | null {
    return this.loadedValue('bold');
  }
  set bold(v: boolean) {
    this.command(20, () => {
      const { sheet, rect } = this.range.target();
      assertWritable(sheet);
      forEachCell(rect, (r, c) => (sheet.ensure(r, c).bold = v));
    });
  }
}

function forEachCell(rect: Rect, f: (r: number, c: number) => void): void {
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) f(r, c);
}

function grid<T>(sheet: FakeSheet, rect: Rect, f: (cell: FakeCell | undefined, r: number, c: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: T[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(f(sheet.cell(r, c), r, c));
    out.push(row);
  }
  return out;
}

/** A format property over a range: its value when every cell agrees, else null (as Excel). */
function uniform<T>(sheet: FakeSheet, rect: Rect, f: (cell: FakeCell | undefined) => T): T | null {
  let first: T | undefined;
  let same = true;
  forEachCell(rect, (r, c) => {
    const v = f(sheet.cell(r, c));
    if (first === undefined) first = v;
    else if (v !== first) same = false;
  });
  return same ? (first ?? null) : null;
}

function valueType(cell: FakeCell | undefined): string {
  const v = cell?.value ?? null;
  if (v === null || v === '') return 'Empty';
  if (typeof v === 'object') return 'Error';
  return typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String';
}

/** A range on `sheet` by address, as `worksheet.getRange(address)` resolves it. */
export function rangeOn(sheet: FakeSheet, address: string | undefined): RangeTarget {
  if (address === undefined || address === '') return { sheet, rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 } };
  const parsed = parseAddress(address);
  if (!parsed) throw new FakeOfficeError(CODES.invalidArgument, `Bad address "${address}".`);
  return { sheet, rect: parsed.rect };
}
