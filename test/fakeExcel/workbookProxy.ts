/** `context.workbook`: worksheets, notes, comments, custom XML parts, protection, application. */
import { clientResult, jsonBytes, type FakeClientResult, type FakeContext } from './context';
import { CODES, FakeOfficeError } from './errors';
import type { CustomXmlRecord } from './model';
import { CommentCollectionProxy, NoteCollectionProxy } from './notes';
import { ClientObject, CollectionObject } from './proxy';
import { WorksheetCollectionProxy } from './worksheet';

export class WorkbookProxy extends ClientObject {
  readonly worksheets: WorksheetCollectionProxy;
  readonly protection: WorkbookProtectionProxy;
  readonly application: ApplicationProxy;

  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.protection = new WorkbookProtectionProxy(ctx);
    this.application = new ApplicationProxy(ctx);
  }

  protected override navigation(name: string): ClientObject | undefined {
    return name === 'protection' ? this.protection : undefined;
  }

  protected read(name: string): unknown {
    if (name === 'name') return 'Book1.xlsx';
    throw new FakeOfficeError(CODES.invalidArgument, `Workbook has no property "${name}" in the fake.`);
  }

  get notes(): NoteCollectionProxy {
    this.ctx.requireApi(18, 'Workbook.notes');
    return new NoteCollectionProxy(this.ctx, () => this.ctx.wb.sheets);
  }

  get comments(): CommentCollectionProxy {
    this.ctx.requireApi(10, 'Workbook.comments');
    return new CommentCollectionProxy(this.ctx, () => this.ctx.wb.sheets);
  }

  get customXmlParts(): CustomXmlPartCollectionProxy {
    this.ctx.requireApi(5, 'Workbook.customXmlParts');
    return new CustomXmlPartCollectionProxy(this.ctx, () => this.ctx.wb.customXmlParts);
  }
}

export class WorkbookProtectionProxy extends ClientObject {
  protected read(name: string): unknown {
    if (name === 'protected') return this.ctx.wb.protected;
    throw new FakeOfficeError(
      CODES.invalidArgument,
      `WorkbookProtection has no property "${name}" in the fake.`,
    );
  }

  get protected(): boolean {
    return this.loadedValue('protected');
  }
}

export class ApplicationProxy extends ClientObject {
  protected read(name: string): unknown {
    if (name === 'calculationMode') return 'Automatic';
    throw new FakeOfficeError(CODES.invalidArgument, `Application has no property "${name}" in the fake.`);
  }

  suspendApiCalculationUntilNextSync(): void {
    this.ctx.requireApi(6, 'Application.suspendApiCalculationUntilNextSync');
    this.command(20, () => this.ctx.wb.stats.suspendCalculation++);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.requireApi(9, 'Application.suspendScreenUpdatingUntilNextSync');
    this.command(20, () => this.ctx.wb.stats.suspendScreenUpdating++);
  }
}

/** The namespace of a part's root element (`<settings xmlns="urn:…">`). */
function namespaceOf(xml: string): string {
  return /<[A-Za-z_][\w.-]*(?::[\w.-]+)?\s[^>]*?xmlns(?::[\w.-]+)?="([^"]*)"/.exec(xml)?.[1] ?? '';
}

export class CustomXmlPartCollectionProxy extends CollectionObject<CustomXmlPartProxy> {
  constructor(
    ctx: FakeContext,
    private readonly parts: () => CustomXmlRecord[],
  ) {
    super(ctx);
  }

  protected createItems(): CustomXmlPartProxy[] {
    return this.parts().map((p) => new CustomXmlPartProxy(this.ctx, () => p));
  }

  getCount(): FakeClientResult<number> {
    return clientResult(this.ctx, 20, () => this.parts().length);
  }

  add(xml: string): CustomXmlPartProxy {
    let created: CustomXmlRecord | null = null;
    this.command(jsonBytes(xml), () => {
      created = { id: this.ctx.wb.newId('xml'), xml };
      this.ctx.wb.customXmlParts.push(created);
    });
    return new CustomXmlPartProxy(this.ctx, () => created);
  }

  getByNamespace(namespaceUri: string): CustomXmlPartCollectionProxy {
    return new CustomXmlPartCollectionProxy(this.ctx, () =>
      this.parts().filter((p) => namespaceOf(p.xml) === namespaceUri),
    );
  }

  getOnlyItemOrNullObject(): CustomXmlPartProxy {
    return new CustomXmlPartProxy(
      this.ctx,
      () => {
        const list = this.parts();
        if (list.length > 1) throw new FakeOfficeError(CODES.invalidOperation, 'More than one part.');
        return list[0] ?? null;
      },
      true,
    );
  }

  getItem(id: string): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.ctx, () => this.parts().find((p) => p.id === id) ?? null);
  }
}

export class CustomXmlPartProxy extends ClientObject {
  private cached: CustomXmlRecord | null | undefined;

  constructor(
    ctx: FakeContext,
    private readonly resolver: () => CustomXmlRecord | null,
    orNull = false,
  ) {
    super(ctx);
    if (orNull) this.trackNull();
  }

  private part(): CustomXmlRecord {
    if (this.cached === undefined) this.cached = this.resolver();
    if (!this.cached || !this.ctx.wb.customXmlParts.includes(this.cached))
      throw new FakeOfficeError(CODES.itemNotFound, 'No such custom XML part.');
    return this.cached;
  }

  protected override isMissing(): boolean {
    if (this.cached === undefined) this.cached = this.resolver();
    return this.cached === null;
  }

  protected override defaultProperties(): string[] {
    return ['id', 'namespaceUri'];
  }

  protected read(name: string): unknown {
    if (name === 'id') return this.part().id;
    if (name === 'namespaceUri') return namespaceOf(this.part().xml);
    throw new FakeOfficeError(CODES.invalidArgument, `CustomXmlPart has no property "${name}" in the fake.`);
  }

  get id(): string {
    return this.loadedValue('id');
  }

  getXml(): FakeClientResult<string> {
    return clientResult(this.ctx, 20, () => this.part().xml);
  }

  setXml(xml: string): void {
    this.command(jsonBytes(xml), () => (this.part().xml = xml));
  }

  delete(): void {
    this.command(20, () => {
      const list = this.ctx.wb.customXmlParts;
      list.splice(list.indexOf(this.part()), 1);
    });
  }
}
