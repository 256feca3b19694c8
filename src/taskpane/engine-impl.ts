// What the pane runs, loaded as one chunk by engine.ts: the Office adapter and the core the Kontrol tab needs.
export { OfficeWorkbook } from '../adapters/office/workbook';
export { checkAndMark } from '../core/check';
export { RULES } from '../core/rules';
export { progressLine } from '../core/progress';
export { NOT_A_TAKSTSKEMA_REASON } from '../core/layout/discover';
export { bundledSnapshot } from './bundled-snapshot';
