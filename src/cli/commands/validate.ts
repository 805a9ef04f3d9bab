import { EXIT, type ExitCode, UserError } from '../../errors.js';
import { hubOfUrnMap, hubsCovered, schoolsMatched } from '../../ingest/coverage.js';
import { allRecords } from '../../ingest/index.js';
import { displayPath } from '../../ingest/summary.js';
import { groupOverlaps } from '../../metrics/group-members.js';
import { laLevelCodes } from '../../metrics/neighbours-comparison.js';
import { comparisonGroups, laDirectory } from '../../metrics/neighbours-groups.js';
import { printableJson } from '../../model/printable.js';
import { displayedProblem } from '../../model/problem.js';
import { type GivenKind, INPUT_KINDS } from '../../model/records.js';
import type { AcademicYear } from '../../model/year.js';
import { readInputs } from '../../pipeline/read-inputs.js';
import { msg } from '../messages.js';
import { readingProgress, type Terminal } from '../terminal.js';

export interface ValidateOptions {
  readonly cwd: string;
  readonly config: string | undefined;
  readonly files: readonly string[];
  readonly kind: GivenKind | undefined;
  readonly json: boolean;
  /** Personal data in evidence is an error. */
  readonly strict?: boolean;
  /** Today's academic year, from the clock: inputs dated over two years after it are errors. */
  readonly today?: AcademicYear;
}

/** Reads every configured input (or the files given), prints what was found and every problem. */
export async function validateCommand(options: ValidateOptions, term: Terminal): Promise<ExitCode> {
  const read = await readInputs(options, readingProgress(term, options.cwd));
  const { hubs, inputs, present, problems, evidence, neighbours, groups } = read;
  const overlaps = groupOverlaps(groups);
  const groupList = groups.map((g) => ({
    id: g.id,
    name: g.name,
    kind: g.kind,
    members: g.members.size,
    from: g.started,
    to: g.ended,
    overlaps: overlaps.get(g.id) ?? [],
  }));
  const coded = evidence.coded ?? [];
  if (present.length === 0 && evidence.surveys.length + evidence.items.length + coded.length === 0)
    throw new UserError(msg.noInputs(), msg.noInputsHint());
  const hubOfUrn = hubOfUrnMap(inputs, hubs);
  const register = new Set(inputs.institutions.flatMap((f) => f.records.map((r) => r.urn)));
  const hasRegister = inputs.institutions.length > 0;
  const results = INPUT_KINDS.flatMap((kind) => inputs[kind].map((r) => ({ kind, result: r })));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const display = (f: string) => displayPath(f, options.cwd);
  const absent = options.files.length ? [] : INPUT_KINDS.filter((k) => !present.includes(k));

  if (options.json) {
    term.out(
      printableJson(
        {
          files: results.map(({ kind, result }) => ({
            ...result.summary,
            file: display(result.summary.file),
            hubs: hubsCovered(kind, result, hubs, hubOfUrn),
            ...(hasRegister ? { schoolsInRegister: schoolsMatched(result, register) } : {}),
          })),
          absent,
          groups: groupList,
          surveys: evidence.surveys.map(({ data }) => ({
            ...data,
            file: display(data.file),
            // Answers stay out of the printout: free text is never published, not even to a terminal log.
            responses: data.responses.length,
          })),
          evidence: evidence.items.map((i) => ({ ...i, file: display(i.file), body: undefined })),
          // Excerpts stay out for the same reason: counts of codes only.
          coded: coded.map((c) => ({
            file: display(c.file),
            survey: c.survey,
            question: c.question,
            answers: c.answers.length,
          })),
          errors,
          warnings,
          problems: problems.map((p) => displayedProblem(p, display)),
        },
        2,
      ),
    );
  } else {
    for (const { kind, result } of results) {
      const s = result.summary;
      const lines = [
        msg.fileHeading(display(s.file), s),
        msg.fileCounts(s),
        msg.fileYears(s),
        msg.fileHubs(hubsCovered(kind, result, hubs, hubOfUrn)),
        msg.fileSchoolsMatched(schoolsMatched(result, register), hasRegister),
        msg.fileSuppressed(s),
        msg.fileExcluded(s),
        ...s.notes.map(msg.fileNote),
      ];
      for (const l of lines) if (l !== undefined) term.out(l);
    }
    if (groupList.length) {
      term.out(msg.groupsHeading(groupList.length));
      for (const g of groupList) term.out(msg.groupLine(g, g.overlaps));
    }
    if (neighbours) {
      const n = neighbours;
      term.out(
        msg.neighboursHeading(display(n.neighbours.file), n.neighbours.entries.size, n.minimumCloseness ?? null),
      );
      const groups = comparisonGroups({
        neighbours: n.neighbours,
        hubs,
        minimumCloseness: n.minimumCloseness,
        directory: laDirectory(allRecords(inputs, 'neet'), allRecords(inputs, 'destinations')),
        districtToCounty: n.districtToCounty,
        destinationAreaCodes: present.includes('destinations')
          ? laLevelCodes(allRecords(inputs, 'destinations'))
          : undefined,
      });
      for (const g of groups) {
        term.out(
          msg.neighbourGroup(
            g.hub,
            g.members.map((m) => m.la.name),
            g.inHubs.length,
          ),
        );
        if (g.countiesLeftOut.length) term.out(msg.neighbourCounties(g.hub, g.countiesLeftOut, false));
        if (g.countiesByDistrict.length) term.out(msg.neighbourCounties(g.hub, g.countiesByDistrict, true));
        if (g.notInFile.length) term.out(msg.neighbourMissing(g.hub, g.notInFile));
      }
    }
    for (const { data } of evidence.surveys) {
      const lines = [
        msg.surveyHeading(display(data.file), data),
        msg.surveyCounts(data),
        msg.surveyPlacement(data),
        ...data.questions.map(msg.surveyQuestion),
      ];
      for (const l of lines) term.out(l);
    }
    for (const sheet of coded) term.out(msg.codingSheet(display(sheet.file), sheet));
    if (evidence.items.length) term.out(msg.evidenceSummary(evidence.items));
    if (absent.length) term.out(msg.absentKinds(absent));
    if (problems.length) {
      term.out(msg.problemsHeading(errors, warnings));
      for (const p of problems) term.out(msg.problem(p, display));
    }
    const files = results.length + evidence.surveys.length + evidence.items.length + coded.length;
    term.out(msg.validateSummary(files, errors, warnings));
  }
  return errors > 0 ? EXIT.dataProblems : EXIT.ok;
}
