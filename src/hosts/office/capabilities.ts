/**
 * Requirement sets: which Excel JavaScript API features the running Excel offers. Production asks
 * `Office.context.requirements.isSetSupported`; tests and the browser shim inject a fixed answer.
 */

export interface Capabilities {
  isSetSupported(name: string, minVersion: string): boolean;
}

/** Asks Office at call time (office.js may load after the host is created); false outside Office. */
export function officeCapabilities(): Capabilities {
  return {
    isSetSupported(name: string, minVersion: string): boolean {
      try {
        if (typeof Office === 'undefined') return false;
        return Office.context.requirements.isSetSupported(name, minVersion);
      } catch {
        return false;
      }
    },
  };
}

/** Capabilities of an Excel that supports each named set up to the given version, e.g. `{ ExcelApi: '1.13' }`. */
export function capabilitiesUpTo(sets: Readonly<Record<string, string>>): Capabilities {
  return {
    isSetSupported(name: string, minVersion: string): boolean {
      const have = sets[name];
      return have !== undefined && compareVersions(have, minVersion) >= 0;
    },
  };
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The optional features the office host uses above the manifest's minimum (ExcelApi 1.7). */
export interface HostFeatures {
  /** `Range.getMergedAreasOrNullObject` (ExcelApi 1.13). */
  readonly mergedAreas: boolean;
  /** `Range.dataValidation` (ExcelApi 1.8). */
  readonly dataValidation: boolean;
  /** `context.runtime.enableEvents` (ExcelApi 1.8). */
  readonly enableEvents: boolean;
  /** `Worksheet.pageLayout` and `horizontalPageBreaks` (ExcelApi 1.9): the plans' page setup. */
  readonly pageLayout: boolean;
  /** `Application.suspendScreenUpdatingUntilNextSync` (ExcelApi 1.9). */
  readonly suspendScreenUpdating: boolean;
  /** `Excel.RunOptions.mergeUndoGroup` (ExcelApi 1.20): one undo step per write. */
  readonly mergeUndoGroup: boolean;
}

export function hostFeatures(capabilities: Capabilities): HostFeatures {
  const excel = (version: string): boolean => capabilities.isSetSupported('ExcelApi', version);
  return {
    mergedAreas: excel('1.13'),
    dataValidation: excel('1.8'),
    enableEvents: excel('1.8'),
    suspendScreenUpdating: excel('1.9'),
    pageLayout: excel('1.9'),
    mergeUndoGroup: excel('1.20'),
  };
}
