/**
 * One Office host per JavaScript context. With the shared runtime the task pane and the ribbon
 * commands run in the same context, so they share one host and what it learned about the workbook
 * (sheet names, owned outputs): a ribbon click after a pane click reads in one sync, not cold.
 */
import type { Locale } from '../../domain/diagnostics/types';
import { createOfficeHost, type ExcelRun, type OfficeHost } from './officeHost';

let shared: OfficeHost | undefined;

export function sharedOfficeHost(locale: Locale): OfficeHost {
  shared ??= createOfficeHost(Excel.run as ExcelRun, { locale });
  return shared;
}
