import type { Problem } from '../../model/problem.js';
import type { FileSummary } from '../../model/records.js';
import { cap, INPUT_TITLES } from '../phrases/index.js';
import { yearSpan } from './sources-table.js';

/**
 * The warnings a reader of the report needs, one sentence per distinct warning, naming the source by its title and
 * the years of the files that raised it: "No rows for City of London (…) (Participation in education…, 2019/20 to
 * 2023/24)." Only warnings about the administrative inputs are limitations of the data; the rest (evidence without
 * consent, survey and coding sheets) are the evaluator's to act on and go to report-checks.md, never the report.
 */
export function sourceWarnings(warnings: readonly Problem[], files: readonly FileSummary[]): string[] {
  const byFile = new Map(files.map((f) => [f.file, f]));
  const byMessage = new Map<string, FileSummary[]>();
  for (const w of warnings) {
    const file = byFile.get(w.file);
    if (file) byMessage.set(w.message, [...(byMessage.get(w.message) ?? []), file]);
  }
  return [...byMessage].map(([message, from]) => {
    const kinds = [...new Set(from.map((f) => f.kind))];
    const years = yearSpan(from.flatMap((f) => f.years));
    const sources = kinds.map((k) => INPUT_TITLES[k].title).join('; ');
    // The readers word a warning about one file; the report names the source, so the file becomes the source.
    const text = message.replace(/\bthis file\b/g, 'this source');
    return `${cap(text)} (${sources}${years ? `, ${years}` : ''}).`;
  });
}
