/**
 * test/fixtures/budget-continued.xlsx through the command line: a 支出决算表 and its 续表 on the
 * next sheet are one table — no error from either half, the rates written on each sheet, the
 * report naming the continuation's sheet.
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbook } from '../../src/adapters/xlsx/readWorkbook';
import { run } from '../../src/cli/main';
import { Capture } from '../support/cells';

const FIXTURE = join(__dirname, '..', 'fixtures', 'budget-continued.xlsx');

interface Report {
  workbooks: {
    budgetTables: {
      sheet: string;
      parts?: { sheet: string; headerRow: number }[];
      lines: { sheet?: string; row: number; code: string | null }[];
    }[];
    findings: { severity: string; sheet: string; cell: string }[];
  }[];
}

describe('budget-continued fixture (command line)', () => {
  it('scores the two sheets as one table, and writes each rate on its own sheet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perf-eval-continued-'));
    const input = join(dir, 'budget-continued.xlsx');
    copyFileSync(FIXTURE, input);
    const err = new Capture();
    expect(await run([input, '--json', join(dir, 'r.json')], new Capture(), err)).toBe(0);
    expect(err.text).toBe('');
    const [wb] = (JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as Report).workbooks;
    expect(wb!.budgetTables).toHaveLength(1);
    const [t] = wb!.budgetTables;
    expect(t!.sheet).toBe('支出决算表');
    expect(t!.parts).toEqual([{ sheet: '支出决算表(续表)', headerRow: 3 }]);
    expect(t!.lines.filter((l) => l.sheet === '支出决算表(续表)').map((l) => l.code)).toEqual([
      '21103',
      '2110301',
      '221',
      '22102',
      '2210201',
      null,
    ]);
    expect(wb!.findings.filter((f) => f.severity === 'error' || f.severity === 'warning')).toEqual([]);

    const scored = await readWorkbook(join(dir, 'budget-continued.scored.xlsx'));
    const formulas = (name: string): Record<string, string> =>
      scored.find((s) => s.name === name)?.formulas ?? {};
    expect(formulas('支出决算表')).toMatchObject({ E4: 'IF(C4=0,"",D4/C4)', E7: 'IF(C7=0,"",D7/C7)' });
    expect(formulas('支出决算表(续表)')).toMatchObject({
      E4: 'IF(C4=0,"",D4/C4)',
      E9: 'IF(C9=0,"",D9/C9)',
    });
  });
});
