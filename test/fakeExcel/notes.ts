/** Notes (ExcelApi 1.18) and comments (1.10), workbook- or sheet-scoped, over the fake workbook. */
import { parseAddress } from './address';
import { clientResult, jsonBytes, type FakeClientResult, type FakeContext } from './context';
import { CODES, FakeOfficeError } from './errors';
import { FakeSheet } from './model';
import { ClientObject, CollectionObject } from './proxy';
import { RangeProxy, assertWritable } from './range';

type Kind = 'notes' | 'comments';
interface Spot {
  readonly sheet: FakeSheet;
  readonly row: number;
  readonly col: number;
}

const textAt = (kind: Kind, s: Spot): string | undefined =>
  kind === 'notes' ? s.sheet.note(s.row, s.col) : s.sheet.comment(s.row, s.col);
const setText = (kind: Kind, s: Spot, text: string | null): void =>
  kind === 'notes' ? s.sheet.setNote(s.row, s.col, text) : s.sheet.setComment(s.row, s.col, text);

abstract class AnnotationCollection extends CollectionObject<AnnotationProxy> {
  constructor(
    ctx: FakeContext,
    private readonly scope: () => FakeSheet[],
    private readonly kind: Kind,
  ) {
    super(ctx);
  }

  /** Every note (comment) in scope: sheets in tab order, cells row by row. */
  protected spots(): Spot[] {
    return this.scope().flatMap((sheet) =>
      FakeSheet.positions(this.kind === 'notes' ? sheet.notes : sheet.comments)
        .sort((a, b) => a.row - b.row || a.col - b.col)
        .map((p) => ({ sheet, row: p.row, col: p.col })),
    );
  }

  protected createItems(): AnnotationProxy[] {
    return this.spots().map((s) => new AnnotationProxy(this.ctx, this.kind, () => s));
  }

  getCount(): FakeClientResult<number> {
    return clientResult(this.ctx, 20, () => this.spots().length);
  }

  getItemAt(index: number): AnnotationProxy {
    return new AnnotationProxy(this.ctx, this.kind, () => this.spots()[index] ?? missing(`#${index}`));
  }

  /** The cell a string or range names, on a sheet in scope. */
  protected spotOf(cell: string | RangeProxy): Spot {
    if (typeof cell !== 'string') {
      const { sheet, rect } = cell.target();
      if (rect.top !== rect.bottom || rect.left !== rect.right)
        throw new FakeOfficeError(CODES.invalidArgument, 'A note belongs to a single cell.');
      return { sheet, row: rect.top, col: rect.left };
    }
    const parsed = parseAddress(cell);
    const sheet = parsed?.sheet ? this.ctx.wb.sheet(parsed.sheet) : this.scope()[0];
    if (!parsed || !sheet || parsed.rect.top !== parsed.rect.bottom || parsed.rect.left !== parsed.rect.right)
      throw new FakeOfficeError(CODES.invalidArgument, `Bad cell address "${cell}".`);
    return { sheet, row: parsed.rect.top, col: parsed.rect.left };
  }

  protected byCell(cell: string | RangeProxy, orNull: boolean): AnnotationProxy {
    return new AnnotationProxy(
      this.ctx,
      this.kind,
      () => {
        const s = this.spotOf(cell);
        return textAt(this.kind, s) !== undefined
          ? s
          : orNull
            ? null
            : missing(typeof cell === 'string' ? cell : '(range)');
      },
      orNull,
    );
  }

  add(cell: string | RangeProxy, content: string): AnnotationProxy {
    let spot: Spot | null = null;
    this.command(jsonBytes(content) + 40, () => {
      const s = this.spotOf(cell);
      assertWritable(s.sheet);
      if (textAt(this.kind, s) !== undefined)
        throw new FakeOfficeError(
          CODES.invalidOperation,
          `The cell already has a ${this.kind === 'notes' ? 'note' : 'comment'}.`,
        );
      setText(this.kind, s, content);
      spot = s;
    });
    return new AnnotationProxy(this.ctx, this.kind, () => spot ?? missing('(new)'));
  }
}

export class NoteCollectionProxy extends AnnotationCollection {
  constructor(ctx: FakeContext, scope: () => FakeSheet[]) {
    super(ctx, scope, 'notes');
  }

  getItem(key: string): AnnotationProxy {
    return this.byCell(key, false);
  }

  getItemOrNullObject(key: string): AnnotationProxy {
    return this.byCell(key, true);
  }
}

export class CommentCollectionProxy extends AnnotationCollection {
  constructor(ctx: FakeContext, scope: () => FakeSheet[]) {
    super(ctx, scope, 'comments');
  }

  getItemByCell(cell: string | RangeProxy): AnnotationProxy {
    return this.byCell(cell, false);
  }
}

export class AnnotationProxy extends ClientObject {
  private cached: Spot | null | undefined;

  constructor(
    ctx: FakeContext,
    private readonly kind: Kind,
    private readonly resolver: () => Spot | null,
    orNull = false,
  ) {
    super(ctx);
    if (orNull) this.trackNull();
  }

  private spot(): Spot {
    if (this.cached === undefined) this.cached = this.resolver();
    if (!this.cached) return missing('(null object)');
    return this.cached;
  }

  protected override isMissing(): boolean {
    if (this.cached === undefined) this.cached = this.resolver();
    return this.cached === null;
  }

  protected override defaultProperties(): string[] {
    return ['content'];
  }

  protected read(name: string): unknown {
    if (name === 'content') return textAt(this.kind, this.spot()) ?? '';
    if (name === 'authorName') return 'Fake';
    throw new FakeOfficeError(
      CODES.invalidArgument,
      `A ${this.kind} item has no property "${name}" in the fake.`,
    );
  }

  get content(): string {
    return this.loadedValue('content');
  }
  set content(text: string) {
    this.command(jsonBytes(text), () => {
      const s = this.spot();
      assertWritable(s.sheet);
      if (textAt(this.kind, s) === undefined) missing('(deleted)');
      setText(this.kind, s, text);
    });
  }

  delete(): void {
    this.command(20, () => {
      const s = this.spot();
      assertWritable(s.sheet);
      setText(this.kind, s, null);
    });
  }

  getLocation(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const s = this.spot();
      return { sheet: s.sheet, rect: { top: s.row, left: s.col, bottom: s.row, right: s.col } };
    });
  }
}

function missing(what: string): never {
  throw new FakeOfficeError(CODES.itemNotFound, `No note or comment at ${what}.`);
}
