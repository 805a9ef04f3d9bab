import type { Problem } from '../../model/problem.js';
import { cap, countWord } from '../phrases/index.js';
import { underFolder } from './input-folder.js';

/** One sentence per distinct warning, saying how many files raised it: "The file(s) … have no rows for …". */
export function groupedWarnings(warnings: readonly Problem[], folder = ''): string[] {
  const byMessage = new Map<string, Set<string>>();
  for (const w of warnings)
    byMessage.set(w.message, (byMessage.get(w.message) ?? new Set()).add(underFolder(w.file, folder)));
  return [...byMessage].map(
    ([message, files]) => `${cap(message)} (${files.size === 1 ? [...files][0] : filesList(files)}).`,
  );
}

/** "three files: a.csv, b.csv, c.csv" */
function filesList(files: ReadonlySet<string>): string {
  return `${countWord(files.size)} files: ${[...files].join(', ')}`;
}
