import { formatProblem } from '../model/problem.js';
import { checksMsg } from './messages.js';
import type { PipelineResult } from './read-and-compute.js';

/** A table cell of Markdown: a pipe in a file name would end the cell. */
const cell = (s: string) => s.replace(/\|/g, '\\|');

/**
 * report-checks.md: what the evaluator must see before publishing and a reader of the report must not (consent
 * missing, the files and layouts read, their digests, quotes withheld). Pure: the command writes it beside the report.
 */
export function reportChecks(result: PipelineResult, year: string): string {
  const { warnings, files, sources } = result;
  const withheld = (result.evidence.themes ?? []).flatMap((q) =>
    q.withheldQuotes.map((w) => checksMsg.withheld(q.source.file, w.theme, w.line)),
  );
  const lines = [
    checksMsg.title(),
    '',
    checksMsg.intro(year),
    '',
    checksMsg.warningsHeading(),
    '',
    ...(warnings.length ? warnings.map((w) => `- ${formatProblem(w)}`) : [checksMsg.noWarnings()]),
    '',
    ...(withheld.length ? [checksMsg.withheldHeading(), '', ...withheld, ''] : []),
    checksMsg.inputsHeading(),
    '',
    checksMsg.inputsHeader(),
    ...files.map((f) => `| ${cell(f.file)} | ${f.kind} | ${cell(f.layout)} | ${f.rowsKept} | ${f.sha256} |`),
    '',
    ...(sources.length
      ? [
          checksMsg.otherHeading(),
          '',
          checksMsg.otherHeader(),
          ...sources.map((s) => `| ${cell(s.file)} | ${s.kind} | ${s.sha256} |`),
          '',
        ]
      : []),
  ];
  return `${lines.join('\n')}`;
}
