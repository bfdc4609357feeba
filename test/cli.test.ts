import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeScoredCopy } from '../src/adapters/xlsx/applyPlan';
import { openWorkbook } from '../src/adapters/xlsx/readWorkbook';
import { run } from '../src/cli/main';
import { planSettings, storedSettings } from '../src/engine';
import { Capture, cellMap, sha256 } from './support/cells';

const SAMPLES = join(__dirname, '..', 'samples');

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'perf-eval-cli-'));
}

async function score(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = new Capture();
  const err = new Capture();
  const code = await run(args, out, err);
  return { code, out: out.text, err: err.text };
}

describe('score (command line)', () => {
  it('scores the seed sample beside the input: 98.00 优, and never touches the input', async () => {
    const dir = tmp();
    const input = join(dir, 'seed.xlsx');
    copyFileSync(join(SAMPLES, 'seed-department-2020.xlsx'), input);
    const before = sha256(input);
    const r = await score([input, '--json', join(dir, 'r.json')]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/自评表 98\.00 优/);
    expect(r.out).toMatch(/错误 2 ·/);
    expect(sha256(input)).toBe(before);
    expect(existsSync(join(dir, 'seed.scored.xlsx'))).toBe(true);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as {
      schemaVersion: number;
      workbooks: {
        indicatorTables: { totalScore: number; grade: string; headerRow: number }[];
        findings: { code: string; cell: string }[];
      }[];
    };
    expect(report.schemaVersion).toBe(1);
    const wb = report.workbooks[0]!;
    expect(wb.indicatorTables[0]).toMatchObject({ totalScore: 98, grade: '优', headerRow: 2 });
    expect(wb.findings.filter((f) => f.code === 'rule.fullPointsMismatch').map((f) => f.cell)).toEqual([
      'H19',
      'H20',
    ]);
  });

  it('lists every identity of the nine-table set in the JSON report, each with all its cells', async () => {
    const dir = tmp();
    const r = await score([
      join(SAMPLES, 'seed-budget-set-2020.xlsx'),
      '--out',
      dir,
      '--json',
      join(dir, 'r.json'),
    ]);
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as {
      workbooks: { crossChecks: { identity: string; cells: string[]; status: string }[] }[];
    };
    const checks = report.workbooks[0]!.crossChecks;
    // the 147 identities the 决算勾稽 section counts on this set (支出决算表 基本支出 ≥ 05表's among them;
    // and the 总表's income items against the 收入决算表's columns of the same name, 5 of them)
    expect(checks).toHaveLength(147);
    expect(checks.filter((c) => c.identity === 'summaryIncomeSource').map((c) => c.status)).toEqual(
      Array<string>(5).fill('ok'),
    );
    expect(checks.filter((c) => c.identity === 'basicWithinExpenditure').map((c) => c.status)).toEqual([
      'ok',
    ]);
    expect(checks.every((c) => c.cells.length >= 2 && c.cells.every((a) => /^.+![A-Z]+\d+$/.test(a)))).toBe(
      true,
    );
    expect(checks.find((c) => c.identity === 'vehicle')?.cells).toEqual([
      '一般公共预算财政拨款“三公”经费支出决算表!C6',
      '一般公共预算财政拨款“三公”经费支出决算表!D6',
      '一般公共预算财政拨款“三公”经费支出决算表!E6',
    ]);
  });

  it('keeps every cell the user typed, and a second run changes nothing', async () => {
    const dir = tmp();
    for (const name of ['seed-department-2020.xlsx', 'project-template-2021.xlsx']) {
      const input = join(dir, name);
      copyFileSync(join(SAMPLES, name), input);
      const first = join(dir, `1-${name}`);
      const second = join(dir, `2-${name}`);
      expect((await score([input, '--out', first])).code).toBe(0);
      expect((await score([first, '--out', second])).code).toBe(0);
      const original = await cellMap(input);
      const once = await cellMap(first);
      const twice = await cellMap(second);
      for (const [key, cell] of original) {
        const v = (JSON.parse(cell) as { v: unknown; f?: string }).v;
        const after = JSON.parse(once.get(key) ?? '{}') as { v: unknown; f?: string };
        expect([key, after.v]).toEqual([key, v]);
      }
      expect([...twice].sort()).toEqual([...once].sort());
    }
  });

  it('refuses a file that is not a workbook with exit 2 and one line, in the language of the run', async () => {
    const dir = tmp();
    const bad = join(dir, 'notes.xlsx');
    writeFileSync(bad, 'this is a text file, not a workbook\n');
    for (const [args, said] of [
      [[], `score: ${bad}：不是 .xlsx 工作簿\n`],
      [['--lang', 'en'], `score: ${bad}: not an .xlsx workbook\n`],
    ] as const) {
      const json = join(dir, 'r.json');
      const r = await score([bad, ...args, '--json', json]);
      expect(r.code).toBe(2);
      expect(r.err).toBe(said);
      const report = JSON.parse(readFileSync(json, 'utf8')) as { workbooks: unknown[] };
      expect(report.workbooks).toEqual([
        expect.objectContaining({
          output: null,
          error: said.slice('score: '.length, -1),
          errorReason: 'notWorkbook',
        }),
      ]);
    }
  });

  it('refuses a missing file and bad usage with exit 2', async () => {
    expect((await score([join(tmp(), 'missing.xlsx')])).code).toBe(2);
    const usage = await score(['--lang', 'fr', 'x.xlsx']);
    expect(usage.code).toBe(2);
    expect(usage.err).toMatch(/--lang/);
    expect((await score([])).code).toBe(2);
  });

  it('complains about usage in the language of the run: Chinese by default, English with --lang en', async () => {
    const zh = await score(['--bogus', 'x.xlsx']);
    expect(zh).toMatchObject({ code: 2, out: '' });
    expect(zh.err).toMatch(
      /^score: 未知选项 --bogus\n用法：npm run score -- <工作簿\.xlsx\|文件夹>\.\.\. [^\n]*\n$/,
    );
    expect((await score([])).err).toMatch(/^score: 没有输入：请给出一个或多个 \.xlsx 文件或文件夹\n用法：/);
    expect((await score(['x.xlsx', '--out'])).err).toMatch(/^score: --out 后面需要一个值\n/);
    // a --lang that cannot be read is complained about in Chinese
    expect((await score(['--lang', 'fr', 'x.xlsx'])).err).toMatch(
      /^score: --lang 只能是 zh-CN 或 en，不能是 fr\n/,
    );
    // with --lang en, before or after the mistake, the complaint and the synopsis are English
    expect((await score(['--lang', 'en', '--bogus', 'x.xlsx'])).err).toBe(
      'score: unknown option --bogus\nUsage: npm run score -- <file.xlsx|folder>... [--out FILE|DIR] [--json FILE] [--strict] [--lang zh-CN|en]\n',
    );
    expect((await score(['x.xlsx', '--json', '--lang=en'])).err).toMatch(
      /^score: --json needs a value\nUsage:/,
    );
    // --help follows --lang too, on stdout, exit 0
    const help = await score(['--help']);
    expect(help).toMatchObject({ code: 0, err: '' });
    expect(help.out).toMatch(/^用法：[^]*退出码：0 完成/);
    expect((await score(['-h', '--lang', 'en'])).out).toMatch(/^Usage: [^]*Exit codes: 0 done/);
  });

  it('scores a workbook in the language stored in it unless --lang says otherwise', async () => {
    const dir = tmp();
    const input = join(dir, 'english.xlsx');
    const sample = join(SAMPLES, 'project-template-2021.xlsx');
    const { workbook, sheets } = await openWorkbook(sample);
    await writeScoredCopy(workbook, sample, planSettings(sheets, { lang: 'en' }), input);
    type Written = { workbooks: { findings: { message: string }[] }[] };
    const messagesOf = (path: string): string[] =>
      (JSON.parse(readFileSync(path, 'utf8')) as Written).workbooks[0]!.findings.map((f) => f.message);
    const han = /[\u4e00-\u9fff]/;

    const stored = await score([input, '--out', join(dir, 'a.xlsx'), '--json', join(dir, 'a.json')]);
    expect(stored.code).toBe(0);
    // the command line's own line stays Chinese; what the workbook gets is English
    expect(stored.out).toMatch(/错误 \d+ · 警告 \d+ · 提示 \d+/);
    const english = messagesOf(join(dir, 'a.json'));
    expect(english.length).toBeGreaterThan(0);
    // names quoted from the workbook (and the column name 评分依据) aside, no Chinese is left
    const unquoted = english.map((m) => m.replace(/"[^"]*"/g, '').replace(/评分依据/g, ''));
    expect(unquoted.filter((m) => han.test(m))).toEqual([]);
    const written = await openWorkbook(join(dir, 'a.xlsx'));
    const results = written.sheets.find((s) => s.name === '评价结果')!;
    expect(results.rows[0]?.[4]).toMatch(/^Computed 20\d\d-/);

    // --lang wins for the run (and is not stored: the workbook still says English afterwards)
    const chinese = await score([
      input,
      '--lang',
      'zh-CN',
      '--out',
      join(dir, 'b.xlsx'),
      '--json',
      join(dir, 'b.json'),
    ]);
    expect(chinese.code).toBe(0);
    expect(messagesOf(join(dir, 'b.json')).every((m) => han.test(m))).toBe(true);
    expect(storedSettings((await openWorkbook(join(dir, 'b.xlsx'))).sheets)).toEqual({ lang: 'en' });
  });

  it('exits 1 with --strict when an error-severity finding exists', async () => {
    const dir = tmp();
    const input = join(dir, 'seed.xlsx');
    copyFileSync(join(SAMPLES, 'seed-department-2020.xlsx'), input);
    expect((await score([input, '--strict'])).code).toBe(1);
  });

  it('scores a folder into --out and speaks English with --lang en', async () => {
    const dir = tmp();
    const r = await score([SAMPLES, '--out', dir, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/errors \d+ · warnings \d+ · info \d+/);
    // the grade in words of the run (the JSON report keeps 优/良/中/差)
    expect(r.out).toMatch(/seed-department-2020\.xlsx {2}自评表 98\.00 Excellent \(优\)/);
    expect(existsSync(join(dir, 'seed-department-2020.scored.xlsx'))).toBe(true);
  });

  it('shows the workbook and its stage on a terminal, and clears the line before the summary', async () => {
    const dir = tmp();
    const input = join(dir, 'seed.xlsx');
    copyFileSync(join(SAMPLES, 'seed-department-2020.xlsx'), input);
    const out = new Capture();
    const err = new Capture();
    err.isTTY = true;
    expect(await run([input], out, err)).toBe(0);
    const lines = err.text.split('\r').filter((l) => l !== '');
    expect(lines).toEqual([
      'seed.xlsx\x1b[K',
      'seed.xlsx  读取中…\x1b[K',
      'seed.xlsx  计算中…\x1b[K',
      'seed.xlsx  写出中…\x1b[K',
      '\x1b[K',
    ]);
    expect(out.text).toMatch(/自评表 98\.00 优/);
  });

  it('shows a bar for a batch on a terminal, and nothing on stderr when it is not one', async () => {
    const dir = tmp();
    for (const name of ['seed-department-2020.xlsx', 'project-template-2021.xlsx']) {
      copyFileSync(join(SAMPLES, name), join(dir, name));
    }
    const err = new Capture();
    err.isTTY = true;
    expect(await run([dir, '--out', join(dir, 'out')], new Capture(), err)).toBe(0);
    expect(err.text).toContain('] 1/2  seed-department-2020.xlsx  计算中…');
    const quiet = await score([dir, '--out', join(dir, 'out2')]);
    expect(quiet.err).toBe('');
  });
});
