import { statSync } from 'node:fs';
import { UserError } from '../errors.js';

/**
 * Checks that an input path names a readable regular file before anything opens it: a missing file or a folder
 * given as a file is the user's mistake (exit 2 with a hint), not an internal error from deep inside a stream.
 */
export function checkInputFile(file: string): void {
  let isFile: boolean;
  try {
    isFile = statSync(file).isFile();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new UserError(
        `input file not found: ${file}`,
        'Check the path (it is relative to the current folder on the command line, to the config file in the ' +
          'config), or run hubs-eval validate to list the configured inputs.',
      );
    if (code === 'EACCES' || code === 'EPERM')
      throw new UserError(`input file cannot be read (permission denied): ${file}`, 'Check the file permissions.');
    throw e;
  }
  if (!isFile)
    throw new UserError(
      `input is a folder, not a file: ${file}`,
      'Give the CSV files inside it (for example folder/*.csv), or a glob pattern in the config.',
    );
}
