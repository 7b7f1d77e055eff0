/** The real office.js Excel client over the fake workbook (see createRealExcel.ts). */
export { createRealExcel, REAL_CLIENT_DEFAULT_CAPABILITIES } from './createRealExcel';
export type { RealExcel, RealExcelOptions } from './createRealExcel';
export { loadOfficeJs, OFFICE_JS_CLIENT } from './loadOfficeJs';
export { RequestInterpreter } from './requestInterpreter';
export type { InterpreterOptions } from './requestInterpreter';
