import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AcademicYear } from '../model/year.js';

/**
 * Writes a set of files so a failed run never leaves a half-written output over a good one: everything is
 * written under a temporary folder beside the target first, then each file is renamed into place.
 */
export function writeFilesAtomically(outDir: string, files: ReadonlyMap<string, string | Uint8Array>): string[] {
  mkdirSync(outDir, { recursive: true });
  const staging = path.join(outDir, `.hubs-eval-tmp-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const [rel, data] of files) {
      const target = path.join(staging, rel);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, data);
    }
    const written: string[] = [];
    for (const rel of files.keys()) {
      const target = path.join(outDir, rel);
      mkdirSync(path.dirname(target), { recursive: true });
      renameSync(path.join(staging, rel), target);
      written.push(target);
    }
    return written;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Default output folder: reports/2023-24 for 2023/24, under the current folder. */
export function defaultOutDir(cwd: string, year: AcademicYear): string {
  return path.join(cwd, 'reports', year.replace('/', '-'));
}
