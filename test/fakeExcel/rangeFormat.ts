/** Merged areas (RangeAreas) and `Range.format` (fill, font, wrap, widths) over the fake workbook. */
import { formatAddress, type Rect } from './address';
import { jsonBytes, type FakeContext } from './context';
import { CODES, FakeOfficeError } from './errors';
import type { FakeCell, FakeSheet } from './model';
import { ClientObject } from './proxy';
import { assertWritable, forEachCell, uniform } from './gridOps';
import type { RangeProxy } from './range';

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
    if (!/^#[0-9A-Fa-f]{6}$/.test(hex))
      throw new FakeOfficeError(CODES.invalidArgument, `Bad colour ${hex}.`);
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
