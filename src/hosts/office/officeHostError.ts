/**
 * Excel errors as the office host reports them: the Excel error code, what the user should do,
 * in zh-CN and en-US. The original error is kept as `cause`; nothing is swallowed.
 */
import type { Locale } from '../../domain/diagnostics/types';

export type OfficeOperation = 'read' | 'apply' | 'select';

type Bilingual = Readonly<Record<Locale, string>>;

const OPERATION: Readonly<Record<OfficeOperation, Bilingual>> = {
  read: { 'zh-CN': '读取工作簿失败', 'en-US': 'Reading the workbook failed' },
  apply: { 'zh-CN': '写入结果失败', 'en-US': 'Writing the results failed' },
  select: { 'zh-CN': '定位单元格失败', 'en-US': 'Going to the cell failed' },
};

const ADVICE: Readonly<Record<string, Bilingual>> = {
  InvalidOperationInCellEditMode: {
    'zh-CN': 'Excel 正在编辑单元格，请按 Enter 结束编辑后重试。',
    'en-US': 'Excel is editing a cell. Press Enter to finish editing, then try again.',
  },
  RequestPayloadSizeLimitExceeded: {
    'zh-CN': '数据量超过了 Excel 单次传输的上限。请删除无关的大型工作表后重试，或改用命令行处理该工作簿。',
    'en-US': "The data exceeds Excel's per-request size limit. Remove unrelated large sheets and try again, or process the workbook with the command line.",
  },
  ResponsePayloadSizeLimitExceeded: {
    'zh-CN': '数据量超过了 Excel 单次传输的上限。请删除无关的大型工作表后重试，或改用命令行处理该工作簿。',
    'en-US': "The data exceeds Excel's per-request size limit. Remove unrelated large sheets and try again, or process the workbook with the command line.",
  },
  AccessDenied: {
    'zh-CN': '工作簿或工作表受保护、或以只读方式打开，无法写入。请撤消工作表保护或以编辑模式打开后重试。',
    'en-US': 'The workbook or a sheet is protected or read-only. Unprotect it or open it for editing, then try again.',
  },
  ItemNotFound: {
    'zh-CN': '找不到所需的工作表或单元格（可能刚被重命名或删除）。请重试。',
    'en-US': 'A sheet or cell could not be found (it may just have been renamed or deleted). Try again.',
  },
  ItemAlreadyExists: {
    'zh-CN': '已存在同名工作表（可能刚被添加）。请重试。',
    'en-US': 'A sheet with the same name already exists (it may just have been added). Try again.',
  },
  ActivityLimitReached: {
    'zh-CN': 'Excel 暂时繁忙，请稍后重试。',
    'en-US': 'Excel is busy. Wait a moment, then try again.',
  },
  InvalidSelection: {
    'zh-CN': '该单元格所在的工作表已隐藏或无法选择。请先取消隐藏该工作表。',
    'en-US': 'The sheet of that cell is hidden or cannot be selected. Unhide the sheet first.',
  },
};

function genericAdvice(code: string, detail: string): Bilingual {
  // Excel's own message usually ends in a full stop already: do not add a second one.
  const bare = detail.trim().replace(/[.。]+$/, '');
  const zhDetail = bare ? `：${bare}` : '';
  const enDetail = bare ? `: ${bare}` : '';
  return {
    'zh-CN': `Excel 返回错误 ${code}${zhDetail}。请重试；如仍失败，请保存并重新打开工作簿。`,
    'en-US': `Excel reported ${code}${enDetail}. Try again; if it keeps failing, save and reopen the workbook.`,
  };
}

export class OfficeHostError extends Error {
  override readonly name = 'OfficeHostError';
  /** Excel's error code (`InvalidOperationInCellEditMode`, `GeneralException`, …). */
  readonly code: string;
  readonly operation: OfficeOperation;
  /** The readable message in each locale. */
  readonly messages: Bilingual;
  /** Excel's `debugInfo`, when it gave one. */
  readonly debugInfo: unknown;
  readonly cause: unknown;

  constructor(operation: OfficeOperation, code: string, detail: string, cause: unknown, locale: Locale, debugInfo?: unknown) {
    const advice = ADVICE[code] ?? genericAdvice(code, detail);
    const messages: Bilingual = {
      'zh-CN': `${OPERATION[operation]['zh-CN']}（${code}）。${advice['zh-CN']}`,
      'en-US': `${OPERATION[operation]['en-US']} (${code}). ${advice['en-US']}`,
    };
    super(messages[locale]);
    this.code = code;
    this.operation = operation;
    this.messages = messages;
    this.cause = cause;
    this.debugInfo = debugInfo;
  }

  localized(locale: Locale): string {
    return this.messages[locale];
  }
}

/** An error from Excel: an object with a string `code` (OfficeExtension.Error or a plain `{ code, message }`). */
export function isExcelError(error: unknown): error is { code: string; message?: unknown; debugInfo?: unknown } {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string';
}

export function excelErrorCode(error: unknown): string | undefined {
  return isExcelError(error) ? error.code : undefined;
}

/** Wraps an Excel error into an OfficeHostError; anything else (a programming error) is returned unchanged. */
export function wrapExcelError(error: unknown, operation: OfficeOperation, locale: Locale): unknown {
  if (error instanceof OfficeHostError || !isExcelError(error)) return error;
  const detail = typeof error.message === 'string' ? error.message : '';
  return new OfficeHostError(operation, error.code, detail, error, locale, error.debugInfo);
}
