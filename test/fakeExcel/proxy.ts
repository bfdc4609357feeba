/**
 * Proxy objects with Office's load/sync semantics: reading a property that was not loaded and
 * synced throws PropertyNotLoaded; `load('a,b/c,items/d')` queues a read that fills the proxy at
 * the next sync; setters and methods queue commands. Targets are resolved when the command runs.
 */
import { type FakeContext, type Stage, jsonBytes } from './context';
import { notLoaded } from './errors';

export type LoadSpec = string | string[] | Record<string, unknown> | undefined;

/** `'a, b/c'`, `['a']` or `{ a: true, b: { c: true } }` → `['a', 'b/c']`. */
export function loadPaths(spec: LoadSpec): string[] {
  if (spec === undefined) return [];
  if (typeof spec === 'string')
    return spec
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => loadPaths(s));
  const out: string[] = [];
  for (const [k, v] of Object.entries(spec)) {
    if (k === 'select' && typeof v === 'string') out.push(...loadPaths(v));
    else if (k.startsWith('$') || k === 'expand') continue;
    else if (v === true) out.push(k);
    else if (typeof v === 'object' && v !== null)
      out.push(...loadPaths(v as Record<string, unknown>).map((p) => `${k}/${p}`));
  }
  return out;
}

function groupPaths(paths: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const p of paths) {
    const [head = '', ...rest] = p.split('/');
    const list = groups.get(head) ?? [];
    if (rest.length > 0) list.push(rest.join('/'));
    groups.set(head, list);
  }
  return groups;
}

export abstract class ClientObject {
  private readonly loaded = new Map<string, unknown>();
  private nullFlag: boolean | undefined;

  constructor(protected readonly ctx: FakeContext) {}

  get context(): FakeContext {
    return this.ctx;
  }

  get isNullObject(): boolean {
    if (this.nullFlag === undefined) throw notLoaded('isNullObject');
    return this.nullFlag;
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    this.ctx.enqueue({ bytes: 40 + jsonBytes(paths), run: (stage) => this.collect(paths, stage) });
    return this;
  }

  /** Reads the requested paths now (at sync) and stages them; returns the response part. */
  collect(paths: readonly string[], stage: Stage): Record<string, unknown> {
    if (this.isMissing()) {
      stage.add(() => (this.nullFlag = true));
      return { _IsNull: true };
    }
    const wanted = paths.length > 0 ? paths : this.defaultProperties();
    const out: Record<string, unknown> = {};
    for (const [head, tails] of groupPaths(wanted)) {
      const nav = this.navigation(head);
      if (nav) {
        out[head] = nav.collect(tails, stage);
        continue;
      }
      const value = this.read(head, stage);
      stage.add(() => this.loaded.set(head, value));
      out[head] = value;
    }
    stage.add(() => (this.nullFlag ??= false));
    return out;
  }

  /** For *OrNullObject results: whether the target is missing, evaluated at sync. */
  protected trackNull(): void {
    this.ctx.enqueue({
      bytes: 30,
      run: (stage) => {
        const missing = this.isMissing();
        stage.add(() => (this.nullFlag = missing));
        return { _IsNull: missing };
      },
    });
  }

  protected isMissing(): boolean {
    return false;
  }

  /** Scalar properties loaded by a bare `load()`. */
  protected defaultProperties(): string[] {
    return [];
  }

  /** Reads one scalar property at sync time. */
  protected abstract read(name: string, stage: Stage): unknown;

  /** A navigation property (an object loadable through `a/b` paths). */
  protected navigation(_name: string): ClientObject | undefined {
    return undefined;
  }

  protected loadedValue<T>(name: string): T {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }

  /** Queues a command that changes the workbook. */
  protected command(bytes: number, apply: (stage: Stage) => void): void {
    this.ctx.enqueue({
      bytes,
      run: (stage) => {
        apply(stage);
        return undefined;
      },
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** A collection: `load('items/x')` (or `load('x')`) creates item proxies at sync. */
export abstract class CollectionObject<T extends ClientObject> extends ClientObject {
  private loadedItems: T[] | undefined;

  get items(): T[] {
    if (!this.loadedItems) throw notLoaded('items');
    return this.loadedItems;
  }

  override collect(paths: readonly string[], stage: Stage): Record<string, unknown> {
    const itemPaths = paths
      .map((p) => (p === 'items' ? '' : p.startsWith('items/') ? p.slice(6) : p))
      .filter(Boolean);
    const items = this.createItems();
    const out = items.map((item) => item.collect(itemPaths, stage));
    stage.add(() => (this.loadedItems = items));
    return { value: out };
  }

  protected read(_name: string): unknown {
    return undefined;
  }

  /** One proxy per current member, bound to it (called at sync). */
  protected abstract createItems(): T[];
}
