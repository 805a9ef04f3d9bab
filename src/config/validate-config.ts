import type { z } from 'zod';
import { defaultConfig } from './defaults.js';
import { type ConfigDocument, configDocument, hubList } from './document-schema.js';
import { evaluationConfig, evaluationProblems } from './evaluation.js';
import { evidenceConfig, evidenceProblems } from './evidence-config.js';
import { groupConfig, groupProblems, strandConfigs } from './groups.js';
import type { Config, HubConfig } from './schema.js';

/**
 * Turns a parsed config document into a Config, collecting every problem as `key.path: message` (schema problems
 * from zod, then the checks across hubs). With problems, the config returned is the default one: callers stop.
 */
export function configFromRaw(raw: unknown, file: string, dir: string): { config: Config; problems: string[] } {
  const base = defaultConfig(dir);
  const parsed = configDocument.safeParse(raw ?? {});
  if (!parsed.success) {
    // The checks across hubs still run when the hubs themselves are well formed, so every problem is listed at once.
    const hubs = hubList.safeParse(raw !== null && typeof raw === 'object' && 'hubs' in raw ? raw.hubs : undefined);
    const across = hubs.success && hubs.data ? hubProblems(hubs.data.map((h) => ({ ...h, lead: h.lead ?? '' }))) : [];
    return { config: base, problems: [...parsed.error.issues.flatMap(issueLines), ...across] };
  }
  const doc = parsed.data;
  const hubs = doc.hubs?.map((h) => ({ ...h, lead: h.lead ?? '' })) ?? base.hubs;
  const config: Config = {
    file,
    dir,
    report: { ...base.report, ...doc.report, logo: doc.report?.logo ?? null },
    hubs,
    groups: (doc.groups ?? []).map(groupConfig),
    strands: strandConfigs(doc.strands, hubs),
    inputs: inputPatterns(doc.inputs),
    fileCohorts: (doc.inputs?.destinations ?? []).flatMap((e) => (typeof e === 'string' ? [] : [e])),
    comparator: { ...base.comparator, ...doc.comparator },
    destinations: {
      institutionGroup: doc.destinations?.institutionGroup ?? base.destinations.institutionGroup,
      poolAroundSuppressed: doc.destinations?.poolAroundSuppressed ?? base.destinations.poolAroundSuppressed,
      cohorts: doc.destinations?.cohorts ?? base.destinations.cohorts,
    },
    sdc: { ...base.sdc, ...doc.sdc },
    activities: {
      labels: Object.fromEntries(
        Object.entries(doc.activities?.labels ?? {}).map(([label, type]) => [label.trim().toLowerCase(), type]),
      ),
      smeThreshold: doc.activities?.smeThreshold ?? base.activities.smeThreshold,
    },
    narrative: {
      foreword: doc.narrative?.foreword ?? null,
      acknowledgements: doc.narrative?.acknowledgements ?? null,
      recommendations: doc.narrative?.recommendations ?? null,
    },
    comparators: {
      statisticalNeighbours: doc.comparators?.statisticalNeighbours ?? null,
      minimumCloseness: doc.comparators?.minimumCloseness ?? null,
    },
    geography: { districtToCounty: doc.geography?.districtToCounty ?? null },
    ...evidenceConfig(doc),
    evaluation: evaluationConfig(doc.evaluation),
  };
  const problems = [
    ...hubProblems(config.hubs),
    ...groupProblems(config.hubs, config.groups, config.strands),
    ...evidenceProblems(config),
    ...evaluationProblems(
      config.evaluation,
      config.surveys.map((s) => s.id),
    ),
  ];
  return { config: problems.length ? base : config, problems };
}

/** One line per problem; an unknown-keys issue becomes one line per key, as a user fixes them one at a time. */
function issueLines(issue: z.core.$ZodIssue): string[] {
  const at = keyPath(issue.path);
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map((k) => `${at ? `${at}.` : ''}${keySegment(k)}: unknown key (${issue.message})`);
  return [`${at || '(top level)'}: ${issue.message}`];
}

function keyPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${keySegment(String(p))}`))
    .join('');
}

function keySegment(key: string): string {
  return /^[$A-Za-z_][\w$]*$/.test(key) ? key : JSON.stringify(key);
}

/** Checks across hubs: ids unique, and no local authority in two hubs. */
function hubProblems(hubs: readonly HubConfig[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const [k, hub] of hubs.entries()) {
    if (ids.has(hub.id)) problems.push(`hubs[${k}].id: "${hub.id}" is used by two hubs`);
    ids.add(hub.id);
  }
  const owner = new Map<string, string>();
  for (const hub of hubs) {
    for (const la of hub.localAuthorities) {
      // One problem per local authority and pair of hubs, however many of its codes (old and ONS) clash.
      const codes = [la.oldCode, la.newCode].filter((c) => c !== '');
      const others = [...new Set(codes.map((c) => owner.get(c)).filter((o) => o !== undefined && o !== hub.id))];
      for (const other of others) {
        const clashing = codes.filter((c) => owner.get(c) === other);
        problems.push(
          `hubs: local authority ${la.name || clashing[0]} (${clashing.join(', ')}) is in two hubs, ` +
            `"${other}" and "${hub.id}"`,
        );
      }
      for (const code of codes) owner.set(code, hub.id);
    }
  }
  return problems;
}

/** The input patterns by kind; a destinations `{ file, cohort }` entry contributes its file. */
function inputPatterns(inputs: ConfigDocument['inputs']): Config['inputs'] {
  if (!inputs) return {};
  const { destinations, ...rest } = inputs;
  return {
    ...rest,
    ...(destinations ? { destinations: destinations.map((e) => (typeof e === 'string' ? e : e.file)) } : {}),
  };
}
