/**
 * The Office.js host adapter: reads the workbook through Excel.run in as few syncs as possible,
 * runs the engine, applies its WritePlan in one batch, keeps settings and the undo ledger in the
 * file. The pane and the ribbon use `createOfficeHost` / `computeScore` / `undoLastCompute`.
 */
export {
  createOfficeHost,
  computeScore,
  undoLastCompute,
  type OfficeHost,
  type OfficeHostOptions,
} from './officeHost';
export { MIN_EXCEL_API, detectCapabilities, type Capabilities } from './capabilities';
export { officeEnvironment, type OfficeEnvironment } from './environment';
export { HostError, classify, failureMessage, officeText } from './faults';
export { SETTINGS_NAMESPACE, DOCUMENT_SETTINGS_KEY } from './settingsStore';
export type * from './host';
