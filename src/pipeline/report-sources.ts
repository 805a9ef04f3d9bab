import path from 'node:path';
import { resolveInputs } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { hashSourceFiles, type SourceFile } from '../ingest/source-files.js';

/**
 * Every file besides the tabular inputs that can change what is published: survey exports, evidence Markdown,
 * coded themes, the statistical neighbours workbook, the district lookup, the narrative and the logo. A snapshot
 * records their SHA-256 so that editing a quote (or its consent) shows in `diff`. Paths are relative to the config
 * folder with forward slashes, as the tabular inputs' are.
 */
export function reportSources(config: Config): SourceFile[] {
  const resolved = resolveInputs(config);
  const named: { file: string; kind: string }[] = [
    ...(resolved.surveys ?? []).map((file) => ({ file, kind: 'surveys' })),
    ...(resolved.evidence ?? []).map((file) => ({ file, kind: 'evidence' })),
    ...config.evaluation.codedThemes.map((c) => ({ file: c.file, kind: 'codedThemes' })),
    { file: config.comparators?.statisticalNeighbours ?? null, kind: 'statisticalNeighbours' },
    { file: config.geography?.districtToCounty ?? null, kind: 'districtToCounty' },
    { file: config.narrative.foreword, kind: 'narrative' },
    { file: config.narrative.acknowledgements, kind: 'narrative' },
    { file: config.narrative.recommendations, kind: 'narrative' },
    { file: config.report.logo, kind: 'logo' },
  ].flatMap((f) => (f.file ? [{ file: path.resolve(config.dir, f.file), kind: f.kind }] : []));
  const relative = (f: string) => path.relative(config.dir, f).split(path.sep).join('/');
  return hashSourceFiles(named).map((s) => ({ ...s, file: relative(s.file) }));
}
