/**
 * The verdict table of the producer corpus (test/fixtures/producers/verdicts.tsv, made by
 * tools/producerVerdicts.py): for each file, whether openpyxl opens it and LibreOffice converts it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PRODUCERS_DIR } from '../../helpers/fixtures';

export interface Verdict {
  /** Path under test/fixtures/producers/. */
  readonly file: string;
  readonly hostile: boolean;
  readonly openpyxl: 'opens' | 'refuses';
  readonly libreoffice: 'converts' | 'refuses';
  readonly why: string;
}

/** Broken or hostile on purpose, by the corpus's naming (its README). */
export function isHostile(file: string): boolean {
  return /crash|clusterfuzz|poc-|bomb|xxe|corrupted/i.test(path.basename(file));
}

export function readVerdicts(): Verdict[] {
  const lines = readFileSync(path.join(PRODUCERS_DIR, 'verdicts.tsv'), 'utf8').split('\n');
  const rows = lines.filter((line) => line !== '' && !line.startsWith('#')).slice(1);
  return rows.map((line) => {
    const [file = '', kind = '', openpyxl = '', libreoffice = '', why = ''] = line.split('\t');
    return { file, hostile: kind === 'hostile', openpyxl: openpyxl as Verdict['openpyxl'], libreoffice: libreoffice as Verdict['libreoffice'], why };
  });
}

/** Another reader opens it: perf-eval must read it too. */
export function readable(verdict: Verdict): boolean {
  return verdict.openpyxl === 'opens' || verdict.libreoffice === 'converts';
}
