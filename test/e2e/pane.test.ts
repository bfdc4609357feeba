/**
 * End to end in real Chromium: the production build on 127.0.0.1, the fake Excel host standing in
 * for office.js (served at the official CDN URL by request routing, with a fixture workbook read
 * by the xlsx adapter), the pane driven by role, and the ribbon actions fired through the fake's
 * Office.actions registry. Skipped only when /usr/bin/chromium is absent outside CI.
 *
 * Artefacts (gitignored): test/e2e/artifacts/pane-zh-CN.png, the pane at 320×900 after 计算得分,
 * and pane-zh-CN-full.png, the whole scrolled pane.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { readWorkbook } from '../../src/adapters/xlsx';
import { analyzeWorkbook, applyToSheets } from '../../src/engine';
import type { SheetInput } from '../../src/engine/grid/types';
import { RESULTS_SHEET } from '../../src/engine/plan/names';
import { createMessages } from '../../src/i18n';
import { deserializeSheets, serializeSheets } from '../fakeExcel';
import type { E2eHandle } from './fakeOfficeEntry';
import { buildAll, comparable, serve } from './support';

const CHROMIUM = '/usr/bin/chromium';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const ADDIN_URL = 'https://addin.example.gov.cn/perf-eval';
const FIXTURE = join(__dirname, '..', '..', 'samples', 'seed-department-2020.xlsx');
const BUDGET_FIXTURE = join(__dirname, '..', '..', 'samples', 'seed-budget-2020.xlsx');
/** The on-demand chunk with the engine's 决算 part and zh-CN's 决算 words. */
const BUDGET_CHUNK = /\/budget\.[0-9a-f]+\.js$/;
const ARTIFACTS = join(__dirname, 'artifacts');
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

declare const window: { __e2e: E2eHandle };

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI === 'true')
  it('runs in CI', () => {
    throw new Error(`${CHROMIUM} is missing: .ci/run installs chromium and fonts-noto-cjk`);
  });

(haveChromium ? describe : describe.skip)('the add-in in Chromium, on the fake Excel host', () => {
  let outDir: string;
  let server: Server;
  let origin: string;
  let browser: Browser;
  let page: Page;
  let seeded: readonly SheetInput[];
  const requests: string[] = [];
  const blocked: string[] = [];
  const errors: string[] = [];

  const workbook = async (): Promise<SheetInput[]> =>
    deserializeSheets(await page.evaluate(() => window.__e2e.sheets()));

  /** What the CLI's engine writes for the seeded workbook, stamped with the run's own time. */
  const expectedAfterCompute = (actual: readonly SheetInput[]): SheetInput[] => {
    const results = actual.find((s) => s.name === RESULTS_SHEET);
    const now = /\d{4}-\d\d-\d\d \d\d:\d\d/.exec(JSON.stringify(results?.rows ?? []))?.[0];
    const analysis = analyzeWorkbook(seeded, { messages: createMessages('zh-CN'), now });
    return applyToSheets(seeded, analysis.plan);
  };

  const expectWritten = async (): Promise<void> => {
    const actual = await workbook();
    const expected = expectedAfterCompute(actual);
    expect(actual.map((s) => s.name).sort()).toEqual(expected.map((s) => s.name).sort());
    for (const e of expected)
      expect(comparable(actual.find((s) => s.name === e.name)!)).toEqual(comparable(e));
  };

  const expectRestored = async (): Promise<void> => {
    const actual = await workbook();
    for (const s of seeded) expect(comparable(actual.find((a) => a.name === s.name)!)).toEqual(comparable(s));
  };

  /** A browser context whose office.js is the fake Excel host holding `sheets`; nothing else leaves. */
  const contextWith = async (sheets: readonly SheetInput[]): Promise<BrowserContext> => {
    const fakeOffice = `window.__PERF_EVAL_FIXTURE__ = ${JSON.stringify(serializeSheets(sheets))};\n${readFileSync(
      join(outDir, 'fake', 'office.js'),
      'utf8',
    )}`;
    const context = await browser.newContext({ viewport: { width: 320, height: 900 }, locale: 'zh-CN' });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (new URL(url).hostname === '127.0.0.1') return await route.continue();
      if (url === OFFICE_JS)
        return await route.fulfill({
          status: 200,
          contentType: 'text/javascript; charset=utf-8',
          body: fakeOffice,
        });
      blocked.push(url);
      return await route.abort();
    });
    return context;
  };

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'perf-eval-e2e-'));
    seeded = await readWorkbook(FIXTURE);
    await buildAll(outDir, ADDIN_URL);
    ({ server, origin } = await serve(join(outDir, 'addin')));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
    page = await (await contextWith(seeded)).newPage();
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('builds a page with its CSP, office.js from the CDN, and a manifest carrying ADDIN_URL', () => {
    const html = readFileSync(join(outDir, 'addin', 'taskpane.html'), 'utf8');
    expect(html).toContain(
      `content="default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; connect-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:"`,
    );
    expect(html).toContain(`<script src="${OFFICE_JS}"></script>`);
    expect(html).not.toMatch(/<script>(?!<\/script>)/); // no inline script: CSP would block it
    const manifest = readFileSync(join(outDir, 'addin', 'manifest.xml'), 'utf8');
    expect(manifest).not.toContain('https://localhost:3000');
    expect(manifest).toContain(`<bt:Url id="Taskpane.Url" DefaultValue="${ADDIN_URL}/taskpane.html" />`);
    expect(existsSync(join(outDir, 'addin', 'assets', 'compute-80.png'))).toBe(true);
  });

  it('opens the pane in Chinese and lists the tables found', async () => {
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole('heading', { name: /^已识别 \d+ 张表$/ }).waitFor();
    await expect(page.getByRole('button', { name: /^在工作表中定位 自评表 / }).count()).resolves.toBe(1);
    await expect(page.evaluate(() => window.__e2e.paneShown())).resolves.toBe(0);
    // the English words are not part of a Chinese page
    expect(requests.filter((u) => /locale-en/.test(u))).toEqual([]);
  });

  it('computes from the pane: writes what the CLI writes, in at most 3 syncs, and shows the summary', async () => {
    await page.evaluate(() => window.__e2e.resetStats());
    await page.getByRole('button', { name: '计算得分' }).click();
    await page.getByRole('heading', { name: '结果' }).waitFor();
    await expect(page.evaluate(() => window.__e2e.syncs())).resolves.toBeLessThanOrEqual(3);
    await expectWritten();
    // a workbook without 决算 tables never fetches the 决算 part (its engine and words)
    expect(requests.filter((u) => BUDGET_CHUNK.test(u))).toEqual([]);
    const actual = await workbook();
    const sheet = actual.find((s) => s.name === '自评表')!;
    expect(Object.keys(sheet.notes ?? {}).length).toBeGreaterThan(0);
    expect(JSON.stringify(actual.find((s) => s.name === RESULTS_SHEET)!.rows)).toContain('总分');
    await expect(page.evaluate(() => window.__e2e.activeSheet())).resolves.toBe(RESULTS_SHEET);
    await expect(page.getByText(/^佐证：缺失 \d+ · 较弱 \d+ · 完整 \d+$/).count()).resolves.toBe(1);
    // fits the narrowest pane without a horizontal scrollbar
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'pane-zh-CN.png') });
    await page.screenshot({ path: join(ARTIFACTS, 'pane-zh-CN-full.png'), fullPage: true });
  });

  it('selects a finding’s cell when it is clicked', async () => {
    const finding = page
      .getByRole('region', { name: /^审核提示/ })
      .getByRole('button', { name: /：自评表!/ })
      .first();
    const label = (await finding.getAttribute('aria-label')) ?? '';
    const cell = /!([A-Z]+\d+)，/.exec(label)?.[1];
    await finding.click();
    await page.waitForFunction(() => window.__e2e.selection() !== null);
    const selection = await page.evaluate(() => window.__e2e.selection());
    expect(selection?.sheet).toBe('自评表');
    expect(selection?.address.replace(/^.*!/, '').replace(/\$/g, '')).toBe(cell);
  });

  it('opens 设置 and 帮助, their parts fetched from the page’s origin when first opened', async () => {
    const before = requests.length;
    await page.getByRole('button', { name: '设置' }).click();
    await page.getByRole('radio', { name: '整步' }).waitFor();
    await page.getByRole('button', { name: '帮助' }).click();
    await page.getByRole('region', { name: '使用说明' }).waitFor();
    const fetched = requests.slice(before).filter((u) => /\/(settings|help)\.[0-9a-f]+\.js$/.test(u));
    expect(fetched.map((u) => new URL(u).pathname.replace(/\.[0-9a-f]+\.js$/, ''))).toEqual([
      '/settings',
      '/help',
    ]);
    await page.getByRole('button', { name: '设置' }).click();
    await page.getByRole('button', { name: '帮助' }).click();
  });

  it('undoes from the ribbon: every cell restored, and the pane says so', async () => {
    await page.evaluate(() => window.__e2e.fire('undoLastCompute'));
    await expectRestored();
    await page
      .getByText(/^已恢复 \d+ 个单元格。/)
      .first()
      .waitFor();
  });

  it('computes from the ribbon without the pane’s button, then undoes again', async () => {
    await page.evaluate(() => window.__e2e.fire('computeScore'));
    await expectWritten();
    await expect(page.evaluate(() => window.__e2e.activeSheet())).resolves.toBe(RESULTS_SHEET);
    await page.getByText('已通过功能区“计算得分”完成计算。').waitFor();
    await page.evaluate(() => window.__e2e.fire('undoLastCompute'));
    await expectRestored();
  });

  it('follows a dark Office theme, its palette fetched from the page’s origin only then', async () => {
    const darkChunk = (u: string): boolean => /\/theme-dark\.[0-9a-f]+\.js$/.test(u);
    expect(requests.filter(darkChunk)).toEqual([]);
    const dark = await page.context().newPage();
    const own: string[] = [];
    dark.on('request', (r) => {
      requests.push(r.url());
      own.push(r.url());
    });
    dark.on('pageerror', (e) => errors.push(e.message));
    await dark.goto(`${origin}/taskpane.html?theme=dark`);
    await dark.getByRole('heading', { name: /^已识别 \d+ 张表$/ }).waitFor();
    const background = await dark.getByRole('main').evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
    expect(0.2126 * r + 0.7152 * g + 0.0722 * b).toBeLessThan(80);
    expect(own.filter(darkChunk).map((u) => new URL(u).origin)).toEqual([origin]);
    await dark.screenshot({ path: join(ARTIFACTS, 'pane-zh-CN-dark.png') });
    await dark.close();
  });

  it('fetches the 决算 part once, from the page’s origin, for a workbook with 决算 tables, and writes its words', async () => {
    const budget = await readWorkbook(BUDGET_FIXTURE);
    const context = await contextWith(budget);
    const own: string[] = [];
    const other = await context.newPage();
    other.on('request', (r) => {
      requests.push(r.url());
      own.push(r.url());
    });
    other.on('pageerror', (e) => errors.push(e.message));
    await other.goto(`${origin}/taskpane.html`);
    await other.getByRole('heading', { name: /^已识别 \d+ 张表$/ }).waitFor();
    // the tables are found with the 决算 part, fetched for them
    expect(own.filter((u) => BUDGET_CHUNK.test(u))).toHaveLength(1);
    await other.getByRole('button', { name: '计算得分' }).click();
    await other.waitForFunction(() => window.__e2e.activeSheet() === '评价结果');
    const written = deserializeSheets(await other.evaluate(() => window.__e2e.sheets()));
    const results = JSON.stringify(written.find((s) => s.name === RESULTS_SHEET)!.rows);
    // the 决算分析 sentences in Chinese, as the CLI writes them, never a key
    const cli = analyzeWorkbook(budget, { messages: createMessages('zh-CN'), now: '' });
    const sentence = cli.plan.ownedSheets[0]!.ops.map((o) => o.value).find(
      (v) => typeof v === 'string' && v.includes('完成年初预算'),
    );
    expect(sentence).toBeDefined();
    expect(results).toContain(sentence as string);
    expect(results).not.toMatch(/budget\.(line|heading|clause)/);
    expect(own.filter((u) => BUDGET_CHUNK.test(u)).map((u) => new URL(u).origin)).toEqual([origin]);
    await context.close();
  });

  it('opens in English for an English Office, its words fetched from the page’s origin first', async () => {
    const en = await page.context().newPage();
    const seen: string[] = [];
    en.on('request', (r) => {
      requests.push(r.url());
      seen.push(r.url());
    });
    en.on('pageerror', (e) => errors.push(e.message));
    await en.goto(`${origin}/taskpane.html?lang=en`);
    await en.getByRole('heading', { name: /^Tables found: \d+$/ }).waitFor();
    await expect(en.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Performance evaluation');
    await expect(en.getByRole('button', { name: 'Compute scores' }).count()).resolves.toBe(1);
    expect(
      seen.filter((u) => /\/locale-en-pane\.[0-9a-f]+\.js$/.test(u)).map((u) => new URL(u).origin),
    ).toEqual([origin]);
    await en.screenshot({ path: join(ARTIFACTS, 'pane-en.png') });
    await en.close();
  });

  it('starts in Chinese when the English words cannot be fetched, rather than not at all', async () => {
    const en = await page.context().newPage();
    en.on('pageerror', (e) => errors.push(e.message));
    await en.route(/\/locale-en-pane\.[0-9a-f]+\.js$/, (route) => route.abort());
    await en.goto(`${origin}/taskpane.html?lang=en`);
    await en.getByRole('heading', { name: /^已识别 \d+ 张表$/ }).waitFor();
    await expect(en.getByRole('button', { name: '计算得分' }).count()).resolves.toBe(1);
    await en.close();
  });

  it('made no request beyond 127.0.0.1 (office.js was served by the fake) and logged no error', () => {
    const outside = requests.filter((u) => new URL(u).hostname !== '127.0.0.1');
    expect([...new Set(outside)]).toEqual([OFFICE_JS]); // once per page, answered by the route
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
  });
});
