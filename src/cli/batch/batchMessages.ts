/** The words of `perf-eval batch`, per locale (the one-line open failures come from ../messages.ts). */
import type { Locale } from '../../domain/diagnostics/types';
import type { XlsxOpenFailure } from '../../hosts/xlsx/openErrors';

export interface BatchMessages {
  readonly needsSummary: string;
  readonly needsInputs: string;
  readonly badJobs: (value: string) => string;
  readonly badProfile: (value: string, known: readonly string[]) => string;
  readonly badMode: (value: string) => string;
  readonly noFiles: (args: string) => string;
  readonly summaryIsInput: (path: string) => string;
  readonly progressLine: (done: number, total: number, file: string, result: string) => string;
  readonly unchanged: string;
  readonly interrupted: (done: number, total: number) => string;
  readonly done: (files: number, seconds: string) => string;
  readonly counts: (scored: number, provisional: number, unscored: number, unreadable: number, unchanged: number) => string;
  readonly grades: (counts: Readonly<Record<string, number>>) => string;
  readonly summaryWritten: (path: string) => string;
  readonly summaryNotWritten: string;
  readonly outputsWritten: (dir: string) => string;
  readonly workers: (jobs: number) => string;
  readonly skippedFiles: (count: number) => string;
  readonly outputFailed: (detail: string) => string;
  readonly noIndicators: string;
  /** Short group headings for 常见问题 (the one-line messages name the file). */
  readonly reasonTitles: Readonly<Record<XlsxOpenFailure | 'internal', string>>;
}

const ZH: BatchMessages = {
  needsSummary: 'batch 需要用 -o 指定汇总工作簿，例如 -o 汇总.xlsx。',
  needsInputs: 'batch 需要一个文件夹或若干个文件。',
  badJobs: (v) => `--jobs 应为 1 到 16 之间的整数，而不是“${v}”。`,
  badProfile: (v, known) => `未知的评分口径“${v}”（可用：${known.join('、')}）。`,
  badMode: (v) => `不支持的评价类型“${v}”（可用：self 自评、tracking 绩效跟踪；不写则按各文件自己的评价类型）。`,
  noFiles: (a) => `${a} 中没有 Excel 工作簿。`,
  summaryIsInput: (p) => `汇总文件 ${p} 也是输入文件之一，为免覆盖未运行；请换一个文件名。`,
  progressLine: (d, t, f, r) => `[${d}/${t}] ${f}：${r}`,
  unchanged: '未改动，沿用上次结果',
  interrupted: (d, t) => `已中断：处理了 ${d} / ${t} 个文件。`,
  done: (f, s) => `已处理 ${f} 个文件，用时 ${s} 秒。`,
  counts: (s, p, u, r, c) =>
    `已评分 ${s} 个（其中暂定 ${p} 个）${u > 0 ? `，无绩效指标表 ${u} 个` : ''}${r > 0 ? `，无法读取 ${r} 个` : ''}${c > 0 ? `；${c} 个未改动，沿用上次结果` : ''}。`,
  grades: (c) => `等级：优 ${c['优'] ?? 0}，良 ${c['良'] ?? 0}，中 ${c['中'] ?? 0}，差 ${c['差'] ?? 0}。`,
  summaryWritten: (p) => `汇总工作簿：${p}`,
  summaryNotWritten: '未处理任何文件，未写出汇总工作簿。',
  outputsWritten: (d) => `各项目的评价结果：${d}`,
  workers: (j) => `使用 ${j} 个工作线程。`,
  skippedFiles: (n) => `跳过了文件夹中 ${n} 个非 Excel 文件、锁定文件或本工具的输出文件。`,
  outputFailed: (d) => `评价结果未能写出：${d}`,
  noIndicators: '未找到绩效指标表，未评分。',
  reasonTitles: {
    notFound: '找不到文件',
    unreadable: '无法读取（文件夹或没有权限）',
    notXlsx: '不是 Excel 工作簿',
    truncated: '文件不完整（被截断）',
    legacyXls: '旧版 .xls 工作簿，请另存为 .xlsx',
    wpsEt: 'WPS 表格文件（.et），请另存为 .xlsx',
    ods: 'OpenDocument 电子表格（.ods），请另存为 .xlsx',
    xlsb: 'Excel 二进制工作簿（.xlsb），请另存为 .xlsx',
    encrypted: '设有打开密码（已加密）',
    notWorkbook: '不是 Excel 工作簿（Word 等其他文件）',
    sizeLimit: '解压后超出读取上限',
    ratioLimit: '压缩比异常（疑似压缩炸弹）',
    corrupt: '文件已损坏',
    internal: '内部错误',
  },
};

const EN: BatchMessages = {
  needsSummary: 'batch needs a summary workbook: -o SUMMARY.xlsx.',
  needsInputs: 'batch needs a folder or some files.',
  badJobs: (v) => `--jobs takes a whole number from 1 to 16, not "${v}".`,
  badProfile: (v, known) => `Unknown scoring profile "${v}" (use ${known.join(', ')}).`,
  badMode: (v) => `Unsupported mode "${v}" (use self or tracking; without --mode each file's own evaluation type decides).`,
  noFiles: (a) => `No Excel workbooks in ${a}.`,
  summaryIsInput: (p) => `The summary ${p} is one of the inputs; not run, to avoid overwriting it. Choose another name.`,
  progressLine: (d, t, f, r) => `[${d}/${t}] ${f}: ${r}`,
  unchanged: 'unchanged, last result kept',
  interrupted: (d, t) => `Interrupted: ${d} of ${t} files processed.`,
  done: (f, s) => `${f} files processed in ${s} s.`,
  counts: (s, p, u, r, c) =>
    `${s} scored (${p} provisional)${u > 0 ? `, ${u} without an indicator sheet` : ''}${r > 0 ? `, ${r} unreadable` : ''}${c > 0 ? `; ${c} unchanged, last result kept` : ''}.`,
  grades: (c) => `Grades: 优 ${c['优'] ?? 0}, 良 ${c['良'] ?? 0}, 中 ${c['中'] ?? 0}, 差 ${c['差'] ?? 0}.`,
  summaryWritten: (p) => `Summary: ${p}`,
  summaryNotWritten: 'No file was processed; no summary written.',
  outputsWritten: (d) => `Project outputs: ${d}`,
  workers: (j) => `Using ${j} worker threads.`,
  skippedFiles: (n) => `Skipped ${n} files in the folders that are not Excel workbooks, lock files or this tool's outputs.`,
  outputFailed: (d) => `Output not written: ${d}`,
  noIndicators: 'No indicator sheet: not scored.',
  reasonTitles: {
    notFound: 'File not found',
    unreadable: 'Cannot be read (a folder, or no permission)',
    notXlsx: 'Not an Excel workbook',
    truncated: 'Incomplete (cut short)',
    legacyXls: 'A legacy .xls workbook: save it as .xlsx',
    wpsEt: 'A WPS Spreadsheets file (.et): save it as .xlsx',
    ods: 'An OpenDocument spreadsheet (.ods): save it as .xlsx',
    xlsb: 'An Excel binary workbook (.xlsb): save it as .xlsx',
    encrypted: 'Password-protected (encrypted)',
    notWorkbook: 'Not an Excel workbook (a Word or other file)',
    sizeLimit: 'Unpacks beyond the reading limit',
    ratioLimit: 'Suspicious compression (a zip bomb?)',
    corrupt: 'Damaged file',
    internal: 'Internal error',
  },
};

export function batchMessages(locale: Locale): BatchMessages {
  return locale === 'en-US' ? EN : ZH;
}
