/** Bundles officeShim.ts (the fake Excel included) into one browser script with esbuild. */
import * as path from 'node:path';
import { build } from 'esbuild';

export const SHIM_ENTRY = path.resolve(__dirname, 'officeShim.ts');

export async function buildShim(): Promise<string> {
  const result = await build({
    entryPoints: [SHIM_ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    tsconfig: path.resolve(__dirname, '../../tsconfig.json'),
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output for the office.js shim.');
  return file.text;
}
