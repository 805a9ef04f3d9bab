import { posix } from 'node:path';

/**
 * Inputs are named by file name, with the folder they share said once: "compass/compass-2019-20.csv" under
 * "data-samples/" rather than "data-samples/compass/compass-2019-20.csv" in every cell. Paths arrive relative to the
 * working folder with forward slashes (as in metrics.csv); the shared folder ends in "/" or is "" when none.
 */
export function sharedFolder(files: readonly string[]): string {
  const dirs = files.map((f) => posix.dirname(f).split('/'));
  const first = dirs[0];
  if (!first) return '';
  let n = 0;
  while (n < first.length && first[n] !== '.' && dirs.every((d) => d[n] === first[n])) n++;
  return n === 0 ? '' : `${first.slice(0, n).join('/')}/`;
}

/** The path below the shared folder. */
export function underFolder(file: string, folder: string): string {
  return folder && file.startsWith(folder) ? file.slice(folder.length) : file;
}

/** "in data-samples/" or "in the working folder", for the one sentence that names the folder. */
export function folderPhrase(folder: string): string {
  return folder ? `in ${folder}` : 'in the folder the report was run from';
}
