import { mkdirSync, mkdtempSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { withoutControls } from '../model/printable.js';
import type { AcademicYear } from '../model/year.js';
import { msg } from './messages.js';

/**
 * Writes a set of files so a failed run never leaves a half-written output over a good one: everything is
 * written under a temporary folder beside the target first, then each file is renamed into place.
 */
export function writeFilesAtomically(outDir: string, files: ReadonlyMap<string, string | Uint8Array>): string[] {
  // The last guard for text outputs (HTML, CSV, JSON, SVG): no control character is written, whatever made the text.
  const text = new Map(
    [...files].map(([name, data]) => [name, typeof data === 'string' ? withoutControls(data) : data]),
  );
  try {
    return writeAll(outDir, text);
  } catch (e) {
    // Something checkOutDir cannot foresee (a full disk, a folder made read-only meanwhile) is still not a bug.
    const code = (e as NodeJS.ErrnoException).code;
    if (code && OUTPUT_ERRNOS.has(code)) throw new UserError(msg.cannotWrite(outDir, code), msg.cannotWriteHint());
    throw e;
  }
}

const OUTPUT_ERRNOS = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'EISDIR', 'ENOSPC', 'EDQUOT']);

/**
 * Checks, before anything is read or computed, that `outDir` (from the option or argument named `given`) is, or
 * can become, a writable folder: not an existing file, not under a file, and a folder can be made in the nearest
 * existing folder (permissions, read-only or special file systems).
 */
export function checkOutDir(outDir: string, given = '--out'): void {
  let dir = path.resolve(outDir);
  for (;;) {
    const stat = statOrUndefined(dir);
    if (stat && !stat.isDirectory()) {
      const what = dir === path.resolve(outDir) ? 'an existing file' : `under ${dir}, which is a file`;
      throw new UserError(msg.outNotFolder(outDir, what), msg.outNotFolderHint(given));
    }
    if (stat) break;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  // A real probe, not access(2): it also catches read-only and special file systems, and root's writes there.
  try {
    rmdirSync(mkdtempSync(path.join(dir, '.hubs-eval-probe-')));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EACCES';
    throw new UserError(msg.cannotWrite(outDir, code, dir), msg.cannotWriteHint(given));
  }
}

function statOrUndefined(p: string) {
  try {
    return statSync(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    // ENOTDIR: a component of the path is a file; the walk up reaches it and reports it.
    if (code === 'ENOTDIR') return undefined;
    throw e;
  }
}

/**
 * Removes outputs an earlier run of the same command left in `outDir` that this run did not write (e.g. a
 * report.pdf beside a new --format html report.html), so the folder never mixes two runs. Only the names in
 * `ownNames` are candidates: nothing else in the folder is touched. Returns the paths removed.
 */
export function removeStaleOutputs(outDir: string, ownNames: readonly string[], written: ReadonlyMap<string, unknown>) {
  const removed: string[] = [];
  for (const name of ownNames) {
    if (written.has(name)) continue;
    const file = path.join(outDir, name);
    if (statOrUndefined(file)?.isFile()) {
      rmSync(file, { force: true });
      removed.push(file);
    }
  }
  return removed;
}

function writeAll(outDir: string, files: ReadonlyMap<string, string | Uint8Array>): string[] {
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
