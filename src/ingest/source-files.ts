import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** A file that can change the report, beside the tabular inputs: its path as given, what it is, and its SHA-256. */
export interface SourceFile {
  readonly file: string;
  readonly kind: string;
  readonly sha256: string;
}

/** The SHA-256 of each file's bytes; a file that cannot be read is left out (its reader reports it). */
export function hashSourceFiles(files: readonly { readonly file: string; readonly kind: string }[]): SourceFile[] {
  return files.flatMap(({ file, kind }) => {
    try {
      return [{ file, kind, sha256: createHash('sha256').update(readFileSync(file)).digest('hex') }];
    } catch {
      return [];
    }
  });
}
