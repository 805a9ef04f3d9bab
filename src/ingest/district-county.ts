import { type Problem, ProblemLog } from '../model/problem.js';
import { openCsv } from './csv-source.js';

/**
 * A district-to-county lookup in the layout the ONS publishes ("Local Authority District to County (April 2023)
 * Lookup in England": `LAD23CD, LAD23NM, CTY23CD, CTY23NM, ObjectId`; other vintages change the two digits).
 * KS4 destinations are published by LA district; a two-tier county's figure is the sum of its districts.
 */

export interface District {
  readonly code: string;
  readonly name: string;
}

export interface DistrictToCounty {
  readonly file: string;
  readonly sha256: string;
  /** Districts by county code (E10...), in file order. */
  readonly districts: ReadonlyMap<string, readonly District[]>;
  readonly problems: readonly Problem[];
}

const ONS_CODE = /^[EWSN]\d{8}$/;

export async function readDistrictToCounty(file: string): Promise<DistrictToCounty> {
  const log = new ProblemLog(file);
  const csv = await openCsv(file, log);
  const find = (re: RegExp) => csv.header.findIndex((h) => re.test(h));
  const at = { lad: find(/^LAD\d{2}CD$/i), ladName: find(/^LAD\d{2}NM$/i), cty: find(/^CTY\d{2}CD$/i) };
  const districts = new Map<string, District[]>();
  if (csv.header.length > 0 && (at.lad < 0 || at.cty < 0)) {
    log.error({
      line: 1,
      message: 'not an ONS district-to-county lookup',
      expected: 'columns LADyyCD and CTYyyCD (e.g. LAD23CD, CTY23CD)',
      found: csv.header.join(',').slice(0, 80),
    });
    return { file, sha256: csv.sha256, districts, problems: log.problems };
  }
  for await (const row of csv.rows) {
    const lad = (row.cells[at.lad] ?? '').trim();
    const cty = (row.cells[at.cty] ?? '').trim();
    let ok = true;
    for (const [value, column] of [
      [lad, csv.header[at.lad]],
      [cty, csv.header[at.cty]],
    ] as const) {
      if (ONS_CODE.test(value)) continue;
      ok = false;
      log.error({
        line: row.line,
        column,
        message: 'not an ONS area code',
        expected: 'e.g. E07000105',
        found: value.replace(/\p{Cc}/gu, '?').slice(0, 60),
      });
    }
    if (!ok) continue;
    const list = districts.get(cty) ?? [];
    list.push({ code: lad, name: at.ladName >= 0 ? (row.cells[at.ladName] ?? '').trim() : lad });
    districts.set(cty, list);
  }
  return { file, sha256: csv.sha256, districts, problems: log.problems };
}
