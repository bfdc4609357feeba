/**
 * A batch of workbooks on the command line: every output's place is decided before anything is
 * written, so no run loses a file — not an input, not another output, not one the JSON report
 * would land on — and a path that cannot be written is refused in one line, never a hang.
 */
import { spawn, spawnSync, type ChildProcessByStdio } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { benchWorkbook, toExcel } from '../bench/workbooks';
import { workbookToBuffer } from '../src/adapters/xlsx/saveWorkbook';
import { run } from '../src/cli/main';
import { Capture, sha256 } from './support/cells';

const SAMPLES = join(__dirname, '..', 'samples');
const SEED = join(SAMPLES, 'seed-department-2020.xlsx');
const PROJECT = join(SAMPLES, 'project-template-2021.xlsx');

async function score(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = new Capture();
  const err = new Capture();
  const code = await run(args, out, err);
  return { code, out: out.text, err: err.text };
}

/** How the summary lines name their workbooks, in order. */
const labels = (out: string): string[] =>
  out
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split('  ')[0]!);

/** A folder holding copies of the samples under the names given. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'perf-eval-batch-'));
  for (const [name, from] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    copyFileSync(from, join(dir, name));
  }
  return dir;
}

describe('score: a batch never loses a file', () => {
  it('refuses a --json that would overwrite a workbook of the run, or that is a folder, before writing anything', async () => {
    const dir = folder({ 'a.xlsx': SEED, 'b.xlsx': PROJECT });
    const [a, b] = [join(dir, 'a.xlsx'), join(dir, 'b.xlsx')];
    const before = sha256(b);
    const onInput = await score([a, b, '--json', b]);
    expect(onInput).toMatchObject({ code: 2, out: '' });
    expect(onInput.err).toMatch(
      /^score: --json .*b\.xlsx 会覆盖本次评分的工作簿，请为 JSON 报告另选路径\n用法：/,
    );
    expect(sha256(b)).toBe(before);
    const onOutput = await score([a, '--json', join(dir, 'a.scored.xlsx'), '--lang', 'en']);
    expect(onOutput.err).toMatch(/^score: --json .*a\.scored\.xlsx would overwrite a workbook of this run/);
    expect((await score([a, '--json', dir])).err).toMatch(/是一个文件夹，请给出 JSON 报告的文件路径/);
    expect(readdirSync(dir).sort()).toEqual(['a.xlsx', 'b.xlsx']);
  });

  it('keeps the folders of a folder under --out: two x.xlsx in different folders give two outputs', async () => {
    const dir = folder({ 'a/x.xlsx': SEED, 'b/x.xlsx': PROJECT });
    const out = join(dir, 'out');
    const r = await score([dir, '--out', out]);
    expect(r.code).toBe(0);
    expect(labels(r.out)).toEqual([join('a', 'x.xlsx'), join('b', 'x.xlsx')]);
    expect(existsSync(join(out, 'a', 'x.scored.xlsx'))).toBe(true);
    expect(existsSync(join(out, 'b', 'x.scored.xlsx'))).toBe(true);
    expect(r.out).toMatch(/自评表 98\.00 优[^]*项目支出绩效自评表 83\.76 良/);
  });

  it('refuses the second of two named workbooks whose outputs would be the same file', async () => {
    const dir = folder({ 'a/x.xlsx': SEED, 'b/x.xlsx': PROJECT });
    const out = join(dir, 'out');
    const r = await score([
      join(dir, 'a/x.xlsx'),
      join(dir, 'b/x.xlsx'),
      '--out',
      out,
      '--json',
      join(dir, 'r.json'),
    ]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/自评表 98\.00 优/);
    expect(r.err).toBe(
      `score: ${join(out, 'x.scored.xlsx')}：与本批次中另一个工作簿的结果同名，未写出，请分别指定 --out（${join(dir, 'a/x.xlsx')}）\n`,
    );
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as {
      workbooks: { file: string; errorReason: string | null }[];
    };
    expect(report.workbooks.map((w) => w.errorReason)).toEqual([null, 'outputClash']);
  });

  it('scores what a shell glob names as a folder would: once each, not the copy it replaces, not a lock file', async () => {
    const dir = folder({ 'ok.xlsx': SEED, 'ok.scored.xlsx': PROJECT, '~$ok.xlsx': SEED });
    const ok = join(dir, 'ok.xlsx');
    const r = await score([ok, join(dir, 'ok.scored.xlsx'), join(dir, '~$ok.xlsx'), ok]);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out.split('\n').filter(Boolean)).toHaveLength(1);
    expect(readdirSync(dir).sort()).toEqual(['ok.scored.xlsx', 'ok.xlsx', '~$ok.xlsx']);
    // ok.scored.xlsx is now ok.xlsx's scored copy (98.00), as `score ok.xlsx` alone would make it
    expect((await score([join(dir, 'ok.scored.xlsx'), '--out', join(dir, 'again')])).out).toMatch(
      /98\.00 优/,
    );
  });

  it('follows a linked folder once, and a link back up the tree is no loop', async () => {
    const dir = folder({ 'real/a.xlsx': SEED });
    const elsewhere = folder({ 'b.xlsx': PROJECT });
    symlinkSync(elsewhere, join(dir, 'linked'), 'dir');
    symlinkSync(dir, join(dir, 'real', 'up'), 'dir');
    const r = await score([dir, '--out', join(dir, 'out')]);
    expect(r.code).toBe(0);
    expect(labels(r.out)).toEqual([join('linked', 'b.xlsx'), join('real', 'a.xlsx')]);
  });

  it('names the folder where it found no workbook', async () => {
    const dir = folder({});
    expect(await score([dir])).toEqual({ code: 2, out: '', err: `score: ${dir} 中没有找到 .xlsx 工作簿\n` });
  });

  it('reads option mistakes of scripts as mistakes', async () => {
    const dir = folder({ 'a.xlsx': SEED, 'b.xlsx': PROJECT, '-dash.xlsx': SEED });
    const [a, b] = [join(dir, 'a.xlsx'), join(dir, 'b.xlsx')];
    const many = await score([a, b, '--out', join(dir, 'both.xlsx')]);
    expect(many.code).toBe(2);
    expect(many.err).toMatch(/^score: --out .*both\.xlsx 是一个 \.xlsx 文件，只能用于一个工作簿/);
    expect(existsSync(join(dir, 'both.xlsx'))).toBe(false);
    expect((await score([a, '--out', ''])).err).toMatch(/^score: --out 后面需要一个值/);
    expect((await score([a, '--out='])).err).toMatch(/^score: --out 后面需要一个值/);
    expect((await score([a, '--strict=no'])).err).toMatch(/^score: --strict 不带值/);
    process.chdir(dir);
    try {
      const dash = await score(['--out', 'o', '--', '-dash.xlsx']);
      expect(dash).toMatchObject({ code: 0, err: '' });
      expect(existsSync(join(dir, 'o', '-dash.scored.xlsx'))).toBe(true);
    } finally {
      process.chdir(join(__dirname, '..'));
    }
  });

  // in a child, with a deadline: Node's recursive mkdir never returns under /proc
  it.each([
    [
      '--out',
      '/proc/perf-eval/x',
      /^score: \/proc\/perf-eval\/x\/.*seed\.scored\.xlsx：无法写出结果工作簿（ENOENT）$/m,
    ],
    [
      '--json',
      '/proc/perf-eval/r.json',
      /^score: \/proc\/perf-eval\/r\.json：无法写出 JSON 报告（ENOENT）$/m,
    ],
  ])(
    'refuses %s %s in one Chinese line instead of hanging',
    (option, path, line) => {
      if (process.platform !== 'linux') return;
      const dir = folder({ 'seed.xlsx': SEED });
      const tsx = require.resolve('tsx/cli');
      const r = spawnSync(
        process.execPath,
        [tsx, join(__dirname, '../src/cli/main.ts'), join(dir, 'seed.xlsx'), option, path],
        {
          encoding: 'utf8',
          timeout: 60_000,
        },
      );
      expect(r.error).toBeUndefined();
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(line);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    },
    90_000,
  );
});

/**
 * The command line on `dir` in a child, as a shell would start it: one node process with tsx's
 * loader (tsx's own command line wraps the script in a second process that relays signals, and
 * kills the script when it is slow to answer one, as on a loaded machine).
 */
function scoreChild(dir: string, out: string, json: string): ChildProcessByStdio<null, Readable, Readable> {
  const cli = ['--import', 'tsx', join(__dirname, '../src/cli/main.ts')];
  return spawn(process.execPath, [...cli, dir, '--out', out, '--json', json], {
    cwd: join(__dirname, '..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('score: Ctrl-C in a batch', () => {
  it('finishes the workbook in hand, writes the report with the rest as not started, and exits 130', async () => {
    if (process.platform === 'win32') return;
    const names = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [`w${String(i).padStart(2, '0')}.xlsx`, SEED]),
    );
    const dir = folder(names);
    const out = join(dir, 'out');
    const json = join(dir, 'report.json');
    const child = scoreChild(dir, out, json);
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => {
      child.stdout.on('data', (d: Buffer) => {
        // the first summary line: one workbook is done, the second is under way
        if (!stdout) child.kill('SIGINT');
        stdout += d.toString();
      });
      child.on('close', resolve);
    });
    expect(code).toBe(130);
    const done = stdout.split('\n').filter(Boolean);
    expect(done.length).toBeGreaterThanOrEqual(1);
    expect(done.length).toBeLessThan(12);
    expect(stderr).toContain('score: 正在停止：写完当前工作簿后停止（再按一次 Ctrl-C 立即退出）');
    expect(stderr).toContain(`score: 已停止：${done.length} 个工作簿已处理，${12 - done.length} 个未开始`);
    const report = JSON.parse(readFileSync(json, 'utf8')) as {
      workbooks: { file: string; output: string | null; errorReason: string | null }[];
    };
    expect(report.workbooks).toHaveLength(12);
    const scored = report.workbooks.filter((w) => w.errorReason === null);
    expect(scored).toHaveLength(done.length);
    expect(report.workbooks.slice(done.length).every((w) => w.errorReason === 'interrupted')).toBe(true);
    // every workbook said to be scored is there whole, and nothing half-written is left behind
    expect(readdirSync(out).sort()).toEqual(scored.map((w) => w.output!.split('/').pop()).sort());
  }, 120_000);

  it('quits at once on a second Ctrl-C, leaving no temporary file', async () => {
    if (process.platform === 'win32') return;
    // workbooks that take a while each (2k + 2k rows): the second Ctrl-C, sent as soon as the
    // first is acknowledged, lands while one is in hand. With seed-sized ones the batch could end
    // on its own between the two, and the second signal then met a process already exiting.
    const dir = mkdtempSync(join(tmpdir(), 'perf-eval-cli-stop-'));
    const big = join(dir, 'big.xlsx');
    writeFileSync(big, await workbookToBuffer(toExcel(benchWorkbook(2000, 2000))));
    for (let i = 1; i < 6; i++) copyFileSync(big, join(dir, `big${i}.xlsx`));
    const out = join(dir, 'out');
    const child = scoreChild(dir, out, join(dir, 'report.json'));
    let stderr = '';
    const code = await new Promise<number | null>((resolve) => {
      let asked = false;
      let again = false;
      child.stdout.on('data', () => {
        if (asked) return;
        asked = true;
        child.kill('SIGINT');
      });
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (again || !stderr.includes('正在停止')) return;
        again = true;
        child.kill('SIGINT');
      });
      child.on('close', resolve);
    });
    expect(code).toBe(130);
    // quit at once: the workbook in hand was not finished, and the report was not written
    expect(stderr).not.toContain('已停止');
    expect(existsSync(join(dir, 'report.json'))).toBe(false);
    expect(readdirSync(out).filter((f) => !f.endsWith('.scored.xlsx'))).toEqual([]);
    expect(readdirSync(out).length).toBeLessThan(6);
  }, 120_000);
});
