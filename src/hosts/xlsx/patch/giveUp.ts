/**
 * Why the patching writer left a save to ExcelJS: a closed set of reasons, each a package or plan shape
 * it does not handle. Anything else that goes wrong while patching is a programming error and is
 * thrown, never turned into a quiet fallback.
 */

export const PATCH_GIVE_UP_REASONS = [
  /** The plan has drop-down lists (the template): only the ExcelJS writer renders data validations. */
  'dataValidations',
  /** The zip is not one the writer can copy entry by entry: zip64, encrypted entries, an unknown method, non-UTF-8 names. */
  'zipLayout',
  /** No workbook part: the package relationships name none, or the part or its relationships are missing. */
  'noWorkbookPart',
  /** Strict OOXML (ISO 29500 strict namespaces): the writer knows the transitional vocabulary only. */
  'strictOoxml',
  /** A part the writer must edit is UTF-16 (OPC allows it; the writer edits UTF-8). */
  'utf16Part',
  /** A part the writer must edit is not namespace-well-formed XML. */
  'malformedPart',
  /** A part the writer must edit is XML, but not shaped as the writer expects (a sheet without a name, no style lists, …). */
  'unexpectedPart',
  /** An owned output sheet to rewrite has relationships of its own (a comment or drawing added by hand) or is not a worksheet part. */
  'outputSheetHasParts',
  /** `_perfeval_meta` is not the last sheet, or new sheets would shift names scoped to it. */
  'metaSheetPlacement',
  /** The sheet to activate is one the plan does not write (its part would have to be edited). */
  'activatesUnwrittenSheet',
] as const;

export type PatchGiveUpReason = (typeof PATCH_GIVE_UP_REASONS)[number];

/** Thrown inside the writer to stop patching for one of the reasons; caught at its top. */
export class PatchGiveUp extends Error {
  override readonly name = 'PatchGiveUp';

  constructor(readonly reason: PatchGiveUpReason) {
    super(`patching gave up: ${reason}`);
  }
}

export function giveUp(reason: PatchGiveUpReason): never {
  throw new PatchGiveUp(reason);
}
