import type { ConfigDocument } from './document-schema.js';
import type { Config } from './schema.js';

/** The `surveys` and `targets` sections of a checked config document, with defaults filled in. */
export function evidenceConfig(doc: ConfigDocument): Pick<Config, 'surveys' | 'targets'> {
  return {
    surveys: (doc.surveys ?? []).map((s) => ({
      id: s.id,
      file: s.file,
      title: s.title ?? null,
      respondents: s.respondents,
      period: s.period ?? null,
      invited: s.invited ?? null,
      placement: s.placement ?? null,
      questions: s.questions ?? {},
    })),
    targets: (doc.targets ?? []).map((t) => ({
      measure: t.measure,
      hub: t.hub ?? 'all',
      breakdown: t.breakdown ?? 'all',
      year: t.year,
      value: t.value,
      direction: t.direction,
      source: t.source,
    })),
  };
}

/** Checks that need the hubs or the inputs: a target's hub exists, survey ids are unique. */
export function evidenceProblems(config: Config): string[] {
  const hubs = new Set(['all', ...config.hubs.map((h) => h.id)]);
  const problems = config.targets.flatMap((t, k) =>
    hubs.has(t.hub) ? [] : [`targets[${k}].hub: expected all or a hub id (${[...hubs].join(', ')}), found "${t.hub}"`],
  );
  const seen = new Set<string>();
  config.surveys.forEach((s, k) => {
    if (seen.has(s.id)) problems.push(`surveys[${k}].id: "${s.id}" is used by two surveys`);
    seen.add(s.id);
  });
  if (config.surveys.length && !config.inputs.surveys?.length)
    problems.push('surveys: survey settings are given but inputs.surveys lists no export');
  return problems;
}
