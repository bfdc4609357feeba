/** `Excel.Worksheet`, its collection, protection, freeze panes, page layout and charts. */
import type { Rect } from './address';
import { clientResult, jsonBytes, type FakeClientResult, type FakeContext } from './context';
import { CODES, FakeOfficeError } from './errors';
import type { FakeSheet, Visibility } from './model';
import { CommentCollectionProxy, NoteCollectionProxy } from './notes';
import { ClientObject, CollectionObject } from './proxy';
import { ChartCollectionProxy, PageLayoutProxy, WorksheetProtectionProxy } from './worksheetParts';
import { RangeProxy, rangeOn } from './range';

type SheetResolver = () => FakeSheet | null;

export class WorksheetProxy extends ClientObject {
  private cached: FakeSheet | null | undefined;
  readonly protection: WorksheetProtectionProxy;
  readonly freezePanes: { freezeRows(count?: number): void };
  readonly charts: ChartCollectionProxy;
  readonly pageLayout: PageLayoutProxy;

  constructor(
    ctx: FakeContext,
    private readonly resolver: SheetResolver,
    orNull = false,
  ) {
    super(ctx);
    if (orNull) this.trackNull();
    this.protection = new WorksheetProtectionProxy(ctx, () => this.sheet());
    this.charts = new ChartCollectionProxy(ctx, () => this.sheet());
    this.pageLayout = new PageLayoutProxy(ctx, () => this.sheet());
    this.freezePanes = {
      freezeRows: (count = 1): void => {
        this.ctx.requireApi(7, 'WorksheetFreezePanes.freezeRows');
        this.command(20, () => (this.sheet().freezeRows = count));
      },
    };
  }

  sheet(): FakeSheet {
    const s = this.trySheet();
    if (!s) throw new FakeOfficeError(CODES.itemNotFound, 'The worksheet does not exist.');
    return s;
  }

  private trySheet(): FakeSheet | null {
    if (this.cached === undefined) this.cached = this.resolver();
    // a sheet deleted earlier in the batch is gone for later commands
    return this.cached && this.ctx.wb.sheets.includes(this.cached) ? this.cached : null;
  }

  protected override isMissing(): boolean {
    return this.trySheet() === null;
  }

  protected override defaultProperties(): string[] {
    return ['name', 'id', 'visibility', 'position'];
  }

  protected override navigation(name: string): ClientObject | undefined {
    return name === 'protection' ? this.protection : undefined;
  }

  protected read(name: string): unknown {
    const s = this.sheet();
    switch (name) {
      case 'name':
        return s.name;
      case 'id':
        return s.id;
      case 'visibility':
        return s.visibility;
      case 'position':
        return this.ctx.wb.sheets.indexOf(s);
      default:
        throw new FakeOfficeError(CODES.invalidArgument, `Worksheet has no property "${name}" in the fake.`);
    }
  }

  get name(): string {
    return this.loadedValue('name');
  }
  get id(): string {
    return this.loadedValue('id');
  }
  get position(): number {
    return this.loadedValue('position');
  }
  get visibility(): Visibility {
    return this.loadedValue('visibility');
  }
  set visibility(v: Visibility) {
    this.ctx.requireApi(2, 'Worksheet.visibility (set)');
    this.command(30, () => {
      const wb = this.ctx.wb;
      const s = this.sheet();
      if (wb.protected) throw new FakeOfficeError(CODES.accessDenied, 'The workbook structure is protected.');
      if (
        v !== 'Visible' &&
        s.visibility === 'Visible' &&
        wb.sheets.filter((x) => x.visibility === 'Visible').length === 1
      )
        throw new FakeOfficeError(CODES.invalidOperation, 'A workbook must keep one visible sheet.');
      s.visibility = v;
      if (v !== 'Visible' && wb.active === s)
        wb.active = wb.sheets.find((x) => x.visibility === 'Visible') ?? null;
    });
  }

  get notes(): NoteCollectionProxy {
    this.ctx.requireApi(18, 'Worksheet.notes');
    return new NoteCollectionProxy(this.ctx, () => [this.sheet()]);
  }

  get comments(): CommentCollectionProxy {
    this.ctx.requireApi(10, 'Worksheet.comments');
    return new CommentCollectionProxy(this.ctx, () => [this.sheet()]);
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, () => rangeOn(this.sheet(), address));
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): RangeProxy {
    this.ctx.requireApi(7, 'Worksheet.getRangeByIndexes');
    const rect: Rect = {
      top: startRow,
      left: startColumn,
      bottom: startRow + rowCount - 1,
      right: startColumn + columnCount - 1,
    };
    return new RangeProxy(this.ctx, () => ({ sheet: this.sheet(), rect }));
  }

  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const s = this.sheet();
      return { sheet: s, rect: s.usedRect(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    this.ctx.requireApi(4, 'Worksheet.getUsedRangeOrNullObject');
    return new RangeProxy(
      this.ctx,
      () => {
        const s = this.sheet();
        const rect = s.usedRect(valuesOnly);
        return rect ? { sheet: s, rect } : null;
      },
      true,
    );
  }

  activate(): void {
    this.command(20, () => {
      const s = this.sheet();
      if (s.visibility !== 'Visible')
        throw new FakeOfficeError(CODES.invalidOperation, 'Cannot activate a hidden sheet.');
      this.ctx.wb.active = s;
    });
  }

  delete(): void {
    this.command(20, () => {
      const wb = this.ctx.wb;
      const s = this.sheet();
      if (wb.protected) throw new FakeOfficeError(CODES.accessDenied, 'The workbook structure is protected.');
      if (s.visibility === 'VeryHidden')
        throw new FakeOfficeError(CODES.general, 'There was an internal error while processing the request.');
      if (s.visibility === 'Visible' && wb.sheets.filter((x) => x.visibility === 'Visible').length === 1)
        throw new FakeOfficeError(CODES.invalidOperation, 'A workbook must keep one visible sheet.');
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      if (wb.active === s) wb.active = wb.sheets.find((x) => x.visibility === 'Visible') ?? null;
      if (wb.selection?.sheet === s.name) wb.selection = null;
    });
  }
}

export class WorksheetCollectionProxy extends CollectionObject<WorksheetProxy> {
  protected createItems(): WorksheetProxy[] {
    return this.ctx.wb.sheets.map((s) => new WorksheetProxy(this.ctx, () => s));
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.find(key) ?? notFound(key));
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    this.ctx.requireApi(4, 'WorksheetCollection.getItemOrNullObject');
    return new WorksheetProxy(this.ctx, () => this.find(key) ?? null, true);
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.wb.active ?? notFound('(active)'));
  }

  getCount(): FakeClientResult<number> {
    return clientResult(this.ctx, 20, () => this.ctx.wb.sheets.length);
  }

  add(name?: string): WorksheetProxy {
    let created: FakeSheet | null = null;
    this.command(jsonBytes(name ?? ''), () => {
      const wb = this.ctx.wb;
      if (wb.protected) throw new FakeOfficeError(CODES.accessDenied, 'The workbook structure is protected.');
      const sheetName = name ?? `Sheet${wb.sheets.length + 1}`;
      if (wb.sheet(sheetName))
        throw new FakeOfficeError(CODES.itemExists, `A sheet named "${sheetName}" exists.`);
      created = wb.addSheet(sheetName);
    });
    return new WorksheetProxy(this.ctx, () => created ?? notFound(name ?? '(new)'));
  }

  private find(key: string): FakeSheet | undefined {
    return this.ctx.wb.sheet(key) ?? this.ctx.wb.sheets.find((s) => s.id === key);
  }
}

function notFound(name: string): never {
  throw new FakeOfficeError(CODES.itemNotFound, `No worksheet "${name}".`);
}
