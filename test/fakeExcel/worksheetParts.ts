/** A worksheet's protection, page layout and charts over the fake workbook. */
import { formatRect } from './address';
import { jsonBytes, type FakeContext } from './context';
import { CODES, FakeOfficeError } from './errors';
import type { FakeChart, FakeSheet } from './model';
import { ClientObject } from './proxy';
import { assertWritable } from './gridOps';
import type { RangeProxy } from './range';

export class WorksheetProtectionProxy extends ClientObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
  }

  protected read(name: string): unknown {
    if (name === 'protected') return this.sheet().protected;
    throw new FakeOfficeError(
      CODES.invalidArgument,
      `WorksheetProtection has no property "${name}" in the fake.`,
    );
  }

  get protected(): boolean {
    return this.loadedValue('protected');
  }
}

export class PageLayoutProxy extends ClientObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
  }

  protected read(name: string): unknown {
    if (name === 'orientation') return this.sheet().orientation ?? 'Portrait';
    if (name === 'paperSize') return this.sheet().paperSize ?? 'Letter';
    throw new FakeOfficeError(CODES.invalidArgument, `PageLayout has no property "${name}" in the fake.`);
  }

  set orientation(v: string) {
    this.ctx.requireApi(9, 'PageLayout.orientation');
    this.command(30, () => (this.sheet().orientation = v));
  }
  set paperSize(v: string) {
    this.ctx.requireApi(9, 'PageLayout.paperSize');
    this.command(30, () => (this.sheet().paperSize = v));
  }
  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.ctx.requireApi(9, 'PageLayout.zoom');
    this.command(jsonBytes(v), () => (this.sheet().fitToPagesWide = v.horizontalFitToPages));
  }
}

export class ChartCollectionProxy extends ClientObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
  }

  protected read(name: string): unknown {
    if (name === 'count') return this.sheet().charts.length;
    throw new FakeOfficeError(
      CODES.invalidArgument,
      `ChartCollection has no property "${name}" in the fake.`,
    );
  }

  add(type: string, sourceData: RangeProxy, seriesBy = 'Auto'): ChartProxy {
    let chart: FakeChart | null = null;
    this.command(60, () => {
      const s = this.sheet();
      assertWritable(s);
      const source = sourceData.target();
      if (source.sheet !== s)
        throw new FakeOfficeError(CODES.invalidArgument, 'Chart data must be on the same sheet in the fake.');
      chart = { type, source: formatRect(source.rect), seriesBy, title: '', position: '' };
      s.charts.push(chart);
    });
    return new ChartProxy(this.ctx, () => {
      if (!chart) throw new FakeOfficeError(CODES.itemNotFound, 'The chart was not created.');
      return chart;
    });
  }
}

export class ChartProxy extends ClientObject {
  readonly title: ChartTitleProxy;

  constructor(
    ctx: FakeContext,
    private readonly chart: () => FakeChart,
  ) {
    super(ctx);
    this.title = new ChartTitleProxy(ctx, chart);
  }

  protected read(name: string): unknown {
    if (name === 'name') return this.chart().title;
    throw new FakeOfficeError(CODES.invalidArgument, `Chart has no property "${name}" in the fake.`);
  }

  setPosition(startCell: string | RangeProxy, endCell?: string | RangeProxy): void {
    const text = (c: string | RangeProxy | undefined): string =>
      c === undefined ? '' : typeof c === 'string' ? c : formatRect(c.target().rect);
    this.command(
      40,
      () => (this.chart().position = [text(startCell), text(endCell)].filter(Boolean).join(':')),
    );
  }
}

export class ChartTitleProxy extends ClientObject {
  constructor(
    ctx: FakeContext,
    private readonly chart: () => FakeChart,
  ) {
    super(ctx);
  }

  protected read(name: string): unknown {
    if (name === 'text') return this.chart().title;
    throw new FakeOfficeError(CODES.invalidArgument, `ChartTitle has no property "${name}" in the fake.`);
  }

  get text(): string {
    return this.loadedValue('text');
  }
  set text(v: string) {
    this.command(jsonBytes(v), () => (this.chart().title = v));
  }
}
