/**
 * The incremental cache (`--incremental`): beside the summary, `汇总.xlsx.cache.json` records each
 * file's sha256 and its summary entry. A file whose content hash is the one recorded, under the same
 * tool version and settings (profile, mode, language, outputs folder), keeps its entry without being
 * opened; any other file is evaluated again. The cache is written like the summary (a temporary name,
 * then renamed), and a cache that cannot be read or was written by another version is ignored.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BatchEntry } from '../../app/batch/entry';
import { writeAtomically } from './evaluateFile';

const FORMAT = 1;

export interface CacheSettings {
  readonly profile: string;
  readonly mode: string;
  readonly locale: string;
  /** The outputs folder (absolute) or null. */
  readonly outputs: string | null;
}

interface CacheFile {
  readonly format: number;
  readonly tool: string;
  readonly settings: CacheSettings;
  readonly files: Record<string, { readonly sha256: string; readonly entry: BatchEntry }>;
}

export function cachePath(summary: string): string {
  return `${summary}.cache.json`;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The tool's version (package.json two folders up from src/cli/batch or lib/cli/batch). */
function toolVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

function sameSettings(a: CacheSettings, b: CacheSettings): boolean {
  return a.profile === b.profile && a.mode === b.mode && a.locale === b.locale && a.outputs === b.outputs;
}

export class BatchCache {
  private readonly next: Record<string, { sha256: string; entry: BatchEntry }> = {};

  private constructor(
    private readonly file: string,
    private readonly settings: CacheSettings,
    private readonly previous: CacheFile['files'],
  ) {}

  /** The cache beside `summary`; empty when there is none or it does not apply. */
  static async load(summary: string, settings: CacheSettings): Promise<BatchCache> {
    const file = cachePath(summary);
    let previous: CacheFile['files'] = {};
    try {
      const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<CacheFile>;
      if (parsed.format === FORMAT && parsed.tool === toolVersion() && parsed.settings && sameSettings(parsed.settings, settings) && parsed.files) {
        previous = parsed.files;
      }
    } catch {
      // No cache yet, or one we cannot use: everything is evaluated.
    }
    return new BatchCache(file, settings, previous);
  }

  /** The entry recorded for `file` when its content is still `hash`. */
  lookup(file: string, hash: string): BatchEntry | undefined {
    const hit = Object.prototype.hasOwnProperty.call(this.previous, file) ? this.previous[file] : undefined;
    return hit && hit.sha256 === hash && hit.entry.file === file ? hit.entry : undefined;
  }

  record(file: string, hash: string, entry: BatchEntry): void {
    this.next[file] = { sha256: hash, entry };
  }

  /** Writes what this run recorded (files no longer in the batch drop out). */
  async save(): Promise<void> {
    const files: Record<string, { sha256: string; entry: BatchEntry }> = {};
    for (const key of Object.keys(this.next).sort()) files[key] = this.next[key] as { sha256: string; entry: BatchEntry };
    const body: CacheFile = { format: FORMAT, tool: toolVersion(), settings: this.settings, files };
    await writeAtomically(this.file, Buffer.from(`${JSON.stringify(body)}\n`, 'utf8'));
  }
}
