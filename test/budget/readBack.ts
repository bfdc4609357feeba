/** Builds a workbook with the samples script and reads it back the way the CLI does. */
import ExcelJS from 'exceljs';
import { workbookFromExcel } from '../../src/adapters/xlsx/readWorkbook';
import { workbookToBuffer } from '../../src/adapters/xlsx/saveWorkbook';
import type { WorkbookInput } from '../../src/engine/grid/types';
import { fill, type Params, type Template } from '../../src/i18n/format';
import * as zh from '../../src/i18n/budget.zh-CN';

export async function readBack(wb: ExcelJS.Workbook): Promise<WorkbookInput> {
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load((await workbookToBuffer(wb)) as unknown as ExcelJS.Buffer);
  return workbookFromExcel(loaded);
}

/** Renders a budget explanation or finding with the zh-CN catalog. */
export function zhText(key: string, params: Params): string {
  const t = zh.explanations[key] ?? (zh.findings as Record<string, Template | undefined>)[key] ?? key;
  return fill(t, params);
}
