import { seedDepartmentSheet } from './support/seedGrid';
import type { CellValue, SheetInput } from '../src/engine/grid/types';
import { install, uninstall } from './fakeExcel/harness';
afterEach(uninstall);
function big(n: number): SheetInput {
  const seed = seedDepartmentSheet();
  const body = seed.rows.slice(2);
  const rows: CellValue[][] = [[...seed.rows[0]!], [...seed.rows[1]!]];
  for (let i = 0; i < n; i++) { const r = [...body[i % body.length]!]; r[0] = i === 0 ? '内部管理 (100分)' : null; r[1] = i === 0 ? '决策 (100分)' : null; rows.push(r); }
  return { name: '自评表', rows };
}
function data(n: number): SheetInput {
  const rows: CellValue[][] = [['日期', '凭证号', '摘要', '科目', '借方', '贷方']];
  for (let i = 0; i < n; i++) rows.push([`2020-${(i % 12) + 1}`, `记-${i}`, `支付办公用品采购款第${i}笔`, '办公费', (i * 37) % 10000 / 100, 0]);
  return { name: '明细账', rows };
}
it.each([100, 20000])('web %d', async (n) => {
  const { wb, host } = install([big(n)], { platform: 'web', payloadLimit: 5 * 1024 * 1024 });
  const t = Date.now();
  const out = await host.compute();
  console.log(n, Date.now() - t, 'ms', out.ok, !out.ok ? out.message : '', wb.stats.syncs, Math.max(...wb.stats.requests.map(r => r.requestBytes)), Math.max(...wb.stats.requests.map(r => r.responseBytes)), wb.stats.requests.filter(r => r.error).length);
}, 600000);
it('200k', async () => {
  const seed = seedDepartmentSheet();
  const { wb, host } = install([seed, data(200000)], { platform: 'web', payloadLimit: 5 * 1024 * 1024 });
  const t = Date.now();
  const out = await host.compute();
  console.log(200000, Date.now() - t, 'ms', out.ok, !out.ok ? out.message : '', wb.stats.syncs, Math.max(...wb.stats.requests.map(r => r.requestBytes)), Math.max(...wb.stats.requests.filter(r => !r.error).map(r => r.responseBytes)), wb.stats.requests.filter(r => r.error).map(r => [r.error, r.responseBytes]));
}, 600000);
