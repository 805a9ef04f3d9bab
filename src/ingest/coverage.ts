import type { HubIndex } from '../config/hub-index.js';
import type { Problem } from '../model/problem.js';
import type { FileSummary, InputKind, ReadResult } from '../model/records.js';
import { INPUT_KINDS } from '../model/records.js';
import { keepLatestReturns } from './compass-supersession.js';
import type { Inputs, RecordsByKind } from './index.js';
import { duplicateUrnsAcrossFiles } from './register-across-files.js';

/** Which hubs a file's records reach: through LA codes, or through the register for URN-keyed files. */
export function hubsCovered(
  kind: InputKind,
  result: ReadResult<RecordsByKind[InputKind]>,
  hubs: HubIndex,
  hubOfUrn: ReadonlyMap<string, string>,
): string[] {
  const found = new Set<string>();
  // An activity log read as a stream keeps no records, only its URNs.
  if (kind === 'activities' && result.urnLines) {
    for (const urn of result.urnLines.keys()) {
      const hub = hubOfUrn.get(urn);
      if (hub) found.add(hub);
    }
  }
  // A school-level destinations file reaches hubs through its schools' URNs in the register.
  if (kind === 'destinations') {
    for (const s of (result as ReadResult<RecordsByKind['destinations']>).schools ?? []) {
      const hub = hubOfUrn.get(s.urn);
      if (hub) found.add(hub);
    }
  }
  for (const r of result.records) {
    let hub: string | undefined;
    if (kind === 'institutions') hub = hubs.hubOf((r as RecordsByKind['institutions']).laCode);
    else if (kind === 'destinations' || kind === 'neet') {
      const row = r as RecordsByKind['destinations'] | RecordsByKind['neet'];
      hub = hubs.hubOf(row.areaCode) ?? hubs.hubOf(row.oldLaCode);
    } else hub = hubOfUrn.get((r as RecordsByKind['compass'] | RecordsByKind['activities']).urn);
    if (hub) found.add(hub);
  }
  return hubs.hubs.map((h) => h.id).filter((id) => found.has(id));
}

/** Schools in a school-level destinations file, and how many of them the register (any file) lists. */
export interface SchoolsMatched {
  readonly schools: number;
  readonly inRegister: number;
}

export function schoolsMatched(
  result: ReadResult<RecordsByKind[InputKind]>,
  register: ReadonlySet<string>,
): SchoolsMatched | undefined {
  const rows = (result as ReadResult<RecordsByKind['destinations']>).schools;
  if (!rows?.length) return undefined;
  const urns = new Set(rows.map((r) => r.urn));
  return { schools: urns.size, inRegister: [...urns].filter((u) => register.has(u)).length };
}

export function hubOfUrnMap(inputs: Inputs, hubs: HubIndex): Map<string, string> {
  const map = new Map<string, string>();
  for (const file of inputs.institutions) {
    for (const inst of file.records) {
      const hub = hubs.hubOf(inst.laCode);
      if (hub) map.set(inst.urn, hub);
    }
  }
  return map;
}

/**
 * Problems that need more than one file to see: a URN in two register files, register LAs outside every hub,
 * Compass returns and activities for institutions the register does not know, and configured LAs a DfE file has
 * no row for.
 */
export function crossFileProblems(inputs: Inputs, hubs: HubIndex): Problem[] {
  const problems: Problem[] = duplicateUrnsAcrossFiles(inputs.institutions);
  const known = new Set(inputs.institutions.flatMap((f) => f.records.map((r) => r.urn)));
  for (const file of inputs.institutions) {
    // One warning per LA code, at the first line that has it, naming the other lines too (up to five).
    const outside = new Map<string, number[]>();
    for (const inst of file.records)
      if (!hubs.find(inst.laCode)) outside.set(inst.laCode, [...(outside.get(inst.laCode) ?? []), inst.source.line]);
    for (const [code, lines] of outside) {
      const n = lines.length;
      const others = lines.slice(1, 6).join(', ') + (n > 6 ? ` and ${n - 6} more` : '');
      problems.push({
        severity: 'warning',
        file: file.summary.file,
        line: lines[0],
        column: 'la_code',
        found: code,
        expected: 'an LA code of a configured hub',
        message:
          `${n} institution${n === 1 ? '' : 's'} in an LA that no hub covers; ${n === 1 ? 'it is' : 'they are'} ` +
          `left out of hub figures${n > 1 ? ` (also on line${n === 2 ? '' : 's'} ${others})` : ''}`,
      });
    }
  }
  if (inputs.institutions.length > 0) {
    for (const kind of ['compass', 'activities'] as const) {
      for (const file of inputs[kind]) {
        const unknown = new Map<string, number>();
        for (const r of file.records) if (!known.has(r.urn)) unknown.set(r.urn, unknown.get(r.urn) ?? r.source.line);
        // An activity log read as a stream keeps no records, only each URN's first line.
        if (file.records.length === 0)
          for (const [urn, line] of file.urnLines ?? [])
            if (!known.has(urn) && !unknown.has(urn)) unknown.set(urn, line);
        if (unknown.size > 0) {
          const sample = [...unknown]
            .slice(0, 5)
            .map(([urn, line]) => `${urn} (line ${line})`)
            .join(', ');
          problems.push({
            severity: 'warning',
            file: file.summary.file,
            column: 'urn',
            expected: 'a URN in the institutions register',
            found: sample,
            message:
              `${unknown.size} URN${unknown.size === 1 ? '' : 's'} not in the register; their rows are left ` +
              `out of hub figures`,
          });
        }
      }
    }
  }
  for (const kind of ['destinations', 'neet'] as const) {
    for (const file of inputs[kind]) problems.push(...missingLaProblems(file.summary, file.records, hubs));
  }
  for (const kind of INPUT_KINDS) {
    for (const file of inputs[kind]) {
      if (file.summary.rowsKept === 0 && !file.problems.some((p) => p.severity === 'error')) {
        problems.push({
          severity: 'warning',
          file: file.summary.file,
          message: 'the file has no data rows, so it adds nothing to any figure',
        });
      }
    }
  }
  problems.push(...supersededAcrossFiles(inputs));
  return problems;
}

/** Compass returns replaced by a later return for the same institution and year in another file: reported, not lost. */
function supersededAcrossFiles(inputs: Inputs): Problem[] {
  if (inputs.compass.length < 2) return [];
  const { superseded } = keepLatestReturns(inputs.compass.flatMap((f) => f.records));
  // Each file's records are already its latest returns, so what is superseded now lost to another file.
  const byFile = new Map<string, RecordsByKind['compass'][]>();
  for (const r of superseded) byFile.set(r.source.file, [...(byFile.get(r.source.file) ?? []), r]);
  return [...byFile].map(([file, returns]) => ({
    severity: 'warning' as const,
    file,
    line: returns[0]!.source.line,
    column: 'urn',
    found: returns
      .slice(0, 5)
      .map((r) => `${r.urn} (${r.year})`)
      .join(', '),
    message:
      `${returns.length} return${returns.length === 1 ? ' is' : 's are'} superseded by a later return for ` +
      `the same institution and year in another file; the later one counts`,
  }));
}

function missingLaProblems(
  summary: FileSummary,
  records: readonly (RecordsByKind['destinations'] | RecordsByKind['neet'])[],
  hubs: HubIndex,
): Problem[] {
  const local = records.filter((r) => r.level === 'local_authority' || r.level === 'local_authority_district');
  if (local.length === 0) return [];
  // A file of comparison areas only (statistical neighbours outside the hubs) feeds no hub figure: nothing missing.
  if (!local.some((r) => hubs.find(r.areaCode) ?? hubs.find(r.oldLaCode))) return [];
  // No empty code: an LA configured without an old code must not match every row without one.
  const present = new Set(local.flatMap((r) => [r.areaCode, r.oldLaCode ?? '']).filter((c) => c !== ''));
  const byDistrict = local.every((r) => r.level === 'local_authority_district');
  const problems: Problem[] = [];
  for (const hub of hubs.hubs) {
    const missing = hub.localAuthorities.filter((la) => !present.has(la.newCode) && !present.has(la.oldCode));
    if (missing.length) {
      const las = missing.map((la) => `${la.name} (${la.newCode})`).join(', ');
      const figures =
        missing.length === hub.localAuthorities.length
          ? `this file gives no figures for the ${hub.name} hub`
          : `the ${hub.name} hub's figures from this file come from its other local authorities`;
      problems.push({
        severity: 'warning',
        file: summary.file,
        message: `no rows for ${las}, so ${figures}${byDistrict ? countyHint(missing) : ''}`,
      });
    }
  }
  return problems;
}

/**
 * A file by LA district has no row for a two-tier county (ONS E10 code), only for its districts (E07), which a hub
 * places only by listing them.
 */
function countyHint(missing: readonly { readonly newCode: string }[]): string {
  const counties = missing.filter((la) => la.newCode.startsWith('E10')).length;
  if (counties === 0) return '';
  return (
    `; the file is by LA district, and ${counties === 1 ? 'a county is' : 'counties are'} in it only as ` +
    `${counties === 1 ? 'its districts' : 'their districts'}: list the district codes in the hub to place them`
  );
}
