/**
 * Downloading the draft report as .docx from the pane. Excel on the web and Excel for Windows
 * (WebView2) let an add-in download a file through a link; Excel for Mac and iPad (WKWebView) do not
 * (by design, office-js #2700), so there the pane says where the draft sheet is instead. The Word
 * writer (the docx package) is a chunk of its own, loaded on the first click.
 */
import type { DraftDocument } from '../domain/workbench/draft/draftTypes';

const DOWNLOADING_PLATFORMS = new Set(['OfficeOnline', 'PC']);

/** `platform` as Office.context.platform reports it (`OfficeOnline`, `PC`, `Mac`, `iOS`, …). */
export function canDownload(platform: unknown): boolean {
  return typeof platform === 'string' && DOWNLOADING_PLATFORMS.has(platform) && typeof URL.createObjectURL === 'function';
}

/** Builds the .docx (loading the writer) and hands it to the browser as a download. */
export async function downloadDraft(draft: DraftDocument): Promise<void> {
  const { draftDocx, draftFileName } = await import(/* webpackChunkName: "docx" */ '../hosts/docx/draftDocx');
  const bytes = await draftDocx(draft);
  const blob = new Blob([new Uint8Array(bytes)], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = draftFileName(draft);
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
