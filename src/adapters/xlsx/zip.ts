/**
 * The few zip operations the xlsx adapter needs beyond exceljs: list and read the parts of a
 * package (to sniff the file, pre-check sheet sizes and recover what exceljs drops) and write a
 * package back with fixed timestamps (so generated files are byte-for-byte reproducible).
 * Only plain zip (no zip64, no encryption): an .xlsx under the size limit never needs more.
 */
import { constants, crc32, deflateRaw, deflateRawSync, inflateRawSync } from 'node:zlib';
import { detailWords, type ZipLimit } from './errors';

export class ZipFormatError extends Error {
  constructor(detail: string) {
    super(`malformed zip: ${detail}`);
    this.name = 'ZipFormatError';
  }
}

/** A zip whose sizes break the package limits (a zip bomb, or a part too large to read safely). */
export class ZipLimitError extends Error {
  constructor(readonly limit: ZipLimit) {
    super(detailWords('en', limit));
    this.name = 'ZipLimitError';
  }
}

/** Limits on what a package may expand to; checked on the declared sizes before inflating. */
export interface PackageLimits {
  /** Entries in the central directory. */
  readonly maxEntries: number;
  /** Uncompressed bytes of any one part. */
  readonly maxPartBytes: number;
  /** Uncompressed bytes of all parts together. */
  readonly maxTotalBytes: number;
  /** Above `ratioFloorBytes` in all, uncompressed bytes may be at most this many times the file. */
  readonly maxRatio: number;
  readonly ratioFloorBytes: number;
}

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  /** General-purpose flags; bit 0 marks an encrypted entry. */
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const EOCD_SIG = 0x06054b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;

/** True when the bytes start like a zip archive (local header or an empty archive). */
export function looksLikeZip(buf: Buffer): boolean {
  return buf.length >= 4 && (buf.readUInt32LE(0) === LOCAL_SIG || buf.readUInt32LE(0) === EOCD_SIG);
}

export class ZipArchive {
  /** Parts already inflated by `verify`, so later reads do not inflate them again. */
  private readonly inflated = new Map<string, Buffer>();

  private constructor(
    private readonly buf: Buffer,
    private readonly entries: ReadonlyMap<string, ZipEntry>,
    /** Every central-directory record, duplicates included. */
    private readonly records: readonly ZipEntry[],
  ) {}

  /** Parses the central directory; throws ZipFormatError when there is none. */
  static open(buf: Buffer): ZipArchive {
    const eocd = findEndOfCentralDirectory(buf);
    const count = buf.readUInt16LE(eocd + 10);
    let pos = buf.readUInt32LE(eocd + 16);
    if (count === 0xffff || pos === 0xffffffff) throw new ZipFormatError('zip64 is not supported');
    const entries = new Map<string, ZipEntry>();
    const records: ZipEntry[] = [];
    for (let i = 0; i < count; i++) {
      if (pos + 46 > buf.length || buf.readUInt32LE(pos) !== CENTRAL_SIG) {
        throw new ZipFormatError('bad central directory');
      }
      const nameLength = buf.readUInt16LE(pos + 28);
      const extraLength = buf.readUInt16LE(pos + 30);
      const commentLength = buf.readUInt16LE(pos + 32);
      const name = buf.toString('utf8', pos + 46, pos + 46 + nameLength);
      const entry: ZipEntry = {
        name,
        method: buf.readUInt16LE(pos + 10),
        flags: buf.readUInt16LE(pos + 8),
        compressedSize: buf.readUInt32LE(pos + 20),
        size: buf.readUInt32LE(pos + 24),
        localOffset: buf.readUInt32LE(pos + 42),
      };
      entries.set(name, entry);
      records.push(entry);
      pos += 46 + nameLength + extraLength + commentLength;
    }
    return new ZipArchive(buf, entries, records);
  }

  /** Every entry of the central directory, duplicates included. */
  list(): readonly ZipEntry[] {
    return this.records;
  }

  /**
   * Checks the package against `limits` on its declared sizes first (nothing is inflated when
   * they are exceeded), then inflates every part at most to its declared size, so a part that
   * claims to be small but expands further (a lying zip bomb) is caught after that many bytes.
   * Throws ZipLimitError for a bomb or an oversized package, ZipFormatError for a damaged one.
   */
  verify(limits: PackageLimits): void {
    if (this.records.length > limits.maxEntries) {
      throw new ZipLimitError({ kind: 'zipParts', parts: this.records.length, limit: limits.maxEntries });
    }
    if (this.entries.size !== this.records.length) throw new ZipFormatError('duplicate part names');
    let total = 0;
    for (const e of this.records) {
      if (e.size > limits.maxPartBytes) {
        throw new ZipLimitError({
          kind: 'zipPart',
          part: e.name,
          mib: mib(e.size),
          limitMib: mib(limits.maxPartBytes),
        });
      }
      total += e.size;
    }
    if (total > limits.maxTotalBytes) {
      throw new ZipLimitError({ kind: 'zipTotal', mib: mib(total), limitMib: mib(limits.maxTotalBytes) });
    }
    if (total > limits.ratioFloorBytes && total > this.buf.length * limits.maxRatio) {
      throw new ZipLimitError({
        kind: 'zipRatio',
        mib: mib(total),
        fileMib: mib(this.buf.length),
        ratio: limits.maxRatio,
      });
    }
    for (const e of this.records) {
      if (e.name.endsWith('/') && e.size === 0) continue;
      this.inflated.set(e.name, this.inflate(e));
    }
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The whole part, or null when absent. */
  read(name: string): Buffer | null {
    const entry = this.entries.get(name);
    if (!entry) return null;
    const done = this.inflated.get(name);
    return done ? Buffer.from(done) : this.inflate(entry);
  }

  /** Inflates one entry, never past its declared size. */
  private inflate(entry: ZipEntry): Buffer {
    const data = this.rawData(entry);
    let out: Buffer;
    if (entry.method === 0) {
      out = Buffer.from(data);
    } else if (entry.method === 8) {
      try {
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
          throw new ZipLimitError({ kind: 'zipLying', part: entry.name, declared: entry.size });
        }
        throw new ZipFormatError(`bad compressed data in ${entry.name}`);
      }
    } else {
      throw new ZipFormatError(`unsupported compression method ${entry.method} in ${entry.name}`);
    }
    if (out.length !== entry.size) {
      throw new ZipFormatError(`${entry.name} holds ${out.length} bytes, not the declared ${entry.size}`);
    }
    return out;
  }

  text(name: string): string | null {
    return this.read(name)?.toString('utf8') ?? null;
  }

  /** The start of a part (from at most `compressedBytes` of its data), without inflating it all. */
  head(name: string, compressedBytes: number): string | null {
    const entry = this.entries.get(name);
    if (!entry) return null;
    const done = this.inflated.get(name);
    if (done) return done.toString('utf8', 0, Math.min(done.length, compressedBytes * 8));
    const data = this.rawData(entry).subarray(0, compressedBytes);
    if (entry.method === 0) return data.toString('utf8');
    // at most the whole part: a few compressed bytes of a bomb must not expand without bound
    const cap = Math.max(1, Math.min(entry.size, compressedBytes * 1032));
    try {
      return inflateRawSync(data, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: cap }).toString(
        'utf8',
      );
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new ZipLimitError({ kind: 'zipLying', part: entry.name, declared: entry.size });
      }
      throw e;
    }
  }

  private rawData(entry: ZipEntry): Buffer {
    const at = entry.localOffset;
    if (at + 30 > this.buf.length || this.buf.readUInt32LE(at) !== LOCAL_SIG) {
      throw new ZipFormatError(`bad local header for ${entry.name}`);
    }
    const start = at + 30 + this.buf.readUInt16LE(at + 26) + this.buf.readUInt16LE(at + 28);
    const end = start + entry.compressedSize;
    if (end > this.buf.length) throw new ZipFormatError(`truncated data for ${entry.name}`);
    return this.buf.subarray(start, end);
  }
}

/** Bytes as MiB with one decimal, for messages. */
function mib(n: number): string {
  return (n / 1024 / 1024).toFixed(1);
}

function findEndOfCentralDirectory(buf: Buffer): number {
  const lowest = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= lowest; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG) return i;
  }
  throw new ZipFormatError('no end of central directory');
}

export interface ZipFile {
  readonly name: string;
  readonly data: Buffer;
  /** `data` already deflated (raw, as `deflateRawSync` gives it): written as is. */
  readonly deflated?: Buffer;
}

/** `deflateRawSync` on libuv's thread pool: parts compress in parallel, beside the main thread. */
export function deflateRawAsync(data: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    deflateRaw(data, (error, out) => (error ? reject(error) : resolve(out)));
  });
}

/** 1980-01-01 00:00 in DOS format: every entry gets the same stamp, so output is reproducible. */
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;

/**
 * Writes a zip (deflate, UTF-8 names) in the given order; directories (`x/`) are stored empty.
 * `store`: every part uncompressed (a package only handed on in memory).
 */
export function writeZip(files: readonly ZipFile[], options: { readonly store?: boolean } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const isDir = file.name.endsWith('/');
    const method = isDir || options.store === true ? 0 : 8;
    const data = isDir
      ? Buffer.alloc(0)
      : method === 0
        ? file.data
        : (file.deflated ?? deflateRawSync(file.data));
    const crc = isDir ? 0 : crc32(file.data);
    const size = isDir ? 0 : file.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_SIG, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL_SIG, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    local.copy(central, 8, 6, 26);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(isDir ? 0x10 : 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD_SIG, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}
