import path from 'node:path';
import { HubIndex } from '../config/hub-index.js';
import type { Config } from '../config/schema.js';
import { UserError } from '../errors.js';
import { markNotForPublication } from '../metrics/metric-table.js';
import { surveyMetrics } from '../metrics/surveys.js';
import { targetProgress } from '../metrics/targets.js';
import { themeCounts } from '../metrics/themes.js';
import type { MetricRow } from '../model/metric.js';
import type { Institution } from '../model/records.js';
import type { AcademicYear } from '../model/year.js';
import type { EvidenceInput } from '../plan/evidence-input.js';
import type { EvidenceFiles } from './read-evidence.js';

/**
 * Survey measures (through the shared disclosure control, or marked not for publication with --no-sdc), then progress
 * against the config's targets over every metric row, administrative and survey alike.
 */
export function computeEvidence(
  files: EvidenceFiles,
  options: {
    readonly config: Config;
    readonly institutions: readonly Institution[];
    readonly rows: readonly MetricRow[];
    readonly year: AcademicYear;
    readonly sdc: boolean;
  },
): { rows: MetricRow[]; evidence: EvidenceInput } {
  const { config } = options;
  const surveys = files.surveys.map((s) => s.data);
  const computed = surveyMetrics({
    surveys,
    hubs: new HubIndex(config.hubs),
    institutions: options.institutions,
    period: options.year,
    sdc: options.sdc ? config.sdc : null,
  });
  const rows = options.sdc ? computed : markNotForPublication(computed);
  const rank = (entry: Config['surveys'][number] | null) =>
    entry ? config.surveys.indexOf(entry) : config.surveys.length;
  const relative = (f: string) => path.relative(config.dir, f).split(path.sep).join('/');
  return {
    rows,
    evidence: {
      // In the order of the config's `surveys` section, then exports it does not describe, by file name.
      surveys: [...files.surveys]
        .sort((a, b) => rank(a.config) - rank(b.config))
        .map(({ data, config: entry }) => {
          const respondents = entry?.respondents ?? 'respondents';
          // More responses than people invited is a wrong number in the config, not a response rate over 100%.
          if (typeof entry?.invited === 'number' && entry.invited < data.responses.length)
            throw new UserError(
              `surveys "${entry.id}": invited is ${entry.invited}, fewer than the ${data.responses.length} complete ` +
                `responses in ${relative(data.file)}`,
              'Give the number of people the survey was sent to, or leave invited out.',
            );
          return {
            data,
            respondents,
            title: entry?.title ?? (entry ? `Survey of ${respondents}` : `Survey: ${data.id}`),
            period: entry?.period ?? null,
            invited: entry?.invited ?? null,
            file: relative(data.file),
          };
        }),
      items: files.items.map((i) => ({ ...i, file: relative(i.file) })),
      // Coded free text: counts only, through the same disclosure rules (none with --no-sdc, marked as such).
      themes: (files.coded ?? []).map((c) =>
        themeCounts({ ...c, file: relative(c.file) }, options.year, options.sdc ? config.sdc : null),
      ),
      targets: targetProgress(
        checkTargetBreakdowns(config, [...options.rows, ...rows]),
        [...options.rows, ...rows],
        options.year,
      ),
    },
  };
}

/**
 * A target whose breakdown the measure does not have would always read "no data"; when the measure has rows for the
 * hub under other breakdowns, that is a config mistake (exit 2) naming them ("total" for destination measures).
 */
function checkTargetBreakdowns(config: Config, rows: readonly MetricRow[]): Config['targets'] {
  config.targets.forEach((t, k) => {
    const forHub = rows.filter((r) => r.measure === t.measure && r.hub === t.hub);
    if (forHub.length === 0 || forHub.some((r) => r.breakdown === t.breakdown)) return;
    const have = [...new Set(forHub.map((r) => r.breakdown))].sort().slice(0, 8);
    throw new UserError(
      `targets[${k}].breakdown: ${t.measure} has no breakdown "${t.breakdown}" for ${t.hub}`,
      `Give one of: ${have.join(', ')}.`,
    );
  });
  return config.targets;
}
