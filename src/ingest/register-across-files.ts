import type { Problem } from '../model/problem.js';
import type { Institution, ReadResult } from '../model/records.js';

/**
 * The same URN in two register files is an error on the later line, naming the first file and line: which row
 * is right (a copy with an empty `joined` would empty every hub) is for the evaluator to say, not for file order.
 * Repeats within one file are the reader's own error.
 */
export function duplicateUrnsAcrossFiles(files: readonly ReadResult<Institution>[]): Problem[] {
  const first = new Map<string, Institution['source']>();
  const problems: Problem[] = [];
  for (const file of files) {
    for (const inst of file.records) {
      const seen = first.get(inst.urn);
      if (seen === undefined) first.set(inst.urn, inst.source);
      else if (seen.file !== inst.source.file)
        problems.push({
          severity: 'error',
          file: inst.source.file,
          line: inst.source.line,
          column: 'urn',
          expected: 'each URN in one register file only',
          found: inst.urn,
          message: `URN ${inst.urn} is in two register files; keep one of the two rows`,
          also: { file: seen.file, line: seen.line },
        });
    }
  }
  return problems;
}
