import { ProblemLog } from '../../../model/problem.js';
import type { DestinationRow, ReadResult } from '../../../model/records.js';
import type { SchoolDestination } from '../../../model/school-destination.js';
import { Columns, openCsv } from '../../csv-source.js';
import type { ReadOptions } from '../../reader.js';
import { SummaryBuilder } from '../../summary.js';
import { eesFold, foldEesRow, isEesSchool } from './ees-school.js';
import { isPerformanceTables, tablesRows } from './performance-tables.js';

export function isSchoolLayout(columns: Columns): boolean {
  return isEesSchool(columns) || isPerformanceTables(columns);
}

/**
 * KS4 destinations by school, in either published layout. The school rows go to `schools`; `records` (area rows)
 * stays empty, so the area measures never count a school twice.
 */
export async function readSchoolDestinations(file: string, options: ReadOptions): Promise<ReadResult<DestinationRow>> {
  const log = new ProblemLog(file);
  const csv = await openCsv(file, log);
  const summary = new SummaryBuilder('destinations', csv);
  const columns = new Columns(csv.header, log);
  const schools: SchoolDestination[] = [];
  if (isPerformanceTables(columns)) {
    summary.layout = 'performance-tables (KS4 destinations by school)';
    const cohort = options.fileCohorts?.get(file);
    if (!cohort) {
      log.error({
        line: 1,
        message: 'this school performance tables file has no year column, so its KS4 cohort is not known',
        expected: 'an inputs.destinations entry { "file": "...", "cohort": "2016/17" } naming this file',
        found: 'no cohort for this file in the config',
      });
    } else summary.yearBasis = `No year column: the config gives this file as the ${cohort} KS4 cohort.`;
    for await (const row of csv.rows) {
      summary.rowsRead++;
      if (!cohort) continue;
      const read = tablesRows(file, columns, row, cohort, log, summary);
      schools.push(...read);
    }
  } else {
    summary.layout = 'ees-school (KS4 destinations by school)';
    summary.yearBasis = 'time_period is the KS4 cohort year (as in the ees_ks4_* files): 202122 = the 2021/22 cohort.';
    const fold = eesFold(file, columns, log, summary);
    for await (const batch of csv.batches)
      for (const row of batch) {
        summary.rowsRead++;
        foldEesRow(fold, row);
      }
    schools.push(...fold.drafts.values());
  }
  for (const s of schools) tally(summary, s);
  const urns = new Set(schools.map((s) => s.urn));
  summary.note(`${urns.size.toLocaleString('en-GB')} schools read.`);
  return { summary: summary.build(), records: [], superseded: [], problems: log.problems, schools };
}

function tally(summary: SummaryBuilder, s: SchoolDestination): void {
  if (s.breakdown === 'total') summary.rowsKept++;
  summary.year(s.cohortYear);
  for (const v of [...Object.values(s.counts), ...Object.values(s.pcts)]) summary.figure(v);
}
