import type { Config } from '../config/schema.js';
import type { FileSummary } from '../model/records.js';
import type { AcademicYear } from '../model/year.js';
import type { MetricsResult } from './index.js';
import { NOT_FOR_PUBLICATION, publicRows } from './metric-table.js';

/**
 * metrics.json: the same rows as metrics.csv, with what they were computed from. Paths are relative to the config
 * folder and nothing depends on the clock, so the same inputs give the same bytes.
 */
export function metricsJson(
  result: { readonly files: readonly FileSummary[]; readonly metrics: MetricsResult; readonly config: Config },
  year: AcademicYear,
  version: string,
): string {
  const { metrics } = result;
  const exclusions = new Map<string, { kind: string; reason: string; records: number; urns: Set<string> }>();
  for (const e of metrics.exclusions) {
    const key = `${e.kind}|${e.reason}`;
    const entry = exclusions.get(key) ?? { kind: e.kind, reason: e.reason, records: 0, urns: new Set<string>() };
    entry.records += 1;
    entry.urns.add(e.urn);
    exclusions.set(key, entry);
  }
  return `${JSON.stringify(
    {
      meta: {
        tool: 'hubs-eval',
        version,
        year,
        disclosureControl: metrics.sdcApplied ? result.config.sdc : null,
        publication: metrics.sdcApplied ? 'disclosure control applied' : NOT_FOR_PUBLICATION,
        hubs: result.config.hubs.map((h) => ({ id: h.id, name: h.name })),
        comparator: result.config.comparator,
      },
      inputs: result.files.map((f) => ({
        file: f.file,
        kind: f.kind,
        layout: f.layout,
        sha256: f.sha256,
        rows: f.rowsKept,
        years: f.years,
        ...(f.yearBasis ? { yearBasis: f.yearBasis } : {}),
      })),
      absent: metrics.absent,
      coverage: metrics.coverage,
      exclusions: [...exclusions.values()]
        .sort((a, b) => (a.kind + a.reason < b.kind + b.reason ? -1 : 1))
        .map((e) => ({ kind: e.kind, reason: e.reason, records: e.records, urns: [...e.urns].sort() })),
      rows: publicRows(metrics.rows),
    },
    null,
    2,
  )}\n`;
}
