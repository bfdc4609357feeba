import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellRange, CellValue, SheetInput } from '../../src/engine/grid/types';

/** The seed's 自评表 as a grid in its printed layout: title row, header, 一级/二级 merged. */
export function seedDepartmentSheet(): SheetInput {
  const tsv = readFileSync(join(__dirname, '../../scripts/data/self-evaluation-table-2020.tsv'), 'utf8');
  const lines = tsv
    .trim()
    .split('\n')
    .map((l) => l.split('\t'));
  const [header, ...body] = lines;
  const rows: CellValue[][] = [['2020 年度连云港市生态环境局整体绩效评价自评表'], header!];
  const merges: CellRange[] = [];
  const mergeRuns = (col: number): void => {
    let start = 0;
    for (let i = 1; i <= body.length; i++) {
      if (i === body.length || body[i]![col] !== body[start]![col]) {
        if (i - 1 > start) merges.push({ top: start + 2, left: col, bottom: i - 1 + 2, right: col });
        start = i;
      }
    }
  };
  mergeRuns(0);
  mergeRuns(1);
  body.forEach((cells, i) => {
    const prev = body[i - 1];
    const row: CellValue[] = cells.map((c, col) => {
      if (col === 7 || col === 8) return Number(c);
      if ((col === 0 || col === 1) && prev && prev[col] === c) return null;
      return c;
    });
    rows.push(row);
  });
  return { name: '自评表', rows, merges };
}
