/**
 * Hostile files through the CLI (built by scripts/makeHostile.ts into a temporary folder). Each
 * refused file exits 2 with exactly one printable line on stderr, nothing on stdout, nothing from
 * exceljs on the console, quickly. Hostile *content* a real workbook may carry (control
 * characters, 32,767-character texts, formula-like text) is scored, not refused: the run ends in
 * time, the output opens, and no user text becomes a formula.
 */
import { mkdtempSync, readFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_CELLS,
  MAX_CELL_TEXT_CHARS,
  MAX_SHEET_NAME_CHARS,
  PACKAGE_LIMITS,
} from '../src/adapters/xlsx/loadWorkbook';
import { readWorkbook } from '../src/adapters/xlsx/readWorkbook';
import { ZipArchive } from '../src/adapters/xlsx/zip';
import { run } from '../src/cli/main';
import { analyzeWorkbook } from '../src/engine/analyzeWorkbook';
import { isFormulaValue } from '../src/engine/plan/types';
import { createMessages } from '../src/i18n';
import { INJECTIONS, writeHostileWorkbooks } from '../scripts/makeHostile';
import { Capture } from './support/cells';

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let dir: string;
let files: Record<string, string>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'perf-eval-hostile-'));
  files = await writeHostileWorkbooks(dir);
}, 60_000);

interface Outcome {
  readonly code: number;
  readonly out: string;
  readonly err: string;
  readonly ms: number;
  readonly console: string[];
}

async function score(args: string[]): Promise<Outcome> {
  const said: string[] = [];
  const spies = (['log', 'warn', 'error', 'info'] as const).map((m) =>
    jest.spyOn(console, m).mockImplementation((...a: unknown[]) => {
      said.push(a.map(String).join(' ').slice(0, 200));
    }),
  );
  const out = new Capture();
  const err = new Capture();
  const t = Date.now();
  try {
    const code = await run(args, out, err);
    return { code, out: out.text, err: err.text, ms: Date.now() - t, console: said };
  } finally {
    spies.forEach((s) => s.mockRestore());
  }
}

describe('the stated limits', () => {
  it('are the ones the README states', () => {
    expect(DEFAULT_MAX_BYTES).toBe(50 * 1024 * 1024);
    expect(DEFAULT_MAX_CELLS).toBe(2_000_000);
    expect(PACKAGE_LIMITS).toEqual({
      maxEntries: 10_000,
      maxPartBytes: 256 * 1024 * 1024,
      maxTotalBytes: 512 * 1024 * 1024,
      maxRatio: 100,
      ratioFloorBytes: 64 * 1024 * 1024,
    });
    expect([MAX_SHEET_NAME_CHARS, MAX_CELL_TEXT_CHARS]).toEqual([31, 32_767]);
  });
});

describe('the bombs are real', () => {
  const sheetOf = (name: string) =>
    ZipArchive.open(readFileSync(files[name]!))
      .list()
      .find((e) => e.name === 'xl/worksheets/sheet1.xml')!;

  it('declares 300 MiB, or 100 MiB from a small file, or lies (4 KiB declared)', () => {
    expect(sheetOf('zip-bomb-declared.xlsx').size).toBe(300 * 1024 * 1024);
    expect(sheetOf('zip-bomb-ratio.xlsx').size).toBe(100 * 1024 * 1024);
    expect(readFileSync(files['zip-bomb-ratio.xlsx']!).length).toBeLessThan(1024 * 1024);
    expect(sheetOf('zip-bomb-lying.xlsx').size).toBe(4096);
  });

  it('the lying one expands far beyond what it declares', () => {
    const bytes = readFileSync(files['zip-bomb-lying.xlsx']!);
    const e = sheetOf('zip-bomb-lying.xlsx');
    const start =
      e.localOffset + 30 + bytes.readUInt16LE(e.localOffset + 26) + bytes.readUInt16LE(e.localOffset + 28);
    const data = bytes.subarray(start, start + e.compressedSize);
    expect(() => inflateRawSync(data, { maxOutputLength: 8 * 1024 * 1024 })).toThrow(
      /Cannot create a Buffer|too large|maxOutputLength/i,
    );
  });
});

describe('hostile files are refused with exit 2 and one line, in the language of the run', () => {
  it.each([
    [
      'zip-bomb-declared.xlsx',
      /too large \(zip bomb: part xl\/worksheets\/sheet1\.xml expands to 300\.0 MiB, limit 256\.0 MiB\)/,
      /工作簿过大，未处理（疑似压缩炸弹：部件 xl\/worksheets\/sheet1\.xml 解压后 300\.0 MiB，上限 256\.0 MiB）/,
    ],
    [
      'zip-bomb-ratio.xlsx',
      /too large \(zip bomb: parts expand to 100\.0 MiB from a 0\.1 MiB file, more than 100 times\)/,
      /工作簿过大，未处理（疑似压缩炸弹：0\.1 MiB 的文件解压后 100\.0 MiB，超过 100 倍）/,
    ],
    [
      'zip-bomb-lying.xlsx',
      /too large \(zip bomb: part xl\/worksheets\/sheet1\.xml expands beyond its declared 4096 bytes\)/,
      /工作簿过大，未处理（疑似压缩炸弹：部件 xl\/worksheets\/sheet1\.xml 解压后超出其声明的 4096 字节）/,
    ],
    [
      'oversized-declared.xlsx',
      /too large \(sheet "Sheet1" has 17179869184 cells, limit 2000000\)/,
      /工作簿过大，未处理（工作表“Sheet1”声明了 17179869184 个单元格，上限 2000000 个）/,
    ],
    [
      'oversized-used.xlsx',
      /too large \(sheet "Sheet1" uses 17179869184 cells, limit 2000000\)/,
      /工作簿过大，未处理（工作表“Sheet1”使用了 17179869184 个单元格，上限 2000000 个）/,
    ],
    ['encrypted.xlsx', /password-protected \(encrypted\)/, /工作簿设有打开密码（已加密）/],
    [
      'sheetname-control.xlsx',
      /could not be read \(sheet name "Bad\\u001b\[31mName" holds control characters\)/,
      /无法读取工作簿（工作表名称“Bad\\u001b\[31mName”含控制字符）/,
    ],
    [
      'sheetname-32k.xlsx',
      /could not be read \(a sheet name of 32767 characters; Excel allows 31\)/,
      /无法读取工作簿（有一个工作表名称长 32767 个字符，Excel 最多允许 31 个）/,
    ],
    [
      'cell-40k.xlsx',
      /too large \(cell B2 of sheet "Sheet1" holds 40000 characters, Excel allows 32767\)/,
      /工作簿过大，未处理（工作表“Sheet1”的单元格 B2 有 40000 个字符，Excel 最多允许 32767 个）/,
    ],
  ])('%s', async (name, english, chinese) => {
    for (const [lang, reason] of [
      ['en', english],
      ['zh-CN', chinese],
    ] as const) {
      const r = await score([files[name]!, '--out', join(dir, 'out', name), '--lang', lang]);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(reason);
      expect(r.err.endsWith('\n')).toBe(true);
      expect(r.err.split('\n')).toHaveLength(2);
      expect(r.err).not.toMatch(UNPRINTABLE);
      expect(r.err.length).toBeLessThan(400);
      expect(r.console).toEqual([]);
      expect(r.ms).toBeLessThan(15_000);
    }
  });

  it('a refused file among good ones: the good ones are still scored, exit 2', async () => {
    const mixed = join(dir, 'mixed');
    mkdirSync(mixed);
    copyFileSync(files['zip-bomb-lying.xlsx']!, join(mixed, 'a-bomb.xlsx'));
    copyFileSync(join(__dirname, '..', 'samples', 'seed-department-2020.xlsx'), join(mixed, 'b-seed.xlsx'));
    const r = await score([mixed, '--out', join(dir, 'mixed-out')]);
    expect(r.code).toBe(2);
    expect(r.err.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.out).toMatch(/b-seed\.xlsx .*98\.00 优/);
  });
});

describe('hostile content a real workbook may carry is scored, not refused', () => {
  it('control characters and 32,767-character texts: scored in time, output opens, nothing unprintable printed', async () => {
    const out = join(dir, 'cells-hostile.scored.xlsx');
    const r = await score([files['cells-hostile.xlsx']!, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).not.toMatch(UNPRINTABLE);
    expect(r.console).toEqual([]);
    expect(r.ms).toBeLessThan(30_000);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    let longest = 0;
    back.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((c) => {
          longest = Math.max(longest, c.text.length);
        }),
      ),
    );
    // the 32,767-character texts survive, and nothing we wrote exceeds what Excel holds
    expect(longest).toBe(MAX_CELL_TEXT_CHARS);
  }, 60_000);

  it('formula injection: text starting with = + - @ stays text; the only formulas are the engine’s own', async () => {
    const input = files['formula-injection.xlsx']!;
    const out = join(dir, 'formula-injection.scored.xlsx');
    const r = await score([input, '--out', out]);
    expect(r.code).toBe(0);
    const plan = analyzeWorkbook(await readWorkbook(input), { messages: createMessages('zh-CN') }).plan;
    const planned = new Set(
      [...plan.edits.flatMap((e) => e.ops), ...plan.ownedSheets.flatMap((s) => s.ops)]
        .map((op) => op.value)
        .filter(isFormulaValue)
        .map((v) => v.formula),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const formulas: string[] = [];
    const injectedTexts: string[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((c) => {
          if (c.type === ExcelJS.ValueType.Formula) formulas.push(c.formula);
          else if (typeof c.value === 'string' && /^[=+\-@]/.test(c.value)) injectedTexts.push(c.value);
        }),
      ),
    );
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.filter((f) => !planned.has(f))).toEqual([]);
    expect(formulas.filter((f) => INJECTIONS.some((i) => f.includes(i.slice(1, 12))))).toEqual([]);
    // the payloads are still there, copied into the results sheet too, as plain text
    for (const payload of INJECTIONS) expect(injectedTexts).toContain(payload);
    // and no <f> element in the package holds any of them
    const zip = ZipArchive.open(readFileSync(out));
    for (const name of zip.names().filter((n) => n.startsWith('xl/worksheets/') && n.endsWith('.xml'))) {
      const fs = [...(zip.text(name) ?? '').matchAll(/<f(?:\s[^>]*)?>([^<]*)<\/f>/g)].map((m) => m[1] ?? '');
      expect(fs.filter((f) => /HYPERLINK|WEBSERVICE|cmd\|/.test(f))).toEqual([]);
    }
  }, 60_000);
});
