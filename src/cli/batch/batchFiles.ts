/**
 * Which files a batch evaluates, in a stable order. A folder is walked (sub-folders too, names in
 * code-point order, so the same folder always gives the same list) for spreadsheet files; lock files
 * (`~$…`), hidden files, this tool's own outputs (`….评价结果.xlsx`), the summary and its cache, and
 * the `--outputs` folder are left out. A file named on the command line is always taken, whatever it
 * is: if it cannot be read it becomes a row with its reason.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface BatchInput {
  /** As the user named it, or the folder joined with its path inside. */
  readonly file: string;
  /** Its path inside the folder it was found in (its name alone for a named file). */
  readonly relative: string;
  /** Bytes, when known (0 for a file that cannot be stat'ed). */
  readonly size: number;
}

export interface CollectedInputs {
  readonly inputs: readonly BatchInput[];
  /** Files inside the folders that were left out. */
  readonly skipped: number;
}

/** Extensions taken from a folder: workbooks, and the formats that get a clear "cannot read" row. */
const SPREADSHEET = /\.(xlsx|xlsm|xltx|xltm|xls|xlsb|xlt|et|ett|ods|fods)$/i;
const OWN_OUTPUT = /\.评价结果\.xlsx$/i;

/** A key for comparing paths: absolute, and case-folded (Windows and macOS file systems ignore case). */
export function pathKey(file: string): string {
  return path.resolve(file).toLowerCase();
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function sizeOf(file: string): Promise<{ kind: 'dir' | 'file' | 'missing'; size: number }> {
  try {
    const s = await stat(file);
    return { kind: s.isDirectory() ? 'dir' : 'file', size: s.size };
  } catch {
    return { kind: 'missing', size: 0 };
  }
}

/**
 * The files of `args` (folders and files). `excluded` holds the path keys never to take (the summary,
 * its cache and temporary files); `excludedDirs` the folders never to walk (the outputs folder).
 */
export async function collectInputs(
  args: readonly string[],
  excluded: ReadonlySet<string>,
  excludedDirs: readonly string[],
): Promise<CollectedInputs> {
  const inputs: BatchInput[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  const dirKeys = excludedDirs.map(pathKey);
  const add = (file: string, relative: string, size: number): void => {
    const key = pathKey(file);
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push({ file, relative, size });
  };

  const walk = async (root: string, dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => byCodePoint(a.name, b.name));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) {
        if (!dirKeys.includes(pathKey(full))) await walk(root, full);
        continue;
      }
      const take = SPREADSHEET.test(entry.name) && !entry.name.startsWith('~$') && !OWN_OUTPUT.test(entry.name) && !excluded.has(pathKey(full));
      if (!take) {
        skipped++;
        continue;
      }
      add(full, path.relative(root, full), (await sizeOf(full)).size);
    }
  };

  for (const arg of args) {
    const { kind, size } = await sizeOf(arg);
    if (kind === 'dir') await walk(arg, arg);
    else add(arg, path.basename(arg), size);
  }
  return { inputs, skipped };
}

/**
 * Where each project's own workbook goes under `dir`: its path inside its folder with
 * `.评价结果.xlsx` for its extension. A name already given, or one that is an input, gets `(2)`, `(3)`…
 * so no output overwrites another or an input.
 */
export function outputPaths(inputs: readonly BatchInput[], dir: string): string[] {
  const inputKeys = new Set(inputs.map((i) => pathKey(i.file)));
  const taken = new Set<string>();
  return inputs.map((input) => {
    const base = input.relative.replace(/\.[^./\\]*$/, '');
    for (let n = 1; ; n++) {
      const candidate = path.join(dir, `${base}${n === 1 ? '' : `(${n})`}.评价结果.xlsx`);
      const key = pathKey(candidate);
      if (!taken.has(key) && !inputKeys.has(key)) {
        taken.add(key);
        return candidate;
      }
    }
  });
}
