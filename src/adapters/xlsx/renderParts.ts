/**
 * An exceljs workbook as its package parts in memory, without exceljs's zip step. exceljs 4.4
 * renders each part to a string and hands it to JSZip, which deflates in JavaScript and copies the
 * whole package several times over; we take the strings as they are rendered and zip them once
 * ourselves (saveWorkbook). This drives exceljs's own render steps, in the order of its
 * `XLSX.write`; should a later exceljs lack them, `writeBuffer` is used and its zip read back.
 */
import ExcelJS from 'exceljs';
import { forEachCell } from './cells';
import type { PartText } from './ooxml';
import { deflateRawAsync, ZipArchive, type ZipFile } from './zip';

/** Part name → content, in the order exceljs writes them. */
export class PackageParts implements PartText {
  private readonly parts = new Map<string, string | Buffer>();
  /** Parts already being deflated on the thread pool (`compressAhead`). */
  private readonly ahead = new Map<string, Promise<Buffer>>();

  set(name: string, data: string | Buffer): void {
    this.parts.set(name, data);
    this.ahead.delete(name);
  }

  /**
   * Starts deflating a part that will not change any more, on the thread pool: it compresses
   * while the main thread renders the next parts.
   */
  compressAhead(name: string): void {
    const data = this.bytes(name);
    this.parts.set(name, data);
    this.ahead.set(name, deflateRawAsync(data));
  }

  /** Every part with its deflated bytes (those not compressed ahead are deflated now, in parallel). */
  async zipFiles(): Promise<ZipFile[]> {
    const names = this.names();
    const data = names.map((name) => this.bytes(name));
    const deflated = await Promise.all(
      names.map((name, i) => this.ahead.get(name) ?? deflateRawAsync(data[i]!)),
    );
    return names.map((name, i) => ({ name, data: data[i]!, deflated: deflated[i]! }));
  }

  names(): string[] {
    return [...this.parts.keys()];
  }

  text(name: string): string | null {
    const data = this.parts.get(name);
    if (data === undefined) return null;
    return typeof data === 'string' ? data : data.toString('utf8');
  }

  bytes(name: string): Buffer {
    const data = this.parts.get(name);
    if (data === undefined) return Buffer.alloc(0);
    return typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  }
}

/** The stand-in for exceljs's ZipWriter: render steps only ever call `append`. */
interface PartSink {
  append(data: string | Buffer, options: { name: string; base64?: boolean }): void;
}

/**
 * The render steps of exceljs 4.4's XLSX class, in the order of its `write` (lib/xlsx/xlsx.js),
 * after `prepareModel`. Shared strings come after the worksheets whose cells fill them.
 */
const STEPS = [
  'addContentTypes',
  'addOfficeRels',
  'addWorkbookRels',
  'addWorksheets',
  'addSharedStrings',
  'addDrawings',
  'addTables',
  'addThemes',
  'addStyles',
  'addMedia',
  'addApp',
  'addCore',
  'addWorkbook',
] as const;

type XlsxRender = Record<(typeof STEPS)[number], (zip: PartSink, model: unknown) => Promise<void>> & {
  prepareModel(model: unknown, options: object): void;
};

function renderSteps(wb: ExcelJS.Workbook): XlsxRender | null {
  const xlsx = wb.xlsx as unknown as Record<string, unknown>;
  const all = ['prepareModel', ...STEPS];
  return all.every((step) => typeof xlsx[step] === 'function') ? (xlsx as unknown as XlsxRender) : null;
}

export interface RenderOptions {
  /**
   * Deflate parts on the thread pool as they are rendered (`PackageParts.zipFiles` collects them).
   * Worksheets with an internal link, and their relationships, are left for the caller to rewrite
   * first (saveWorkbook's `fixInternalLinks`).
   */
  readonly compressAhead?: boolean;
}

/** Every part of the package exceljs would write for `wb`. */
export async function renderParts(wb: ExcelJS.Workbook, options: RenderOptions = {}): Promise<PackageParts> {
  const restore = shareEmptyStyles(wb);
  const restoreJoin = cellCount(wb) >= BUFFERED_FROM_CELLS ? joinAsRendered() : (): void => undefined;
  try {
    const xlsx = renderSteps(wb);
    if (!xlsx) return partsOfZip(Buffer.from(await wb.xlsx.writeBuffer()));
    return await renderWith(xlsx, wb, options.compressAhead === true);
  } finally {
    restoreJoin();
    restore();
  }
}

/** exceljs 4.4's XML builder (lib/utils/xml-stream.js): what it keeps while a part renders. */
interface XmlBuilder {
  /** The pieces pushed so far; the builder only pushes, reads `length`, truncates and joins. */
  _xml: string[] | PieceBuffer;
  /** Open rollback marks (each holds a `length` of `_xml` it may truncate back to). */
  _rollbacks: readonly unknown[];
}

/** Pieces joined at a time: V8 joins a few thousand short strings far faster than millions. */
const JOIN_CHUNK = 4096;

/**
 * exceljs renders a part as millions of small strings (a 50k-row sheet: ten million), kept in one
 * array until the part is done and then joined at once. Kept that long, every piece is copied by
 * each young-generation collection it lives through and then promoted, and the single `join` of
 * millions runs at a third of the speed of joining a few thousand at a time. A PieceBuffer stands
 * in for that array: it joins every JOIN_CHUNK pieces as they come, so pieces die young. The text
 * is the same. Pieces are joined only while no rollback mark is open (exceljs rolls back a few
 * pieces of a node it decides to leave out), so truncation never reaches into joined text.
 */
export class PieceBuffer {
  private readonly joined: string[] = [];
  private joinedCount = 0;
  private tail: string[] = [];

  constructor(private readonly owner: XmlBuilder) {}

  get length(): number {
    return this.joinedCount + this.tail.length;
  }

  push(piece: string): number {
    const n = this.tail.push(piece);
    if (n >= JOIN_CHUNK && this.owner._rollbacks.length === 0) {
      this.joined.push(this.tail.join(''));
      this.joinedCount += n;
      this.tail = [];
    }
    return this.length;
  }

  /** Only ever a truncation (`splice(mark, length - mark)`), back to a mark within the tail. */
  splice(start: number, deleteCount: number): string[] {
    const from = start - this.joinedCount;
    if (from < 0 || start + deleteCount !== this.length) throw new Error('PieceBuffer: not a truncation');
    return this.tail.splice(from, deleteCount);
  }

  join(separator: string): string {
    if (separator !== '') throw new Error('PieceBuffer: pieces are joined without a separator');
    if (this.joined.length === 0) return this.tail.join('');
    return this.joined.join('') + this.tail.join('');
  }
}

/**
 * Workbooks from this many cells (rows × columns of the used ranges) render with PieceBuffers. A
 * smaller one gains nothing from them, and patching exceljs's builder costs it more than its
 * pieces do (V8 re-optimises the builder's code after the patch: ≈ 10 ms on the seed sample).
 */
const BUFFERED_FROM_CELLS = 50_000;

function cellCount(wb: ExcelJS.Workbook): number {
  return wb.worksheets.reduce((n, ws) => n + ws.rowCount * ws.columnCount, 0);
}

/** Renders under way with PieceBuffers, and the prototype's own `_xml` before the first (none). */
let bufferedRenders = 0;
let nativeSlot: PropertyDescriptor | undefined;

/**
 * For the render, every XML builder exceljs makes gets a PieceBuffer: the builder's constructor
 * assigns `this._xml = []`, which a setter on its prototype turns into an own PieceBuffer. Returns
 * what takes the setter away again (builders made before keep theirs). Without the builder module
 * (a later exceljs), nothing changes.
 */
function joinAsRendered(): () => void {
  const proto = xmlBuilderPrototype();
  if (!proto) return () => undefined;
  if (bufferedRenders === 0) {
    nativeSlot = Object.getOwnPropertyDescriptor(proto, '_xml');
    if (nativeSlot && !nativeSlot.configurable) return () => undefined;
    Object.defineProperty(proto, '_xml', {
      configurable: true,
      set(this: XmlBuilder, value: unknown) {
        const fresh = Array.isArray(value) && value.length === 0;
        Object.defineProperty(this, '_xml', {
          value: fresh ? new PieceBuffer(this) : value,
          writable: true,
          configurable: true,
          enumerable: true,
        });
      },
    });
  }
  bufferedRenders++;
  // renders may overlap (each awaits): the last one to finish takes the setter away
  return () => {
    if (--bufferedRenders > 0) return;
    if (nativeSlot) Object.defineProperty(proto, '_xml', nativeSlot);
    else delete (proto as { _xml?: unknown })._xml;
  };
}

function xmlBuilderPrototype(): object | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('exceljs/lib/utils/xml-stream.js') as { prototype: object }).prototype;
  } catch {
    return null;
  }
}

/** What the render steps read of the model: each worksheet's id and relationships. */
interface RenderModel {
  readonly worksheets?: readonly {
    readonly id: number;
    readonly rels?: readonly { readonly Target?: unknown }[];
  }[];
}

async function renderWith(
  xlsx: XlsxRender,
  wb: ExcelJS.Workbook,
  compressAhead: boolean,
): Promise<PackageParts> {
  const parts = new PackageParts();
  const { model } = wb as unknown as { model: RenderModel };
  xlsx.prepareModel(model, {});
  // relationships are prepared with the model: the sheets with internal links are known now
  const rewritten = new Set<string>();
  for (const ws of model.worksheets ?? []) {
    if (!ws.rels?.some((r) => typeof r.Target === 'string' && r.Target.startsWith('#'))) continue;
    rewritten.add(`xl/worksheets/sheet${ws.id}.xml`);
    rewritten.add(`xl/worksheets/_rels/sheet${ws.id}.xml.rels`);
  }
  const sink: PartSink = {
    append(data, options) {
      parts.set(options.name, options.base64 === true ? Buffer.from(String(data), 'base64') : data);
      if (compressAhead && !rewritten.has(options.name)) parts.compressAhead(options.name);
    },
  };
  for (const step of STEPS) await xlsx[step](sink, model);
  return parts;
}

/**
 * exceljs gives every unstyled cell its own empty style object, and its writer caches style ids
 * per object: each of them is serialised and looked up by its XML, a large share of the writing
 * time of a big sheet. For the render, cells with an empty style share one empty object per value
 * type (the writer's id for an empty style depends on the type: numbers and dates get a number
 * format); formula cells keep theirs (their type is their result's). Returns what puts every
 * cell's own object back, so the workbook is as it was after the render.
 */
function shareEmptyStyles(wb: ExcelJS.Workbook): () => void {
  const shared = new Map<ExcelJS.ValueType, Partial<ExcelJS.Style>>();
  // two parallel lists, not a pair object per cell: they live through the whole render
  const cells: ExcelJS.Cell[] = [];
  const styles: Partial<ExcelJS.Style>[] = [];
  for (const ws of wb.worksheets) {
    forEachCell(ws, (cell) => {
      const style = cell.style as Partial<ExcelJS.Style> | undefined;
      if (!style || cell.type === ExcelJS.ValueType.Formula || !isEmpty(style)) return;
      let one = shared.get(cell.type);
      if (!one) {
        one = {};
        shared.set(cell.type, one);
      }
      cells.push(cell);
      styles.push(style);
      cell.style = one;
    });
  }
  return () => {
    for (let i = 0; i < cells.length; i++) cells[i]!.style = styles[i]!;
  };
}

function isEmpty(style: object): boolean {
  for (const key in style) {
    if (Object.prototype.hasOwnProperty.call(style, key)) return false;
  }
  return true;
}

function partsOfZip(bytes: Buffer): PackageParts {
  const zip = ZipArchive.open(bytes);
  const parts = new PackageParts();
  for (const name of zip.names()) {
    if (!name.endsWith('/')) parts.set(name, zip.read(name) ?? Buffer.alloc(0));
  }
  return parts;
}
