/** Paths to the shared fixtures (tests only: the product never reads ../shared). */
import path from 'node:path';
import type { WorkbookSnapshot } from '../../src/app/ports';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost';

export const SHARED_FIXTURES = path.resolve(__dirname, '../../../shared/fixtures');
export const SEED_XLSX = path.join(SHARED_FIXTURES, 'seed-2021-investment-promotion.xlsx');
export const SAMPLE_XLSX = path.resolve(__dirname, '../../assets/samples/seed-2021-investment-promotion.xlsx');

export async function readSnapshot(file: string): Promise<WorkbookSnapshot> {
  return (await XlsxHost.open(file)).read();
}
