/**
 * The add-in's write half: applying a plan to the workbook (计算得分, 撤销, saving settings) and
 * inserting an 实际完成值 column, and fetching the cell details a plan needs first. Imported only through `writePart()` (engineParts.ts), so it
 * arrives with the engine's planner in the on-demand chunk fetched when the add-in first writes;
 * opening the pane and detecting tables need none of it.
 */
export { applyPlan, checkWritable, editedCells } from './applyPlan';
export { loadCellDetails, unknownCells } from './cellDetails';
export { insertActualColumn } from './insertColumn';
// the plans of 撤销 and of saving settings write the state sheet: the ledger's writer comes with them
export { planUndo } from '../../engine/plan/planUndo';
export { planSettings } from '../../engine/plan/planSettings';
