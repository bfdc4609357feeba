/// <reference types="office-js" />
/**
 * Units for the sheets the add-in owns (评价结果, the very hidden state sheet): replace whole —
 * delete the old one (a very hidden sheet must be made merely hidden first: Excel refuses to
 * delete it), add, fill, then widths, merges, frozen header, A4 landscape (1.9), native charts,
 * visibility, and for a ribbon run the activation of 评价结果 with its summary cell selected.
 */
import { toA1 } from '../../engine/grid/address';
import type { ChartSpec, OwnedSheet } from '../../engine/plan/types';
import type { Capabilities } from './capabilities';
import { widthToPoints } from './convert';
import type { Visibility } from './sheetBuilder';
import { opUnits, type Batch, type WriteUnit } from './writeUnits';

/** Deletes a sheet the plan no longer produces. */
export function removalUnit(name: string, visibility: Visibility): WriteUnit {
  return { bytes: 200, run: (b) => deleteSheet(b, name, visibility) };
}

function deleteSheet(b: Batch, name: string, visibility: Visibility): void {
  const ws = b.sheet(name);
  if (visibility === 'VeryHidden') ws.visibility = 'Hidden';
  ws.delete();
}

export function ownedSheetUnits(
  owned: OwnedSheet,
  existing: Visibility | undefined,
  caps: Capabilities,
  maxRunBytes: number,
): WriteUnit[] {
  const create: WriteUnit = {
    bytes: 300,
    run: (b) => {
      if (existing !== undefined) deleteSheet(b, owned.name, existing);
      b.adopt(owned.name, b.ctx.workbook.worksheets.add(owned.name));
    },
  };
  const finish: WriteUnit = {
    bytes:
      400 +
      120 *
        ((owned.columnWidths?.length ?? 0) + (owned.merges?.length ?? 0) + 4 * (owned.charts?.length ?? 0)),
    run: (b) => finishSheet(b.sheet(owned.name), owned, caps),
  };
  return [create, ...opUnits(owned.name, owned.ops, caps, () => false, maxRunBytes), finish];
}

function finishSheet(ws: Excel.Worksheet, owned: OwnedSheet, caps: Capabilities): void {
  owned.columnWidths?.forEach((width, col) => {
    ws.getRangeByIndexes(0, col, 1, 1).getEntireColumn().format.columnWidth = widthToPoints(width);
  });
  for (const m of owned.merges ?? []) {
    ws.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
  }
  if (owned.freezeRows) ws.freezePanes.freezeRows(owned.freezeRows);
  if (owned.landscape && caps.pageLayout) {
    ws.pageLayout.orientation = 'Landscape';
    ws.pageLayout.paperSize = 'A4';
    ws.pageLayout.zoom = { horizontalFitToPages: 1 };
  }
  for (const chart of owned.charts ?? []) addChart(ws, chart);
  if (owned.state === 'veryHidden') ws.visibility = 'VeryHidden';
}

/** A column chart of 一级 score against weight, or a pie of the budget structure. */
function addChart(ws: Excel.Worksheet, spec: ChartSpec): void {
  const { top, left, bottom, right } = spec.data;
  const data = ws.getRangeByIndexes(top, left, bottom - top + 1, right - left + 1);
  const chart = ws.charts.add(spec.kind === 'pie' ? 'Pie' : 'ColumnClustered', data, 'Columns');
  chart.title.text = spec.title;
  chart.setPosition(toA1(spec.at.row, spec.at.col), toA1(spec.at.row + 15, spec.at.col + 6));
}

/** Shows 评价结果 with its summary selected, so a ribbon run tells the user what happened. */
export function activationUnit(owned: OwnedSheet): WriteUnit {
  const at = owned.activeCell ?? { row: 0, col: 0 };
  return {
    bytes: 200,
    run: (b) => {
      const ws = b.sheet(owned.name);
      ws.activate();
      ws.getRangeByIndexes(at.row, at.col, 1, 1).select();
    },
  };
}
